"""A title-cased quotation that is a body's name is ``scare`` even where the sentence has a subject to guess as its
speaker: after a noun for a kind of body, or ending in a word a body's, an event's or a law's name ends with (``quoted_names``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.quoted_names import quotes_a_name


def test_a_title_cased_name_after_a_noun_for_a_body_and_one_ending_in_a_bodys_word_are_names():
    _, quotes = quotes_of(
        "The Lena Ortiz super PAC “Keep the Promise” has now become the “Defeat Crooked Opponents PAC,” with a "
        "pollster handing the reins over.",
    )
    assert quote_starting(quotes, "Keep the Promise")["kind"] == "scare"
    assert quote_starting(quotes, "Defeat Crooked")["kind"] == "scare"


def test_words_after_a_verb_are_no_bodys_name():
    text = "The group said “We Will Win” at the rally."
    assert not quotes_a_name(text, text.index("We"), text.index("” at"), reported=False)


def test_a_title_cased_law_is_a_name_though_the_sentence_has_a_subject():
    _, quotes = quotes_of("Lena Ortiz is suing the state over its “Bathroom Bill,” which allows owners to decide.")
    assert quote_starting(quotes, "Bathroom Bill")["kind"] == "scare"


def test_in_reported_speech_a_title_cased_coinage_stays_the_speakers():
    _, quotes = quotes_of('Mr Cook said the "Abstentions Party" was the real challenge to Labour.')
    assert quote_starting(quotes, "Abstentions Party")["kind"] == "direct"
