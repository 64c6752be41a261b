"""An office whose portfolio joins two words by "and" ("the trade and industry secretary") is one person's role; the
person a lead names only by such an office, the next sentence names (as its subject or in the reporting clause
that closes it)."""

from tests.transforms.quotes.support import quote_starting, quotes_of, quotes_of_article


def test_an_office_with_and_in_its_portfolio_is_a_role():
    _, quotes = quotes_of('"Fares must fall," the transport and planning minister said.')
    quote = quote_starting(quotes, "Fares")
    assert (quote["speaker"], quote["speaker_type"]) == ("transport and planning minister", "role")


def test_two_roles_joined_by_and_before_no_office_stay_no_role():
    _, quotes = quotes_of('"Fares must fall," the driver and passenger groups said.')
    assert quote_starting(quotes, "Fares")["speaker"] != "driver and passenger groups"


def test_the_reporting_clause_of_the_next_sentence_names_the_office():
    _, quotes = quotes_of(
        'The "idea that buses are a luxury" in rural areas needs to be "buried", the transport and planning minister has said.',
        'That was why the bill would cap fares from May, Kevin Marsh said. Mr Marsh will publish it on Monday.',
    )
    assert quote_starting(quotes, "buried")["speaker"] == "Kevin Marsh"


def test_a_headline_quotation_takes_the_person_a_lead_office_stands_for():
    _, quotes = quotes_of_article(
        "Bus fares 'must fall'",
        "Rural bus fares should fall by a fifth, the transport and planning secretary has said.",
        "Helen Marsh is expected to announce the cap on Monday. She wants fares frozen in towns too.",
    )
    assert quotes[0]["speaker"] == "Helen Marsh"
