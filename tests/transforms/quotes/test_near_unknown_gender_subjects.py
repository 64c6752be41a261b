"""Recency for "he" or "she" passes over a person whose gender the article never tells for one of the pronoun's
gender named further back, but not a person who is a clause's subject (or a passive's agent) in the pronoun's own
sentence or the one right before it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_passive_agent_named_right_before_is_not_passed_over():
    _, quotes = quotes_of(
        "Council leader Mark Dillon said he would publish the review in March.",
        "The review was welcomed by shadow housing secretary Lorcan Tate. “Tenants have waited long enough,” he said.",
    )
    assert quote_starting(quotes, "Tenants have")["speaker"] == "Lorcan Tate"


def test_a_subject_with_an_age_and_a_place_named_right_before_is_not_passed_over():
    _, quotes = quotes_of(
        "Council leader Mark Dillon said he would publish the review in March.",
        "Ruslan Orde, 41, of Leeds sold the plans to the council. “They were not useful,” he said.",
    )
    assert quote_starting(quotes, "They were not")["speaker"] == "Ruslan Orde"


def test_an_object_named_right_before_is_still_passed_over():
    _, quotes = quotes_of(
        "Council leader Mark Dillon said he would publish the review in March.",
        "The review thanked Lorcan Tate and the staff. “Tenants have waited long enough,” he said.",
    )
    assert quote_starting(quotes, "Tenants have")["speaker"] == "Mark Dillon"


def test_a_name_after_a_preposition_is_still_passed_over():
    _, quotes = quotes_of(
        "Council leader Mark Dillon said he would publish the review in March.",
        "Following in the footsteps of Lorcan Tate would be hard. “Tenants have waited long enough,” he said.",
    )
    assert quote_starting(quotes, "Tenants have")["speaker"] == "Mark Dillon"
