"""A "one" that introduces an unnamed source ("said one trader", "but one insider said") counts nothing."""

import pytest

from tests.transforms.figures.support import texts


@pytest.mark.parametrize(
    "sentence",
    [
        '"Prices will fall," said one dealer.',
        '"It is over," said one senior party official quoted by the agency.',
        '"We were not told," said one nurse familiar with the ward.',
        "Staff are worried, but one manager pointed out that pay was rising.",
        "As one shopper told the paper, the queues were long.",
        '"Nobody cares," one Leeds fan said after the game.',
        "Exports rely on the port, one report says.",
    ],
)
def test_an_unnamed_source_is_no_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officials said one factor that slowed the work was rain.", ["one"]),
        ("He admitted one count of fraud.", ["one"]),
        ("She said one laptop per pupil would help.", ["one"]),
        ("Three voted yes and one member said no.", ["Three", "one"]),
        ("They have only one striker left, the coach said.", ["one"]),
    ],
)
def test_a_counted_one_stays(sentence, expected):
    assert texts(sentence) == expected
