"""List and bullet lines: whose words a quotation in "- Encouraging … "all available means" …" gives.

A list line's first word is no speaker, so quotations in it get no guessed speaker. In
this order, a quotation in a list line is said by:

1. a reporting cue in the line itself ("…," said the two-time champion);
2. the line's label, the name phrase before its first quotation ("- Manchester City
   boss Kevin Keegan: "…"", "- Bolton boss Sam Allardyce "…"");
3. the speaker of the line that introduced the list: the last line before it that
   ends with ":" and names a speaker with a reporting cue ("He said the plan would:");
4. nobody.
"""

import re
from typing import Final

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution

# A bullet opens the line: "- ", " - ", "* ", "• ".
LIST_ITEM: Final[re.Pattern[str]] = re.compile(r"\s*[-*•·–]\s+(?=\S)")
LIST_STARTS: Final[str] = " \t-*•·–"
# "Manchester City boss Kevin Keegan", "A Downing Street spokesman": at most eight words.
LABEL: Final[re.Pattern[str]] = re.compile(r"[A-Z][\w’'\-.&]*(?:\s+[\w’'\-.&]+){0,7}")
# The name a label ends in: "Manchester United boss [Sir Alex Ferguson]".
TRAILING_NAME: Final[re.Pattern[str]] = re.compile(r"(?:[A-Z][\w’'\-]*\s+)+[A-Z][\w’'\-]*$")


def is_list_item(text: str) -> bool:
    return text[:1] in LIST_STARTS and LIST_ITEM.match(text) is not None


def label_span(text: str, start: int) -> tuple[int, int] | None:
    """(start, end) of the speaker a list line's label names before its first quotation at ``start``.

    The label is all the line holds before the quotation: a phrase ending in a name of
    two words or more ("Bolton boss Sam Allardyce"), whose name is the speaker, or any
    short phrase before a colon ("A Downing Street spokesman:").
    """
    bullet = LIST_ITEM.match(text)
    if bullet is None:
        return None
    lead = text[bullet.end():max(start - 1, bullet.end())].rstrip()
    colon = lead.endswith(":")
    label_end = bullet.end() + len(lead) - (1 if colon else 0)
    if LABEL.fullmatch(text, bullet.end(), label_end) is None:
        return None
    name = TRAILING_NAME.search(text, bullet.end(), label_end)
    if name is not None:
        return name.span()
    return (bullet.end(), label_end) if colon else None


def list_introduction(finder: AttributionFinder, lead: Paragraph | None) -> Attribution | None:
    """The speaker of the line introducing a list (rule 3), if it ends with ":" and has a reporting cue."""
    if lead is None or not lead.text.rstrip().endswith(":"):
        return None
    found = finder.introduction(lead)
    return found if found is not None and found.cue is not None else None
