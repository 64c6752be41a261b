"""Whether the phrase after a cue set off by commas is that cue's subject, written after it.

"The paradox, says Carl Anthony, is …" names its speaker after the cue (``cues.INVERTED_CUE``); but a cue after a
subject and its apposition, "Jo Hart, a member of the party's committee, said …", reports what follows, and the
phrase up to the next comma is then the start of what is reported, no speaker:

1. a time the cue was said at, "said Friday that …", "said Tuesday morning …" (a day, "today", "yesterday");
2. a clause of its own: a finite auxiliary or modal verb, or "that", in the phrase before any relative pronoun
   ("the issue would soon disappear", "Friday that according to its analysis"; not "a man who has studied it"), or a conjunction right after its comma, "said the party won
   70 percent, but “…”" (a phrase the cue follows is set off by a comma before the sentence goes on: "is …").

``AttributionFinder.before`` then takes the subject before the cue. ``AttributionFinder.after`` asks
``holds_clause`` (rules 1 and 2 without the conjunction) of the phrase after a cue that follows the quotation: "Jo
Hart, who says … and gives “…”, has said the vote could be held in May" is no speaker "the vote".
"""

import re

from transforms.quotes.lexicon import DATE_WORDS

# Words that open a time, not a speaker, right after a cue.
TIME_OPENINGS = DATE_WORDS | {"Today", "Tonight", "Yesterday", "today", "tonight", "yesterday", "last", "this", "earlier", "later"}
# A finite auxiliary, a modal or "that": a clause, no noun phrase.
CLAUSE_WORD = re.compile(
    r"\b(?:that|has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|did|does|do)\b"
)

# A relative pronoun: the verbs after it are its clause's, inside the phrase.
RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b")
# A dash ends the phrase: "…, says the party - and insulation could save …" is the party's.
DASH = re.compile(r"\s[-–—]\s")
# What goes on after the phrase's comma when the phrase is the first clause of what a cue reports.
CONJUNCTION_AFTER = re.compile(r"\s*(?:but|and|while|though|although|yet|whereas)\b")


def is_inverted_subject(text: str, start: int, end: int) -> bool:
    """text[start:end], the phrase after a cue up to its comma (at ``end``), may be the cue's subject: no time, no
    clause, and no conjunction after its comma (see the module docstring)."""
    if holds_clause(text, start, end):
        return False
    if DASH.search(text, start, end) is not None:
        return True
    comma = text.find(",", end)
    return comma < 0 or CONJUNCTION_AFTER.match(text, comma + 1) is None


def holds_clause(text: str, start: int, end: int) -> bool:
    """text[start:end], a phrase right after a cue, is a time or holds a clause the cue reports, up to a dash: "Friday
    that …", "the referendum could be held in spring" (module docstring, 1 and 2)."""
    dash = DASH.search(text, start, end)
    phrase_end = dash.start() if dash is not None else end
    words = text[start:phrase_end].split()
    if not words or words[0] in TIME_OPENINGS:
        return True
    relative = RELATIVE.search(text, start, phrase_end)  # "says a man who has studied it": the man's own clause
    return CLAUSE_WORD.search(text, start, relative.start() if relative else phrase_end) is not None
