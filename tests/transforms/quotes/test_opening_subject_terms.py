"""A short term that opens its sentence as the subject of the verb after it takes no speaker from the sentences before."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.term_heads import opens_as_subject


def test_a_term_opening_its_sentence_as_subject_borrows_no_earlier_speaker():
    _document, quotes = quotes_of(
        "The organisers of the fair have promised to set a different agenda. \"Food waste\" features high on the list this year.",
        "\"It is a big night,\" said Jo Hart, one of the stars.",
        "\"Kings of Soho\" is a new version of an older play.",
    )
    for text in ("Food waste", "Kings of Soho"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None), text


def test_a_whole_sentence_or_a_term_before_its_cue_is_someones_words():
    for text in ('"Irreversible damage" will be caused, the MPs warned.', '"We will win." is what she said.', '"Boots on the ground," he said.'):
        quoted = text.split('"')[1]
        start = text.index(quoted)
        assert opens_as_subject(text, start, start + len(quoted)) == (quoted == "Irreversible damage"), text
    _document, quotes = quotes_of("\"Irreversible damage\" will be caused by the new roads, the MPs warned.")
    (quote,) = quotes
    assert (quote["kind"], quote["speaker"]) == ("direct", "MPs")
