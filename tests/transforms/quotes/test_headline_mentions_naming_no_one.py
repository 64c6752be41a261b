"""A headline's own cue or colon whose mention names no one ("A word from Jo Hart: '…'", read whole as one phrase)
does not settle its quotation: the body's speaker of the same words, or its lead's reporter, still gives it."""

from tests.transforms.quotes.support import quote_starting, quotes_of_article


def test_a_phrase_before_a_headline_colon_gives_way_to_the_body_speaker_of_the_same_words():
    _, quotes = quotes_of_article(
        "A word from Jo Hart: 'Keep knocking on doors.'",
        "Jo Hart, the county's longest-serving judge, spoke to students on Friday.",
        "“I always tell them, keep knocking on doors,” Hart said.",
    )
    assert quote_starting(quotes, "Keep knocking")["speaker"] == "Jo Hart"


def test_a_headline_label_naming_a_person_keeps_that_person():
    _, quotes = quotes_of_article(
        "Hart: 'Keep knocking on doors.'",
        "Jo Hart spoke to students on Friday.",
    )
    assert quote_starting(quotes, "Keep knocking")["speaker"] == "Jo Hart"
