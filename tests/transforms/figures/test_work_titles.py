"""A number in the title of a work is no figure: "TV show 60 Minutes", "the drama 24", "the film 28 Days Later"."""

import pytest

from tests.transforms.figures.support import texts


@pytest.mark.parametrize(
    "sentence",
    [
        "She told US TV show 48 Hours that she would stand.",
        "A new series of the US drama 24, which starts tonight, was criticised.",
        "He began his career in the horror film 12 Days Later with friends.",
        "The actor spoke to the chat show 10 Minutes Live about it.",
        "Fans of 24 Hours in Casualty will be pleased.",
    ],
)
def test_a_number_in_a_title_is_no_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The film 3 times won an award.", ["3 times"]),  # lower case after the number: no title
        ("Polls show 5 Britons in 10 agree.", ["5", "10"]),  # "show" as a verb
        ("They will film 24 episodes in Spain.", ["24"]),
        ("Talks Last 24 Hours", ["24 Hours"]),  # a headline in title case
        ("The talks lasted 24 hours.", ["24 hours"]),
    ],
)
def test_numbers_that_are_no_title_stay(sentence, expected):
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the classics left out were Brief Encounter, The 39 Steps and Kes.",
        "On his single Nine Against 30 Rivals, the rapper boasts of his skill.",
        "The band will take over the digital radio station 6 Music next week.",
    ],
)
def test_a_number_between_capitalised_words_of_a_title_is_no_figure(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The 10 largest firms paid more tax.", ["10"]),  # the capitalised word opens the sentence
        ("Senator Says The 3 Bills Will Pass", ["3"]),  # a headline in title case
        ("Sales Reach $5m Target, the firm said.", ["$5m"]),
    ],
)
def test_numbers_between_capitalised_words_that_stay(sentence, expected):
    assert texts(sentence) == expected
