"""A name between an article and a lower-case noun ("a Marten supporter", "the Holt campaign") qualifies the noun:
a later "he" or "she" does not take it up."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_surname_qualifying_a_noun_is_not_the_pronouns_antecedent():
    _document, quotes = quotes_of(
        "Paul Dane met Tom Marten on Thursday.",
        "Republican Rep. Lee Ozdin of New York, a Marten supporter, said the meeting would help both men.",
        '"I don\'t think it is do or die," he said outside the building.',
    )
    assert quote_starting(quotes, "I don't think")["speaker"] == "Lee Ozdin"
