"""A given name and a word that mostly ends a body's or a place's name ("Cross", "Law", "Day") is a person's name in a
speaker phrase, after a role noun too; a body's name with no given name stays a body."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_given_name_and_a_common_word_after_a_role_is_the_person():
    _document, quotes = quotes_of(
        "\"The tour was never tidy, but it was loud,\" said Vale biographer Martin Cross.",
        "Water ombudsman Diane Law said: \"Nobody should pay twice for one leak.\"",
        "\"We will play the old songs,\" said Acme singer Carol Day.",
    )
    assert quote_starting(quotes, "The tour")["speaker"] == "Martin Cross"
    assert quote_starting(quotes, "Nobody should")["speaker"] == "Diane Law"
    assert quote_starting(quotes, "We will play")["speaker"] == "Carol Day"


def test_a_given_name_and_a_common_word_in_apposition_to_a_role_is_the_person():
    _document, quotes = quotes_of(
        "The water ombudsman, Diane Law, said: \"Nobody should pay twice for one leak.\"",
    )
    (quote,) = quotes
    assert (quote["speaker"], quote["speaker_type"]) == ("Diane Law", "person")


def test_a_body_whose_name_ends_in_the_same_word_stays_a_body():
    _document, quotes = quotes_of("\"Nobody pays twice,\" said a spokesman for the Royal Bank.")
    (quote,) = quotes
    assert (quote["speaker"], quote["speaker_type"]) == ("Royal Bank spokesman", "role")
