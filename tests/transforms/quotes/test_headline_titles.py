"""A headline's passive that gives a title, its "is" dropped ("X named 'best act'"), quotes the title: scare."""

from tests.transforms.quotes.support import quote_starting, quotes_of_article


def test_a_title_a_headline_names_is_scare():
    _, quotes = quotes_of_article("Choir named 'best live act'", "The Dunmore Choir has been named the best live act in a poll.")
    assert quote_starting(quotes, "best live")["kind"] == "scare"


def test_a_title_through_tipped_as_a_is_scare():
    _, quotes = quotes_of_article("New tablet tipped as a 'best-seller'", "The tablet tops a list compiled by a magazine.")
    assert quote_starting(quotes, "best-seller")["kind"] == "scare"


def test_a_naming_verb_with_an_agent_stays_someones_words():
    _, quotes = quotes_of_article("Mayor named 'a disgrace' by rivals", "Rivals of the mayor attacked his record.")
    assert quote_starting(quotes, "a disgrace")["kind"] == "direct"


def test_a_headline_quote_without_a_title_verb_stays_direct():
    _, quotes = quotes_of_article("Mill closure 'may cost 300 jobs'", "The closure could cost up to 300 jobs, the union said.")
    assert quote_starting(quotes, "may cost")["kind"] == "direct"
