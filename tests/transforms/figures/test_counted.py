"""The counted noun phrase after a number, and the whole of a fraction."""

import pytest

from tests.transforms.figures.support import only
from transforms.figures import figures_in_text


def test_each_number_of_a_list_counts_its_own_noun():
    sentence = (
        "its forces had killed 13,500 Russian soldiers and destroyed 404 tanks, 81 planes, 95 helicopters "
        "and more than 1,200 armored personnel carriers."
    )
    found = [(f["text"], f["value"], f["unit"], f["qualifier"]) for f in figures_in_text(sentence)]
    assert found == [
        ("13,500", 13500, "soldiers", "exact"),
        ("404", 404, "tanks", "exact"),
        ("81", 81, "planes", "exact"),
        ("95", 95, "helicopters", "exact"),
        ("more than 1,200", 1200, "carriers", "more_than"),
    ]
    assert figures_in_text(sentence)[-1]["value_low"] == 1200
    assert figures_in_text(sentence)[-1]["value_high"] is None


@pytest.mark.parametrize(
    "sentence,text,unit,counted",
    [
        ("A trial phase will begin with 1,100 public housing properties, each with a solar panel.", "1,100", "properties", "public housing properties"),
        ("As many as 14 first-team players left the club.", "As many as 14", "players", "first-team players"),
        ("The Biden administration wants about 20 coal-fired power plants closed.", "about 20", "plants", "coal-fired power plants"),
        ("It offered two gas-only powertrain options.", "two", "options", "gas-only powertrain options"),
        ("She put one hand behind her head.", "one", "hand", "hand"),
        ("On Sunday, 7,295 people were evacuated through four humanitarian corridors.", "7,295", "people", "people"),
        ("Three of Smith's aides resigned on Friday.", "Three", "aides", "Smith's aides"),
        ("The studio hired 40 other engineers last year.", "40", "engineers", "other engineers"),
        ("Two of our regular customers called.", "Two", "customers", "regular customers"),
        ("Police seized 40 Ford and Toyota pickup trucks last month.", "40", "trucks", "Ford and Toyota pickup trucks"),
        ("The shelter took in 30 men and women overnight.", "30", "men", "men"),
        ("May and June are two of the busiest months for the resort.", "two", "months", "busiest months"),
        ("The group now has 300 US shareholders.", "300", "shareholders", "US shareholders"),
    ],
)
def test_counted_noun_phrase(sentence, text, unit, counted):
    figure = only(sentence, text)
    assert (figure["unit"], figure["category"], figure["counted"]) == (unit, "count", counted)
    assert sentence[figure["unit_start"]:figure["unit_end"]] == counted


@pytest.mark.parametrize(
    "sentence,text,value,unit,category,counted",
    [
        ("Half the tickets were sold within an hour.", "Half", 0.5, "tickets", "count", "tickets"),
        ("About a fifth of the US workforce is unionised.", "About a fifth", 0.2, "workforce", "count", "US workforce"),
        ("We walked a quarter of a mile to the shore.", "a quarter", 0.25, "miles", "distance", None),
        ("Add 1/4 of a pint of cream.", "1/4", 0.25, "pints", "other", None),
    ],
)
def test_the_whole_of_a_fraction(sentence, text, value, unit, category, counted):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"], figure["counted"]) == (value, unit, category, counted)
