"""A lone name opening a sentence before an aside that makes them someone's kin is the subject of the cue after it,
not the relative the aside names (``name_appositions.KIN_ASIDE``)."""

from tests.transforms.quotes.support import quotes_of


def test_a_lone_name_before_an_age_and_a_kinship_aside_is_the_speaker():
    _, quotes = quotes_of(
        "Nora Vance opened the new library on Friday. Vance, 41, the daughter of former Governor Peter Vance, said "
        "in a statement, “This building belongs to every reader.”"
    )
    assert quotes[0]["speaker"] == "Nora Vance"


def test_the_kin_may_be_two_people_joined_by_and():
    _, quotes = quotes_of(
        "Nora Vance opened the new library on Friday. Vance, the daughter of former Governor Peter Vance and Senator "
        "Ruth Vance, said in a statement, “This building belongs to every reader.”"
    )
    assert quotes[0]["speaker"] == "Nora Vance"


def test_a_kinship_aside_after_a_full_name_keeps_the_full_name():
    _, quotes = quotes_of(
        "Nora Vance opened the new library on Friday. Nora Vance, 41, the daughter of former Governor Peter Vance, "
        "said in a statement, “This building belongs to every reader.”"
    )
    assert quotes[0]["speaker"] == "Nora Vance"
