"""An indefinite pronoun opening a sentence ("Someone", "Everybody", "Nobody") names no one: capitalised there, it is
no person's name, so the quotation it introduces has no speaker (the mention stays)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_capitalised_someone_is_no_speaker():
    _, quotes = quotes_of("Someone described the vote as a “silent uprising,” and I think that is fair.")
    row = quote_starting(quotes, "silent uprising")
    assert (row["speaker"], row["speaker_mention"]) == (None, "Someone")


def test_everybody_before_a_cue_is_no_speaker():
    _, quotes = quotes_of("Everybody said: “The bridge should have been fixed years ago.”")
    assert quote_starting(quotes, "The bridge")["speaker"] is None


def test_a_person_named_after_an_indefinite_subject_still_speaks():
    _, quotes = quotes_of("Nobody expected it, but Jo Hart said: “The bridge should have been fixed years ago.”")
    assert quote_starting(quotes, "The bridge")["speaker"] == "Jo Hart"
