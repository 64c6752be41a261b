"""A definite lawsuit mention no owner qualifies ("the lawsuit said") is the plaintiff's the article named before."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.plaintiffs import plaintiff_before


def test_the_lawsuit_is_the_person_suing():
    _, quotes = quotes_of(
        "Singer Mara Quill is suing Larkspur Records over unpaid royalties.",
        "The label declined to comment. The lawsuit said the firm had kept “millions of dollars owed to her”.",
    )
    assert quote_starting(quotes, "millions of dollars")["speaker"] == "Mara Quill"


def test_the_complaint_is_the_company_that_issued_the_lawsuit():
    _, quotes = quotes_of(
        "Software maker Tandem has issued a lawsuit to stop leaks of its plans.",
        "The complaint said a former worker had “copied confidential designs”.",
    )
    found = quote_starting(quotes, "copied confidential")
    assert (found["speaker"], found["speaker_type"]) == ("Tandem", "organisation")


def test_who_filed_the_suit_owns_it():
    paragraph = Paragraph("Texan Rhys Oduya filed the suit in a Dallas court on Monday.", 0)
    assert plaintiff_before([paragraph], 60) == ("Texan Rhys Oduya", 0)


def test_a_plaintiff_named_by_a_role_alone_gives_no_one():
    paragraph = Paragraph("A local teacher is suing the council over the closure.", 0)
    assert plaintiff_before([paragraph], 55) is None
