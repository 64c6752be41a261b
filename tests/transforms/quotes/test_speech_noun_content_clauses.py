"""A quotation in the "that" clause a speech noun's owner states is the owner's words, even where the clause has a
verb of its own with an auxiliary ("Trump's accusation that Clinton is playing the “…”"): the clause is the speech's
content, not a copula judging the words (``AttributionFinder.possessor``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_quotation_inside_the_content_clause_of_an_owned_speech_noun_is_the_owners():
    _, quotes = quotes_of(
        "Dana Whitlow's accusation that Lena Ortiz is playing the “gender card” touched off a debate about sexism.",
    )
    assert quote_starting(quotes, "gender card")["speaker"] == "Dana Whitlow"


def test_a_copula_after_the_speech_noun_still_judges_the_words():
    _, quotes = quotes_of("Dana Whitlow runs for mayor. Whitlow's statement was “completely untrue”, the council said.")
    assert quote_starting(quotes, "completely untrue")["speaker"] != "Dana Whitlow"
