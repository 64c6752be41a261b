"""Ranges: two neighbouring figures joined into one ("between 20 and 30", "252 to 287 miles", "5-10W").

A bare second end takes the first end's unit; a year between the ends of a "from"
range is dropped, as is a year-like number that nothing qualifies ("in 2008"). A
"from X to Y" after a word of change in its clause is no range but a change: two
figures, the start without a direction and the end with it ("rose from 60 to 65",
"cut from £5m to £3m"; ``_change_direction``). A year-like number stays when it counts
a plural noun after a verb ("employs 2000 people"). Ages joined by a dash are an age range
("aged 30-39"); other bare dashed pairs are scores or labels and are dropped here. Two dashed
figures each with its unit join only upwards: "by 58%-33%" (a split) and "£35bn - £2.5bn less than"
(a restatement) stay two figures. "X or Y"
joins before a unit ("two or three years") or before the noun Y counts when X is bare and
smaller ("four or five errors"), or when both are bare, unscaled and the smaller first ("48% use
two or three and", "perhaps 150 or 200").
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.counted import looks_plural
from transforms.figures.cues import direction_of, qualifier_before
from transforms.figures.figure import Figure, previous_word, sentence_start, word_before

# Either end may carry the sign "~" (about): "between ~3x and ~12x".
_RANGE_OPENER_RE: Final = re.compile(r"(?i)\b(?P<cue>between|from)\s+~?$")
_RANGE_JOINER_RE: Final = re.compile(r"(?i)\s*(?:(?P<to>to|through)|(?P<dash>[-–—])|(?P<and>and)|(?P<or>or))\s*~?")
# "100,000, 200,000 or 250,000 refugees", "three, four or five players": a list of alternatives, no range.
_LIST_BEFORE_RE: Final = re.compile(
    r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred)),\s+$"
)
LONGEST_JOINER: Final = 16  # " through " with generous spacing: gaps longer than this join nothing
# After "from", up to four words before "to" ("from $120 at noon on Friday to $95").
_FROM_GAP_RE: Final = re.compile(r"(?i)(?:\s+[^\s,;:!?]+){0,4}?\s+(?:up\s+)?to\s+")
_LONGEST_FROM_GAP: Final = 40
_CHANGE_WORDS_BACK: Final = 10  # words read back from "from" for a word of change ("raised the limit for … from")
_CLAUSE_PUNCTUATION: Final = ",;:.!?()\"“”"


def _joinable(text: str, first: Figure, second: Figure) -> str | None:
    """How two figures join into one range ("to", "dash", "and", "or"), or None when they do not.

    "252 to 287 miles"; after "from", the first end may carry words of its own before
    "to" ("from $120 at noon to $95", "from 6 goals last season to 9"), and a bare
    second end takes the first end's unit ("from 240 pounds to 205").
    """
    if first.vague or second.vague or first.value is None or second.value is None:
        return None
    gap_start = first.number_end if first.category == "count" else first.end
    gap = second.start - gap_start
    joiner = _RANGE_JOINER_RE.fullmatch(text, gap_start, second.start) if gap <= LONGEST_JOINER else None
    first_word_before = word_before(text, first)
    if first_word_before == "~":
        first_word_before = previous_word(text, first.start - 1)
    opener = first_word_before in ("from", "between")
    if joiner is not None:
        kind = joiner.lastgroup
        if kind == "dash" and _is_word_fraction(first) != _is_word_fraction(second):
            return None  # "nearly two thirds - 65% - of them": the fraction restated, no range
        if kind == "dash" and _descending(first, second):
            return None  # "by 58%-33%" is a split, "£35bn - £2.5bn less than" a restatement: a range runs upwards
    elif first_word_before == "from" and gap <= _LONGEST_FROM_GAP and _FROM_GAP_RE.fullmatch(text, gap_start, second.start):
        kind = "to"
    else:
        return None
    same_unit = first.currency == second.currency and (
        first.unit == second.unit or bool(second.unit and first.unit and second.unit.startswith(first.unit + " per "))
    )
    bare_second = opener and second.unit is None and second.currency is None and kind != "dash"
    if not (same_unit or bare_second or (not first.has_unit and first.category != "count")):
        return None
    if kind == "and" and not opener:
        return None
    if kind == "to" and first.has_unit and first_word_before == "by":
        return None  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if kind == "or" and not (_counts_either(text, first, second) or _bare_either(text, first, second)) and (
        second.currency or first.has_unit or not second.has_unit
    ):
        return None  # "two or three years" joins, "4 or 8 GB" too; "£5m or £6m" are alternatives
    return kind


def _counts_either(text: str, first: Figure, second: Figure) -> bool:
    """Whether a bare "X or Y <noun>" counts the noun Y counts, the smaller first: "four or five errors".

    Not the last two of a list ("100,000, 200,000 or 250,000 refugees"): alternatives, no range.
    """
    return (
        second.category == "count" and second.unit is not None and first.unit is None and first.currency is None
        and not first.year_like and (first.value or 0.0) < (second.value or 0.0) and first.scale == second.scale
        and _LIST_BEFORE_RE.search(text, max(0, first.start - 20), first.start) is None
    )


def _bare_either(text: str, first: Figure, second: Figure) -> bool:
    """Whether "X or Y" with nothing counted after either is one approximate count: "48% use two or three and".

    Both ends written alike (words or digits) with no scale, the smaller first; not the last two of a list
    ("100, 200 or 250"). Scaled amounts ("around 25k or 40k cheaper than A and B respectively") are alternatives.
    """
    return (
        first.unit is None and second.unit is None and first.currency is None and second.currency is None
        and not first.has_unit and not second.has_unit and not first.year_like and not second.year_like
        and first.is_word == second.is_word and first.scale == second.scale == 1.0
        and (first.value or 0.0) < (second.value or 0.0)
        and _LIST_BEFORE_RE.search(text, max(0, first.start - 20), first.start) is None
    )


def join_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Join "between 20 and 30", "252 to 287 miles", "5-10W", "$62 and $68" into one range."""
    joined = []
    index = 0
    while index < len(figures):
        first = figures[index]
        second = figures[index + 1] if index + 1 < len(figures) else None
        joiner = _joinable(text, first, second) if second is not None else None
        if (
            joiner is None and second is not None and second.year_like and not second.has_unit
            and index + 2 < len(figures) and word_before(text, first) == "from"
        ):
            # "from 4 tonnes in 2019 to 6 tonnes in 2021": the year between the ends is dropped
            joiner = _joinable(text, first, figures[index + 2])
            if joiner is not None:
                index += 1
                second = figures[index + 1]
        if joiner is None or second is None:
            if not first.year_like or first.has_unit or _qualified_count(text, first) or _counts_plural(text, first):
                joined.append(first)
            index += 1
            continue
        index += 2
        assert second is not None  # a joiner needs a second figure, and both values (see _joinable)
        if joiner == "dash" and not first.has_unit and not second.has_unit and not (first.category == "age" or _counts_a_range(first, second)):
            continue  # "16-18 Industrial Avenue", "737-800", "2014-15 Highlander"; "10-20 people" and "aged 30-39" join
        if first.year_like and not qualifier_before(text, first):
            if not second.year_like or second.has_unit:
                joined.append(second)  # "in 2008 to 29 mpg": the year goes, the figure stays
            continue  # "between 1600 and 1900", "2014-15"
        if second.unit is None and second.currency is None and first.unit is not None:
            second.unit, second.category, second.counted = first.unit, first.category, first.counted
            second.currency, second.has_unit = first.currency, first.has_unit
            second.unit_start, second.unit_end = first.unit_start, first.unit_end
        low, high = _comparable_ends(first, second)
        direction = _change_direction(text, first, low, high) if joiner == "to" and word_before(text, first) == "from" else None
        if direction is not None:
            second.direction = direction  # "rose from 60 to 65": the start, and the end with the change's direction
            joined += [first, second]
            continue
        opener = _RANGE_OPENER_RE.search(text, max(0, first.start - 10), first.start)
        second.start = opener.start("cue") if opener else first.start
        second.opener = opener.group("cue").lower() if opener else None
        second.low, second.high = min(low, high), max(low, high)
        second.value = None
        second.qualifier = "range"
        joined.append(second)
    return joined


def _descending(first: Figure, second: Figure) -> bool:
    """Whether the first of two dashed figures, each written with its unit, is the larger: two figures, no range.

    Bare pairs are left to ``join_ranges`` ("2005-6" is a year span, "3-1" a score).
    """
    if not (first.has_unit or first.currency) or not (second.has_unit or second.currency):
        return False
    if first.currency != second.currency or first.unit != second.unit:
        return False
    low, high = _comparable_ends(first, second)
    return low > high


def _is_word_fraction(figure: Figure) -> bool:
    return figure.is_word and figure.is_fraction()


def _counts_a_range(first: Figure, second: Figure) -> bool:
    """Whether a bare "N-M" before a counted noun is a range of it: "10-20 people", "20-30bn rupiah".

    Not a year span ("2014-15 Highlander"), a name ("9-11 Commission Report", "2-1 series
    victory": no plural noun counted) or a model number ("737-800 planes": neither end round).
    """
    head = second.unit or ""
    if second.category != "count" or first.year_like or not (second.scale > 1 or head.islower() and looks_plural(head)):
        return False
    low, high = first.value or 0.0, second.value or 0.0
    return not (low >= 100 and high >= 100 and low % 10 and high % 10)


def _qualified_count(text: str, figure: Figure) -> bool:
    """Whether a qualifier makes a year-like number a count: "more than 2000", not "about 2005" or "above 2004 levels".

    A count that large is written round in news; a year is any year. A round number
    after an approximator counts only something it names ("about 2000 people"): bare,
    it is a year ("built in about 1900").
    """
    qualifier = qualifier_before(text, figure)
    return qualifier is not None and (figure.value or 0.0) % 100 == 0 and (qualifier[0] != "approx" or figure.unit is not None)


def _counts_plural(text: str, figure: Figure) -> bool:
    """Whether a year-like number counts the plural noun after it: "employs 2000 people", not "in 2008 sales rose".

    Only a round number ("employs 2000 people"): written without a comma, any other is a year before
    what it dates ("the charity's 2019 top picks", "eyeing 2020 campaigns", "the famous 1979 series").
    Not after a word that a year follows ("in", "from", "the", "its", a month) nor at a sentence's start.
    """
    unit = figure.unit
    if figure.category != "count" or unit is None or not unit.islower() or not looks_plural(unit) or unit in lex.YEAR_NOUNS:
        return False
    if (figure.value or 0.0) % 100:
        return False
    before = word_before(text, figure)
    return before.isalpha() and before not in lex.YEAR_CONTEXT_WORDS and before not in lex.CALENDAR_WORDS and not sentence_start(text, figure.start)


def _comparable_ends(first: Figure, second: Figure) -> tuple[float, float]:
    """The two values, the first scaled like the second where it leaves the scale to it ("between 3 and 4 million")."""
    low, high = first.value or 0.0, second.value or 0.0
    if first.scale == 1 and second.scale > 1 and low < high / second.scale:
        low *= second.scale  # "between 3 and 4 million", "$10 to $15 billion"
    return low, high


def _change_direction(text: str, first: Figure, start: float, end: float) -> str | None:
    """ "up" or "down" when the "from" before ``first`` follows a word of change in its clause, else None (a range).

    A direction verb gives the direction ("fell from £5m to £3m"); a word of change
    without one ("raised the limit from 49% to 74%", "went from 10 to 20") takes it
    from the values. Reading back from "from" stops at punctuation, a clause link
    ("and", "which", "said") or a word of a range ("ranging from 10 to 20").
    """
    words = text[max(0, first.start - 100):first.start].split()[-_CHANGE_WORDS_BACK - 1:-1]  # the words before "from"
    for back, word in enumerate(reversed(words)):
        bare = word.strip(_CLAUSE_PUNCTUATION).lower()
        ends_clause = bare != word.lower().lstrip(_CLAUSE_PUNCTUATION) and not (back == 0 and word.endswith(","))
        if ends_clause or bare in lex.CLAUSE_LINKS or bare in lex.RANGE_WORDS:
            return None  # "costs. From", "which ranges from"; "upped its target, from £35 to £36.20" reads on
        direction = direction_of(bare)
        if direction is not None:
            return direction
        if bare in lex.CHANGE_WORDS:
            return "up" if end > start else "down" if end < start else None
    return None
