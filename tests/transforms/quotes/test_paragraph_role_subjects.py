"""A definite role no one is described with, inside a paragraph about someone other than the article's main
person, is the person that paragraph's sentences before it are about ("Pat Reid will captain the side …. And the
striker said"), not the main person."""

from tests.transforms.quotes.support import quote_starting, quotes_of

MANAGER = (
    "Tom Varley has backed his young keeper for the cup tie.",
    "Varley said: “He will start on Tuesday and he deserves it.” Varley added that the squad was fit.",
    "“We are ready for this game,” said Varley.",
)


def test_a_role_in_a_paragraph_about_another_person_is_that_person():
    _, quotes = quotes_of(
        *MANAGER,
        "Meanwhile, Pat Reid believes he will take the blame if the side lose. Reid will captain the team in place of the "
        "injured Sam Cole. And the striker said: “If we go out, it will be my fault.”",
    )
    assert quote_starting(quotes, "If we go out")["speaker"] == "Pat Reid"


def test_a_role_after_a_name_without_a_pronoun_is_that_person():
    _, quotes = quotes_of(
        *MANAGER,
        "- Ireland's Ann Doyle has also not ruled out the race. “It is a definite possibility,” said the former champion.",
    )
    assert quote_starting(quotes, "It is a definite")["speaker"] == "Ann Doyle"


def test_the_main_person_named_in_the_paragraph_keeps_the_role():
    _, quotes = quotes_of(
        *MANAGER,
        "Varley was asked about Pat Reid. Reid has been out for a month. And the manager said: “He is close to a return.”",
    )
    assert quote_starting(quotes, "He is close")["speaker"] == "Tom Varley"


def test_an_office_is_not_taken_for_the_paragraph_subject():
    _, quotes = quotes_of(
        "Prime Minister Tom Varley defended the plan. Varley said it was fair. Varley spoke in Leeds.",
        "Meanwhile, Pat Reid attacked the plan. Reid said it would cost jobs. The prime minister said: “It is the right thing.”",
    )
    assert quote_starting(quotes, "It is the right")["speaker"] != "Pat Reid"
