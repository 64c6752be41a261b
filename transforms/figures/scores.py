"""Scores: the two sides of a result in the order written, one figure per set or tiebreak.

"United won 2-0", "a 28-17 win", "Ireland 19-13 England", "6-3 6-1" (two sets),
"7-6 (8-6)" (a set and its tiebreak), "4-2 on penalties". First every pair of whole
numbers joined by a dash is found (``_PAIR_RE``), except inside a longer chain
("4-4-2"), a decimal, a percentage, an amount of money or a model number
("777-200LR"). Pairs in a row ("6-7 (4-7) 7-6 (8-6) 7-5") are the sets and tiebreaks
of one match when they look like sets. A lone pair is a score when a word of a
result stands in its clause before it ("beat", "won", "lead", "clinched the series",
"outshot them"), within four words after it ("win", "on penalties", "ahead"; past its comma
when commas set it off: "did the same, 2-0, at home"), before an opponent ("3-0 against
Boston"), or when names stand on both sides of it ("Man City 0-2 Man Utd"), or when its sides are equal, as no range's are ("It's 0-0, so"). Odds and votes have the same shape ("odds of 4-1", "a 2-1
favourite", "voted 272-219"): both sides are kept with the category "other"; a lone pair
joined by a slash is only ever odds ("odds of 1/5", "1/3 favourite"), but not a fraction in
32nds or 64ths, a bond's price ("rose 7/32"). A date
range ("16-28 November"), an age range ("aged 30-39") and a range of something
counted or measured ("25-30 people", "12-18 months") are no scores: the range rules
read them.
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.counted import looks_plural
from transforms.figures.figure import Figure
from transforms.figures.units import unit_at
from transforms.word_trie import word_alternation

_PAIR_RE: Final = re.compile(
    r"(?<![\w.,/:£$€¥–-])(?P<first>0|[1-9]\d{0,2})[ \u00a0]?(?P<joiner>[-–/])[ \u00a0]?(?P<second>0|[1-9]\d{0,2})"
    r"(?![\w%/]|[.,]\d|[ \u00a0]?[-–][ \u00a0]?\d)"
)
_JOINERS: Final = ("-", "–", "/")
_SPACES: Final = " \u00a0"
# Between two pairs of one match: a space or a comma, into or out of a tiebreak's brackets.
_RUN_GAP_RE: Final = re.compile(r"[ \u00a0,]{0,3}\(|\)?[ \u00a0,]{1,3}")
_WORDS_AFTER_RE: Final = re.compile(r"(?:[ \u00a0]+[\w'’-]+){1,4}")
_WORD_RE: Final = re.compile(r"[\w'’-]+")
_CLAUSE_END_RE: Final = re.compile(r"[.;:!?\"“”(]\s")
_NAME_BEFORE_RE: Final = re.compile(r"[A-Z][\w.'’&-]*[ \u00a0]$")
_NAME_AFTER_RE: Final = re.compile(r"[ \u00a0][A-Z]")
_DATE_AFTER_RE: Final = re.compile(rf"[ \u00a0]+(?:of[ \u00a0]+)?{lex.MONTHS}(?![a-z])")
_DATE_BEFORE_RE: Final = re.compile(rf"\b{lex.MONTHS}[ \u00a0]+$")
_AGE_AFTER_RE: Final = re.compile(r"(?i)[ -]?years?[ -]olds?\b|[ \u00a0]+years?[ \u00a0]+old\b")
_RANGE_WORDS_BEFORE: Final = {"aged", "ages", "age", "between", "from"}
# A standing in a game: "At 3-0 we faced a struggle", "until 3-3 in the first set".
_STANDING_WORDS_BEFORE: Final = {"at", "until", "till"}
# After a team and its score, where the other team is named later: "beat South Africa 3-2 in Douala".
_AFTER_TEAM_SCORE: Final = {"in", "at", "on", "after", "thanks", "with", "before"}
_LARGEST_GAME_SCORE: Final = 70
_LARGEST_TIE: Final = 30
# Odds or a ratio in words: "three-to-one", "100-to-one", "a two-to-one majority".
_SIDE_WORDS: Final = {**lex.SMALL_NUMBERS, **lex.TENS, "hundred": 100}
_WORD_ODDS_RE: Final = re.compile(
    rf"(?i)(?<![\w-])(?P<first>\d{{1,3}}|{word_alternation(_SIDE_WORDS)})-to-(?P<second>\d{{1,3}}|{word_alternation(_SIDE_WORDS)})(?![\w-])"
)
_WORDS_BEFORE: Final = 8
_TENNIS_POINTS: Final = {0, 15, 30, 40}  # "40-30", "0-30 on his serve"
# The largest side of a tennis set; a final set may run on ("10-8"), two games apart.
_SET_GAMES: Final = (6, 7)


def find_scores(text: str) -> list[Figure]:
    """Every score, odds and vote in a paragraph, one figure per pair of numbers, in text order."""
    scores: list[Figure] = []
    run: list[re.Match[str]] = []
    for pair in _pairs(text):
        if run and not _RUN_GAP_RE.fullmatch(text, run[-1].end(), pair.start()):
            scores += _scores_of_run(text, run)
            run = []
        run.append(pair)
    if run:
        scores += _scores_of_run(text, run)
    if "-to-" in text:
        scores = sorted(scores + _word_odds(text), key=lambda figure: figure.start)
    return scores


def _word_odds(text: str) -> list[Figure]:
    """ "three-to-one", "100-to-one": odds or a ratio, the larger side first or beside a word of odds.

    Equal sides ("a one-to-one meeting") and idioms ("nine-to-five": ``lexicon.NOT_ODDS``) are no odds.
    """
    found = []
    for odds in _WORD_ODDS_RE.finditer(text):
        first, second = (_side_value(odds.group(side)) for side in ("first", "second"))
        before, after = _words_around(text, odds.start(), odds.end())
        if odds.group().lower() in lex.NOT_ODDS:
            continue
        if first > second or first != second and any(word.lower() in lex.RATIO_WORDS for word in before[-3:] + after[:2]):
            found.append(_score_figure(odds.start(), odds.end(), (first, second), "other"))
    return found


def _side_value(side: str) -> int:
    return int(side) if side.isdigit() else _SIDE_WORDS[side.lower()]


def _pairs(text: str) -> list[re.Match[str]]:
    """``_PAIR_RE`` tried only where a dash or slash stands between digits (a regex scan of
    every paragraph, led by a lookbehind, would cost more than the rest of the rule)."""
    pairs: list[re.Match[str]] = []
    for joiner in _JOINERS:
        at = text.find(joiner, 1)
        while at > 0:
            before = at - 1 if text[at - 1] not in _SPACES else at - 2
            if before >= 0 and text[before:before + 1].isdigit() and text[at + 1:at + 3].lstrip(_SPACES)[:1].isdigit():
                start = before
                while start > 0 and text[start - 1].isdigit():
                    start -= 1
                pair = _PAIR_RE.match(text, start)
                if pair:
                    pairs.append(pair)
            at = text.find(joiner, at + 1)
    return sorted(pairs, key=lambda pair: pair.start()) if len(pairs) > 1 else pairs


def _is_tiebreak(text: str, pair: re.Match[str]) -> bool:
    return text[pair.start() - 1:pair.start()] == "(" and text[pair.end():pair.end() + 1] == ")"


def _sides(pair: re.Match[str]) -> tuple[int, int]:
    return int(pair.group("first")), int(pair.group("second"))


def _is_set(pair: re.Match[str]) -> bool:
    first, second = _sides(pair)
    return max(first, second) in _SET_GAMES or (max(first, second) > _SET_GAMES[-1] and abs(first - second) == 2)


def _scores_of_run(text: str, run: list[re.Match[str]]) -> list[Figure]:
    """The scores among pairs in a row: all of them when they are a match's sets, else each lone pair that is one."""
    sets = [pair for pair in run if not _is_tiebreak(text, pair)]
    tiebreaks_follow_sets = all(
        index and _sides(run[index - 1]) in ((7, 6), (6, 7)) for index, pair in enumerate(run) if _is_tiebreak(text, pair)
    )
    is_match = (
        sets and tiebreaks_follow_sets and all(pair.group("joiner") != "/" for pair in sets)
        and (len(sets) >= 2 and (all(_is_set(pair) for pair in sets[:-1]) or _set_in_play(sets)) or len(sets) < len(run))
        and not _is_date_or_age(text, run[0], run[-1])
    )
    if is_match:
        return [_score_figure(pair.start(), pair.end(), _sides(pair), "score") for pair in run]
    found = []
    for pair in run:
        category = _lone_pair_category(text, pair) if pair.group("joiner") != "/" else _slashed_odds_category(text, pair)
        if category is not None:
            found.append(_score_figure(pair.start(), pair.end(), _sides(pair), category))
    return found


def _set_in_play(sets: list[re.Match[str]]) -> bool:
    """A set, then the games and points of the set in play: "6-1 3-1 0-30"."""
    return _is_set(sets[0]) and all(max(_sides(pair)) <= _SET_GAMES[-1] or set(_sides(pair)) <= _TENNIS_POINTS for pair in sets)


def _is_date_or_age(text: str, first: re.Match[str], last: re.Match[str]) -> bool:
    """ "16-28 November", "March 4-6", "16-21 year olds": a date or an age range."""
    start, end = first.start(), last.end()
    return bool(
        _DATE_AFTER_RE.match(text, end) or _DATE_BEFORE_RE.search(text, max(0, start - 12), start)
        or _AGE_AFTER_RE.match(text, end)
    )


def _lone_pair_category(text: str, pair: re.Match[str]) -> str | None:
    """ "score" for a result, "other" for odds or a vote, None for no score."""
    start, end = pair.start(), pair.end()
    if _is_date_or_age(text, pair, pair):
        return None
    # A pair set off by commas reads on past its comma: "did the same, 2-0, at home".
    set_off = text[start - 2:start] == ", " and text[end:end + 1] == ","
    before, words_after = _words_around(text, start, end + 1 if set_off else end)
    after = [word.lower() for word in words_after]
    result_after = any(word in lex.SCORE_WORDS_AFTER for word in after[:3])
    if after and not result_after and (unit_at(text, end) is not None or _is_counted_noun(words_after[0])):
        return None  # "25-30 people", "12-18 months"; not "the 2-1 series victory"
    if _beside_ratio_word(before, after):
        return "other"
    if any(word in lex.SCORE_WORDS_AFTER for word in after):
        return "score"  # "came from 15-6 down"
    if before and before[-1] in _RANGE_WORDS_BEFORE:
        return None  # "aged 30-39", "between 10-20"
    if after[:1] and after[0] in lex.OPPONENT_WORDS_AFTER and words_after[1:2] and words_after[1][0].isupper():
        return "score" if max(_sides(pair)) <= _LARGEST_GAME_SCORE else None  # "clinched it 3-0 against Boston"
    name_before = _NAME_BEFORE_RE.search(text, max(0, start - 30), start) is not None
    if (
        any(word in lex.SCORE_WORDS_BEFORE for word in before)
        or name_before and _NAME_AFTER_RE.match(text, end)
        or set(_sides(pair)) <= _TENNIS_POINTS and _sides(pair) != (0, 0)
        or _is_tie(pair) and (not after or after[0] in lex.PHRASE_STOPWORDS) and not (before and before[-1] in lex.LABEL_WORDS)
        or max(_sides(pair)) <= _LARGEST_GAME_SCORE and (
            before and before[-1] in _STANDING_WORDS_BEFORE and not _NAME_AFTER_RE.match(text, end)  # not "at 16-18 Mill Road"
            or name_before and after[:1] and after[0] in _AFTER_TEAM_SCORE and before[-1] not in lex.LABEL_WORDS
        )
    ):
        return "score"
    return None


def _is_tie(pair: re.Match[str]) -> bool:
    """Equal sides, which no range has: "It's 0-0, so", "got back to 5-5" (not "50-50", a chance)."""
    first, second = _sides(pair)
    return first == second and first <= _LARGEST_TIE


def _slashed_odds_category(text: str, pair: re.Match[str]) -> str | None:
    """ "odds of 1/5", "a 1/3 favourite": a pair joined by a slash is only ever odds, beside a word of odds."""
    first, second = _sides(pair)
    if _is_date_or_age(text, pair, pair) or second in lex.PRICE_FRACTION_DENOMINATORS and first < second:
        return None  # "rose 7/32 in price": a bond's price moves in 32nds, a fraction (``numbers``)
    before, after = _words_around(text, pair.start(), pair.end())
    return "other" if _beside_ratio_word(before, [word.lower() for word in after]) else None


def _beside_ratio_word(before: list[str], after: list[str]) -> bool:
    return any(word in lex.RATIO_WORDS for word in before[-3:] + after[:2])


def _words_around(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of the clause before ``start`` (up to eight, lower case) and up to four words after ``end`` (as written)."""
    clause_start = max(0, start - 60)
    for boundary in _CLAUSE_END_RE.finditer(text, clause_start, start):
        clause_start = boundary.end()
    before = [word.lower() for word in _WORD_RE.findall(text[clause_start:start])][-_WORDS_BEFORE:]
    following = _WORDS_AFTER_RE.match(text, end)
    return before, _WORD_RE.findall(text[end:following.end()]) if following else []


def _is_counted_noun(word: str) -> bool:
    """A plural common noun ("people", "enterprises"), not a name ("Wales") or a function word ("as")."""
    return word.islower() and len(word) > 3 and looks_plural(word) and word not in lex.PHRASE_STOPWORDS


def _score_figure(start: int, end: int, sides: tuple[int, int], category: str) -> Figure:
    figure = Figure(start, end, None, False)
    figure.score_first, figure.score_second = sides
    figure.category, figure.qualifier = category, "exact"
    return figure
