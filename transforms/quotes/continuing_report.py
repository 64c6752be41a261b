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

``continues_closing_report``: a quotation inside a sentence that no one says and that follows no quotation of its
paragraph ("This makes it hard to dislodge misinformation, he said. Good information still wins, but only when “the
truth is sexier than the lie.”", "…, the UNECE said. In contrast, the euro zone will put in a “lacklustre”
performance") goes on with the speech a cue reports in the sentence right before (``extract`` asks
``AttributionFinder.reported_before`` for that one sentence). Besides what ``continues_report`` rules out, not when
its sentence has a subject of its own that thinks or finds something before the quotation ("64 respondents believed
it was “…”", "Research has shown that consumers divide into “tribes”": ``lexicon.FINDING_VERBS``), nor for a term of
two or three words qualifying the noun after it ("an “always on” connection": ``term_modifiers``), nor for a term
inside the phrase opening its sentence ("The only “test results” that …": ``term_heads.inside_opening_phrase``).
"""

import re
from typing import Final

from transforms.quotes.cues import CUE
from transforms.quotes.lexicon import FINDING_VERBS
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.places import is_country_name
from transforms.quotes.resolution import Attribution
from transforms.quotes.term_heads import inside_opening_phrase
from transforms.quotes.term_modifiers import qualifies_a_noun

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

# A verb by which a subject of the sentence's own thinks or finds what the quotation gives.
FINDING_BEFORE: Final[re.Pattern[str]] = re.compile(rf"\b(?:{'|'.join(FINDING_VERBS)})\b")


def continues_closing_report(paragraph: Paragraph, sentence: int, start: int, end: int) -> bool:
    """The quotation ``start``-``end``, first of its paragraph to quote, may go on with the speech reported in the
    sentence before its own (see the module docstring)."""
    text = paragraph.text
    if not continues_report(paragraph, sentence, start) or qualifies_a_noun(text, start, end) or inside_opening_phrase(text, sentence, start, end):
        return False
    return FINDING_BEFORE.search(text, sentence, max(start - 1, sentence)) is None


def names_no_speaker(guess: Attribution) -> bool:
    """A sentence subject guessed as a quotation's speaker that is a country, which no guess makes speak."""
    return guess.speaker_type == "organisation" and is_country_name(guess.speaker)
