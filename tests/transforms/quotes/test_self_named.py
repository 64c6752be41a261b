"""A pronoun's speaker whom the quotation names by first name alone is someone else (``self_named``)."""

from tests.transforms.quotes.support import quotes_of


def speakers(quotes: list[dict]) -> list:
    return [quote["speaker"] for quote in quotes]


def test_the_person_named_before_speaks_when_the_quote_names_the_subject_by_first_name():
    _, quotes = quotes_of(
        "Carl Hume wants the league to act. Tom Reed, Hume's club-mate, has voiced doubts about his future "
        "“I think Tom's position is down to the fixtures,” he said. “We play too often.”"
    )
    assert speakers(quotes) == ["Carl Hume", "Carl Hume"]


def test_she_takes_no_one_whose_gender_the_article_does_not_give():
    _, quotes = quotes_of(
        "Pat Doyle runs the fund. Fans of Ann Kerr queued for hours. Ann Kerr waved. "
        "“Ann is here at last,” she said."
    )
    assert quotes[0]["speaker"] in (None, "Pat Doyle")
    assert quotes[0]["speaker"] != "Ann Kerr"


def test_a_full_name_in_the_quote_keeps_the_speaker():
    _, quotes = quotes_of(
        "Sam Hale spoke in Leeds on Friday. “They say Sam Hale should give up, but I will not,” he said."
    )
    assert speakers(quotes) == ["Sam Hale"]
