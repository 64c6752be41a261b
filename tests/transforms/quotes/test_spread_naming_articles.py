"""A spread naming verb's "as" may take an article before the name: "known then as the “…”" is a name, not speech."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_known_then_as_the_names_a_thing():
    _, quotes = quotes_of(
        'She went to a grammar school in Tenby, known locally as the "Harrow of the west". Later she studied law.'
    )
    quote = quote_starting(quotes, "Harrow")
    assert (quote["kind"], quote["speaker"]) == ("scare", None)



def test_a_quotation_after_as_the_without_a_naming_verb_is_still_speech():
    _, quotes = quotes_of('Jo Hart said she saw the plan as the "only way out" for the firm.')
    quote = quote_starting(quotes, "only way")
    assert (quote["kind"], quote["speaker"]) == ("direct", "Jo Hart")
