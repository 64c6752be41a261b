"""After a quotation closing on "?" or "!", a capitalised subject whose cue reports a clause of its own opens a new sentence."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_question_continuing_a_speech_keeps_its_speaker_before_a_new_reporting_sentence():
    _, quotes = quotes_of(
        'Ms Dale said: "The rules are vague. "Who is meant to enforce them?" Labour MP Tom Birch, a critic of the bill, '
        'said that the law was "badly written".'
    )
    assert quote_starting(quotes, "Who is")["speaker"] == "Dale"
    assert quote_starting(quotes, "badly")["speaker"] == "Tom Birch"


def test_a_question_with_a_short_cue_after_it_is_still_attributed():
    _, quotes = quotes_of('"Why would we stop?" Tom Birch asked in June.')
    assert quote_starting(quotes, "Why")["speaker"] == "Tom Birch"
