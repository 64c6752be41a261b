"""An uncued short quotation takes the speaker of a later cued quotation by a person that says its words in full."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_lead_phrase_said_in_full_later_is_that_persons():
    _, quotes = quotes_of(
        'Singer Max Byrne has been praised by firefighters for "acting very bravely" during a blaze at his home.',
        '"Max was acting very bravely when he carried his neighbour out," said fire officer Ruth Kemp.',
    )
    quote = quote_starting(quotes, "acting very")
    assert (quote["speaker"], quote["speaker_type"]) == ("Ruth Kemp", "person")


def test_a_term_after_a_determiner_keeps_its_guess():
    _, quotes = quotes_of(
        'The regulator wants fair access to the "last mile" of cable.',
        '"Rules for the last mile must be tougher," said Tom Ash.',
    )
    quote = quote_starting(quotes, "last mile")
    assert quote["speaker"] != "Tom Ash"
