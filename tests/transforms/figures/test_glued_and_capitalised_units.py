"""Units glued to the number ("384kbps", "10GB/month") and currencies written capitalised after it ("19.99 Euro")."""

import pytest

from tests.transforms.figures.support import only, texts


@pytest.mark.parametrize(
    "sentence,text,value,unit",
    [
        ("The stream tops out at 384kbps on older lines.", "384kbps", 384.0, "kilobits per second"),
        ("Audio was capped at 128kps for free users.", "128kps", 128.0, "kilobits per second"),
        ("The plan includes 10GB/month of data.", "10GB/month", 10.0, "gigabytes per month"),
        ("Backups grow by 3 TB/week.", "3 TB/week", 3.0, "terabytes per week"),
        ("The fibre link carries 40 Gbit/s.", "40 Gbit/s", 40.0, "gigabits per second"),
        ("The suspect is 6ft 2ins tall.", "2ins", 2.0, "inches"),
    ],
)
def test_a_unit_glued_to_the_number_or_with_a_slash_rate(sentence, text, value, unit):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"]) == (value, unit)


@pytest.mark.parametrize(
    "sentence,text,value,unit",
    [
        ("The boxed set costs 39.90 Euro in Berlin.", "39.90 Euro", 39.9, "euros"),
        ("Entry is 15 Dollar and parking is free.", "15 Dollar", 15.0, "dollars"),
        ("Fans paid 60 Euro.", "60 Euro", 60.0, "euros"),
    ],
)
def test_a_currency_written_capitalised_after_the_number_is_money(sentence, text, value, unit):
    figure = only(sentence, text)
    assert (figure["value"], figure["unit"], figure["category"]) == (value, unit, "money")


def test_a_capitalised_currency_that_goes_on_into_a_name_is_no_money():
    assert all("Euro" not in text for text in texts("The 19 Euro area ministers met on Monday."))


def test_brazilian_reais_after_a_name_are_money():
    figure = only("The court awarded Transbrasil 3bn reais on Monday.", "3bn reais")
    assert (figure["value"], figure["unit"], figure["category"]) == (3e9, "reais", "money")
