"""A pronoun right after an opening clause whose verb aims at someone ("When Jo Hart accused Ann Lee of …, she said")
is the one aimed at, who answers, not the clause's subject."""

from tests.transforms.quotes.support import quotes_of


def test_the_one_accused_answers():
    _, quotes = quotes_of(
        "Peter Vance and Mary Stone met in a televised debate on Tuesday. When Vance accused Stone of being too close "
        "to the banks, she said \"I stood up to them first\" for years.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Mary Stone"]


def test_a_clause_aimed_at_no_one_keeps_its_subject():
    _, quotes = quotes_of(
        "When Mary Stone arrived at the hall, she said the vote was \"long overdue\".",
    )
    assert [quote["speaker"] for quote in quotes] == ["Mary Stone"]
