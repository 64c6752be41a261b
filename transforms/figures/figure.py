"""The figure being assembled, and the word just before it that many rules read."""

import re
from typing import Final

# Before a sentence's first word: the paragraph's start or a sentence end (its closing quotes and
# brackets included: '…ago." Five'), then any opening quote or bracket ('"Three of them'); or an
# opening quote after a colon or a space ('said: "Five', 'said "Five').
_SENTENCE_START_BEFORE_RE: Final = re.compile(r"(?:^|[.!?][\"'’”)\]]*)\s*[\"'‘“(\[]*$|[\s:][\"‘“]$")


class Figure:
    """A figure while it is being assembled; offsets are paragraph-local."""

    __slots__ = (
        "start", "end", "number_start", "number_end", "unit_start", "unit_end", "value", "low", "high",
        "scale", "currency", "sign", "vague", "is_word", "year_like", "has_unit",
        "qualifier", "direction", "unit", "category", "predicate", "opener", "counted", "word_before",
        "word_before_at", "score_first", "score_second",
    )

    def __init__(self, start: int, end: int, sign: str | None, is_word: bool):
        self.start: int = start
        self.number_start: int = start
        self.end: int = end
        self.number_end: int = end
        self.unit_start: int | None = None
        self.unit_end: int | None = None
        self.value: float | None = None
        self.low: float | None = None
        self.high: float | None = None
        self.scale: float = 1.0
        self.currency: str | None = None
        self.sign: str | None = sign
        self.vague: bool = False
        self.year_like: bool = False
        self.has_unit: bool = False
        self.is_word: bool = is_word
        self.qualifier: str | None = None
        self.direction: str | None = None
        self.unit: str | None = None
        self.category: str | None = None
        self.predicate: str | None = None
        self.counted: str | None = None  # the whole counted noun phrase ("public housing properties"), for counts
        self.opener: str | None = None  # "between" or "from" before a range
        self.word_before: str | None = None  # the word before the figure, see word_before
        self.word_before_at: int | None = None  # where that word starts
        self.score_first: int | None = None  # a score's or ratio's sides, in the order written ("28-17")
        self.score_second: int | None = None

    def is_fraction(self) -> bool:
        return self.value is not None and 0 < abs(self.value) < 1


def word_before(text: str, figure: Figure) -> str:
    """``previous_word`` at the figure's start, computed once per start."""
    start = figure.start
    word = figure.word_before
    if word is None or figure.word_before_at != start:
        word = previous_word(text, start)
        figure.word_before_at, figure.word_before = start, word
    return word


def previous_word(text: str, pos: int) -> str:
    """The word (or symbol) just before ``pos``, lower-cased; "" at the start."""
    head = text[max(0, pos - 40):pos].rstrip()
    if not head:
        return ""
    token = head.rsplit(None, 1)[-1]
    if token.isalpha():
        return token.lower()
    begin = len(token)
    while begin > 0 and (token[begin - 1].isalpha() or token[begin - 1] == "."):
        begin -= 1
    return token[begin:].lower() if begin < len(token) else token[-1]


def sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence, the paragraph or a quotation."""
    return pos == 0 or _SENTENCE_START_BEFORE_RE.search(text, max(0, pos - 6), pos) is not None
