"""A count whose noun stands past "more"/"other", or is left out after "a further"/"another" or "population of"."""

import pytest

from tests.transforms.figures.support import only


@pytest.mark.parametrize(
    "sentence,text,unit,counted",
    [
        ("The carrier has an option to buy 12 more jets next year.", "12", "jets", "jets"),
        ("Mr Hale and the four other released prisoners flew home.", "four", "prisoners", "other released prisoners"),
        ("The council will build 300 more social homes.", "300", "homes", "social homes"),
    ],
)
def test_a_count_past_more_or_other(sentence, text, unit, counted):
    figure = only(sentence, text)
    assert (figure["unit"], figure["category"], figure["counted"]) == (unit, "count", counted)


@pytest.mark.parametrize(
    "sentence,text",
    [("The band had two more top 10 singles.", "two"), ("There are 9 more ready to sign.", "9")],
)
def test_a_phrase_cut_before_its_noun_counts_nothing(sentence, text):
    figure = only(sentence, text)
    assert figure["unit"] is None and figure["category"] == "other"


@pytest.mark.parametrize(
    "sentence,text,unit,category",
    [
        ("Organisers expect 80,000 visitors on Friday and a further 60,000 on Saturday.", "60,000", "visitors", "count"),
        ("The side sit three points behind the leaders and a further four behind them.", "four", "points", "other"),
        ("Another 400 will go next year.", "400", None, "count"),
        ("The island has a population of about 12,000.", "about 12,000", None, "count"),
        ("It ran for 10 years and an extra two million trees were planted.", "two million", "trees", "count"),
    ],
)
def test_a_count_whose_noun_is_left_out(sentence, text, unit, category):
    figure = only(sentence, text)
    assert (figure["unit"], figure["category"]) == (unit, category)
