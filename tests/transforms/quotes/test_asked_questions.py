"""The subject of a passive "was asked" before a quotation is asked the question, not its speaker."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_question_put_to_a_person_who_was_asked_has_no_named_speaker():
    _document, quotes = quotes_of(
        "Dana Whitlock was asked, “Would you run again if the party asked you?” She answered, “I have no plans.”",
    )
    question = quote_starting(quotes, "Would you")
    assert (question["kind"], question["speaker"], question["speaker_mention_start"]) == ("direct", None, None)
    assert quote_starting(quotes, "I have no")["speaker"] == "Dana Whitlock"


def test_a_colon_after_was_asked_introduces_the_question_too():
    _document, quotes = quotes_of("At the hustings, candidate Lee Marsh was asked: “Why should anyone trust you?”")
    (quote,) = quotes
    assert quote["speaker"] is None


def test_the_agent_of_was_asked_speaks():
    _document, quotes = quotes_of("Lee Marsh was asked by moderator Dana Whitlock, “Why should anyone trust you?”")
    (quote,) = quotes
    assert quote["speaker"] == "Dana Whitlock"
