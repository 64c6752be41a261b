"""A name that opens with its number ("50 Cent") is a person's whole name; a number after a word ("Number 10") names a body."""

from tests.transforms.quotes.support import quotes_of


def test_a_name_opening_with_a_number_keeps_it():
    _, quotes = quotes_of("“We are back,” 40 Grand said. “The tour starts now,” he added.")
    assert [(quote["speaker"], quote["speaker_type"]) for quote in quotes] == [("40 Grand", "person"), ("40 Grand", "person")]


def test_a_number_before_a_role_stays_a_role():
    _, quotes = quotes_of("“It is wrong,” said 20 MPs.")
    assert quotes[0]["speaker_type"] == "role"
