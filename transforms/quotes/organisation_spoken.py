"""Who "it said" is right after an organisation's quotation in the sentence before: that organisation.

"“In general we included only items that were potentially mobile,” said the magazine. “In the end, …,” it
concluded": the body quoted last speaks on, though another organisation ("Apple") is named nearer.
``last_organisation`` looks back over the quotations attributed so far, to the start of the sentence before the
pronoun's (the previous paragraph's last, for a paragraph's first), and takes the latest one's speaker when it is
an organisation by a capitalised name, not a country ("government", of "a government warning", is no name);
anyone else quoted last ends the search. It is tried before the organisation named as speaking in those sentences.
"""

from transforms.quotes.resolution import Attribution, is_country_name
from transforms.quotes.speakers import Speaker


def last_organisation(spoken: list[tuple[int, Attribution]], floor: int, position: int) -> Speaker | None:
    """The organisation quoted last in ``spoken`` between document offsets ``floor`` and ``position``, else None."""
    for at, attribution in reversed(spoken):
        if at < floor:
            return None
        if at >= position or attribution.speaker is None:
            continue
        if attribution.speaker_type != "organisation" or not attribution.speaker[:1].isupper() or is_country_name(attribution.speaker):
            return None
        return Speaker(attribution.speaker, "organisation", attribution.affiliation)
    return None
