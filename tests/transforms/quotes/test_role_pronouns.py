"""A pronoun that took up a role speaker takes up the person or body that role was resolved to."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_pronoun_after_a_role_resolved_to_a_person_is_that_person():
    _, quotes = quotes_of(
        "\u201cThis cannot go on,\u201d Greenaid's Martha Okoye said.",
        "\u201cDonors must act this year,\u201d the charity's director added.",
        "Rich nations had cut aid twice since 2001. \u201cWe will keep up the pressure,\u201d she said.",
    )
    assert quote_starting(quotes, "We will keep")["speaker"] == "Martha Okoye"


def test_a_pronoun_after_a_bare_spokesman_the_body_speaks_for_is_that_bodys_spokesman():
    _, quotes = quotes_of(
        "But the Transport Office defended the new fares. A spokesman said: \u201cThese rises are needed.\u201d",
        "\u201cThey fund repairs on every line,\u201d he added.",
    )
    assert quote_starting(quotes, "They fund")["speaker"] == "Transport Office spokesman"
