"""A short term the sentence after it says is a term or a name ("“…” has become a popular term for …") is scare."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_term_the_sentence_calls_a_term_or_a_name_is_scare():
    _document, quotes = quotes_of(
        "\"It is hopeless,\" one reader wrote. \"Phone orphans\" has become a popular term for children of busy parents.",
        "The panel said \"vlog\" was the word most often looked up this year.",
        "\"Indie\" seems to be the new name for every kind of guitar music.",
    )
    for text in ("Phone orphans", "vlog", "Indie"):
        quote = quote_starting(quotes, text)
        assert (quote["kind"], quote["speaker"]) == ("scare", None), text
