"""Where a number can start: the batch prefilters and the offsets the number grammar is tried at.

``CANDIDATE_PATTERN`` and ``NUMBER_WORD_PATTERN`` are checked for a whole batch in
Rust; ``number_start_offsets`` finds the literals a number starts with (Aho-Corasick),
and ``start_positions`` tries ``START_RE`` only near them.
"""

import re
from typing import Final

import polars as pl

import transforms.figures.lexicon as lex
from transforms.word_trie import first_letter_branches

# Where a number core can start, matched on the lower-cased text. Every alternative
# starts with a literal, so the offsets to try are found for a batch at once (see
# ``_START_LITERALS``); a word found inside a longer word ("often") is dropped by the caller.
_START_WORDS: Final = [*lex.SMALL_NUMBERS, *lex.TENS, *lex.VAGUE_PLURALS, *lex.MULTIPLIER_WORDS, "several", "half"]
_SCALE_AFTER_ARTICLE: Final = "dozen|hundred|thousand|million|billion|trillion|half|third|quarter|fourth|fifth|sixth|eighth|tenth|few"
_CURRENCY_SYMBOLS: Final = "$£€¥₹₴₽₪"
_DIGIT_START_ALTERNATIVES: Final = (
    [re.escape(symbol) for symbol in _CURRENCY_SYMBOLS]
    + [re.escape(sign) + r"(?=\.?\d)" for sign in "-+−"]
    + [digit + r"[\d,.]*" for digit in "0123456789"]
    + [r"\.\d[\d,.]*", r"\d"]  # the last: digits of other scripts, where every offset is tried
)
START_RE: Final = re.compile("|".join(
    [branch + r"(?![a-z])" for branch in first_letter_branches(_START_WORDS)]
    + [rf"an?(?=\s+(?:{_SCALE_AFTER_ARTICLE})\b)", r"minus(?=[- ]?\d)"]
    + _DIGIT_START_ALTERNATIVES
))
# The same without the words, for paragraphs that have no number word (found for a
# whole batch at once by ``NUMBER_WORD_PATTERN``): no lower-cased copy, fewer branches.
DIGIT_START_RE: Final = re.compile("|".join(_DIGIT_START_ALTERNATIVES))
NUMBER_WORD_PATTERN: Final = "(?i)(?:^|[^a-z])(?:" + "|".join([*_START_WORDS, *_SCALE_AFTER_ARTICLE.split("|"), "minus"]) + ")"
# Where ``START_RE`` can match, found for a whole batch in Rust (``number_start_offsets``):
# literals that begin its alternatives (a word's shortest form: "six" stands for "sixty"),
# looked up by Aho-Corasick, ignoring ASCII case. Under 64 literals, the search stays on
# its SIMD path. Signs and articles are found from the literal after them (``start_positions``).
_START_LITERAL_WORDS: Final = {*_START_WORDS, *_SCALE_AFTER_ARTICLE.split("|"), "minus"}
_SHORTEST_START_WORDS: Final = sorted(
    word for word in _START_LITERAL_WORDS if not any(word != other and word.startswith(other) for other in _START_LITERAL_WORDS)
)
_START_LITERALS: Final = [*_CURRENCY_SYMBOLS, *"0123456789", *_SHORTEST_START_WORDS]
# Where the literals cannot stand for the start regex: digits beyond ASCII (a sign's
# lookahead reads them) and "İ", whose lower case is two code points. There every offset is tried.
_TRY_EVERY_OFFSET_PATTERN: Final = r"[\d--0-9]|\u0130"
# Cheap paragraph filter: digits, or a word that begins a start literal ("six" also stands
# for "sixty" and "sixth"), so no paragraph with a number start is skipped. "(?:^|\W)" is
# the word boundary before a word: spelled out, Rust's regex keeps its fast automaton on
# non-ASCII text (a Unicode "\b" makes it fall back to a slow engine there: 30x on PolNeAR).
CANDIDATE_PATTERN: Final = r"(?i)\d|(?:^|\W)(?:" + "|".join(_SHORTEST_START_WORDS) + ")"


def number_start_offsets(text: pl.Expr) -> pl.Expr:
    """UTF-8 byte offsets where a number can start in each text (see ``_START_LITERALS``), or null."""
    return (
        pl.when(text.str.contains(_TRY_EVERY_OFFSET_PATTERN))
        .then(None)
        .otherwise(text.str.find_many(_START_LITERALS, ascii_case_insensitive=True, overlapping=True))
    )


def code_point_offsets(text: str, byte_offsets: list[int]) -> list[int]:
    """The code point offsets of ascending UTF-8 byte offsets into ``text``."""
    if text.isascii():
        return byte_offsets
    encoded = text.encode()
    offsets = []
    code_points = previous = 0
    for byte_offset in byte_offsets:
        code_points += len(encoded[previous:byte_offset].decode())
        previous = byte_offset
        offsets.append(code_points)
    return offsets


def start_positions(lowered: str, number_words: bool, offsets: list[int] | None) -> list[int]:
    """Where ``finditer`` of the start regex matches ``lowered``, trying it only near ``offsets``.

    ``offsets`` (ascending) holds every offset where a literal of ``_START_LITERALS``
    begins, or is None to try every offset. The starts that no literal shows sit just
    before one: the sign or point of "-5", ".5", "-.5", the article of "a million".
    """
    pattern = START_RE if number_words else DIGIT_START_RE
    positions = []
    end = 0  # where the last match ended: finditer looks on from there
    for offset in offsets if offsets is not None else range(len(lowered)):
        if offset < end:
            continue
        lead = offset
        if lowered[offset].isdigit():
            while lead and lowered[lead - 1] in "-+−.":
                lead -= 1
        elif number_words:
            gap = offset
            while gap and lowered[gap - 1].isspace():
                gap -= 1
            if gap < offset and lowered[gap - 1:gap] in ("a", "n"):
                lead = gap - 1 if lowered[gap - 1] == "a" else gap - 2
        for position in range(max(lead, end), offset + 1):
            found = pattern.match(lowered, position) if position >= end else None
            if found:
                positions.append(position)
                end = found.end()
    return positions
