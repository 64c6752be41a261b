"""A bare spokesman after a sentence that opens with a body as its subject is that body's spokesman."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_bare_spokesman_after_a_body_as_subject_speaks_for_that_body():
    _, quotes = quotes_of(
        "But the Transport Office defended the new fares. A spokesman said: \u201cThese rises are needed to fund repairs.\u201d",
    )
    quote = quote_starting(quotes, "These rises")
    assert quote["speaker"] == "Transport Office spokesman"


def test_a_bare_spokeswoman_after_a_body_named_after_a_conjunction_and_a_time_speaks_for_it():
    _, quotes = quotes_of(
        "The Rural Housing Alliance (RHA) wants the rules changed. Last year RHA, which runs 40 shelters, urged members "
        "to write to their MPs. But a spokeswoman stressed the campaign was \u201cnot against any party\u201d.",
    )
    assert quote_starting(quotes, "not against")["speaker"] == "Rural Housing Alliance spokeswoman"


def test_a_spokesman_for_a_body_named_keeps_that_body():
    _, quotes = quotes_of(
        "The Transport Office defended the new fares. A spokesman for the Harbour Union said the rises were \u201cunfair\u201d.",
    )
    assert quote_starting(quotes, "unfair")["speaker"] == "Harbour Union spokesman"


def test_a_bare_spokesman_after_a_sentence_about_a_group_of_people_stays_bare():
    _, quotes = quotes_of(
        "The Save the Harbour campaigners were angered by the vote. A spokesman said: \u201cWe will fight on.\u201d",
    )
    assert quote_starting(quotes, "We will")["speaker"] == "spokesman"


def test_a_body_named_by_its_seat_speaks_through_a_bare_spokesman_one_sentence_further_back():
    _, quotes = quotes_of(
        "Scotland Yard said the patrols had been doubled. A spokesman said the march had been peaceful. "
        "\u201cWe made no arrests in the afternoon,\u201d said the spokesman.",
    )
    assert quote_starting(quotes, "We made no")["speaker"] == "Scotland Yard spokesman"


def test_a_bare_spokesman_after_a_sentence_a_person_opens_stays_bare():
    _, quotes = quotes_of(
        "Jo Hart said the patrols had been doubled. A spokesman said the march had been peaceful. "
        "\u201cWe made no arrests in the afternoon,\u201d said the spokesman.",
    )
    assert quote_starting(quotes, "We made no")["speaker"] == "spokesman"
