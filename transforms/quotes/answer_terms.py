"""A quoted answer or option that a form, a poll or a vote offers: ``scare`` (``classify`` rule 3b).

Matches a quotation whose words are one of ``lexicon.ANSWER_WORDS`` ("yes", "no", "don't know", "other",
"if") when

1. a noun it qualifies follows it, right after the words (no comma inside the marks), a lowercase word that is
   no function word (``lexicon.NOT_HEAD_WORDS``) and no cue:
   tick the “don't know” box, a “yes” vote, a “When” not an “If” probability; or
2. a gerund of choosing an answer comes right before it after a preposition or a group noun, with no
   subject of its own: a key reason for answering “yes”, those voting “yes”.

Such words name the option, nobody's speech, even inside a reported sentence ("Jo Hart will back a “yes”
vote"). An answer someone gives ("“No,” replied the witness", "Americans will say “no” to it") is
neither and stays direct.
"""

import re
from typing import Final

from transforms.quotes.lexicon import ANSWER_WORDS, CUE_SET, NOT_HEAD_WORDS
from transforms.quotes.term_modifiers import HEAD_AFTER

CHOOSING_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:for|of|by|from|after|before|without|those|people|voters|respondents)\s+"
    r"(?:answering|ticking|choosing|selecting|voting|clicking|pressing|replying)\s+(?:the\s+)?[“\"]$"
)


def names_an_answer(text: str, start: int, end: int) -> bool:
    """The quotation ``text[start:end]`` is an answer or option a noun or a gerund of choosing names."""
    if end - start > 20 or text[start:end].strip(" ,.!?").lower().replace("’", "'") not in ANSWER_WORDS:
        return False
    head = HEAD_AFTER.match(text, end) if text[start:end].rstrip()[-1:].isalpha() else None
    if head is not None and head.group(1) not in NOT_HEAD_WORDS and head.group(1) not in CUE_SET:
        return True  # not "“No,” replied the witness": a comma closes a clause, and a cue is no noun
    return CHOOSING_BEFORE.search(text, max(0, start - 40), start) is not None
