"""A name whose "of the …" apposition runs to the cue without its closing comma is the subject, however long the body's name."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_long_of_apposition_with_a_place_keeps_the_name_as_speaker():
    _, quotes = quotes_of(
        'Dr Ruth Hale, of the Institute for Roads and Society at the University of the North of Scotland in Inverness said: '
        '"The seats are too low." "Drivers will complain," said Dr Hale.'
    )
    quote = quote_starting(quotes, "The seats")
    assert (quote["speaker"], quote["speaker_type"]) == ("Ruth Hale", "person")


def test_a_short_of_apposition_without_its_comma_keeps_the_name():
    _, quotes = quotes_of('Tom Pike, of the Cycling Trust said: "Roads are safer."')
    quote = quote_starting(quotes, "Roads")
    assert (quote["speaker"], quote["speaker_type"]) == ("Tom Pike", "person")
