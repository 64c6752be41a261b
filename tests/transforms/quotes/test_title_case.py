"""Title-cased terms (rule 4 of ``classify``): names and titles nobody is reported saying are scare."""

from tests.transforms.quotes.support import quotes_of


def test_a_title_cased_quotation_with_a_reporting_clause_or_opening_a_sentence_stays_direct():
    _document, quotes = quotes_of(
        "The minister said the plan was \"A Fresh Start\" for the region.",
        "Mr Cable said: \"We will win.\" \"It Is Time For Change,\" he added.",
    )
    assert [quote["kind"] for quote in quotes] == ["direct", "direct", "direct"]


def test_a_programme_a_speaker_tells_is_scare():
    _document, quotes = quotes_of("Sanders told MSNBC's \"Morning Joe\" that \"nobody would question\" his record.")
    assert [(quote["text"], quote["kind"]) for quote in quotes] == [("Morning Joe", "scare"), ("nobody would question", "direct")]
    assert quotes[1]["speaker"] == "Sanders"
