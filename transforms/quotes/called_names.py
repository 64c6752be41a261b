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

from transforms.quotes.marks import words_before_mark

# "a 2002 psychology class called", "A German news organization called the", "has been called the": up to
# five words between the article and "called", the noun last, all but the first in lower case and none a subject
# pronoun or a possessive ("a man he called", "a statement Smith's office called" give the naming a subject).
CALLED_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:an?|An?)\s+(?:[\w\-]+\s+)?(?:(?!(?:he|she|they|we|you|who|it|that|which|what)\b)[a-z\d][\w\-]*\s+){0,3}?[a-z][\w\-]*\s*,?\s*"
    r"|\b(?:be|been|being|is|are|was|were)\s+)called\s+(?:the\s+)?$"
)
# How far before the quotation a match can start.
CALLED_REACH: Final = 90
# A name has at most this many words (``classify`` asks that it be title-cased, as ``classify.is_title_cased`` reads).
CALLED_NAME_MAX_WORDS: Final = 8


def is_called_name(text: str, start: int) -> bool:
    """The quotation whose words start at ``start`` (inside its marks) follows "called" after a thing named right before
    it; ``classify`` asks besides that it be title-cased."""
    before_end = max(start - 1, 0)
    if not text.endswith(("called ", "the "), 0, before_end):
        return False
    return words_before_mark(CALLED_BEFORE, text, start, CALLED_REACH) is not None
