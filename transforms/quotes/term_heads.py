"""A quoted term that names a kind of thing: the noun right after the closing mark says so.

Matches a short term (``classify.is_term``: three words at most, no clause) whose closing
mark is followed by a noun that takes a name or a label before it (``NAME_HEADS``):
its "prices paid" index, the "boundary crossing" category, the "Never Trump" movement,
a universal "stop" command. Such a term names the thing; nobody is quoted as saying it,
even when the sentence reports someone (the "opt out" movement is about …, he said).
``classify.is_scare`` asks this after its rules 1 to 3.
"""

import re
from typing import Final

from transforms.quotes.lexicon import NAME_HEADS

# The closing mark, then a NAME_HEADS noun as a whole word: not "campaign finance" (another
# noun after it makes the head a modifier) and not "rule" in "rules out".
NAME_HEAD_AFTER: Final[re.Pattern[str]] = re.compile(
    rf"[”\"’']\s+(?:{'|'.join(NAME_HEADS)})(?![\w’'\-])(?!\s+(?:finance|out|of)\b)"
)


def names_a_kind(text: str, end: int) -> bool:
    """Whether a NAME_HEADS noun follows the quotation ending at ``end``."""
    return NAME_HEAD_AFTER.match(text, end) is not None
