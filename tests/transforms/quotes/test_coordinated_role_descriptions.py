"""A role mention that is the second half of a definite description ("the former secretary of state and current
party nominee said") is definite, and names the person the sentence before is about (``role_holders``)."""

from tests.transforms.quotes.support import quotes_of


def test_the_second_role_of_a_coordinated_definite_description_names_the_subject_before():
    _, quotes = quotes_of(
        "Marian Holt spoke out on Tuesday about the death of a driver in Tulsa.",
        "On a breakfast show, the former secretary of state and current Democratic nominee said she wanted to tell "
        "voters that “this is not who we are.”",
    )
    assert (quotes[0]["speaker"], quotes[0]["speaker_type"]) == ("Marian Holt", "person")
