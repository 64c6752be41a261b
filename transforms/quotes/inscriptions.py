"""Words written on a thing someone wears or carries: ``scare`` (``classify`` rule 3c).

Matches a quotation right after a noun for a thing that bears words (``lexicon.INSCRIBED_NOUNS``: a hat, a
T-shirt, a sign, a banner, a placard) and a verb that gives its words ("reading", "that says", "which read",
"bearing the words"), a comma and "the words", "the slogan" or "the message" at most between, and a dash or a
comma before the relative pronoun ("the sign — which read “…”"): "a campaign hat reading, “…”", "a banner that said
“…”", "a T-shirt bearing the slogan “…”". The words are the thing's, a slogan
nobody is quoted saying, even where the sentence names the one who wears it ("Jo Hart is wearing a hat that says
“…”"). A person's words stay direct ("the sign of a good team, he says, is “…”" has no noun right before "says").
"""

import re
from typing import Final

from transforms.quotes.lexicon import INSCRIBED_NOUNS
from transforms.quotes.marks import words_before_mark

# The verbs giving the words and the nouns naming them after "the": the last word before the quotation.
BEARING_VERBS: Final[tuple[str, ...]] = ("read", "reads", "reading", "said", "says", "saying", "bore", "bears", "bearing")
BORNE_NOUNS: Final[tuple[str, ...]] = ("words", "word", "slogan", "message", "legend")
INSCRIPTION_BEFORE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?:{'|'.join(INSCRIBED_NOUNS)})s?\s*(?:(?:[—–,]|\s-)\s*(?:that|which)\s+|(?:that|which)\s+)?(?:{'|'.join(BEARING_VERBS)})"
    rf"\s*,?\s*(?:the\s+(?:{'|'.join(BORNE_NOUNS)})\s*,?\s*)?$",
    re.IGNORECASE,
)
INSCRIPTION_LAST_WORDS: Final[tuple[str, ...]] = BEARING_VERBS + BORNE_NOUNS
# How far before the quotation a match can start: the longest noun, a dash, its verb and "the message".
INSCRIPTION_REACH: Final = 64


def is_inscription(text: str, start: int) -> bool:
    """The quotation whose words start at ``start`` (inside its marks) is written on a thing named right before it."""
    return words_before_mark(INSCRIPTION_BEFORE, text, start, INSCRIPTION_REACH, INSCRIPTION_LAST_WORDS) is not None
