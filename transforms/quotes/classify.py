"""Direct or scare: whether a quoted piece is someone's words or a title, a term or a name.

Introduced titles and terms (an essay “On Poland,”, the word “children”, a so-called
“no-fly zone”) and title-cased names that nobody is found saying are ``scare``;
anything else is taken for someone's words (``direct``).
"""

import re

from transforms.quotes.lexicon import TERM_WORDS, TITLE_NOUNS
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution

SCARE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(TERM_WORDS)}|(?:{'|'.join(TITLE_NOUNS)})\s*,?)\s*$",
    re.IGNORECASE,
)
# SCARE_BEFORE's word ends where the text does (but for spaces and a comma), so it starts
# at most this far before.
SCARE_WORD_LENGTH = max(map(len, TERM_WORDS + TITLE_NOUNS))
# "on CBS's “Face the Nation,”", "author of “America’s Bitter Pill,”": a title follows.
TITLE_CONTEXT = re.compile(r"\b(?:on|of|in|for|with|from|about|at|and)\s+(?:[A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*['’]s?\s+)?$")


def is_title_cased(quoted: str) -> bool:
    """Every longer word capitalised: "Face the Nation", "Perfect Enough", "Libya"."""
    if len(quoted) > 200:
        return False  # more than ten words
    words = [word for word in quoted.split() if word[:1].isalpha()]
    return bool(words) and len(words) <= 10 and all(word[0].isupper() or len(word) < 4 for word in words) and words[0][0].isupper()


def introduces_term(before: str) -> bool:
    """SCARE_BEFORE at the end of ``before``, searched only from where its word can start."""
    words_end = before.rstrip()
    if words_end.endswith(","):
        words_end = words_end[:-1].rstrip()
    return SCARE_BEFORE.search(before, max(0, len(words_end) - SCARE_WORD_LENGTH)) is not None


def is_scare(paragraph: Paragraph, start: int, end: int, attribution: Attribution | None) -> bool:
    """Titles, slogans and terms that nobody is quoted as saying.

    Introduced titles and terms (an essay “On Poland,”, the word “children”, a
    so-called “no-fly zone”), and title-cased names that nobody is found saying or
    that follow "on CBS's"/"author of". Anything else in quotation marks is taken
    for someone's words, as news style mostly uses them (PolNeAR annotates even
    one-word partial quotes as attributed content).
    """
    text = paragraph.text
    before = text[max(0, start - 60):max(start - 1, 0)]
    if introduces_term(before):
        return True
    if attribution is not None and TITLE_CONTEXT.search(before) is None:
        return False
    return is_title_cased(text[start:end])
