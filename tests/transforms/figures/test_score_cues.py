"""Scores without a word of a result beside them: a series won, a count of the game outdone, a gap cut, an opponent
named after the pair, a pair set off by commas, equal sides; a side outdoing the other by a ratio keeps both sides as other."""

import pytest

from tests.transforms.figures.support import sides


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The Pumas clinched the series 4-1 in Denver.", [("4-1", 4, 1, "score")]),
        ("Last spring they swept the Otters 4-0.", [("4-0", 4, 0, "score")]),
        ("The visitors outshot the hosts 31-18 over three periods.", [("31-18", 31, 18, "score")]),
        ("They took the opener 2-1 against Riverton.", [("2-1", 2, 1, "score")]),
        ("The reserves did likewise, 3-1, away from home.", [("3-1", 3, 1, "score")]),
        ("The visitors narrowed the gap to 21-17 late on.", [("21-17", 21, 17, "score")]),
    ],
)
def test_a_score_told_by_its_series_its_game_count_its_opponent_or_its_commas(sentence, expected):
    assert sides(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Renters outnumber owners 2-1 in the district.", [("2-1", 2, 1, "other")]),
        ("The challenger was outspent 4-1 on television ads.", [("4-1", 4, 1, "other")]),
    ],
)
def test_one_side_outdoing_the_other_by_a_ratio_is_other(sentence, expected):
    assert sides(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Children, 12-14, were questioned.", "Prices were 10-15, up from last year.", "Sizes 8-10 against the wall."],
)
def test_a_range_set_off_by_commas_or_before_against_is_no_score(sentence):
    assert sides(sentence) == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ('"It is 1-1, so anything can happen," he said.', [("1-1", 1, 1, "score")]),
        ("She pulled back to 4-4 in the second set.", [("4-4", 4, 4, "score")]),
    ],
)
def test_equal_sides_are_a_score(sentence, expected):
    assert sides(sentence) == expected


@pytest.mark.parametrize("sentence", ["It is a 50-50 call.", "They booked a 1-1 session with a tutor.", "Read Section 2-2 first."])
def test_a_chance_a_meeting_or_a_label_with_equal_sides_is_no_score(sentence):
    assert sides(sentence) == []
