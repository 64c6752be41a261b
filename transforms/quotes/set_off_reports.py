"""A pronoun's reporting clause set off inside, or closing, the sentence it reports: no name in that sentence is it.

"Mr Blair has failed, he claimed, saying …" is not Mr Blair, nor "The problem with Gibson's film, he believed, was"
Gibson, nor "Mr Blair has “the same passion” as in 1997, he said." Mr Blair: a pronoun never stands for a name in the
words its own clause reports. ``set_off_report_start`` finds such a clause, in this order:

1. a cue and a comma right after the pronoun (``PARENTHETICAL_CUE``), with no quotation earlier in the sentence;
   else a cue closing the sentence (``CLOSING_CUE``: a time, a place or an addressee at most after it), with a name
   outside the quotations before the pronoun ("“Mr Blair is right,” he said" names him only inside the words quoted,
   which recency never reads anyway);
2. a comma right before the pronoun and a name before it ("But, he said, …" has no name it could be taken for);
3. no cue of its own before ("Jo Mook acknowledged …, an outcome, he said, …" is inside what that cue reports).

``pronoun_antecedents`` then asks the sentences before the one reported, and recency from its start.
"""

import re
from typing import Final

from transforms.quotes.cues import CUE, SPEECH_CUES
from transforms.quotes.names import NAME
from transforms.quotes.paragraph import Paragraph
from transforms.word_trie import word_alternation

# A reporting clause set off by commas inside the sentence it reports, right after its pronoun: "The problem
# with the film, he believed, was …", "Mr Blair has failed, he claimed, saying …".
PARENTHETICAL_CUE: Final[re.Pattern[str]] = re.compile(rf"\s+(?:[a-z]+ly\s+)?{word_alternation(SPEECH_CUES)}\s*,")
# A reporting clause closing the sentence it reports, after a comma: "Mr Blair has “the same passion” as in 1997, he
# said.", "…, she told the BBC on Monday." (a time, a place or an addressee at most after the cue; not "he said Ed
# Cole was …", which reports a clause of its own).
CLOSING_CUE: Final[re.Pattern[str]] = re.compile(
    rf"\s+(?:[a-z]+ly\s+)?{word_alternation(SPEECH_CUES)}\b"
    r"(?:\s+(?:on|in|at|to|during|after|before|last|this|while|from)\b[^“”\"]{0,60}|(?<=told)(?:\s+(?!that\b)[\w’'\-]+){1,6})?\s*[.?!]?$"
)


def named_outside_quotes(paragraph: Paragraph, start: int, end: int) -> bool:
    """A name stands in text[start:end] outside the quotation pieces."""
    return any(not paragraph.inside_quote(found.start()) for found in NAME.finditer(paragraph.text, start, end))


def set_off_report_start(paragraph: Paragraph, position: int, pronoun: str) -> int | None:
    """Where the sentence starts whose words the reporting clause of the pronoun at ``position`` reports, set off
    inside or closing it; None when the pronoun's clause is no such clause."""
    sentence_start, sentence_end = paragraph.sentence_of(position)
    before = paragraph.text[sentence_start:position].rstrip()
    if PARENTHETICAL_CUE.match(paragraph.text, position + len(pronoun)) is not None:
        if paragraph.has_piece_in(sentence_start, position):
            return None
    elif CLOSING_CUE.match(paragraph.text[:sentence_end].rstrip(), position + len(pronoun)) is None or not named_outside_quotes(paragraph, sentence_start, position):
        return None
    if not before.endswith(",") or not NAME.search(before) or CUE.search(before[:-1]):
        return None
    return sentence_start
