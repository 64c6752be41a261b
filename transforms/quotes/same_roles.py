"""A definite role that the article's role rules found to be a person in one place is that person everywhere:
"The Dean of Leeds, the Very Rev Jo Hart, called it “…”. … the Dean said: “…”" is Jo Hart twice.

``named_after``, ``named_next``, ``role_holders`` and ``offices_named_later`` read each role mention where it
stands, so only the mention that a name follows (or that the next sentence names) is resolved, and a later "the
Dean" keeps the role. ``carry_to_same_roles`` gives a quotation still left with a role the person those rules gave
another quotation of the same role, when:

1. the role is one person's (``named_next.is_one_persons_role``: not "spokesman" nor "analysts");
2. the rules resolved that role to one person in the article, and to no one else;
3. the quotation's mention is definite ("the Dean", not "a Dean") and owned by no one ("the firm's chief" may be
   another firm's).
"""

import re
from typing import Final

from transforms.quotes.named_next import is_one_persons_role
from transforms.quotes.paragraph import Paragraph, text_at

# A definite role mention no one owns: "the Dean", "The Ofsted chief".
DEFINITE: Final[re.Pattern[str]] = re.compile(r"[Tt]he\s+[^’']+")


def carry_to_same_roles(paragraphs: list[Paragraph], quotes: list[dict], before: list[tuple[str | None, str | None]]) -> None:
    """Give each definite role quotation the person another quotation of that role was resolved to (see the
    module docstring)."""
    holders: dict[str, list[dict]] = {}
    for quote, (speaker, kind) in zip(quotes, before):
        if kind == "role" and speaker is not None and quote["speaker_type"] == "person" and is_one_persons_role(speaker):
            holders.setdefault(speaker, []).append(quote)
    if not holders:
        return
    for quote in quotes:
        found = holders.get(quote["speaker"]) if quote["kind"] == "direct" and quote["speaker_type"] == "role" else None
        if not found or len({holder["speaker"] for holder in found}) != 1:
            continue
        start, end = quote["speaker_mention_start"], quote["speaker_mention_end"]
        mention = text_at(paragraphs, start, end) if start is not None and end is not None else None
        if mention is None or DEFINITE.fullmatch(mention.strip()) is None:
            continue
        holder = found[0]
        quote.update(speaker=holder["speaker"], speaker_type="person", speaker_affiliation=holder["speaker_affiliation"])
