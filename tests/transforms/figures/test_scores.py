"""Scores: both sides in the order written, one figure per set or tiebreak; odds and votes of the same shape."""

import pytest

from tests.transforms.figures.support import paragraphs, sides, texts
from transforms.figures import extract_figures


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The All Blacks beat Wales 28-17 in Cardiff.", [("28-17", 28, 17)]),
        ("Arsenal win 4-2 on penalties", [("4-2", 4, 2)]),
        ("United won 2-0 that day, at Old Trafford.", [("2-0", 2, 0)]),
        ("They fought out a 1-1 draw at Anfield.", [("1-1", 1, 1)]),
        ("Chelsea beat Newcastle 3-1 on Sunday.", [("3-1", 3, 1)]),
        ("England went in at half-time with a 17-6 lead.", [("17-6", 17, 6)]),
        ("Wales came from 15-6 down to win.", [("15-6", 15, 6)]),
        ("A 45-6 humiliation of France followed.", [("45-6", 45, 6)]),
        ("Man City 0-2 Man Utd", [("0-2", 0, 2)]),
        ("Roddick fights back to 40-30 on serve.", [("40-30", 40, 30)]),
    ],
)
def test_a_pair_with_a_word_of_a_result_or_names_on_both_sides_is_a_score(sentence, expected):
    assert sides(sentence) == [(*pair, "score") for pair in expected]


def test_each_set_of_a_match_is_one_score():
    assert sides("Mauresmo routed Vera Zvonareva 6-3 6-1, while Sharapova won.") == [("6-3", 6, 3, "score"), ("6-1", 6, 1, "score")]
    assert sides("She came through 6-4, 3-6, 6-3 in the final.") == [("6-4", 6, 4, "score"), ("3-6", 3, 6, "score"), ("6-3", 6, 3, "score")]


def test_a_tiebreak_is_a_score_of_its_own_after_its_set():
    assert sides("Fish won 7-6 (8-6) 6-2.") == [("7-6", 7, 6, "score"), ("8-6", 8, 6, "score"), ("6-2", 6, 2, "score")]
    assert sides("Result: Nadal 6-7 (6/8) 6-2 Roddick") == [("6-7", 6, 7, "score"), ("6/8", 6, 8, "score"), ("6-2", 6, 2, "score")]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Bez is now the 2-1 favourite to win the show.", ("2-1", 2, 1)),
        ("Jackman has odds of 4-1 with the bookmakers.", ("4-1", 4, 1)),
        ("On Monday, MPs voted 272-219 in favour of the Bill.", ("272-219", 272, 219)),
        ("The appeal was rejected in a 2-1 decision.", ("2-1", 2, 1)),
    ],
)
def test_odds_and_votes_keep_both_sides_as_other(sentence, expected):
    assert sides(sentence) == [(*expected, "other")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The festival runs from 16-28 November in Leeds.",
        "Tickets for 24-26 June went on sale.",
        "It was the club's best result of the 2004-05 season.",
        "Between 25-30 people were there when they won.",
        "Sales will decelerate over the next 12-18 months, he said after the win.",
        "This compares to 14% of those aged 30-39.",
        "Call 0207-123-4567 to win tickets.",
        "They won playing a 4-4-2 formation.",
        "Ryanair ordered 70 Boeing 737-800 planes.",
        "Games will cost $10-25m to make, and a 4-5% cut followed the defeat.",
    ],
)
def test_dates_years_ranges_codes_and_models_are_no_scores(sentence):
    assert sides(sentence) == []


def test_a_pair_without_a_word_of_a_result_is_no_figure():
    assert texts("The code was 12-4 in the manual.") == []


def test_a_score_has_no_value_and_its_sides_reach_the_frame():
    sentence = "Gloucester beat Bath 17-16 in the derby."
    frame = extract_figures(paragraphs({"d1": sentence}))
    row = frame.row(0, named=True)
    assert (row["text"], row["score_first"], row["score_second"], row["category"], row["qualifier"]) == ("17-16", 17, 16, "score", "exact")
    assert (row["value"], row["value_low"], row["value_high"], row["unit"]) == (None, None, None, None)
    assert ("0123456789" + sentence)[row["start_char"]:row["end_char"]] == "17-16"


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The odds were three-to-one against him.", [("three-to-one", 3, 1, "other")]),
        ("He is a 100-to-one outsider.", [("100-to-one", 100, 1, "other")]),
        ("The motion passed by a two-to-one majority.", [("two-to-one", 2, 1, "other")]),
    ],
)
def test_odds_in_words_keep_both_sides(sentence, expected):
    assert sides(sentence) == expected


@pytest.mark.parametrize("sentence", ["They held a one-to-one meeting.", "He hated his nine-to-five job.", "the 0-to-60-mph time"])
def test_idioms_shaped_like_odds_are_no_odds(sentence):
    assert sides(sentence) == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ('"At 3-0 we faced a real struggle," he said.', [("3-0", 3, 0, "score")]),
        ("Williams stuck with her until 3-3 in the first set.", [("3-3", 3, 3, "score")]),
        ("Cameroon beat South Africa 3-2 in Douala.", [("3-2", 3, 2, "score")]),
        ("He played a massive role in the 2-1 series victory.", [("2-1", 2, 1, "score")]),
        ("That took me through to 6-1 3-1 0-30 on his serve.", [("6-1", 6, 1, "score"), ("3-1", 3, 1, "score"), ("0-30", 0, 30, "score")]),
    ],
)
def test_a_standing_a_score_after_a_team_and_a_set_in_play_are_scores(sentence, expected):
    assert sides(sentence) == expected


def test_an_address_after_at_is_no_standing():
    assert sides("Unit 3 at 16-18 Industrial Avenue was leased.") == []


def test_a_range_of_a_counted_noun_ending_a_sentence_is_no_score():
    assert sides("The list would be limited to 30-40 enterprises. More than 90,000 firms applied.") == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Reeves remains 3/1 favourite to win the show.", ("3/1", 3, 1)),
        ("Bookmakers Ladbrokes are offering odds of 1/5 on her departure.", ("1/5", 1, 5)),
    ],
)
def test_a_pair_joined_by_a_slash_beside_a_word_of_odds_is_odds(sentence, expected):
    assert sides(sentence) == [(*expected, "other")]
