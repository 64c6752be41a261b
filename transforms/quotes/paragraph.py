"""One paragraph as the attribution rules see it: its quoted pieces, its sentences, and where a quotation sits.

Sentences end at ``.``, ``!`` or ``?`` before a capital or a digit, except after an
abbreviation ("Mr.", "U.S.", "Oct." before its day) or an initial; a wire dateline opening the paragraph
("WASHINGTON, Dec. 8 (UPI) —") is a sentence of its own.
"""

import re
from bisect import bisect_right
from collections.abc import Callable

from transforms.quotes.lexicon import ABBREVIATIONS
from transforms.quotes.marks import WORD, headline_pieces, positions_of, quoted_pieces

ABBREVIATION_DOT = "|".join(rf"(?<=\b{abbreviation.replace('.', '[.]')})\." for abbreviation in ABBREVIATIONS) + r"|(?<=\b[A-Z])\."
# One lookbehind per abbreviation length, as a lookbehind has a fixed width.
NOT_ABBREVIATION_DOT = "".join(
    rf"(?<!\b(?:{'|'.join(abbreviation.replace('.', '[.]') for abbreviation in ABBREVIATIONS if len(abbreviation) == length)})[.])"
    for length in sorted({len(abbreviation) for abbreviation in ABBREVIATIONS})
) + r"(?<!\b[A-Z][.])"
# The lookahead (closers, a space, a capital) rejects most periods before the abbreviation lookbehinds.
SENTENCE_END = re.compile(rf"[.!?](?=[”\"’)\]]*\s+[“\"‘(\[]?[A-Z0-9])(?:{NOT_ABBREVIATION_DOT}|[”\"’)\]]+)\s+(?=[“\"‘(\[]?[A-Z0-9])")
SENTENCE_END_CHARS = ".!?"
# A wire dateline opening a paragraph ("WASHINGTON (AP) —", "PURCHASE, N.Y., April 1 (UPI) —", "DES MOINES - "): the
# place, date and agency stand apart from the sentence after them, whose subject comes after the dash.
DATELINE = re.compile(
    r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][A-Za-z]*\.(?: ?[A-Z][a-z]*\.)*)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \([A-Za-z ]{2,20}\))? ?(?:—|–|--|-) ?(?=[A-Z])"
)


class Paragraph:
    """One paragraph's text, quotation pieces and sentence starts, for the attribution rules.

    A headline quotes with single marks too (``marks.headline_pieces``).
    ``has_quote_mark`` False (known from a vectorised check) spares the quotation scan of
    the many paragraphs that only serve as context; sentences are split on first use, and
    the floor before a quotation, which several rules ask for, is worked out once.
    """

    def __init__(self, text: str, base: int, continuing: bool = False, has_quote_mark: bool = True, is_headline: bool = False) -> None:
        self.text = text
        self.base = base
        self.is_headline = is_headline
        self.reopened: frozenset[int] = frozenset()  # starts of pieces that continue the piece before them
        if is_headline:
            self.pieces, self.runs_on = headline_pieces(text), False
        elif has_quote_mark:
            self.pieces, self.runs_on, self.reopened = quoted_pieces(text, continuing)
        else:
            self.pieces, self.runs_on = [], False
        self.piece_starts = [start for start, _end in self.pieces]
        self._sentence_starts: list[int] = []
        self._sentences: list[tuple[int, int]] = []  # (start, end), split on first use
        self._floors: dict[int, int] = {}  # quotation start -> floor_before
        # (start, end, span start, span end) of every NAMED_MENTION run outside quotations, as names.ArticleNames.scan
        # found them (not for a headline, which it leaves): the organisations' scan reads the same runs
        self.named_runs: list[tuple[int, int, int, int]] | None = None

    def sentence_of(self, position: int) -> tuple[int, int]:
        """(start, end) of the sentence holding ``position`` (not negative)."""
        if not self._sentences:
            starts = self._sentence_starts = sentence_starts(self.text)
            self._sentences = list(zip(starts, starts[1:] + [len(self.text)]))
        return self._sentences[bisect_right(self._sentence_starts, position) - 1]

    def outside_quotes(self) -> list[tuple[int, int]]:
        """(start, end) of the text before, between and after the quotation pieces."""
        spans = []
        outside = 0
        for start, end in self.pieces:
            spans.append((outside, start))
            outside = end
        spans.append((outside, len(self.text)))
        return spans

    def next_quote_start(self, position: int) -> int | None:
        """Start of the first quotation piece after ``position``."""
        index = bisect_right(self.piece_starts, position)
        return self.piece_starts[index] if index < len(self.piece_starts) else None

    def inside_quote(self, position: int) -> bool:
        index = bisect_right(self.piece_starts, position) - 1
        return index >= 0 and position < self.pieces[index][1]

    def has_piece_in(self, start: int, end: int) -> bool:
        """A quotation piece starts in text[start:end]."""
        index = bisect_right(self.piece_starts, start - 1)
        return index < len(self.piece_starts) and self.piece_starts[index] < end

    def floor_before(self, start: int) -> int:
        """Where the words leading up to a quotation begin: its sentence start or the previous quotation's end."""
        floor = self._floors.get(start)
        if floor is None:
            floor = self.sentence_of(start - 1 if start > 0 else 0)[0]
            for _piece_start, piece_end in self.pieces:
                if floor <= piece_end < start - 1:
                    floor = piece_end + 1
            self._floors[start] = floor
        return floor


def sentence_starts(text: str) -> list[int]:
    """0 and the end of every ``SENTENCE_END`` match, as its finditer finds them: the pattern is
    matched only at the sentence-final marks, which str.find finds faster than the regex's scan."""
    starts = [0]
    end = 0
    dateline = DATELINE.match(text) if text[:2].isupper() else None
    if dateline is not None:
        starts.append(end := dateline.end())
    for position in positions_of(text, SENTENCE_END_CHARS):
        if position >= end:
            found = SENTENCE_END.match(text, position)
            if found is not None:
                end = found.end()
                starts.append(end)
    return starts


def opens_paragraph(paragraph: Paragraph, position: int) -> bool:
    """Only quotations and punctuation before ``position``: "“History,” he wrote", "He said"."""
    text = paragraph.text
    outside = 0
    for start, end in paragraph.pieces:
        if start >= position:
            break
        if WORD.search(text, outside, start):
            return False
        outside = end
    return not WORD.search(text, outside, position)


def no_words_between(paragraph: Paragraph, start: int, end: int) -> bool:
    """Only quotations and punctuation in paragraph.text[start:end]: "“…” “…,” the Saudis state"."""
    text = paragraph.text
    outside = start
    for piece_start, piece_end in paragraph.pieces:
        if piece_end <= start or piece_start >= end:
            continue
        if WORD.search(text, outside, piece_start):
            return False
        outside = piece_end
    return not WORD.search(text, outside, end)


def is_embedded(paragraph: Paragraph, start: int, end: int) -> bool:
    """A quotation inside a running clause: "said the U.S. “clearly” needed": words before it in
    its sentence that do not end in a colon or comma, and no punctuation closing it."""
    text = paragraph.text
    lead = text[paragraph.floor_before(start):max(start - 1, 0)].rstrip()
    if not lead or lead.endswith((",", ":")):
        return False
    return not text[start:end].rstrip().endswith((",", ".", "?", "!", "—", "-", "–", "…")) and text[end + 1:end + 2] != ","


def chain_goes_back(previous: Paragraph, earlier: Paragraph, chained: int | None, wanted: str) -> bool:
    """Whether a chain of "he" or "she" whose earliest pronoun (document offset ``chained``) opens the paragraph
    ``previous`` goes on into ``earlier``, the paragraph before it: both are narration without quotations ("Jo Hart
    graduated …. She paid …." then "She plans …." then "“…,” she said")."""
    if not wanted or chained is None or not previous.base <= chained < previous.base + len(previous.text):
        return False
    if previous.pieces or earlier.pieces or not earlier.text.strip():
        return False
    return opens_paragraph(previous, chained - previous.base)


def index_at(paragraphs: list[Paragraph], position: int) -> int | None:
    """The index of the paragraph holding document offset ``position``, or None when none does."""
    return next((index for index, paragraph in enumerate(paragraphs) if 0 <= position - paragraph.base < len(paragraph.text)), None)


def text_at(paragraphs: list[Paragraph], start: int, end: int) -> str | None:
    """The text at document offsets [start, end) of the paragraph that holds it, or None when none does."""
    for paragraph in paragraphs:
        if paragraph.base <= start and end <= paragraph.base + len(paragraph.text):
            return paragraph.text[start - paragraph.base:end - paragraph.base]
    return None


def latest_match_before(
    paragraphs: list[Paragraph], pattern: re.Pattern[str], groups: tuple[str, ...], position: int, reach: int,
    needle: str | None = None, keep: Callable[[re.Match[str]], bool] | None = None,
) -> tuple[str, int] | None:
    """The text and document offset of the first present group (in ``groups`` order) of the latest match of
    ``pattern`` outside quotations that stands before ``position``, in the paragraphs ending within ``reach`` of it
    (and holding ``needle``, when given; of the matches ``keep`` accepts, when given)."""
    found: tuple[str, int] | None = None
    for paragraph in paragraphs:
        if paragraph.base >= position:
            break
        if paragraph.base + len(paragraph.text) < position - reach or needle is not None and needle not in paragraph.text:
            continue
        for span_start, span_end in paragraph.outside_quotes():
            for match in pattern.finditer(paragraph.text, span_start, span_end):
                if keep is not None and not keep(match):
                    continue
                group = next(name for name in groups if match.groupdict().get(name))
                at = paragraph.base + match.start(group)
                if at < position and (found is None or at > found[1]):
                    found = (match.group(group), at)
    return found


# A title-case subhead of a list article: short, no comma or semicolon (a team list, "Peel, Wilson", is names), one
# sentence, every word of four letters or more capitalised outside its quotations.
SUBHEAD_MAX_CHARS, SUBHEAD_MIN_WORDS = 150, 4
QUOTATION_SPAN = re.compile(r"[“\"‘][^”\"’]*[”\"’]?")
SUBHEAD_WORD = re.compile(r"[A-Za-z][\w’'\-]*")
INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")


def is_subhead(text: str) -> bool:
    """The paragraph ``text`` is a list article's title-case subhead ("Zoe Saldana Asked Men Everywhere To “Redefine
    Masculinity.”"): the quote rules read it as a headline, not as a sentence whose capitalised run is a name."""
    if len(text) > SUBHEAD_MAX_CHARS:
        return False
    outside = INITIALISM.sub("X", QUOTATION_SPAN.sub(" ", text)).strip()  # "U.S." ends no sentence
    words = SUBHEAD_WORD.findall(outside)
    if len(words) < SUBHEAD_MIN_WORDS or "," in outside or ";" in outside or re.search(r"[.!?]\s", outside):
        return False
    return all(word[0].isupper() for word in words if len(word) >= 4)
