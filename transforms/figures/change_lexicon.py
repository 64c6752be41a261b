"""Words around the level a change ends at, read by ``change_nouns``, ``cues`` and ``qualifiers``."""

from typing import Final

# Words before "to" that make it no preposition after a verb's object: "up to 30", "compared to 5%".
BEFORE_TO_NO_OBJECT: Final[frozenset[str]] = frozenset((
    "up", "compared", "according", "close", "closer", "equal", "equivalent", "relative", "similar", "next", "due",
    "prior", "thanks", "owing", "contrary", "nearer", "near", "in", "on", "ahead",
))
# Verbs of movement before "up to": a rise to the level, no bound ("went up to 5.5%", not "up to 30 people").
# Not "go", "goes", "come": "may go up to $20bn", "the scale goes up to 10" state a bound.
MOVES_BEFORE_UP_TO: Final[frozenset[str]] = frozenset((
    "went", "going", "gone", "moved", "moves", "moving", "edged", "edges", "edging", "crept", "creeping",
    "inched", "inching", "ticked", "ticking", "shot", "nudged", "ratcheted", "revised",
))
# Words between "to" and a level that a change reached: "slid to a record $1.3666", "rose to a fresh high of 52".
RECORD_WORDS: Final[frozenset[str]] = frozenset(("record", "new", "fresh", "all-time", "multi-year"))
RECORD_NOUNS: Final[frozenset[str]] = frozenset(("high", "low", "peak", "level"))
