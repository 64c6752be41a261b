"""A number naming a product's model is no figure: "Airbus's 350 family", "their 6600 handset", "the 440 in Paris"."""

import pytest

from transforms.figures import figures_in_text


def texts(sentence: str) -> list[str]:
    return [f["text"] for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Buyers queued for their 6600 handset on Monday.", []),
        ("The firm lost a navy 737 tanker order.", []),
        ("Canon's 350 cameras sold well.", []),
        ("Its long-range 340 jet flew today. The new 340 landed in Paris.", []),
        ("The firm will stop making its oldest airliner, the 727, next year.", []),
        ("The 303 Skyliner plane is new.", []),
    ],
)
def test_a_model_number_is_dropped(sentence, expected):
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The airline cut 777 jobs.", ["777"]),
        ("It took delivery of the 300 aircraft it ordered.", ["300"]),
        ("Cases passed the 600 mark on Tuesday.", ["600"]),
        ("He wrote a 500 word essay.", ["500"]),
        ("The fleet has 120 planes.", ["120"]),
    ],
)
def test_a_count_stays(sentence, expected):
    assert texts(sentence) == expected
