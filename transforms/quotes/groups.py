"""Who "they" is when its own sentence and the one before name no group that speaks: the group that spoke last.

``last_group`` looks back over the quotations attributed so far in the article (latest first), to a floor
(the start of the paragraph before the pronoun's), and takes the first whose speaker is an organisation or
a group role ("MPs", "police", "analysts"): "The MPs said they were “concerned” …. “…,” they said". A
person quoted in between ends the search: "they" is then no one it can be sure of.
"""

from transforms.quotes.entity_words import GROUP_ROLES
from transforms.quotes.resolution import Attribution
from transforms.quotes.speakers import Speaker


def ends_plural(name: str) -> bool:
    """The last word reads as a plural noun: "analysts", "Home Office officials" (not "boss")."""
    return name.endswith("s") and not name.endswith("ss")


def is_group(attribution: Attribution) -> bool:
    """An organisation, or a role whose head is a group ("MPs", "police", "Home Office officials")."""
    name = attribution.speaker or ""
    head = name.rsplit(" ", 1)[-1]
    return attribution.speaker_type == "organisation" or (
        attribution.speaker_type == "role" and (head.lower() in GROUP_ROLES or ends_plural(head))
    )


def last_group(spoken: list[tuple[int, Attribution]], floor: int, position: int) -> Speaker | None:
    """The group that spoke last in ``spoken`` between document offsets ``floor`` and ``position``."""
    for at, attribution in reversed(spoken):
        if at < floor:
            return None
        if at >= position or attribution.speaker is None:
            continue
        if not is_group(attribution):
            return None  # "“…,” said Mr Adams. “…,” they said": not a group the article makes clear
        return Speaker(attribution.speaker, attribution.speaker_type, attribution.affiliation)
    return None
