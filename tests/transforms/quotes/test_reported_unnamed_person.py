"""A bare "the man" or "the woman" as the subject of a clause a speech cue reports is that unnamed person, not the reporter."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_man_in_a_reported_clause_is_not_the_reporter():
    _, quotes = quotes_of(
        "Councillor Dan Price was attacked outside the town hall by a stranger.",
        'He said the man shouted: "Go home now."',
    )
    quote = quote_starting(quotes, "Go home")
    assert (quote["speaker"], quote["speaker_type"]) == ("man", "role")


def test_a_later_pronoun_still_finds_the_named_person():
    _, quotes = quotes_of(
        "Councillor Dan Price was attacked outside the town hall by a stranger.",
        'Mr Price said the woman claimed she was "acting for the people". He called it "nonsense".',
    )
    assert quote_starting(quotes, "acting for")["speaker"] == "woman"
    assert quote_starting(quotes, "nonsense")["speaker"] == "Dan Price"
