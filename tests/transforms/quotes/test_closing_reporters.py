"""A sentence closed by ", Name has said." is that reporter's: a pronoun or a description after it stands for the
reporter, not for the subject of the words reported."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_description_after_a_closing_report_is_the_reporter():
    _document, quotes = quotes_of(
        "Opposition attacks budget",
        "Gordon Pryce has had his chance to mend the economy and has wasted it, Alan Hewitt has said.",
        "\"We are going backwards\", the Conservative leader said in his speech.",
    )
    assert quote_starting(quotes, "We are going")["speaker"] == "Alan Hewitt"


def test_a_pronoun_after_a_closing_report_is_the_reporter():
    _document, quotes = quotes_of(
        "Mary Dorn drew big crowds at every stop in the county, Peter Lunt said.",
        "\"She was sharp and funny,\" he said.",
    )
    assert quote_starting(quotes, "She was sharp")["speaker"] == "Peter Lunt"


def test_the_subject_stays_when_no_name_closes_the_sentence():
    _document, quotes = quotes_of(
        "Gordon Pryce has had his chance to mend the economy, critics have said.",
        "\"I will not give up,\" he said.",
    )
    assert quote_starting(quotes, "I will not")["speaker"] == "Gordon Pryce"
