"""A bare "X or Y" that counts nothing written after it is one range; a second label after one label word is no figure."""

import pytest

from transforms.figures import figures_in_text


def _figures(sentence: str) -> list[tuple[str, float | None, float | None]]:
    return [(f["text"], f["value_low"], f["value_high"]) for f in figures_in_text(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Most readers skim two or three and then stop.", [("two or three", 2.0, 3.0)]),
        ("We could have taken eight or nine on the day.", [("eight or nine", 8.0, 9.0)]),
        ("The shop needs not 90 staff but perhaps 40 or 50, he said.", [("90", 90.0, 90.0), ("40 or 50", 40.0, 50.0)]),
    ],
)
def test_bare_either_is_one_range(sentence: str, expected: list[tuple[str, float | None, float | None]]) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Choose 100, 200 or 250 and send the form.",  # a list of alternatives
        "He might have picked five or two instead.",  # the larger first: alternatives
    ],
)
def test_alternatives_stay_apart(sentence: str) -> None:
    assert all(" or " not in text for text, _, _ in _figures(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The winger can also start at number six or seven this weekend.",
        "Both films entered the chart at number 14 and 15 respectively.",
    ],
)
def test_second_label_after_a_label_word_is_no_figure(sentence: str) -> None:
    assert _figures(sentence) == []
