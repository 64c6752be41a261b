"""A headline and its deck on two lines ("…;" then a one-sentence line and a blank line, US wire style) are both
headline lines (``articles.segment``): their single-mark quotations are quotations, given a speaker as a headline's."""

from tests.conftest import documents_frame
from transforms.articles import segment, split_articles, split_paragraphs
from transforms.quotes import extract_quotes

DECKED = (
    "Mayor regrets remarks on budget; \n"
    "Council chief vows to be 'far more careful' with her words.\n\n"
    "Dana Whitlow regrets her comments on the city budget.\n\n"
    "\"I regret them. In the future, I will be far more careful,\" Whitlow said in a statement.\n"
)


def quotes_of(text: str) -> list[dict]:
    return extract_quotes(split_paragraphs(segment(documents_frame(text)))).sort("start_char").to_dicts()


def test_a_headline_ending_in_a_semicolon_and_its_deck_are_both_headline_lines():
    segments = segment(documents_frame(DECKED))
    assert segments["is_headline"].to_list() == [True, True, False, False]
    articles = split_articles(documents_frame(DECKED), segments)
    assert articles["headline"][0] == "Mayor regrets remarks on budget;"


def test_a_single_mark_quotation_in_the_deck_takes_the_speaker_of_its_words_in_the_body():
    deck = quotes_of(DECKED)[0]
    assert (deck["text"], deck["kind"], deck["speaker"]) == ("far more careful", "direct", "Dana Whitlow")


def test_a_first_line_ending_in_a_semicolon_before_two_sentences_is_no_headline():
    text = "Talks resume today;\nBoth sides met at noon. They 'agreed' to meet again.\n\nThe talks went on.\n"
    assert not any(segment(documents_frame(text))["is_headline"].to_list())


def test_a_lone_first_line_ending_in_a_semicolon_is_still_no_headline():
    text = "Talks resume today;\n\nBoth sides met at noon.\n"
    assert segment(documents_frame(text))["is_headline"].to_list() == [False, False]
