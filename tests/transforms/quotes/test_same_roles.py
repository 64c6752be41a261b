"""A definite role the role rules resolved to a person in one place is that person in the article's other mentions."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_later_definite_mention_of_a_resolved_role_is_the_same_person():
    _, quotes = quotes_of(
        "The Bishop of Exmoor, the Rt Rev Dr Henry Castleford, described the film as \u201ca clumsy sermon\u201d. "
        "The film has taken $40m so far.",
        "Speaking at a carol service, the Bishop said: \u201cPeople deserve better stories than this one.\u201d",
    )
    assert quote_starting(quotes, "People deserve")["speaker"] == "Henry Castleford"


def test_a_pronoun_after_the_later_mention_takes_the_person_too():
    _, quotes = quotes_of(
        "The Bishop of Exmoor, the Rt Rev Dr Henry Castleford, described the film as \u201ca clumsy sermon\u201d.",
        "Later the Bishop said: \u201cPeople deserve better stories.\u201d",
        "\u201cThe book was a lot better,\u201d he said.",
    )
    assert quote_starting(quotes, "The book was")["speaker"] == "Henry Castleford"


def test_an_indefinite_mention_of_the_same_role_keeps_the_role():
    _, quotes = quotes_of(
        "The Bishop of Exmoor, the Rt Rev Dr Henry Castleford, described the film as \u201ca clumsy sermon\u201d.",
        "A bishop from another diocese said: \u201cIt is only a film.\u201d",
    )
    assert quote_starting(quotes, "It is only")["speaker"] != "Henry Castleford"
