"""Guillemets and the low opening mark („…“) quote as the curly double marks do, and rows keep the text as written."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_guillemets_quote_with_their_speaker_and_offsets_into_the_text_as_written():
    document, quotes = quotes_of("Jo Hart said: «We will win the vote». She added: «It is done.»")
    first = quote_starting(quotes, "We will win")
    assert (first["text"], first["kind"], first["speaker"]) == ("We will win the vote", "direct", "Jo Hart")
    assert quote_starting(quotes, "It is done")["speaker"] == "Jo Hart"
    for quote in quotes:
        assert document[quote["start_char"]:quote["end_char"]] == quote["text"]
        assert document[quote["start_char"] - 1] == "«"


def test_a_low_opening_mark_pairs_with_the_high_closing_one():
    document, quotes = quotes_of("Anna Klein sagte: „Wir schaffen das“, und ging.")
    (quote,) = quotes
    assert quote["text"] == "Wir schaffen das"
    assert document[quote["start_char"] - 1] == "„" and document[quote["end_char"]] == "“"


def test_a_curly_quotation_holding_a_guillemet_keeps_it_in_its_text():
    document, quotes = quotes_of("“The sign read «closed» all week,” Jo Hart said.")
    (quote,) = [quote for quote in quotes if quote["text"].startswith("The sign")]
    assert "«closed»" in quote["text"] and quote["speaker"] == "Jo Hart"
