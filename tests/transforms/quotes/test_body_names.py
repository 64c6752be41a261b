"""A multi-word name with a body's or a place's word, "&" or a function word before its last word names no person."""

import pytest

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.speakers import read_mention


@pytest.mark.parametrize("mention", [
    "Amnesty International UK", "Reporters Without Borders", "Federal Reserve", "Senate Democrats", "White House",
    "Brookings Institution", "Advanced Micro Devices", "Motorola Razr V3",
])
def test_a_name_with_a_bodys_word_inside_is_an_organisation(mention):
    reading = read_mention(mention)
    assert (reading.kind, reading.text, "organisation" in reading.descriptors) == ("name", mention, True)


@pytest.mark.parametrize("mention", ["Kathleen Hall Jamieson", "Charlotte Church", "Kelli White", "Doris Day", "Sir Bill Morris"])
def test_a_persons_name_with_such_a_word_stays_a_person(mention):
    assert "organisation" not in read_mention(mention).descriptors


@pytest.mark.parametrize(("mention", "name"), [
    ("City consultancy Deloitte", "Deloitte"),  # a descriptor before a body's noun is no part of the name
    ("bookmaker William Hill", "William Hill"),  # a body's noun makes a person-shaped name an organisation
    ("think-tank Civitas", "Civitas"),
])
def test_a_name_after_a_bodys_noun_is_that_organisation(mention, name):
    reading = read_mention(mention)
    assert (reading.text, "organisation" in reading.descriptors, reading.affiliation) == (name, True, None)


def test_a_name_joined_by_an_ampersand_is_no_persons_fuller_name():
    _, quotes = quotes_of(
        "Insurance broker Marsh & McLennan agreed to pay $850m.",
        '"We are saddened by the development," Marsh said in a statement.',
    )
    assert quote_starting(quotes, "We are saddened")["speaker_type"] == "organisation"



@pytest.mark.parametrize("mention", [
    "NEW YORK AT ITS", "HOW CHINA’S DECLINE AFFECTS THE REST OF THE WORLD", "FLOOD WARNINGS", "TURNS OUT THE RIVER WAS RIGHT Herons",
])
def test_a_line_in_capitals_names_no_one(mention):
    assert read_mention(mention).kind == "nothing"


def test_a_name_after_a_heading_in_capitals_is_read_past_the_heading():
    reading = read_mention("STORM HITS COAST TOWNS Mayor Jane Porter")
    assert (reading.kind, reading.text) == ("name", "Jane Porter")


def test_a_newsletter_heading_with_a_number_is_no_speaker():
    _, quotes = quotes_of("AT LEAST 40 HURT IN TRAIN CRASH Regional Governor Alan Dace said the driver had been “badly tired.” [AP.]")
    assert quote_starting(quotes, "badly tired")["speaker"] == "Alan Dace"


@pytest.mark.parametrize("mention", ["BBC", "UKIP", "JP McManus", "US FDA"])
def test_an_acronym_is_still_a_name(mention):
    assert read_mention(mention).kind == "name"
