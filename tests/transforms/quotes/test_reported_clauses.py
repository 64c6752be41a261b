"""A cue heading the clause that an earlier speech cue of the sentence reports without a "that" names the speaker of
the words quoted in that clause; a group is no "he" or "she"."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_subject_of_a_reported_speech_cue_says_the_words():
    _, quotes = quotes_of(
        "Michael Howard defended the plans. Mr Howard said the police had said ID cards could “help them foil a "
        "terror bomb plot”. Mr Howard said David Blunkett had complained he had inherited a “giant mess”.",
    )
    assert quote_starting(quotes, "help them foil")["speaker"] == "police"
    assert quote_starting(quotes, "giant mess")["speaker"] == "David Blunkett"


def test_a_pronoun_a_thing_or_a_negated_cue_leaves_the_words_with_the_outer_speaker():
    _, quotes = quotes_of(
        "Samuel DiPiazza spoke in Davos. Mr DiPiazza said the interviews with chief executives suggested that companies "
        "had “adjusted”. Cynthia Cooper testified. Ms Cooper said Scott Sullivan had not mentioned “anything uncomfortable”.",
    )
    assert quote_starting(quotes, "adjusted")["speaker"] == "Samuel DiPiazza"
    assert quote_starting(quotes, "anything uncomfortable")["speaker"] == "Cynthia Cooper"


def test_a_group_that_spoke_is_no_he():
    _, quotes = quotes_of(
        "Michael Howard spoke on Monday. Mr Howard said the police had said ID cards could “help them”. "
        "He added: “When the police say that you have to take them seriously.”",
    )
    assert quote_starting(quotes, "When the police")["speaker"] == "Michael Howard"


def test_whoever_a_reporter_quoted_as_saying_says_the_words():
    _, quotes = quotes_of(
        "“We're going to have to cut costs,” the newspaper quoted Qantas chief executive Geoff Dixon as saying. "
        "Reuters quoted a central bank official as saying: “It is symbolic of our independence.”",
    )
    assert quote_starting(quotes, "We're going")["speaker"] == "Geoff Dixon"
    assert quote_starting(quotes, "It is symbolic")["speaker"] == "central bank official"


def test_whoever_a_reporter_quoted_complaining_says_the_words():
    _, quotes = quotes_of(
        "The Herald reported the row. It quoted a spokeswoman for Harbour Trust complaining that the deal was "
        "driven by “vanity” rather than sense.",
    )
    assert quote_starting(quotes, "vanity")["speaker"] == "Harbour Trust spokeswoman"
