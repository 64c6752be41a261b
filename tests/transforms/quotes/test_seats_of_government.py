"""A seat of government quoted on its own ("Washington has claimed", "… by Downing Street") speaks for the
government as an organisation; a guess that makes it speak without a cue is no speaker, as for a country."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_capital_with_a_cue_is_an_organisation():
    _, quotes = quotes_of(
        "Lawyers for the two men said they had been badly treated in custody.",
        "Moscow has claimed the pair were “foreign agents” sent to spy on the army.",
    )
    quote = quote_starting(quotes, "foreign agents")
    assert (quote["speaker"], quote["speaker_type"]) == ("Moscow", "organisation")


def test_a_passive_agent_seat_is_kept():
    _, quotes = quotes_of(
        "Reports of an early budget have been described as “pure guesswork” by Downing Street.",
    )
    quote = quote_starting(quotes, "pure guesswork")
    assert (quote["speaker"], quote["speaker_type"]) == ("Downing Street", "organisation")


def test_a_surname_written_in_full_stays_a_person():
    _, quotes = quotes_of(
        "The actress Dana Washington joined the cast last year.",
        "Washington said the role was “a dream come true”.",
    )
    quote = quote_starting(quotes, "a dream come")
    assert (quote["speaker"], quote["speaker_type"]) == ("Dana Washington", "person")


def test_a_seat_guessed_as_subject_without_a_cue_is_no_one():
    _, quotes = quotes_of(
        "The region's leaders met on Monday.",
        "The Kremlin was accused of staging “evidence” for the cameras.",
    )
    quote = quote_starting(quotes, "evidence")
    assert quote["speaker"] is None
