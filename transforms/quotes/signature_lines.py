"""A paragraph of quotation alone, signed by the line after it: "“…”" then "- Hillary Clinton." or
"-President Obama, tweeting after the speech.".

Fact-check and digest pieces print a quotation as a paragraph of its own and name who said it on
the next line, after a dash. After an article's speakers are found, ``sign_quotations`` gives every
direct piece of such a paragraph the speaker that line names, when:

1. the paragraph holds nothing outside its quotations but spaces and punctuation;
2. the next paragraph opens with a dash and a capitalised phrase of at most six words that ends the
   line or a comma stands after ("- Sanders.", "— Sen. Jo Hart, in a statement"), and holds no quotation mark;
   a phrase opening with an article or closed by a dash is a heading ("– An immigrant himself –"), no one's name.

The line is read as any speaker mention is (``Resolver.attribution``), so a surname takes the person
named in full earlier.
"""

import re
from bisect import bisect_right
from typing import Final, Protocol

from transforms.quotes.marks import QUOTE_MARK
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution

# Not a heading set off by dashes, "– An immigrant himself –".
SIGNATURE: Final[re.Pattern[str]] = re.compile(r"\s*[-–—―]+\s*(?!(?:A|An|The)\s)(?P<np>[A-Z][^,;:!?“”\"()\n]*?)(?<![-–—―\s])\s*(?:,|\.?\s*$)")
ONLY_PUNCTUATION: Final[re.Pattern[str]] = re.compile(r"[\W_]*")
MAX_SIGNATURE_WORDS: Final = 6


class Attributor(Protocol):
    def attribution(self, paragraph: Paragraph, np_start: int, np_end: int, cue: str | None) -> Attribution: ...


def signature(paragraph: Paragraph) -> tuple[int, int] | None:
    """Span of the name a signing line gives, or None when the paragraph is no such line."""
    if QUOTE_MARK.search(paragraph.text):
        return None
    found = SIGNATURE.match(paragraph.text)
    if found is None or not 0 < len(found.group("np").split()) <= MAX_SIGNATURE_WORDS:
        return None
    return found.span("np")


def only_quotations(paragraph: Paragraph) -> bool:
    return bool(paragraph.pieces) and all(
        ONLY_PUNCTUATION.fullmatch(paragraph.text, start, end) for start, end in paragraph.outside_quotes()
    )


def sign_quotations(finder: Attributor, paragraphs: list[Paragraph], quotes: list[dict]) -> None:
    """Give the direct pieces of a quotation-only paragraph the speaker its signing line names (see the module docstring)."""
    bases = [paragraph.base for paragraph in paragraphs]
    signed: dict[int, Attribution | None] = {}
    for quote in quotes:
        if quote["kind"] != "direct":
            continue
        index = bisect_right(bases, quote["start_char"]) - 1
        if index < 0 or index + 1 >= len(paragraphs):
            continue
        if index not in signed:
            paragraph, following = paragraphs[index], paragraphs[index + 1]
            span = signature(following) if only_quotations(paragraph) else None
            signed[index] = finder.attribution(following, span[0], span[1], None) if span else None
        attribution = signed[index]
        if attribution is not None and attribution.speaker is not None:
            quote.update(speaker=attribution.speaker, speaker_type=attribution.speaker_type, speaker_affiliation=attribution.affiliation,
                         speaker_mention_start=attribution.mention_start, speaker_mention_end=attribution.mention_end, cue=None)


# A digest's line: a heading, a dash, then the source and a colon before the quotation: "Media shares blame
# in Iowa poll overhype - HuffPollster: “…”", "What that means - More from Jones: “…”".
DIGEST_SOURCE: Final[re.Pattern[str]] = re.compile(
    r"\s[-–—―]+\s+(?:More\s+from\s+)?(?P<np>[A-Z][\w’'.\-]*(?:\s+(?:and\s+)?[A-Z][\w’'.\-]*){0,5})\s*:$"
)


def digest_source(lead: str) -> tuple[int, int] | None:
    """Span in ``lead`` (the sentence before a quotation, ending in its colon) of the source a digest's line
    names after a dash, or None."""
    found = DIGEST_SOURCE.search(lead)
    return found.span("np") if found else None
