""""The band" is the band the article names before a member's noun ("Velvet Pines singer Tom Arbery") or after its
own noun ("rock band Velvet Pines"); a nationality before "singer" names no band."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.noun_named_bodies import band_named_before_member


def test_the_band_is_named_before_a_singer():
    _, quotes = quotes_of(
        "Velvet Pines singer Tom Arbery was fined on Monday after a fight in a hotel.",
        "The band said they were victims of an “unprovoked attack” in a bar.",
    )
    quote = quote_starting(quotes, "unprovoked attack")
    assert (quote["speaker"], quote["speaker_type"]) == ("Velvet Pines", "organisation")


def test_the_band_is_named_after_its_noun():
    _, quotes = quotes_of(
        "Rock band Velvet Pines have cancelled the rest of their tour.",
        "The band said they were “deeply sorry” to their fans.",
    )
    quote = quote_starting(quotes, "deeply sorry")
    assert (quote["speaker"], quote["speaker_type"]) == ("Velvet Pines", "organisation")


def test_a_nationality_or_an_office_before_singer_is_no_band():
    text = "Welsh singer Ana Reed and Mr Lane singer Jo"
    assert band_named_before_member(text, len("Welsh"), "Welsh") is None
    assert band_named_before_member("The Velvet Pines guitarist Jo Hart", len("The Velvet Pines"), "Velvet Pines") == "Velvet Pines"
    assert band_named_before_member("Velvet Pines fans", len("Velvet Pines"), "Velvet Pines") is None
