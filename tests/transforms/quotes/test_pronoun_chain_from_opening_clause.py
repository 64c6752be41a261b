"""A pronoun that is the main clause's subject after a subordinate clause whose own subject is the same pronoun
("Though he did not name Jo Hart, he made it clear") chains from that first pronoun: the names inside the clause are
no antecedent a later "he" takes up. A name set off by an aside before an auxiliary and its verb ("Jo Hart, who won
two states, is calling for …") is its sentence's subject."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.opening_subjects import ASIDE_SUBJECT


def test_names_in_an_opening_clause_of_the_same_pronoun_are_passed_over():
    _, quotes = quotes_of(
        "Senator Ray Dunmore, who carried two more states on Tuesday, wants his rivals to quit the race.",
        "Though he did not mention Paul Hester or Tom Reddy by name, he made it clear that they should step aside.",
        "He urged them to “think hard” about their campaigns.",
    )
    assert quote_starting(quotes, "think hard")["speaker"] == "Ray Dunmore"


def test_a_name_that_is_the_main_subject_after_the_clause_is_still_taken():
    _, quotes = quotes_of(
        "Rivals say Tom Reddy made a deal with Paul Hester.",
        "As he has before, Reddy on Friday played down the idea that he had agreed anything with Hester. “There was no deal,” he said.",
    )
    assert quote_starting(quotes, "There was no deal")["speaker"] == "Tom Reddy"


def test_a_name_set_off_by_an_aside_before_an_auxiliary_is_the_subject():
    assert ASIDE_SUBJECT.match("Ray Dunmore, who carried two more states on Tuesday, is calling for his rivals to quit.")
    assert ASIDE_SUBJECT.match("Brinley Okoro, a Salem, Ore., native and 2009 Kent College graduate, is saddled with debt.")
    assert not ASIDE_SUBJECT.match("Brinley Okoro, a graduate, and Tom Reddy are friends.")
