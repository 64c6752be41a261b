""""The magazine said" stands for the periodical the article names with that noun, even a name that reads as a person's."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_magazine_is_the_periodical_named_after_its_noun():
    _, quotes = quotes_of(
        "The Apple Powerbook 100 has been chosen as the greatest gadget of all time, by US magazine Mobile PC. "
        "“In general we included only items that were potentially mobile,” said the magazine.",
    )
    assert quote_starting(quotes, "In general")["speaker"] == "Mobile PC"


def test_the_magazine_is_the_periodical_named_before_its_noun():
    _, quotes = quotes_of(
        "Baywatch topped the Broadcast magazine survey. The show had “predictable scripts”, according to the magazine.",
    )
    assert quote_starting(quotes, "predictable scripts")["speaker"] == "Broadcast"


def test_the_newspaper_is_the_last_name_ending_as_a_papers_does():
    _, quotes = quotes_of(
        "Earlier this week, the local Arab News said the minister had caused uproar.",
        "The newspaper said many women found his explanation “a pitiful excuse”.",
    )
    assert quote_starting(quotes, "a pitiful excuse")["speaker"] == "Arab News"


def test_the_magazine_with_an_adjective_is_the_periodical_named_before():
    _, quotes = quotes_of(
        "The Dayton Herald is hosting a debate party at a hotel downtown.",
        'The conservative publication has been outspoken in its opposition to Tom Marten, arguing he is "an '
        'unmoored opportunist."',
    )
    assert quote_starting(quotes, "an unmoored")["speaker"] == "Dayton Herald"
