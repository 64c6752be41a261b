"""Number cores and their values: digits, words, vague plurals, currency and scale."""

import pytest

from tests.transforms.figures.support import only


@pytest.mark.parametrize(
    "sentence,text,value,low,high,qualifier,direction,unit,category",
    [
        ("The fund raised $800 million last year.", "$800 million", 8e8, 8e8, 8e8, "exact", None, "dollars", "money"),
        ("He paid £1,400 for it.", "£1,400", 1400, 1400, 1400, "exact", None, "pounds", "money"),
        ("The crude contract was up 19 cents at US $58.24 per barrel.", "US $58.24 per barrel", 58.24, 58.24, 58.24, "exact", None, "dollars per barrel", "money"),
        ("The crude contract was up 19 cents at US $58.24 per barrel.", "19 cents", 19, 19, 19, "exact", "up", "cents", "money"),
        ("Shares fell 5% on Monday.", "5%", 5, 5, 5, "exact", "down", "percent", "percent"),
        ("The index was down 1.3% at noon.", "1.3%", 1.3, 1.3, 1.3, "exact", "down", "percent", "percent"),
        ("Turnout rose 15 per cent.", "15 per cent", 15, 15, 15, "exact", "up", "percent", "percent"),
        ("Between 20 and 30 people attended.", "Between 20 and 30", None, 20, 30, "range", None, "people", "count"),
        ("the range grows from 252 to 287 miles", "from 252 to 287 miles", None, 252, 287, "range", "up", "miles", "distance"),
        ("Hundreds of thousands of people fled.", "Hundreds of thousands", None, 1e5, 1e6, "vague", None, "people", "count"),
        ("Dozens of people were killed Friday.", "Dozens", None, 12, 120, "vague", None, "people", "count"),
        ("Two dozen soldiers were wounded.", "Two dozen", 24, 24, 24, "exact", None, "soldiers", "count"),
        ("A dozen reporters waited.", "A dozen", 12, 12, 12, "exact", None, "reporters", "count"),
        ("The city has half a million residents.", "half a million", 5e5, 5e5, 5e5, "exact", None, "residents", "count"),
        ("It costs 3.5 million euros.", "3.5 million euros", 3.5e6, 3.5e6, 3.5e6, "exact", None, "euros", "money"),
        ("The hunt lasted nearly two weeks.", "nearly two weeks", 2, 2, 2, "approx", None, "weeks", "duration"),
    ],
)
def test_forms_of_numbers(sentence, text, value, low, high, qualifier, direction, unit, category):
    figure = only(sentence, text)
    assert (figure["value"], figure["value_low"], figure["value_high"]) == (value, low, high)
    assert (figure["qualifier"], figure["direction"], figure["unit"], figure["category"]) == (qualifier, direction, unit, category)
