"""A relative clause that reports or names words gives them to the body it stands for, not the main subject."""

from tests.transforms.quotes.support import quotes_of


def test_a_speaking_which_clause_gives_the_quotation_to_its_antecedent():
    _, quotes = quotes_of(
        "The council's plan was welcomed last week by Greenpeace, which described the new levy as a “bold first step”.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Greenpeace"]


def test_a_lower_case_antecedent_names_no_speaker_and_a_clause_that_does_not_speak_changes_nothing():
    _, quotes = quotes_of(
        "Mr Tate said the firm's old slogan, which claimed the bread was “baked by hand”, had to go.",
        "Jo Hart praised the Ferris Trust, which runs the hall, for its “quiet generosity”.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Tate", "Jo Hart"]
