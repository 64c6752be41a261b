"""A capitalised office with "of", "for" or "to" before a run of names: the run ends in the office holder's name."""

import pytest

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.speakers import read_mention


@pytest.mark.parametrize(("mention", "name"), [
    ("Secretary of State John F. Kerry", "John F. Kerry"),
    ("UK Chancellor of the Exchequer Gordon Brown", "Gordon Brown"),
    ("Minister of State for Trade Mike O'Brien", "Mike O'Brien"),
])
def test_the_holder_of_an_office_is_the_name_after_the_offices_words(mention, name):
    reading = read_mention(mention)
    assert (reading.kind, reading.text, reading.affiliation) == ("name", name, None)


@pytest.mark.parametrize(("mention", "name", "affiliation"), [
    ("Chairman of the Environmental Audit Committee Peter Ainsworth", "Peter Ainsworth", "Environmental Audit Committee"),
    ("Olivier Beauvillian of Jupiter Research", "Olivier Beauvillian", "Jupiter Research"),
])
def test_an_organisation_after_of_is_still_the_affiliation(mention, name, affiliation):
    reading = read_mention(mention)
    assert (reading.text, reading.affiliation) == (name, affiliation)


def test_a_later_surname_takes_the_holders_name_not_the_offices_words():
    _, quotes = quotes_of(
        '"This is the first time," said UK Chancellor of the Exchequer Gordon Brown.',
        'Mr Brown said the meeting would be "remembered for years".',
    )
    assert quote_starting(quotes, "This is the first")["speaker"] == "Gordon Brown"
    assert quote_starting(quotes, "remembered")["speaker"] == "Gordon Brown"
