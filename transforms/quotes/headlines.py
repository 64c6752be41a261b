"""Headline quotations: "Golden rule 'intact' says ex-aide", "Rover deal 'may cost 2,000 jobs'".

A headline quotes someone's words in short, and never with a guessed speaker (its first
word is no subject: "Rover deal"). In this order, a headline quotation is said by:

1. the headline's own reporting cue ("says ex-aide", "Blair: '…'");
2. the speaker of the first quotation in the body that holds the same words (and it
   takes that quotation's kind);
3. nobody.
"""

import re
from typing import Final

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.lexicon import HEADLINE_CUES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution

WORDS: Final[re.Pattern[str]] = re.compile(r"\w+")


def headline_cue(finder: AttributionFinder, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
    """The speaker a present-tense reporting cue in the headline names, or a label before a colon; no guess.

    ``after`` reads any verb after a quotation that opens a sentence ("'Strong dollar'
    call halts slide"), and a past form is passive in a headline ("Parties warned over
    'grey vote'"), so only ``lexicon.HEADLINE_CUES`` count.
    """
    found = finder.after(paragraph, start, end) or finder.before(paragraph, start)
    if found is None or (found.cue is not None and found.cue not in HEADLINE_CUES):
        return None
    return found


def words_of(text: str) -> str:
    """Lower-case words, space-separated and space-framed, to find a run of words in another."""
    return " " + " ".join(WORDS.findall(text.lower())) + " "


def same_words_in_body(headline_quote: dict, body_quotes: list[dict]) -> dict | None:
    """The first body quotation that holds every word of a headline quotation, in order."""
    wanted = words_of(headline_quote["text"])
    for quote in body_quotes:
        if wanted in words_of(quote["text"]):
            return quote
    return None
