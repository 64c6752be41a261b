"""A role phrase opening a clause ("A candidate for the Green Party has …") is its subject, not the body its preposition takes."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_role_for_a_body_is_the_subject_of_a_participle_cue():
    _, quotes = quotes_of('A prospective candidate for the Green Party has resigned after admitting a "short flirtation" with the group.')
    quote = quote_starting(quotes, "short flirtation")
    assert (quote["speaker"], quote["speaker_type"]) == ("Green Party prospective candidate", "role")


def test_a_role_for_a_body_with_its_abbreviation_is_the_subject():
    _, quotes = quotes_of('A spokeswoman for the Northern Rail Company (NRC) has apologised after calling the delay "regrettable".')
    quote = quote_starting(quotes, "regrettable")
    assert (quote["speaker"], quote["speaker_type"]) == ("Northern Rail Company spokeswoman", "role")


def test_a_role_of_a_place_is_the_subject_of_a_partial_quote():
    _, quotes = quotes_of('The former governor of Texas opened his speech by mocking rivals who "outsource" their thinking.')
    quote = quote_starting(quotes, "outsource")
    assert quote["speaker_type"] == "role"
    assert quote["speaker"] != "Texas"


def test_a_name_before_a_noun_it_qualifies_is_left_to_the_other_rules():
    _, quotes = quotes_of('A representative for the Hart Foods brand - a small business pitched as "the best in town" - said little.')
    quote = quote_starting(quotes, "the best in town")
    assert quote["speaker"] != "Hart Foods representative"
