"""Words around a "one" that introduces an unnamed source ("said one trader"), read by ``unnamed_sources``."""

from typing import Final

# Verbs of saying that an unnamed source is the subject of, or follows inverted ("said one trader").
SPEECH_VERBS: Final[frozenset[str]] = frozenset((
    "said", "says", "told", "tells", "added", "adds", "claimed", "claims", "commented", "comments", "explained",
    "explains", "noted", "notes", "warned", "warns", "insisted", "insists", "argued", "argues", "wrote", "writes",
    "recalled", "recalls", "remarked", "pointed out", "points out", "complained", "complains", "joked", "jokes",
    "observed", "conceded", "concedes", "quipped", "predicted", "predicts",
))
# Words after "said one <noun>" that go on describing the source: "said one analyst quoted by AFP".
SOURCE_DESCRIBERS: Final[frozenset[str]] = frozenset((
    "who", "quoted", "familiar", "involved", "speaking", "close", "briefed", "requesting", "asking", "with", "at", "in",
    "on", "from",
))
# Words opening a clause whose subject a "one" may begin: "but one insider pointed out".
CLAUSE_OPENERS: Final[frozenset[str]] = frozenset(("but", "as", "while", "however", "though", "although", "yet"))
