"""The named body a relative clause stands for, when that clause gives the quotation: "… was welcomed by
Beijing, which described the embargo as a “product of the Cold War”" is Beijing's, not the main subject's.

Matches, in the words right before a quotation without a reporting clause (its sentence only, no other
quotation between), ", which" or ", who" followed straight by a verb that reports or names words
(``lexicon.RELATIVE_SPEECH_VERBS``: "which described …", "who branded it"), with no other comma after the verb.
The antecedent is the capitalised run right before the comma ("the National Council for Adoption",
"Beijing"); a lower-case antecedent ("the poster, which claimed") names no speaker. Runs in step 3 of the
rule order with the other guesses (a passive's agent, an "according to"), before the sentence's subject.
"""

import re
from typing import Final

from transforms.quotes.lexicon import RELATIVE_SPEECH_VERBS
from transforms.quotes.paragraph import Paragraph
from transforms.word_trie import word_alternation

# ", which described the embargo as a " right before the quotation's opening mark.
RELATIVE_SPEECH: Final[re.Pattern[str]] = re.compile(
    r",\s+(?:which|who)\s+(?:(?:[a-z]+ly|also|has|have|had|then|once|later)\s+)*"
    rf"{word_alternation(RELATIVE_SPEECH_VERBS)}\b[^,;:“”\"‘’]{{0,60}}$"
)
# The capitalised run before the comma: "Beijing", "the National Council for Adoption", "Acme Corp."
ANTECEDENT: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w’'\-])(?:[A-Z][\w’'\-&.]*(?:\s+(?:of|for|and|de|the)\s+|\s+))*[A-Z][\w’'\-&.]*$"
)
WINDOW: Final = 160


def relative_speaker_span(paragraph: Paragraph, start: int) -> tuple[int, int] | None:
    """Span of the named antecedent of a speaking relative clause right before the quotation at ``start``."""
    text = paragraph.text
    floor = paragraph.floor_before(start)
    lead_end = max(start - 1, floor)
    clause = RELATIVE_SPEECH.search(text, max(floor, lead_end - WINDOW), lead_end)
    if clause is None:
        return None
    antecedent = ANTECEDENT.search(text, max(floor, clause.start() - 80), clause.start())
    if antecedent is None or paragraph.inside_quote(antecedent.start()):
        return None
    return antecedent.span()
