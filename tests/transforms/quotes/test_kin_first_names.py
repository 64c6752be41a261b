"""A kinship noun's lone first name in apposition is the speaker, a person, and what a later pronoun stands for."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_first_name_after_a_kinship_noun_speaks_for_the_cue():
    _, quotes = quotes_of("Ann Lee runs the bakery in town.", 'Her husband, Tom, said: "We are closing."')
    quote = quote_starting(quotes, "We are")
    assert (quote["speaker"], quote["speaker_type"]) == ("Tom", "person")


def test_the_first_name_takes_the_fullest_form_the_article_writes():
    _, quotes = quotes_of(
        "Ann Lee runs the bakery in town.",
        'Her husband, Tom, 52, told the paper: "We are closing."',
        "Tom Lee later left the town.",
    )
    quote = quote_starting(quotes, "We are")
    assert (quote["speaker"], quote["speaker_type"]) == ("Tom Lee", "person")


def test_a_pronoun_after_the_apposed_first_name_is_that_person():
    _, quotes = quotes_of("Ann Lee runs the bakery in town.", 'On Monday her husband, Tom, called for help. "We are closing," he said.')
    quote = quote_starting(quotes, "We are")
    assert (quote["speaker"], quote["speaker_type"]) == ("Tom", "person")


def test_a_pronoun_after_an_apposed_first_name_with_an_age_as_subject_of_any_verb_is_that_person():
    _, quotes = quotes_of(
        "At the rally, Ann Lee, 14, held a sign. Her father, Bob, 39, worried that voters were tired.",
        '"People are afraid," he surmised.',
    )
    quote = quote_starting(quotes, "People are")
    assert (quote["speaker"], quote["speaker_type"]) == ("Bob", "person")
