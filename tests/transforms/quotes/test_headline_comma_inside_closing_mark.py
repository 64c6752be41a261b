"""A headline's single closing mark after a comma (US style puts the comma inside): "Senator: Plan 'Falls Short,' Says …"."""

from tests.transforms.quotes.support import quotes_of_article


def test_a_single_mark_after_a_comma_closes_a_headline_quotation():
    _document, quotes = quotes_of_article(
        "In 'tough winter,' Mayor Dana Whitlock asks for patience",
        "Mayor Dana Whitlock said on Monday that the city faced a tough winter.",
    )
    assert [quote["text"] for quote in quotes] == ["tough winter,"]


def test_two_headline_quotations_each_closed_after_a_comma_stay_apart():
    _document, quotes = quotes_of_article(
        "Harbor plan 'too costly,' 'too late,' council warns",
        "The council warned on Tuesday that the harbor plan was too costly.",
    )
    assert [quote["text"] for quote in quotes] == ["too costly,", "too late,"]
