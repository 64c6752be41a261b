"""A name the article takes up with "which", never "who", is a body's: no "she" or "he" stands for it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_she_passes_over_a_name_shaped_body_taken_up_with_which():
    _, quotes = quotes_of(
        "Her first albums were released through Blue Harbour, which was bought by a rival label this year.",
        "Last week, Ann Lee posted online accusing Blue Harbour of blocking her concert.",
        "She said the label had refused.",
        "“I just want to play my own songs,” she said.",
    )
    assert quote_starting(quotes, "I just want")["speaker"] == "Ann Lee"


def test_a_person_taken_up_with_who_as_well_stays_a_person():
    _, quotes = quotes_of(
        "The show featured Sam Cole, who won last year, and a new band.",
        "Sam Cole, which surprised many, then left the stage.",
        "“It was a great night,” he said.",
    )
    assert quote_starting(quotes, "It was a great")["speaker"] == "Sam Cole"
