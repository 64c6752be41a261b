"""A bare "the committee" takes the fuller lower-case name the article gave the body before it."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.body_mentions import fuller_mention


def test_the_committee_is_the_committee_the_article_named_in_lower_case():
    _, quotes = quotes_of(
        "The influential Commons home affairs committee was responding to sentencing guidelines.",
        "The committee said the plans had not reflected the “public disquiet” over reduced terms.",
    )
    quote = quote_starting(quotes, "public disquiet")
    assert (quote["speaker"], quote["speaker_type"]) == ("Commons home affairs committee", "organisation")


def test_lower_case_words_name_the_body_when_there_are_two_or_more():
    text = "the environment select committee said"
    at = text.index("committee")
    assert fuller_mention(text, at, at + len("committee")) == "environment select committee"


def test_one_modifier_a_place_or_a_verb_names_no_body():
    cases = (("the new committee said", "committee"), ("the German festival opened", "festival"), ("the Conservatives say government", "government"))
    for text, head in cases:
        at = text.index(head)
        assert fuller_mention(text, at, at + len(head)) is None, text


def test_a_body_noun_with_lower_case_words_takes_the_fuller_mention_of_those_words():
    _, quotes = quotes_of(
        "The Commons transport select committee called the scheme “a shambles”.",
        "The select committee found that the planners had been carried along by “wishful thinking” at the outset.",
    )
    quote = quote_starting(quotes, "wishful thinking")
    assert (quote["speaker"], quote["speaker_type"]) == ("Commons transport select committee", "organisation")


def test_lower_case_words_of_a_capitalised_name_take_that_name():
    _, quotes = quotes_of(
        "The Scottish Regional Authority said the plan was “unworkable”.",
        "“We will study the decision closely,” said the regional authority.",
    )
    quote = quote_starting(quotes, "We will study")
    assert (quote["speaker"], quote["speaker_type"]) == ("Scottish Regional Authority", "organisation")
