"""A one-word affiliation or organisation whose name the article always writes with a possessive ending keeps it;
an owner the article also writes bare, or only before nouns it owns, does not."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.possessive_names import ends_in_possessive


def test_an_affiliation_written_only_with_its_ending_keeps_it():
    _, quotes = quotes_of(
        "The insurance market Brantley's of Leeds wants new rules.",
        "\u201cThe watchdog must act now,\u201d said Jo Hart, Brantley's chief executive.",
    )
    quote = quote_starting(quotes, "The watchdog")
    assert quote["speaker_affiliation"] == "Brantley's"


def test_the_ending_before_a_verb_or_punctuation_is_part_of_the_name():
    assert ends_in_possessive(["Penrose's said sales rose.", "Penrose's chief executive spoke."], "Penrose")
    assert ends_in_possessive(["Shares in Penrose's fell.", "It works at Penrose's, a chain."], "Penrose")


def test_an_owner_also_written_bare_keeps_no_ending():
    assert not ends_in_possessive(["Penrose's chief executive spoke.", "Penrose said sales rose.", "at Penrose's."], "Penrose")


def test_an_owner_written_only_before_what_it_owns_keeps_no_ending():
    assert not ends_in_possessive(["Penrose's book chart is out.", "Penrose's largest order came."], "Penrose")
