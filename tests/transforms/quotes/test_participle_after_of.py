"""A name after "of" that a participle cue follows at once is the participle's subject: "footage of Jo Hart saying"."""

from tests.transforms.quotes.support import quotes_of


def test_footage_of_a_person_saying_gives_that_person_the_words():
    _document, quotes = quotes_of(
        "The harbor ad opens on the empty docks. The ad then cuts to footage of Dana Whitlock saying, “We will rebuild every pier.”",
    )
    (quote,) = quotes
    assert quote["speaker"] == "Dana Whitlock"


def test_an_adverb_may_stand_between_the_name_and_the_participle():
    _document, quotes = quotes_of(
        "Lee Marsh spoke at the rally on Monday.",
        "What do you think of Marsh privately saying “give it time” to donors?",
    )
    (quote,) = quotes
    assert quote["speaker"] == "Lee Marsh"


def test_a_name_after_to_before_a_participle_is_its_object():
    _document, quotes = quotes_of(
        "Mayor Dana Whitlock wrote a letter to Governor Lee Marsh asking the state to investigate the \"fiasco.\"",
    )
    (quote,) = quotes
    assert quote["speaker"] == "Dana Whitlock"
