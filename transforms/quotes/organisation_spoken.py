"""Who "it said" is right after an organisation's quotation in the sentence before: that organisation.

"“In general we included only items that were potentially mobile,” said the magazine. “In the end, …,” it
concluded": the body quoted last speaks on, though another organisation ("Apple") is named nearer.
``last_organisation`` looks back over the quotations attributed so far, to the start of the sentence before the
pronoun's (the previous paragraph's last, for a paragraph's first), and takes the latest one's speaker when it is
an organisation by a capitalised name, not a country ("government", of "a government warning", is no name), or a
body's description still left as its noun ("the radio station", which ``described_bodies`` names later, for the
pronoun too); anyone else quoted last ends the search. It is tried before the organisation named as speaking in those sentences.
"""

from transforms.quotes.entity_words import DESCRIBED_BODY_HEADS, PERIODICAL_NOUNS
from transforms.quotes.places import is_country_name
from transforms.quotes.resolution import Attribution
from transforms.quotes.speakers import Speaker


def last_organisation(spoken: list[tuple[int, Attribution]], floor: int, position: int) -> Speaker | None:
    """The organisation quoted last in ``spoken`` between document offsets ``floor`` and ``position``, else None."""
    for at, attribution in reversed(spoken):
        if at < floor:
            return None
        if at >= position or attribution.speaker is None:
            continue
        if attribution.speaker_type == "organisation" and is_described_body(attribution.speaker):
            return Speaker(attribution.speaker, "organisation")  # "said the radio station. It added": ``described_bodies`` names both
        if attribution.speaker_type != "organisation" or not attribution.speaker[:1].isupper() or is_country_name(attribution.speaker):
            return None
        return Speaker(attribution.speaker, "organisation", attribution.affiliation)
    return None


def is_described_body(speaker: str) -> bool:
    """A body's description left as its noun: "radio station", "newspaper"."""
    words = speaker.split()
    return speaker.islower() and len(words) <= 2 and (words[-1] in DESCRIBED_BODY_HEADS or words[-1] in PERIODICAL_NOUNS)
