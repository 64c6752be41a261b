"""A name after a preposition is no subject a pronoun takes up, unless a relative clause makes it one: set off by a
comma ("for Jo Hart, 49, who told …") or by a dash ("with Jo Hart — who's called for …")."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_a_relative_clause_after_a_dash_makes_a_subject_is_taken_up():
    _, quotes = quotes_of(
        "Some of the losses would outstrip the gains, said Ann Lee, a professor at a law school.",
        "It has become a major issue in the campaign, with Mary Stone — who's called for higher taxes on the rich — "
        "attacking the plan.",
        "“The plan would be trickle-down economics all over again,” she said in the first debate.",
    )
    assert quote_starting(quotes, "The plan")["speaker"] == "Mary Stone"


def test_a_name_after_a_preposition_without_a_relative_clause_is_passed_over():
    _, quotes = quotes_of(
        "Some of the losses would outstrip the gains, said Ann Lee, a professor at a law school.",
        "It has become a major issue in the campaign, with Mary Stone attacking the plan.",
        "“The plan would be trickle-down economics all over again,” she said.",
    )
    assert quote_starting(quotes, "The plan")["speaker"] == "Ann Lee"
