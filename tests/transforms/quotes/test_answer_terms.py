"""A quoted answer or option that a noun after it or a gerund of choosing names is scare, even in reported speech."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.answer_terms import names_an_answer


def test_an_answer_before_the_noun_it_qualifies_is_scare():
    _document, quotes = quotes_of(
        "Asked about her next season, the runner has again chosen to tick the \"don't know\" box.",
        "The councillor, who along with her whole group, will back a \"yes\" vote in the ballot.",
        "A flood this winter is a \"when\" not an \"if\" question, the engineers believe.",
    )
    for text in ("don't know", "yes", "if"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None), text


def test_an_answer_after_a_gerund_of_choosing_is_scare():
    _document, quotes = quotes_of("So will the old console be missed? One reason for answering \"yes\" is the games it ran.")
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("scare", None)


def test_an_answer_someone_gives_stays_their_words():
    _document, quotes = quotes_of(
        "\"Did you sign the form?\" the lawyer asked. \"No,\" replied the clerk.",
    )
    quote = quote_starting(quotes, "No")
    assert quote["kind"] == "direct"
    for text in ('the voters will say "no" to the plan', '"No," replied the clerk', 'he shook his head "no" with a smile'):
        quoted = text.split('"')[1]
        start = text.index(quoted)
        assert not names_an_answer(text, start, start + len(quoted)), text
