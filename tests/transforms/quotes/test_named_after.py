"""A role speaker whose mention a person's full name follows right away is that person."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_role_with_a_name_in_apposition_after_it_is_that_person():
    _, quotes = quotes_of(
        "\u201cWe expect the cards to be used in every port,\u201d Veri-scan's CEO, Dora Millbank, told the programme.",
    )
    assert quote_starting(quotes, "We expect")["speaker"] == "Dora Millbank"


def test_a_role_with_a_name_right_after_it_is_that_person():
    _, quotes = quotes_of(
        "\u201cThese prizes mean a great deal,\u201d said Sunrise producer Anders Castleford, adding they were a \u201cbig first step\u201d.",
    )
    assert quote_starting(quotes, "big first")["speaker"] == "Anders Castleford"


def test_a_role_a_name_and_its_apposition_follow_is_that_person():
    _, quotes = quotes_of("Veteran Danish coach Anders Castleford, the man who invented the \u201cwide game\u201d, has died aged 80.")
    assert quote_starting(quotes, "wide game")["speaker"] == "Anders Castleford"


def test_a_name_after_a_role_that_ends_its_sentence_is_not_the_role_holder():
    _, quotes = quotes_of(
        "He was called \u201cone of the worst offenders in the county\u201d by the sentencing judge. Henry Castleford "
        "had worked on the case for two years.",
    )
    assert quote_starting(quotes, "one of the worst")["speaker"] != "Henry Castleford"


def test_a_name_after_a_role_that_a_preposition_follows_is_an_object_and_not_the_speaker():
    _, quotes = quotes_of(
        "Campaigners called on the former schools inspector Henry Castleford to publish the \u201cfull report\u201d at once.",
    )
    assert quote_starting(quotes, "full report")["speaker"] != "Henry Castleford"


def test_a_name_set_off_by_commas_after_a_role_is_that_person_whatever_follows():
    _, quotes = quotes_of(
        "Independent care homes were singled out by the Healthwatch chief, Henry Castleford, for not doing enough to "
        "promote the \u201cwider aims of public health\u201d.",
    )
    assert quote_starting(quotes, "wider aims")["speaker"] == "Henry Castleford"


def test_the_agent_of_a_passive_named_after_its_role_is_that_person():
    _, quotes = quotes_of(
        "In the Lords, the government faced a call by former Tory home secretary Lord Castleford to publish the \u201cwhole report\u201d.",
    )
    assert quote_starting(quotes, "whole report")["speaker"] == "Castleford"


def test_an_office_of_a_place_with_a_titled_name_in_apposition_is_that_person():
    _, quotes = quotes_of(
        "The Bishop of Exmoor, the Rt Rev Dr Henry Castleford, described the film as \u201ca clumsy sermon\u201d.",
    )
    assert quote_starting(quotes, "a clumsy sermon")["speaker"] == "Henry Castleford"
