"""A comma after a lawmaker's party tag ("Gov. Jo Hart (R-OH), said,") closes the tag; it sets off no aside, so the
name before it is the cue's subject (``subjects.subject_before``)."""

from tests.transforms.quotes.support import quotes_of
from transforms.quotes.subjects import subject_before


def test_a_comma_after_a_party_tag_keeps_the_name_as_the_subject():
    text = "Tuesday at Western State University, after winning the primary, Gov. Jo Hart (R-OH), said"
    span = subject_before(text, 0, text.rindex("said"))
    assert span is not None and text[span[0]:span[1]] == "Gov. Jo Hart (R-OH)"


def test_the_quotation_after_it_is_the_lawmakers():
    _, quotes = quotes_of(
        "Tuesday at Western State University in Berea, after winning the primary, Gov. Jo Hart (R-OH), said, "
        "“I am getting ready to rent a covered wagon.”",
    )
    assert quotes[0]["speaker"] == "Jo Hart"
