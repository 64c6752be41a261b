"""Units: measurement units, currencies, rates, ages, and a unit stated once for two numbers."""

import pytest

from tests.transforms.figures.support import only


@pytest.mark.parametrize(
    "sentence,text,unit,category",
    [
        ("a Louisville defense that gave up 517 rushing yards against Kentucky", "517", "yards", "distance"),
        ("Renault owns it, which is 43.4 percent-owned by the state.", "43.4 percent", "percent", "percent"),
        ("Another aim is to make 5G available to more users.", "5G", "generations", "other"),
        ("An estimated 5 million children under the age of 5 years died.", "5 years", "years", "age"),
        ("car prices will go up by an average of 1500.", "1500", None, "other"),
        ("The S&P 500 rose 64.06 points to 4,577.10.", "4,577.10", "points", "other"),
        ("it will start charging customers with more than 7.5 million Danish crowns in deposits.", "more than 7.5 million Danish crowns", "Danish kroner", "money"),
        ("Netflix is hiking subscription fees by up to £24 a-year.", "up to £24 a-year", "pounds per year", "money"),
        ("The bid of C$8 (US$5.90) per share was accepted.", "C$8", "Canadian dollars per share", "money"),
        ("She will be 41 when the season starts.", "41", "years", "age"),
        ("The singer turns 60 on Monday.", "60", "years", "age"),
        ("The fee will be 35 from June.", "35", None, "other"),
        ("They built a 20m (66ft)-long hall.", "66ft", "feet", "distance"),
    ],
)
def test_units(sentence, text, unit, category):
    figure = only(sentence, text)
    assert (figure["unit"], figure["category"]) == (unit, category)


@pytest.mark.parametrize(
    "sentence,text,unit",
    [
        ("The club sold 12 of the 40 tickets.", "12", "tickets"),
        ("He scored 7 out of 10 penalties.", "7", "penalties"),
        ("The fund has raised 30 million of the 90 million euros it needs.", "30 million", "euros"),
        ("Sales reached 5.1 million units, up from 4.2 million a year earlier.", "4.2 million", "units"),
        ("The bid was less than half of the $20bn asked.", "less than half", None),
    ],
)
def test_a_bare_number_shares_the_unit_stated_once(sentence, text, unit):
    assert only(sentence, text)["unit"] == unit


def test_a_count_is_not_an_age_after_average_of():
    assert only("Homes stay an average of 70 days on the market.", "70 days")["category"] == "duration"
