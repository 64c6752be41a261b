"""Affiliations that name no organisation, checked once an article's quotations are attributed.

``checked_affiliations`` runs after ``fullest_forms``, on each quotation's ``speaker_affiliation``, in this order:

1. leading words that say how the speaker stands to the body are dropped ("Fellow Lib Dem" -> "Lib Dem", "Rt"
   -> none: ``AFFILIATION_LEAD_WORDS``);
2. an affiliation of field or portfolio words alone is none ("Trade Policy", "Constitutional Affairs", "Arts":
   ``FIELD_WORDS``);
3. an affiliation that is a person is none: it opens with a title ("Mr Kilroy-Silk") or a plural title before names
   ("Lords Bingham"), or it is the speaker. A
   name is not read as a person's here: "Merrill Lynch" and "Fort Pierce" are shaped like one, and "Sanders' campaign
   manager" names the campaign.
"""

from transforms.quotes.entity_words import AFFILIATION_LEAD_WORDS, FIELD_WORDS
from transforms.quotes.lexicon import TITLES


def checked_affiliations(quotes: list[dict]) -> None:
    """Rewrite each quotation's affiliation by the rules above (in place)."""
    for quote in quotes:
        affiliation = quote.get("speaker_affiliation")
        if affiliation:
            checked = checked_affiliation(affiliation, quote.get("speaker"))
            if checked != affiliation:
                quote["speaker_affiliation"] = checked


def checked_affiliation(affiliation: str, speaker: str | None) -> str | None:
    """One affiliation by rules 1-3: the organisation's name, or None."""
    words = affiliation.split()
    while words and words[0].lower() in AFFILIATION_LEAD_WORDS:
        words = words[1:]
    if not words or all(word.lower() in FIELD_WORDS for word in words):
        return None
    name = " ".join(words)
    if words[0] in TITLES or name == speaker:
        return None
    if len(words) > 1 and words[0].endswith("s") and words[0][:-1] in TITLES:
        return None  # "Lords Bingham": titled people named together
    return name

