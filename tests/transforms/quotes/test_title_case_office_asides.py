"""A name opening a sentence, then an office written in title case and a company with ", Inc.", then the cue: the
speaker is the name (press-release style), not the company designator."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_title_case_office_with_incorporated_company_after_a_name():
    _, quotes = quotes_of(
        'Laura Penwick, Executive Vice President of Marketing for Brightwell, Inc., says: "Our customers asked for this."',
    )
    quote = quote_starting(quotes, "Our customers")
    assert (quote["speaker"], quote["speaker_type"]) == ("Laura Penwick", "person")


def test_title_case_office_with_a_place_after_a_name():
    _, quotes = quotes_of(
        'Tom Averill, Chief Operating Officer of Norland Freight, Ltd., said: "Deliveries will double next year."',
    )
    quote = quote_starting(quotes, "Deliveries")
    assert (quote["speaker"], quote["speaker_type"]) == ("Tom Averill", "person")
