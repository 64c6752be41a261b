"""Direct or scare: titles and terms nobody is found saying are scare quotes."""

from tests.transforms.quotes.support import mention, quote_starting, quotes_of


def test_partial_quotes_of_a_source_are_direct_and_titles_are_scare():
    document, quotes = quotes_of(
        "The splenetic essay, “On Poland,” was posted on the Telegram channel of Dmitri A. Medvedev, a loyal ally and "
        "longtime friend of Mr. Putin who, after stints as Russia’s president and prime minister, now serves as deputy "
        "head of the Kremlin’s security council.",
        "After the visit, a foreign affairs analyst for the Russian media outlet Pravda described Poland as the “hyena "
        "of Europe” and called for its “denazification,” the Kremlin’s code for forced submission to Moscow. (One of "
        "Mr. Putin’s stated justifications for launching the war in Ukraine has been the false claim that Ukraine is "
        "run by Nazis.)",
    )
    title = quote_starting(quotes, "On Poland")
    assert (title["kind"], title["speaker"], title["speaker_mention_start"]) == ("scare", None, None)
    hyena = quote_starting(quotes, "hyena of Europe")
    denazification = quote_starting(quotes, "denazification")
    analyst = "a foreign affairs analyst for the Russian media outlet Pravda"
    for quote in (hyena, denazification):
        assert quote["kind"] == "direct"
        assert mention(document, quote) == analyst
        assert "Pravda" in quote["speaker"]
    assert hyena["cue"] == "described"


def test_a_quotation_introduced_as_a_word_is_scare():
    _document, quotes = quotes_of(
        "The strike had echoes of an attack in the same city last week on a theater where hundreds of people were "
        "sheltering, with the word “children” written in huge letters on the ground outside as a warning against "
        "airstrikes. It was reduced to rubble."
    )
    (quote,) = quotes
    assert (quote["text"], quote["kind"], quote["speaker"]) == ("children", "scare", None)
