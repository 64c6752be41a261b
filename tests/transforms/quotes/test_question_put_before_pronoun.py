"""A pronoun right after a question put to its person ("Asked about …, she replied") is the one asked: a name
inside the question is what it asks about, no subject the pronoun takes up."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_inside_the_question_is_not_the_one_who_answers():
    _, quotes = quotes_of(
        "Singer Maria Okafor has backed the mayor's rival in the race.",
        "“She listens to people,” Okafor told the radio station.",
        "Asked whether she would campaign if Helen Marsh loses the primary next month, she replied: “Probably not.”",
    )
    assert quote_starting(quotes, "Probably not")["speaker"] == "Maria Okafor"


def test_a_possessor_inside_a_pressed_question_is_not_the_one_who_answers():
    _, quotes = quotes_of(
        "Party chairman Tom Reddy defended the campaign on Sunday.",
        "Pressed on whether he would attack Paul Hester's record on schools, he said: “We fight on policy.”",
    )
    assert quote_starting(quotes, "We fight")["speaker"] == "Tom Reddy"


def test_a_pronoun_after_a_when_clause_still_takes_its_named_subject():
    _, quotes = quotes_of(
        "Coach Dan Pike watched from the stand.",
        "When Rob Ellis arrived at the ground, he said: “We are ready.”",
    )
    assert quote_starting(quotes, "We are ready")["speaker"] == "Rob Ellis"
