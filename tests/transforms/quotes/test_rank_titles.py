"""A police rank written out ("Detective Chief Superintendent") is a title, never a person's surname."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_rank_before_a_comma_apposed_name_gives_the_name():
    _, quotes = quotes_of(
        "The head of the unit, Acting Detective Chief Superintendent, Jane Holloway, said: “The arrests follow months of work.”",
    )
    assert quote_starting(quotes, "The arrests")["speaker"] == "Jane Holloway"


def test_a_written_out_rank_before_a_name_is_dropped():
    _, quotes = quotes_of(
        "“We are keeping an open mind,” said Detective Inspector Tom Fairley.",
    )
    assert quote_starting(quotes, "We are keeping")["speaker"] == "Tom Fairley"
