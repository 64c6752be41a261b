"""A verb of finding that closes the sentence right after its subject reports the quotation before it ("…", the
inquiry found.); "found" elsewhere is no cue."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_found_closing_the_sentence_reports_the_partial_quote():
    _document, quotes = quotes_of(
        "Harbour Trust came under scrutiny. The trust had \"ignored warnings\" about the quay and shown \"poor "
        "judgement\", the auditors found. Auditor Ken Obi said: \"It must change.\""
    )
    assert quote_starting(quotes, "ignored warnings")["speaker"] == "auditors"
    assert quote_starting(quotes, "poor judgement")["speaker"] == "auditors"


def test_found_before_more_words_is_no_cue():
    _document, quotes = quotes_of(
        "Dan Reyes spoke on Monday. He called the plan \"a disgrace\", and the auditors found problems in it."
    )
    assert quote_starting(quotes, "a disgrace")["speaker"] == "Dan Reyes"
