"""A "he" whose speech names its speaker by first name is someone else, but never the owner of a thing a "which"
clause tells about: "the match, which Jo Hart's side won" names a background person, not the one speaking."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_owner_inside_a_which_clause_is_passed_over():
    _, quotes = quotes_of(
        "Manager Dave O'Dell has rapped skipper Tom Mellor for his outburst.",
        "Mellor was sent off in the derby, which Paul Bryce's side won 2-1. “I have had a quiet word with Tom,” he told"
        " the club's website.",
    )
    assert quote_starting(quotes, "I have had")["speaker"] == "Dave O'Dell"


def test_a_subject_named_before_the_speech_is_still_taken():
    _, quotes = quotes_of(
        "Skipper Tom Mellor was sent off in the derby.",
        "Paul Bryce said his side deserved the win. “I have had a quiet word with Tom,” he told the club's website.",
    )
    assert quote_starting(quotes, "I have had")["speaker"] == "Paul Bryce"
