"""A possessive owner after "the" ("the council's ruling", "the band's spokesman") is read as "the council": the body
or person the article named before, not any council."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_bodys_document_is_the_named_body_even_when_a_shorter_name_follows():
    _, quotes = quotes_of(
        "The Kenyan Film Board said the film would not be shown.",
        '"The film is hereby withdrawn," the board\'s ruling said. Some churches are siding with the Film Board.',
    )
    quote = quote_starting(quotes, "The film is hereby")
    assert quote["speaker"] == "Kenyan Film Board"


def test_the_bands_spokesman_takes_the_named_band():
    _, quotes = quotes_of(
        "US rock band Velvet Pines have cancelled their Leeds show.",
        'The band\'s spokesman said they would "review the dates" later.',
    )
    quote = quote_starting(quotes, "review the dates")
    assert quote["speaker"] == "Velvet Pines spokesman"
