"""A title-cased name that a thing's noun and "called" give it: ``scare`` (``classify`` rule 2, even in reported speech).

Matches a quotation written in title case right after "called" (and at most "the"), where "called" follows
either a noun phrase an indefinite article opens ("a psychology class called “Perception”", "an account called
"Hypo-Cruz"", "A blog, called the "Feed,"") or a form of "be" ("has been called the "Trump of the East"", "what
had been called the “Golden Week”"). The noun is what is named, so the quotation is a name even where a reporting
clause in the sentence gives a speaker, and even with an agent after it ("called the “…” by the citizens": they
call the place so, nobody is quoted). "what he called “…”" (a subject before the verb), "called it “…”" (an
object between) and a quotation in lower case ("a plan called "reckless"") are left to the other rules.
"""

import re
from typing import Final

from transforms.quotes.lexicon import TITLE_SMALL_WORDS

# "a 2002 psychology class called", "A German news organization called the", "has been called the": up to
# five words between the article and "called", the noun last, all but the first in lower case and none a subject
# pronoun or a possessive ("a man he called", "a statement Smith's office called" give the naming a subject).
CALLED_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:an?|An?)\s+(?:[\w\-]+\s+)?(?:(?!(?:he|she|they|we|you|who|it|that|which|what)\b)[a-z\d][\w\-]*\s+){0,3}?[a-z][\w\-]*\s*,?\s*"
    r"|\b(?:be|been|being|is|are|was|were)\s+)called\s+(?:the\s+)?$"
)
# How far before the quotation a match can start.
CALLED_REACH: Final = 90
# A name has at most this many words.
NAME_MAX_WORDS: Final = 8


def _title_cased(quoted: str) -> bool:
    """Every word of four letters or more capitalised (but the small words of a title), the first one too."""
    words = [word for word in quoted.strip(" ,.").split() if word[:1].isalpha()]
    if not words or len(words) > NAME_MAX_WORDS or not words[0][0].isupper():
        return False
    return all(word[0].isupper() or len(word) < 4 or word.lower() in TITLE_SMALL_WORDS for word in words)


def is_called_name(text: str, start: int, end: int) -> bool:
    """The quotation ``text[start:end]`` (inside its marks) is a name "called" gives a thing named right before it."""
    before_end = max(start - 1, 0)
    if not text.endswith(("called ", "the "), 0, before_end) or not _title_cased(text[start:end]):
        return False
    return CALLED_BEFORE.search(text, max(0, before_end - CALLED_REACH), before_end) is not None
