"""An office alone as a sentence's subject, its holder's name set off by commas after it ("The Lord Chancellor, Lord
Falconer, agreed …"): the holder is the subject a partial quotation later in the sentence belongs to."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_holder_named_after_the_office_is_the_subject():
    _document, quotes = quotes_of(
        "The Lord Chancellor, Lord Marten, agreed the 1701 Act of Union, which governs the succession, was outdated but "
        'added that "for all practical purposes its effects are limited".',
    )
    assert quote_starting(quotes, "for all practical")["speaker"] == "Marten"
