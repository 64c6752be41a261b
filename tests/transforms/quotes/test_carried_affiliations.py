"""A person's quotation without an affiliation takes the most frequent one their other quotations carry that the
article reads as a body, not a more frequent place they represent."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_seat_carried_more_often_gives_way_to_the_party():
    _, quotes = quotes_of(
        'Tory MP Tom Vale said the council should "stick to its guns" on the plan.',
        'Mr Vale also claimed the delay was "a tactic". The mayor says it is time to act.',
        'Mr Vale, MP for Henley-on-Fenwick, Wessex, said voters were "tired of it" and "angry".',
    )
    assert quote_starting(quotes, "stick to")["speaker_affiliation"] == "Tory"
    assert quote_starting(quotes, "a tactic")["speaker_affiliation"] == "Tory"
