"""Words someone does not say, named by "the phrase", "the term" or "the words": ``scare`` (``classify`` rule 1).

Matches a quotation right after "the phrase", "the term", "the word(s)", "the label" or "the expression" when a verb
of using or saying them before that is negated or refused: "slammed the president for not using the term “…”",
"his refusal to use the words “…”", "by refusing to say the words “…”", "refrain from using the phrase “…”",
"never uttered the word “…”". The words are nobody's: the sentence reports that they went unsaid, so the quotation
is scare even in reported speech. "Trump has used the phrase “…”" (said, not refused) stays the user's words
(``lexicon.TERM_USING_VERBS``, rule 1's exception).
"""

import re
from typing import Final

from transforms.quotes.lexicon import NEGATED_USE_CUES, TERM_SAYING_VERBS
from transforms.quotes.marks import words_before_mark

NEGATED_USE: Final[str] = "|".join(cue.replace(" ", r"\s+") for cue in NEGATED_USE_CUES)
# The nouns naming the words: the last word before the quotation.
TERM_NOUNS: Final[tuple[str, ...]] = ("phrase", "term", "words", "word", "label", "expression")
REFUSED_WORDS_BEFORE: Final[re.Pattern[str]] = re.compile(
    rf"(?:\b(?:{NEGATED_USE})|n['’]t)\s+(?:(?:ever|even|once|to)\s+)?"
    rf"(?:{'|'.join(TERM_SAYING_VERBS)})\s+the\s+(?:{'|'.join(TERM_NOUNS)})\s*,?\s*$",
    re.IGNORECASE,
)
# How far before the quotation a match can start: "refraining from ever using the expression, ".
REFUSED_REACH: Final = 70


def is_refused_word(text: str, start: int) -> bool:
    """The quotation whose words start at ``start`` (inside its marks) is named as words someone does not say."""
    return words_before_mark(REFUSED_WORDS_BEFORE, text, start, REFUSED_REACH, TERM_NOUNS) is not None
