"""A slogan a campaign noun names, before or after it, is a title nobody is quoted as saying (``term_heads`` rule 6)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_slogan_with_its_own_full_stop_before_a_campaign_noun_is_scare():
    _, quotes = quotes_of("Ann Lee said the council’s new “Bins out. Streets clean.” recycling campaign had won praise.")
    assert quote_starting(quotes, "Bins out")["kind"] == "scare"


def test_a_slogan_right_after_a_campaign_noun_is_scare():
    _, quotes = quotes_of("Jo Hart runs the firm behind the city’s road safety campaign “Slow down for us.”")
    assert quote_starting(quotes, "Slow down")["kind"] == "scare"


def test_a_lone_word_before_an_owners_campaign_stays_someones_words():
    _, quotes = quotes_of("Ann Lee said the plan would not help the Greens’ “doomed” election campaign.")
    assert quote_starting(quotes, "doomed")["kind"] == "direct"


def test_a_clause_after_a_campaign_noun_stays_someones_words():
    _, quotes = quotes_of("Her campaign “was a failure from the start,” Ann Lee said.")
    assert quote_starting(quotes, "was a failure")["speaker"] == "Ann Lee"
