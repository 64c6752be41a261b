"""A person named with a quoted nickname between their names ('Rep. Robert C. "Bobby" Scott') is that name without the
nickname, which a later lone surname takes; the nickname itself is a name, ``scare``, after a title's abbreviation too
(``nicknamed_names``, ``classify.NICKNAME_BEFORE``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.name_runs import parsed_mention
from transforms.quotes.nicknamed_names import nicknamed_names


def test_a_lone_surname_takes_the_name_a_quoted_nickname_cut():
    _, quotes = quotes_of(
        'In a tradition he has kept for 40 years, Rep. Robert C. "Bobby" Scott threw open his back yard for a cookout.',
        'Scott called the governor "my new best friend."',
    )
    assert quote_starting(quotes, "my new best friend")["speaker"] == "Robert C. Scott"


def test_the_nickname_after_a_titles_abbreviation_is_a_name():
    _, quotes = quotes_of('Scott\'s niece, state Del. Marcia "Cia" Price, spoke first.')
    assert quote_starting(quotes, "Cia")["kind"] == "scare"


def test_nicknamed_names_and_a_run_ending_in_an_initial():
    assert nicknamed_names('Rep. Robert C. "Bobby" Scott and Marcia “Cia” Price') == [("Robert C.", "Scott"), ("Marcia", "Price")]
    assert parsed_mention("Rep. Robert C.")[2] is False
