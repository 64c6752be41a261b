"""A role whose capitalised words name its body or place ("A Green Party spokesman", "The Ohio senator") is the
subject a later "he" takes up, and a cue's subject on its own."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_he_after_an_indefinite_role_named_for_a_body_is_that_role_not_the_person_named_before():
    _, quotes = quotes_of(
        "Green Party transport spokesman Tom Reed said the fares were \u201cscandalous\u201d.",
        "A Labour Party spokesman rejected Mr Reed's figures, saying the cost had fallen. "
        "He said: \u201cThe Greens are inventing numbers to scare commuters.\u201d",
    )
    assert quote_starting(quotes, "The Greens are")["speaker"] == "Labour Party spokesman"


def test_a_definite_role_named_for_a_body_is_the_cue_subject_of_a_term_it_brands():
    _, quotes = quotes_of(
        "Tory leader Ann Porter attacked the budget on Monday.",
        "Ministers called her plans reckless. The Tory leader brands such claims as \u201cpure invention\u201d, arguing that her sums add up.",
    )
    assert quote_starting(quotes, "pure invention")["speaker"] == "Ann Porter"
