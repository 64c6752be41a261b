"""Words before a first name and a surname that say who the person is are no part of the name."""

import pytest

from transforms.quotes.speakers import read_mention


@pytest.mark.parametrize(("mention", "name"), [
    ("Judges Simon Cowell", "Simon Cowell"),  # a group the person belongs to
    ("Americans Andy Roddick", "Andy Roddick"),  # a nationality in the plural
    ("Irishmen JP McManus", "JP McManus"),
    ("Assemblywoman Claudia Tenney", "Claudia Tenney"),  # a role by its ending
    ("Chicago Alderman Jason C. Ervin", "Jason C. Ervin"),
    ("Treasury Paul Boateng", "Paul Boateng"),  # an office's word
    ("US Treasury Under-Secretary John Taylor", "John Taylor"),  # a hyphenated office
    ("United Auto Workers Secretary-Treasurer Gary Casteel", "Gary Casteel"),
])
def test_a_descriptor_before_a_full_name_is_dropped(mention, name):
    reading = read_mention(mention)
    assert (reading.kind, reading.text) == ("name", name)


@pytest.mark.parametrize("mention", [
    "Reporters Without Borders", "United Mine Workers", "Jimmy Floyd Hasselbaink", "Iain Duncan Smith", "Billie Jean King",
])
def test_words_that_name_a_body_or_a_person_stay_whole(mention):
    assert read_mention(mention).text == mention


@pytest.mark.parametrize(("mention", "affiliation"), [
    ("Americans Andy Roddick", None),  # a group of people is no affiliation
    ("Chicago Alderman Jason C. Ervin", "Chicago"),
    ("Janco Partners analyst Martin Pyykkonen", "Janco Partners"),  # a body whose last word names people
    ("Cleveland Police Chief Calvin Williams", "Cleveland Police"),
])
def test_a_descriptor_is_no_affiliation_but_a_body_is(mention, affiliation):
    assert read_mention(mention).affiliation == affiliation


@pytest.mark.parametrize(("mention", "name"), [
    ("Goalscorer Jimmy Floyd Hasselbaink", "Jimmy Floyd Hasselbaink"),
    ("Billionaire Donald Trump", "Donald Trump"),
    ("Anchor DeMarco Morgan", "DeMarco Morgan"),
    ("Celebrities Julianne Moore", "Julianne Moore"),
])
def test_an_occupation_before_a_name_is_no_part_of_it(mention, name):
    assert read_mention(mention).text == name


def test_a_regulator_is_a_body():
    reading = read_mention("telecom regulator Ofcom")
    assert (reading.text, "organisation" in reading.descriptors) == ("Ofcom", True)


def test_a_two_word_demonym_before_a_name_is_dropped():
    assert read_mention("New Yorker Dick Morris").text == "Dick Morris"


@pytest.mark.parametrize(("mention", "name"), [("Vadim Mitroshin The", "Vadim Mitroshin"), ("Theresa May", "Theresa May"), ("Al From", "Al From")])
def test_an_article_run_on_after_a_name_is_no_part_of_it(mention, name):
    assert read_mention(mention).text == name


def test_a_two_word_demonym_alone_is_a_name():
    assert read_mention("The New Yorker").text == "New Yorker"
