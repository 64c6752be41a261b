"""Whether a quotation that no one in its own sentence says continues the speech reported right before it.

"…, he said in London. Any exit strategy must “augment and support” the democratic process": the
sentence names no speaker, and the sentence before it is where the paragraph's speaker was named by a
reporting clause (``extract`` checks that, and that no rule guessed that speaker). ``continues_report``
then rules out, in this order, a sentence with a reporting cue of its own before the quotation ("police said
a “physical altercation” broke out"), a passive before it ("were detained as part of the US-led “war on
terror”", "can be “tuned”"), and a colon right before it ("The proposed question is: “…”"): there the
words are someone else's, a term, or a text. A country the sentence guesses as its subject ("The trade deficit
and the shortfall with China “are big issues”", "India is a “growing economy”") is no speaker of its own and
leaves the quotation to the speaker before (``names_no_speaker``); other subjects that resolve to no one
("It", "The draft bill", "The piece") are often what the quotation is about, not words reported on.
"""

import re
from typing import Final

from transforms.quotes.cues import CUE
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution, is_country_name

# A passive anywhere before the quotation in its sentence, or a form of "be" right before it.
PASSIVE_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:is|was|are|were|be|been|being)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn)\b|\b(?:be|been|being)\s*[“\"‘']?$"
)


def continues_report(paragraph: Paragraph, sentence: int, start: int) -> bool:
    """The quotation starting at ``start`` in the sentence starting at ``sentence`` may continue the speech reported before."""
    text = paragraph.text
    lead_end = max(start - 1, sentence)
    if any(not paragraph.inside_quote(cue.start()) for cue in CUE.finditer(text, sentence, lead_end)):
        return False
    return PASSIVE_BEFORE.search(text, sentence, lead_end) is None and not text[sentence:lead_end].rstrip().endswith(":")


def names_no_speaker(guess: Attribution) -> bool:
    """A sentence subject guessed as a quotation's speaker that is a country, which no guess makes speak."""
    return guess.speaker_type == "organisation" and is_country_name(guess.speaker)
