"""A quoted term the writer glosses ("“smart dust”, or tiny sensors") or introduces with "in other words" is a scare quote."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_term_glossed_after_a_comma_and_or_is_scare():
    _, quotes = quotes_of(
        '"We are building the sensors now," said Tom Reilly of Acme. Wearable kit could use body heat to charge it up, '
        'while "smart dust", or tiny wireless sensors, might report on the wearer.',
    )
    assert quote_starting(quotes, "smart dust")["kind"] == "scare"


def test_or_not_after_a_quotation_is_no_gloss():
    _, quotes = quotes_of(
        'Jo Hart said the plan was "unworkable", or not worth the cost, according to her office.',
    )
    assert quote_starting(quotes, "unworkable")["kind"] == "direct"


def test_a_term_after_in_other_words_is_scare():
    _, quotes = quotes_of(
        'The board says it will review "every part of the plan". The directive is intended to cover devices that '
        'report their own position, in other words, "location aware hardware".',
    )
    assert quote_starting(quotes, "location aware")["kind"] == "scare"


def test_a_clause_glossed_after_or_stays_direct():
    _, quotes = quotes_of(
        'Jo Hart said the firm "will not cut jobs this year", or at least not in Leeds.',
    )
    assert quote_starting(quotes, "will not cut")["kind"] == "direct"
