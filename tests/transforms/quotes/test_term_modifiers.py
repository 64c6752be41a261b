"""A quoted term of two or three words before a noun it qualifies, with only a guessed speaker, is scare."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.term_modifiers import qualifies_a_noun


def test_a_term_qualifying_the_noun_after_it_is_scare_without_a_reporting_clause():
    _document, quotes = quotes_of(
        "Labour aims to improve discipline in schools by adopting a \"zero tolerance\" approach to disruption of classes.",
        "T-Mobile has launched its latest \"pocket office\" device, which also has built-in wi-fi.",
    )
    for text in ("zero tolerance", "pocket office"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None)


def test_a_reported_term_before_a_noun_stays_the_speakers_words():
    _document, quotes = quotes_of("Mr Kilroy-Silk said he would bring in a \"firm but fair\" policy on immigration.")
    (quote,) = quotes
    assert quote["kind"] == "direct"


def test_wording_one_word_or_a_function_word_after_the_term_qualifies_nothing():
    for text in (
        'ministers believe this will be the "less painful" option',
        'the "deeply worrying" cases',
        'its "chaotic" asylum system',
        'adopting a "zero tolerance" of disruption',
        'the "letter of intent" stating its aims',
        'Trump has used the phrase "Islamic terrorism" often',
    ):
        quoted = text.split('"')[1]
        start = text.index(quoted)
        assert not qualifies_a_noun(text, start, start + len(quoted)), text
    assert qualifies_a_noun('a "career average" salary', 3, 17)
