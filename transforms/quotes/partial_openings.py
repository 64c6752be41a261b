"""A pronoun closing its paragraph's first sentence right after a partial quotation, no one named before it there.

"“…,” said Jo Hart, who runs …" then "Right now, the Acme campaign is “doing what it can,” he said": a whole
quotation opening the paragraph would look into the paragraph before for "he", and a partial one whose sentence
names no person before it (a name after "the" is a body's modifier: "the Clinton campaign") and says no "he" or
"she" goes on the same way. ``pronoun_antecedents`` asks besides that the paragraph before quotes someone.
"""

import re
from typing import Final

from transforms.quotes.names import ArticleNames
from transforms.quotes.paragraph import Paragraph

# The close of a quotation right before a pronoun: "…,” he said".
QUOTATION_CLOSE_BEFORE: Final[re.Pattern[str]] = re.compile(r"[,.?!]?[”\"]\s*$")
# "he" or "she" anywhere: a sentence that has one speaks of someone.
GENDERED_SUBJECT: Final[re.Pattern[str]] = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
# "the Birchfield Harrier", "the Shore Club", "the Clinton campaign": a run of one or two capitalised words after "the"
# describes or names a thing, not a person ("the Treasury Paul Boateng" is an office before a name).
THE_BEFORE: Final[re.Pattern[str]] = re.compile(r"\b[Tt]he\s+$")


def closes_unnamed_opening(paragraph: Paragraph, position: int, names: ArticleNames) -> bool:
    """The pronoun at ``position`` is the subject of a reporting clause right after a quotation that closes the
    paragraph's first sentence, and nothing before it there names a person or says "he" or "she"."""
    text = paragraph.text
    if paragraph.sentence_of(position)[0] != 0 or not QUOTATION_CLOSE_BEFORE.search(text, 0, position):
        return False
    if any(not paragraph.inside_quote(found.start()) for found in GENDERED_SUBJECT.finditer(text, 0, position)):
        return False
    base = paragraph.base
    names.scan()
    return not any(
        base <= at < base + position and not paragraph.inside_quote(at - base) and not THE_BEFORE.search(text, max(at - base - 5, 0), at - base)
        for at, _full in names.names
    )
