"""A document mention after its own cue, closing the sentence, takes the author its "by" names; and a body named
before a members' document owns it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_document_after_its_cue_takes_the_author_named_by_by():
    _, quotes = quotes_of(
        'Walkers should carry "a charged phone", said the leaflet published jointly by the Ramblers Association and the Met Office.'
    )
    quote = quote_starting(quotes, "a charged phone")
    assert (quote["speaker"], quote["speaker_type"]) == ("Ramblers Association", "organisation")


def test_a_members_newsletter_is_the_body_named_before_it():
    _, quotes = quotes_of(
        "The complaint cites a Leeds Green Party members' newsletter sent in March.",
        'The newsletter says: "We can target every household."',
    )
    quote = quote_starting(quotes, "We can target")
    assert (quote["speaker"], quote["speaker_type"]) == ("Leeds Green Party", "organisation")
