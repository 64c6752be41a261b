"""A sentence identifying a definite role with a person ("The musical's director is Jo Hart, …") gives a pronoun after
it that person, not the speaker quoted before (``identity_sentences``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.identity_sentences import IDENTITY


def test_he_after_a_role_identified_with_a_person_is_that_person():
    _, quotes = quotes_of(
        '"There will be no singing and dancing," assured Mr Carver, the show\'s producer. The musical\'s British '
        'director is Martin Holt, best known for staging a hit play. "The production will be a hybrid of text and '
        'music," he said.',
    )
    assert quote_starting(quotes, "The production")["speaker"] == "Martin Holt"


def test_a_role_with_a_clause_after_it_identifies_no_one():
    match = IDENTITY.match("The federal judge the mayor was referring to is Martin Holt, who was born in Ohio.")
    assert match is None or match.group("role") != "judge"
