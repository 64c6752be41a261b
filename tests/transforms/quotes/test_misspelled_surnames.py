"""A lone surname nobody is named in full with, one letter from the surname of a person the article names in full,
is that person: news copy misspells a name it has just written correctly."""

import pytest

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.misspelled_surnames import misspelled_surname, one_edit_apart


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("Mr Garot", "Jacques Garrot"),  # a letter dropped
        ("Ms Hadda", "Monica Haddha"),  # a letter dropped inside
        ("Mr Tallis", "Brian Tallys"),  # a letter changed
        ("Mr Kujba", "Marek Kubja"),  # two neighbours swapped
        ("Mr O'Hara", "Sean O’Hara"),  # the other apostrophe
    ],
)
def test_a_misspelled_lone_surname_is_the_person_named_in_full(written, named):
    _document, quotes = quotes_of(
        f"Transport commissioner {named} said the review would be quick.",
        f'"We will act swiftly," said {written}.',
    )
    assert quote_starting(quotes, "We will act")["speaker"] == named


def test_a_surname_two_letters_away_is_someone_else():
    _document, quotes = quotes_of(
        "Transport commissioner Jacques Garrot said the review would be quick.",
        '"We will act swiftly," said Mr Garrick.',
    )
    assert quote_starting(quotes, "We will act")["speaker"] == "Garrick"


def test_a_plural_is_no_misspelling():
    assert misspelled_surname("Clintons", ["Clinton"]) is None


def test_a_short_surname_one_letter_away_is_someone_else():
    assert misspelled_surname("Rush", ["Bush"]) is None


def test_two_surnames_that_fit_leave_it_unresolved():
    assert misspelled_surname("Hallet", ["Hallett", "Hallek"]) is None


def test_another_first_letter_is_another_name():
    assert misspelled_surname("Mallett", ["Hallett"]) is None


@pytest.mark.parametrize(
    ("word", "other", "apart"),
    [("Barot", "Barrot", True), ("Kudja", "Kujda", True), ("Chada", "Chadha", True), ("Barot", "Barrott", False), ("Kudja", "Kdjua", False)],
)
def test_one_edit_apart(word, other, apart):
    assert one_edit_apart(word, other) is apart
