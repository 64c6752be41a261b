"""A short term whose only speaker is a country guessed without a cue: nobody's words, so ``scare``.

``extract`` drops a country (or a seat of government) found only by a guess as a speaker, since no
reporting clause makes it speak ("UK plans … with a new “Marshall Plan”", "Turkey has signed a “letter
of intent”", "France have been criticised for the absence of traditional “French flair”"). Rule 5 of
``classify`` makes a short term whose guessed speaker is none ``scare``; this says when a country guess
counts as none for it: the guess has no cue, and no cue word stands between the country's mention and the
quotation ("Even China, Pyongyang's only ally, said it was “resolutely opposed”" is China's words,
a reporting clause the cue scan missed).

It runs after the rest of the paragraph's rules, with rule 5 (``extract``), and only on a
quotation ``classify.is_unsaid_term`` already takes for a term.
"""

from transforms.quotes.cues import cues_in
from transforms.quotes.resolution import Attribution


def unreported_country(attribution: Attribution, text: str, base: int, start: int) -> bool:
    """The country guessed for the quotation at ``text[start:]`` (paragraph offset ``base``) reports nothing:
    no cue of its own and no cue word between its mention and the quotation."""
    if attribution.cue is not None or attribution.mention_end is None:
        return False
    mention_end = attribution.mention_end - base
    if not 0 <= mention_end <= start:
        return True  # the guess is named after the quotation or in another paragraph: nothing of it reports
    return not cues_in(text, mention_end, start)
