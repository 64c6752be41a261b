"""Headline quotations: "Golden rule 'intact' says ex-aide", "Rover deal 'may cost 2,000 jobs'".

A headline quotes someone's words in short, and never with a guessed speaker (its first
word is no subject: "Rover deal"). In this order, a headline quotation is said by:

1. the headline's own reporting cue ("says ex-aide", "Blair: '…'");
2. the speaker of the first quotation in the body that holds the same words (and it
   takes that quotation's kind);
3. the speaker a reporting clause of the lead (the body's first sentence) names, when the lead
   shares a word with the quotation: "'UK will stand firm on EU rebate'" over "Britain's £3bn EU
   rebate is not up for renegotiation …, Jack Straw said";
4. nobody.
"""

import re
from typing import Final

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.cues import SPEECH_CUES
from transforms.quotes.lexicon import HEADLINE_CUES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution, is_country_name

WORDS: Final[re.Pattern[str]] = re.compile(r"\w+")
# A word a headline quotation and its lead may share: not "the", "will", "over".
CONTENT_WORD: Final[re.Pattern[str]] = re.compile(r"\w{5,}")


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


def lead_report(finder: AttributionFinder, lead: Paragraph, headline_quote: dict) -> Attribution | None:
    """The speaker the lead's reporting clause names, when the lead shares a content word with the quotation."""
    sentence_end = lead.sentence_of(0)[1]
    wanted = {word.lower() for word in CONTENT_WORD.findall(headline_quote["text"])}
    if not wanted & {word.lower() for word in CONTENT_WORD.findall(lead.text, 0, sentence_end)}:
        return None
    found = finder.before(lead, sentence_end)  # as if a quotation opened right after the lead
    if found is None or found.cue not in SPEECH_CUES or found.speaker is None or found.speaker_type not in ("person", "organisation", "role"):
        return None
    if is_country_name(found.speaker):
        return None  # "UK media reports say": a country is no source
    return found
