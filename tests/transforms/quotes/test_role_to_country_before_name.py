"""A role held towards a country, then the person's name with no comma: "Ruritania's envoy to Freedonia Ana Lind".
The country ends the role; the name after it is the speaker."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_name_after_ambassador_to_a_country_is_the_speaker():
    _, quotes = quotes_of('Norway’s ambassador to Canada Ingrid Dahl said the fleet was "ready to sail".')
    quote = quote_starting(quotes, "ready to")
    assert (quote["speaker"], quote["speaker_type"]) == ("Ingrid Dahl", "person")
