"""Whose lawsuit "the suit", "the lawsuit" or "the complaint" is: the party the article says brought it.

A definite lawsuit mention that no possessive or "by" phrase gives an owner (``document_owners`` first) is the
plaintiff's document: the latest name before it, outside quotations and within ``SUIT_REACH``, that is the subject
of "is suing", "sues", "has sued", "filed (or issued, lodged) a suit (lawsuit, complaint)" or "is taking (legal)
action" ("Actor Jo Hart is suing Acme …. The lawsuit said", "Acme has issued a lawsuit …. The complaint said"). A
subject named by a role alone ("A US woman is suing") gives no one. ``resolution`` reads the name found as a mention
at the place it stands.
"""

import re

from transforms.quotes.document_owners import OWNER_RUN
from transforms.quotes.paragraph import Paragraph, latest_match_before

# The nouns a lawsuit goes by in reports of one.
LAWSUIT_NOUNS: frozenset[str] = frozenset(("suit", "lawsuit", "complaint"))
# How far back the report of the suit's filing may stand.
SUIT_REACH = 1500
SUING = re.compile(
    rf"(?P<owner>{OWNER_RUN})\s+(?:(?:is|are|has\s+been|have\s+been)\s+suing|sues|sue|(?:has|have)\s+sued"
    r"|(?:has\s+|have\s+)?(?:filed|issued|lodged)\s+(?:a|the|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:law)?(?:suit|complaint)"
    r"|(?:is|are)\s+taking\s+(?:legal\s+)?action)\b"
)


def plaintiff_before(paragraphs: list[Paragraph], position: int) -> tuple[str, int] | None:
    """The name (as written) and document offset of the latest subject before ``position`` reported bringing a suit."""
    return latest_match_before(paragraphs, SUING, ("owner",), position, SUIT_REACH)
