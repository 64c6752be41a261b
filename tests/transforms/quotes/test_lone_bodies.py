"""A lone capitalised word the article uses as a company's name, not a person's surname, speaks as an organisation;
a one-name person the article describes by a role stays a person."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.lone_bodies import writes_as_body
from transforms.quotes.named_things import described_as_person


def test_a_company_after_a_sentence_word_speaks_as_an_organisation():
    _, quotes = quotes_of(
        "The carmaker is in talks with a Chinese partner, and its workers fear for their jobs. A Rowan spokesman declined to comment.",
        "But Rowan told reporters that talk of closures was \u201cpure guesswork\u201d.",
    )
    quote = quote_starting(quotes, "pure guesswork")
    assert (quote["speaker"], quote["speaker_type"]) == ("Rowan", "organisation")


def test_a_company_taken_up_by_which_speaks_as_an_organisation():
    _, quotes = quotes_of(
        "Talks on a merger of the two exchanges went on. But Bourseval, which runs three markets, has also made an offer.",
        "Bourseval said: \u201cNo deal has been agreed yet.\u201d",
    )
    quote = quote_starting(quotes, "No deal")
    assert quote["speaker_type"] == "organisation"


def test_a_one_name_footballer_stays_a_person():
    _, quotes = quotes_of(
        "The chief executive was speaking after the club's annual meeting.",
        "But Hollins told the radio station: \u201cThe door is never closed on anything.\u201d",
        "Hollins added: \u201cI think the fans will understand.\u201d",
    )
    quote = quote_starting(quotes, "The door")
    assert (quote["speaker"], quote["speaker_type"]) == ("Hollins", "person")


def test_body_uses_of_a_word():
    assert writes_as_body(["A Velmar spokeswoman said nothing."], "Velmar")
    assert writes_as_body(["Shares in Velmar & Tate rose."], "Velmar")
    assert writes_as_body(["Output of the Rowan 45 will move abroad."], "Rowan")
    assert writes_as_body(["It is run by QX Rowan, the carmaker."], "Rowan")
    assert writes_as_body(["Analysts expect Cardon Energy to cut its forecast."], "Cardon")


def test_person_uses_of_a_word_are_no_body_uses():
    assert not writes_as_body(["The Hollins era is over, said fans."], "Hollins")
    assert not writes_as_body(["MP Hollins spoke."], "Hollins")
    assert not writes_as_body(["A Hollins spokesman spoke for President Hollins."], "Hollins")


def test_a_one_name_star_described_by_a_role_is_a_person():
    assert described_as_person(["Madrid star Ronaldo scored twice."], "Ronaldo")
    assert described_as_person(["Band member Spike wrote on his page."], "Spike")
    assert not described_as_person(["Its rival Velmar cut prices."], "Velmar")
    assert not described_as_person(["The role went to\nRonaldo."], "Ronaldo")


def test_a_company_named_with_a_possessive_ending_keeps_it():
    _, quotes = quotes_of(
        "The documentary followed one man's diet for a month.",
        "Burgerton's announced it would drop its \u201cgiant-size\u201d menu, but denied the film was the reason.",
    )
    quote = quote_starting(quotes, "giant-size")
    assert (quote["speaker"], quote["speaker_type"]) == ("Burgerton's", "organisation")


def test_a_possessive_before_a_noun_is_an_owner():
    assert not writes_as_body(["Hollins's contract runs out in June."], "Hollins")
    assert writes_as_body(["Burgerton’s said nothing."], "Burgerton")


def test_a_name_a_person_gives_themselves_is_a_person():
    assert described_as_person(["One volunteer calls herself Nightjar."], "Nightjar")
    _, quotes = quotes_of(
        "Bloggers are posting from the flooded towns. One volunteer calls himself Nightjar.",
        "In one post, Nightjar asks: \u201cWho will rebuild these roads?\u201d",
        "\u201cNot the council,\u201d Nightjar writes.",
    )
    quote = quote_starting(quotes, "Who will")
    assert (quote["speaker"], quote["speaker_type"]) == ("Nightjar", "person")
