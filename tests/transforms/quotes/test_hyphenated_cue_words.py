"""A cue word inside a hyphenated word ("so-called") is no reporting cue; a subject is read past a dashed "who" aside."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_so_called_is_no_cue_for_the_next_pronoun():
    _, quotes = quotes_of(
        "Tony Reid has apologised to two families.",
        "The minister was commenting on the jailing of 11 people. Mr Reid said: “I am very sorry that they were subject to "
        "such an ordeal.” He made the apology to members of the families in his room. In a statement, Mr Reid said the "
        "families deserved “to be cleared”.",
        "The families had hoped the apology would be made in the Commons. However, one of the so-called Leeds Six, Paul Tate "
        "- who was wrongly convicted of planting the bombs - said the families were delighted with the apology. He said "
        "Mr Reid had spoken with “real warmth”, adding: “He listened to us all.”",
    )
    assert quote_starting(quotes, "He listened")["speaker"] == "Paul Tate"


def test_a_subject_before_a_dashed_who_aside_is_what_he_stands_for():
    _, quotes = quotes_of(
        "“Nothing will change soon,” said Ana Ruiz, a former adviser. “The idea is already out there.”",
        "“We cannot win this way,” Mark Hale, director of a research group, said in an interview.",
        "Hale — who was a leading architect of the troop surge in 2007, when the fighting was at its height — backs a larger role.",
        "But he insists that it must be part of a “global plan” for the region.",
    )
    assert quote_starting(quotes, "global plan")["speaker"] == "Mark Hale"
