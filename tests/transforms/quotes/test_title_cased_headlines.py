"""A headline that capitalises all its words (US style): a quotation in it is not a title for its capitals alone."""

from tests.transforms.quotes.support import quotes_of_article


def test_a_title_cased_headline_quotation_takes_the_body_speaker():
    _document, quotes = quotes_of_article(
        "Governor Says Budget Deal Will Bring 'Fairness and Growth.'",
        "Governor Dana Whitlock said on Friday that the budget deal would bring fairness and growth to the state.",
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("direct", "Dana Whitlock")


def test_a_title_cased_headline_quotation_nobody_says_stays_a_title():
    _document, quotes = quotes_of_article(
        "Rally Organizers Plan March Against 'Crooked Harbor Deal'",
        "Hundreds of residents are expected to march on Saturday.",
    )
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"], quote["speaker_type"]) == ("scare", None, None)


def test_a_sentence_case_headline_keeps_title_case_as_a_title():
    _document, quotes = quotes_of_article(
        "Town hall to screen 'Harbor Lights Forever'",
        "Governor Dana Whitlock said on Friday that harbor lights forever shine.",
    )
    (quote,) = quotes
    assert quote["kind"] == "scare"
