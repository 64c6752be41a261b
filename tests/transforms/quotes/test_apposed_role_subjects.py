"""A name set off by commas after a role phrase opening its sentence is the subject a later "he" or "she" stands for."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_pronoun_after_a_role_with_an_apposed_name_is_that_person():
    _, quotes = quotes_of(
        'Mr Webb said the deal was done. He added: "We are glad."',
        'The shadow health secretary, Paul Dunmore, praised the outcome. But he said there were "many doubts" left.',
    )
    quote = quote_starting(quotes, "many doubts")
    assert (quote["speaker"], quote["speaker_type"]) == ("Paul Dunmore", "person")


def test_a_possessive_role_with_an_apposed_name_is_the_subject_too():
    _, quotes = quotes_of(
        'Jane Moss said the plan was sound. "It works," she said.',
        "The union's general secretary, Ruth Abel, rejected the plan. She called it \"a trick\".",
    )
    quote = quote_starting(quotes, "a trick")
    assert (quote["speaker"], quote["speaker_type"]) == ("Ruth Abel", "person")

