"""Titles before a name are dropped, initials written without spaces stay in it."""

import pytest

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.speakers import read_mention


@pytest.mark.parametrize(("mention", "name"), [
    ("Reverend Eldon Phillips", "Eldon Phillips"),
    ("Pastor Kevin Swanson", "Kevin Swanson"),
    ("Col. Lawrence Wilkerson", "Lawrence Wilkerson"),
    ("Supt Mick Deats", "Mick Deats"),
    ("John Major", "John Major"),  # a rank that is a surname too is no title
    ("Rep. Earl Dawson", "Earl Dawson"),  # "Earl" is a first name far more often than a peer's title in news
    ("Earl Dawson", "Earl Dawson"),
])
def test_a_clergy_or_rank_title_is_no_part_of_the_name(mention, name):
    assert read_mention(mention).text == name


def test_initials_without_spaces_stay_in_the_speakers_name():
    _, quotes = quotes_of('"This is a disgusting day," said Rep. G.K. Butterfield, head of the caucus.')
    assert quote_starting(quotes, "This is a disgusting")["speaker"] == "G.K. Butterfield"


def test_a_countrys_letters_with_points_name_no_person():
    assert "organisation" in read_mention("U.S.").descriptors
    assert "organisation" not in read_mention("J.J. MacNab").descriptors


@pytest.mark.parametrize(("mention", "name"), [("Dr Mark Tuffy games systems director", "Mark Tuffy"), ("Dr Mike Watts head", "Mike Watts")])
def test_a_titled_name_before_its_role_without_a_comma_is_the_speaker(mention, name):
    reading = read_mention(mention)
    assert (reading.kind, reading.text) == ("name", name)


def test_a_titled_owner_of_a_role_stays_the_owner():
    reading = read_mention("Mr Blair's official spokesman")
    assert (reading.kind, reading.owner) == ("role", "Mr Blair")
