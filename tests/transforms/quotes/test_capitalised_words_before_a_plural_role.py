"""A sentence subject "The" + capitalised words + a plural role noun ("The Dutch organisers have …") is that role, not
the capitalised words with the role noun read as the verb; a singular role already heading the subject keeps its
person ("The Labour leader brands …")."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_capitalised_words_before_a_plural_role_qualify_the_role():
    _document, quotes = quotes_of(
        "The Dutch organisers of the Harbour Fair are suing a rival event they claim is \"a shameless imitation\" of theirs.",
        "The Senate negotiators have backed the plan as long as it brings a one-year \"freeze\" in the fuel duty.",
    )
    assert quote_starting(quotes, "a shameless imitation")["speaker"] == "Dutch organisers"
    assert quote_starting(quotes, "freeze")["speaker"] == "Senate negotiators"


def test_a_singular_role_heading_the_subject_keeps_its_person():
    _document, quotes = quotes_of(
        "Labour leader Ann Pryce spoke in Leeds. The Labour leader brands such claims as \"utter nonsense\", arguing "
        "that she has been consistent."
    )
    assert quote_starting(quotes, "utter nonsense")["speaker"] == "Ann Pryce"
