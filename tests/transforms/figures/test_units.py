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


@pytest.mark.parametrize(
    "sentence,text,value,unit,category",
    [
        ("Jungle TV show ratings drop by 4m", "4m", 4e6, None, "other"),
        ("The finale drew 4m viewers.", "4m", 4e6, "viewers", "count"),
        ("Jugnot made 5.45m Euros last year.", "5.45m Euros", 5.45e6, "euros", "money"),
        ("Despite making a record Australian dollars 648m ($492m) profit last year.", "648m", 6.48e8, None, "other"),
        ("Net profit was 77m euros (£53m; $100m), up from 38m a year earlier.", "38m", 3.8e7, "dollars", "money"),
        ("He won the 60m hurdles in Birmingham.", "60m", 60, "metres", "distance"),
        ("Gardener is struggling to win the men's 60m in Madrid.", "60m", 60, "metres", "distance"),
        ("She plans to defend her 100m world title in Helsinki.", "100m", 100, "metres", "distance"),
        ("Kenteris won 200m gold at the Sydney Olympics.", "200m", 200, "metres", "distance"),
        ("Her victory in the 800m and 1000m made her name.", "1000m", 1000, "metres", "distance"),
        ("Britain's 4x100m team took gold.", "100m", 100, "metres", "distance"),
        ("She finished second with a clearance of 1.87m in the high jump.", "1.87m", 1.87, "metres", "distance"),
        ("The singer's intruder jumped 30ft (10m) from a window.", "10m", 10, "metres", "distance"),
        ("The 508m tall tower has the fastest lifts.", "508m", 508, "metres", "distance"),
        ("The lifts reach 17m/s at the top.", "17m/s", 17, "metres per second", "other"),
        ("The walk stretches for about 300m and is longer than the palace.", "about 300m", 300, "metres", "distance"),
        ("Merritt ran the third fastest indoor 400m of all time.", "400m", 400, "metres", "distance"),
    ],
)
def test_m_after_digits_is_a_million_or_metres_by_its_context(sentence, text, value, unit, category):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"]) == (value, unit, category)


def test_a_paragraph_of_money_in_millions_reads_a_bare_m_as_a_million():
    assert only("The club spent £40m last year and another 60m this year.", "60m")["value"] == 6e7


@pytest.mark.parametrize(
    "sentence,text,value",
    [("The under-18s team won.", "18s", 18), ("He played for the under-21 side.", "21", 21), ("Rail cards for the over-50s.", "50s", 50)],
)
def test_an_age_bound_naming_a_group_is_an_age(sentence, text, value):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"]) == (value, "years", "age")
