"""Phone numbers and street addresses are contact details, not figures."""

import pytest

from tests.transforms.figures.support import texts


@pytest.mark.parametrize(
    "sentence",
    [
        "For tickets ring +44 (0)161 496 0732 before Friday.",
        "The helpline is 0800 612 4471, open all night.",
        "Readers can call 0845 7 212 212 with tips.",
        "The office answers on (312) 555-0148 during the week.",
        "Dial +1 415 555 0199 to reach the desk.",
    ],
)
def test_a_phone_number_gives_no_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery moved to 2214 N. Oak St last spring.",
        "Protesters gathered outside 418 E Harbor Blvd on Sunday.",
        "The clinic at 77 Mill Road reopened.",
    ],
)
def test_a_street_address_gives_no_figure(sentence):
    assert texts(sentence) == []


def test_figures_beside_a_phone_number_or_an_address_stay():
    assert texts("Some 40 volunteers took 300 calls on 0800 612 4471 at 77 Mill Road.") == ["Some 40", "300"]


def test_a_title_cased_headline_is_no_address():
    assert texts("Drivers Cheer These 4 Signs On Highway Bridges") == ["4"]


def test_a_count_of_justices_is_no_address():
    assert texts("All 9 Supreme Court justices heard the case.") == ["9"]
