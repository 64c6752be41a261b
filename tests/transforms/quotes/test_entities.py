"""What an article says about the people and organisations it names."""

from transforms.quotes.entities import role_with_capitals


def test_a_role_noun_with_the_capitalised_words_before_it():
    text = "A Bayern Munich spokesman said. The spokesman, a spokesmanship and the FIFA spokesman's aide."
    found = [match.group(1).split() for match in role_with_capitals("spokesman").finditer(text)]
    assert found == [["A", "Bayern", "Munich"], ["The"], ["FIFA"]]
    assert role_with_capitals("spokesman") is role_with_capitals("spokesman")


def test_a_role_noun_is_matched_as_written_not_as_a_pattern():
    assert role_with_capitals("c.e.o").search("The BBC ceo said") is None
    assert role_with_capitals("c.e.o").search("The BBC c.e.o said") is not None
