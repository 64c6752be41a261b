"""A lone name written as an organisation is written is a person when the article quotes it saying "I" or "my"."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.first_person import speaks_in_first_person


def test_a_one_name_player_quoted_in_the_first_person_is_a_person():
    _, quotes = quotes_of(
        "The striker has been left out since July. Egypt's coach recalled Mido on Monday.",
        "Mido said: “There isn't much I have to say today.”",
        "Mido added: “It's not my right to give orders.”",
    )
    quote = quote_starting(quotes, "It's not")
    assert (quote["speaker"], quote["speaker_type"]) == ("Mido", "person")


def test_a_quotation_closing_before_the_cue_and_the_word_counts():
    assert speaks_in_first_person(["“I know there is interest,” said Hassel."], "Hassel")
    assert speaks_in_first_person(["“He wants my help,” Hassel added."], "Hassel")


def test_a_company_statement_in_the_plural_is_no_first_person():
    assert not speaks_in_first_person(["Citigroup said: “We are disappointed.”", "“We will co-operate,” said Citigroup."], "Citigroup")


def test_a_quotation_the_word_does_not_introduce_is_not_its_own():
    assert not speaks_in_first_person(["“I was shocked,” she said. Shares in Wimpey fell."], "Wimpey")


def test_a_described_name_after_the_quotation_and_told_counts():
    assert speaks_in_first_person(["“I can hardly believe it,” a beaming Hollins told reporters."], "Hollins")
    assert not speaks_in_first_person(["“We can hardly believe it,” a beaming Velmar told reporters."], "Velmar")
