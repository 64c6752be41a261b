"""An advertisement's title set off by commas after its noun is a title: "One ad, “Balanced Budget,” shows …"."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_quotation_set_off_after_ad_is_its_title():
    _document, quotes = quotes_of(
        "“We need it,” said Dana Whitlock of Harbor PAC. One ad, “Fair Tides,” features a fisherman who says the plan will help.",
    )
    title = quote_starting(quotes, "Fair Tides")
    assert (title["kind"], title["speaker"]) == ("scare", None)


def test_a_quotation_right_after_ad_without_a_comma_is_someones_words():
    _document, quotes = quotes_of(
        "Dana Whitlock said in a letter that the advertisement “wrongly and unfairly” suggests the port backs the plan.",
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("direct", "Dana Whitlock")
