"""Quotation marks: the quoted pieces of a paragraph.

Curly and straight double quotes (guillemets and „ read as curly ones: ``FOREIGN_MARKS``); single
quotes stay inside the quotation they are nested in, except in a headline, where BBC style quotes with single marks. In the
order the scan meets them:

1. A closing mark first in a paragraph that continues an open quotation ends the
   piece that runs on from the previous paragraph (``continuing``).
2. An opening-shaped mark (a space before it, a word after it) after sentence-final
   punctuation while a quotation is open starts a new piece: text whose paragraphs
   were joined into one line (``… supporters. "I'm looking forward…``) keeps the
   next paragraph's opening mark. The open piece ends before it; the new piece
   continues it (``QuotedPieces.reopened``).
3. An opening-shaped mark after a colon while a quotation is open, with a sentence end
   in the quotation before the colon, starts a new quotation: the open one lost its
   closing mark where its paragraph ended (``… promoted. He added: "The whole…``),
   so it ends at its last sentence end and the reporting clause stays outside.
4. Otherwise marks pair in turn: a straight mark opens unless a space follows it or it
   is shaped as a closing one (``stray_closing``: ``terrorists".``, a stray mark), a
   “ that no word follows closes (a common typo). A quotation still open at the
   paragraph end runs to the paragraph end and no further.
   A ” or " after feet and inches ("6’2”") marks inches and is no quotation mark (``inch_mark``).
5. A ” opening its paragraph before a word, with another ” later in the paragraph, opens: web copy that typed the
   wrong mark ("” … he delivered a mix …,” Barabak wrote.": ``turned_opening``).
4a. While a straight-quoted passage is open, an opening-shaped straight mark that a closing
   one follows within a few words, with a lower-case word after it, quotes a term inside the
   passage (``"At that meeting … going to "fake" an injury …``): both marks stay in it.
"""

import re
from collections.abc import Iterable
from typing import Final, NamedTuple

QUOTE_MARK: Final[re.Pattern[str]] = re.compile(r"[“”\"]")
# Guillemets and the low opening mark („…“) of other languages, read as the curly double marks the rules know in a
# paragraph with no ” or straight mark: one character for one, so every offset holds, and a quotation's words are read
# back from its paragraph as written.
FOREIGN_MARKS: Final[dict[str, str]] = {"«": "“", "»": "”", "„": "“"}
# QUOTE_MARK's characters, for ``positions_of``: str.find returns at once for a curly mark in
# text held one byte per character.
QUOTE_MARK_CHARS: Final[tuple[str, ...]] = ('"', "“", "”")
WORD: Final[re.Pattern[str]] = re.compile(r"\w")
# A colon and spaces before an opening mark: "He added: "…".
INTRODUCTION_END: Final[re.Pattern[str]] = re.compile(r":\s+$")
# A sentence end inside a quotation, before the next sentence's first word.
SENTENCE_END_INSIDE: Final[re.Pattern[str]] = re.compile(r"[.!?](?=[’')\]]*\s+[A-Z])")
# What follows a closing-shaped straight mark: punctuation that ends a clause.
STRAY_FOLLOWERS: Final[frozenset[str]] = frozenset(".,;:!?)")
# Sentence-final punctuation (and what may close it) before the spaces ahead of a mark.
SENTENCE_FINAL_END: Final[re.Pattern[str]] = re.compile(r"[.!?][’')\]]*\s+$")
# How far back SENTENCE_FINAL_END needs to look.
SENTENCE_FINAL_REACH: Final[int] = 12
# Headline quotation marks: a single mark with a space or the line start before it and a
# word after it opens; one after a word or punctuation, before a space, punctuation or the
# line end, closes. An apostrophe inside a word ("BA's") is neither; one ending a word
# ("Jones' profits") with no quotation open is none either.
HEADLINE_OPENING: Final[re.Pattern[str]] = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=\w)")
HEADLINE_CLOSING: Final[re.Pattern[str]] = re.compile(r"(?<=[\w.,!?%)])['’](?=[\s,.;:!?)\]—–-]|$)")


class QuotedPieces(NamedTuple):
    """(start, end) of text between quotation marks, whether the paragraph ends inside a
    quotation, and the starts of pieces that continue the piece before them (rule 2)."""

    pieces: list[tuple[int, int]]
    runs_on: bool
    reopened: frozenset[int]


def reopens(text: str, pos: int) -> bool:
    """An opening-shaped mark at ``pos`` after sentence-final punctuation: "…supporters. "I'm".

    The caller has checked the space before it.
    """
    return (
        (text[pos + 1:pos + 2].isalnum() or text[pos + 1:pos + 2] in ("‘", "'", "("))
        and SENTENCE_FINAL_END.search(text, max(0, pos - SENTENCE_FINAL_REACH), pos) is not None
    )


def quoted_pieces(text: str, continuing: bool = False) -> QuotedPieces:
    """The quoted pieces of a paragraph (see the module docstring for the rules).

    Single quotes are left alone, so nested ‘…’ stays part of the quotation.
    Attribute values (``author="…"``) are markup.
    """
    pieces = []
    reopened: set[int] = set()
    marks = [pos for pos in positions_of(text, QUOTE_MARK_CHARS) if not inch_mark(text, pos)]
    if continuing and marks and marks[0] > 0 and (text[marks[0]] == "”" or (text[marks[0]] == '"' and not text[marks[0] + 1:marks[0] + 2].isalnum())):
        pieces.append((0, marks[0]))
        marks = marks[1:]
    open_at = None
    opened_straight = False
    nested = 0
    inner_end = -1
    for index, pos in enumerate(marks):
        char = "“" if index == 0 and turned_opening(text, marks) else text[pos]
        if pos <= inner_end:
            continue  # the closing mark of a term quoted inside the open quotation
        if opened_straight and (char == "“" or (char == "”" and nested)):
            nested += 1 if char == "“" else -1  # curly pairs nested in a straight-quoted passage belong to it
            continue
        if open_at is not None and text[pos - 1:pos].isspace() and (char == "“" or (char == '"' and opened_straight)):
            if reopens(text, pos):
                pieces.append((open_at, len(text[:pos].rstrip())))
                open_at = pos + 1
                reopened.add(open_at)
                continue
            narration = narration_before(text, open_at, pos)
            if narration is not None:
                pieces.append((open_at, narration))
                open_at = pos + 1
                continue
            if char == '"' and index + 1 < len(marks) and inner_term(text, pos, marks[index + 1]):
                inner_end = marks[index + 1]
                continue
        closes_typo = char == "“" and open_at is not None and not text[pos + 1:pos + 2].isalnum()
        if (char == "“" and not closes_typo) or (char == '"' and open_at is None and not text[pos + 1:pos + 2].isspace() and not stray_closing(text, pos)):
            open_at = pos + 1
            opened_straight = char == '"'
            nested = 0
        elif open_at is not None:
            opened_straight = False
            if text[open_at - 2:open_at - 1] != "=":
                pieces.append((open_at, pos))
            open_at = None
    runs_on = False
    if open_at is not None and text[open_at - 2:open_at - 1] != "=":
        runs_on = True
        pieces.append((open_at, len(text.rstrip())))
    kept = [(start, end) for start, end in pieces if WORD.search(text, start, end)]
    return QuotedPieces(kept, runs_on, frozenset(start for start, _end in kept if start in reopened))


# What a turned opening mark opens: a word, or an ellipsis that leaves out the quotation's start ("” … he delivered").
TURNED_OPENING_AFTER: Final[re.Pattern[str]] = re.compile(r"”(?:\w|\s?…\s?\w)")


def turned_opening(text: str, marks: list[int]) -> bool:
    """A ” that opens its paragraph before a word, with a ” after it in the paragraph, is a turned opening mark (rule
    5): "” … he delivered a mix …,” Barabak wrote." in web copy whose quotation lost its “ (an inch mark is none)."""
    return bool(marks) and marks[0] == 0 and TURNED_OPENING_AFTER.match(text) is not None and any(text[pos] == "”" for pos in marks[1:])


# A term quoted inside a straight-quoted passage with the same marks: a few words, then a closing
# mark with a lower-case word after it (``… going to "fake" an injury …``).
INNER_TERM: Final[re.Pattern[str]] = re.compile(r'"\w[^"]{0,40}?[\w.!?]"(?= [a-z])')
INNER_TERM_WORDS: Final[int] = 5


def inner_term(text: str, pos: int, next_mark: int) -> bool:
    """Whether the opening-shaped straight mark at ``pos`` and the mark at ``next_mark`` quote a short
    term inside the open quotation (rule 4a) rather than close it and open another."""
    found = INNER_TERM.match(text, pos)
    return found is not None and found.end() == next_mark + 1 and len(text[pos:next_mark].split()) <= INNER_TERM_WORDS


def narration_before(text: str, open_at: int, pos: int) -> int | None:
    """Where the open quotation ends when the opening-shaped mark at ``pos`` follows a colon after a
    sentence end inside it: "… promoted. He added: "The whole world …" (rule 3): its last sentence end."""
    if not text[pos + 1:pos + 2].isalnum() or INTRODUCTION_END.search(text, max(open_at, pos - 4), pos) is None:
        return None
    ends = [found.start() + 1 for found in SENTENCE_END_INSIDE.finditer(text, open_at, text.rindex(":", open_at, pos))]
    return ends[-1] if ends else None


# Feet and inches before a mark: "6’2”", "5'11"".
HEIGHT_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?<![\w.])\d['’]\d{1,2}$")


def inch_mark(text: str, pos: int) -> bool:
    """The ” or " at ``pos`` marks inches after feet ("he’s like 6’2”,” Rubio said"): no quotation mark."""
    return text[pos] != "“" and text[pos - 1:pos].isdigit() and HEIGHT_BEFORE.search(text, max(pos - 5, 0), pos) is not None


def stray_closing(text: str, pos: int) -> bool:
    """A straight mark shaped as a closing one (a word or a full stop right before it, punctuation right
    after it) while no quotation is open: "… a recruiting sergeant" for terrorists"." quotes nothing."""
    return pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in ".,!?") and text[pos + 1:pos + 2] in STRAY_FOLLOWERS


def positions_of(text: str, chars: Iterable[str]) -> list[int]:
    """Offsets of the given characters in ``text``, ascending: with ``QUOTE_MARK_CHARS``, where
    ``QUOTE_MARK`` matches. Each character is looked for with str.find, which scans at memchr
    speed where a regex's character class tests one character after another."""
    positions = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            positions.append(at)
            at = text.find(char, at + 1)
    positions.sort()
    return positions


def headline_pieces(text: str) -> list[tuple[int, int]]:
    """Quoted pieces of a headline, single marks included: "Rover deal 'may cost 2,000 jobs'".

    A piece needs two word characters, so "rock 'n' roll" quotes nothing.
    """
    pieces = quoted_pieces(text).pieces
    position = 0
    while True:
        opening = HEADLINE_OPENING.search(text, position)
        if opening is None:
            break
        closing = HEADLINE_CLOSING.search(text, opening.end())
        if closing is None:
            break
        start, end = opening.end(), closing.start()
        if len(WORD.findall(text, start, end)) >= 2 and not any(start < piece_end and piece_start < end for piece_start, piece_end in pieces):
            pieces.append((start, end))
        position = closing.end()
    return sorted(pieces)


# The characters of the last word read before a mark (``may_end_with``): longer than any word a caller names.
LAST_WORD_CHARS: Final[int] = 16


def may_end_with(text: str, start: int, reach: int, last_words: tuple[str, ...]) -> bool:
    """Whether the words right before the opening mark of the quotation whose words start at ``start`` (within
    ``reach`` characters of that mark, past spaces and commas) may end with one of ``last_words`` (lower case). A
    pattern anchored at its end is tried at every offset of its window; this test, run first, spares that search for
    nearly every quotation. Written in ASCII, the words must end so in any letter case; other letters (which an
    ignore-case pattern may match to ASCII ones) always pass."""
    low = max(0, start - 1 - reach)
    stop = max(start - 1, 0)
    while stop > low and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1
    tail = text[max(low, stop - LAST_WORD_CHARS):stop]
    return not tail.isascii() or tail.lower().endswith(last_words)


def words_before_mark(pattern: re.Pattern[str], text: str, start: int, reach: int, last_words: tuple[str, ...] = ()) -> re.Match[str] | None:
    """``pattern`` (anchored at its end) matching the words right before the opening mark of the quotation whose words
    start at ``start``, from at most ``reach`` characters before that mark: "a hat reading, “…”". ``last_words``, when
    given, are the words (lower case) the pattern's match can end with, before spaces and commas (``may_end_with``)."""
    if last_words and not may_end_with(text, start, reach, last_words):
        return None
    return pattern.search(text, max(0, start - 1 - reach), max(start - 1, 0))
