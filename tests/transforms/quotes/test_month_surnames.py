"""A month that is a surname too ends a person's name after a first name (``inner_name_words.is_month_surname``)."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.name_runs import parsed_mention
from transforms.quotes.names import ArticleNames


def test_a_name_ending_in_a_month_is_a_person_the_pronoun_takes_up():
    _, quotes = quotes_of(
        "Nilar Thet, a teacher, spoke first. Then Hla Win May, 58, a pharmacist, said she had not slept.",
        "“We are all afraid,” she said.",
    )
    assert quote_starting(quotes, "We are all afraid")["speaker"] == "Hla Win May"


def test_a_titled_name_ending_in_a_month_is_read_whole():
    _, quotes = quotes_of(
        "Shadow minister Joan March said on Monday that the plan would fail.",
        "“This is the wrong deal for families,” she said.",
    )
    assert quote_starting(quotes, "This is the wrong")["speaker"] == "Joan March"


def test_a_month_after_a_sentence_word_or_a_day_stays_a_date():
    names = ArticleNames()
    assert not names.is_person("In May")
    assert not names.is_person("Tuesday May")
    assert not names.is_person("Since August")
    assert parsed_mention("Guitarist Dan August")[0] == "Dan August"
    assert parsed_mention("Guitarist Dan August")[2]


def test_a_month_after_a_title_is_a_surname():
    _, quotes = quotes_of(
        "Mrs May said the plans were “inadequate” on Tuesday.",
        "“We want courts to be the last resort,” she said.",
    )
    assert [quote["speaker"] for quote in quotes] == ["May", "May"]


def test_a_titled_month_surname_takes_the_full_name():
    _, quotes = quotes_of("Home Secretary Joan March visited the station. Mrs March said: “This cannot go on.”")
    assert quote_starting(quotes, "This cannot")["speaker"] == "Joan March"
