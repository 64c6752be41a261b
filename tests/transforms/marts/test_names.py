"""Reading a speaker string as a name: titles and offices stripped, organisations and roles told apart."""

import pytest

from transforms.marts.names import ORGANISATION, PERSON, ROLE, UNKNOWN, name_key, person_id, read_name


@pytest.mark.parametrize(
    ("speaker", "name", "title"),
    [
        ("UKIP MEP Robert Kilroy-Silk", "Robert Kilroy-Silk", "UKIP MEP"),
        ("East Midlands MEP Robert Kilroy-Silk", "Robert Kilroy-Silk", "East Midlands MEP"),
        ("Lord Falconer", "Falconer", "Lord"),
        ("Mr. Zelensky", "Zelensky", "Mr."),
        ("Chancellor of the Exchequer Gordon Brown", "Gordon Brown", "Chancellor of the Exchequer"),
        ("Secretary of State Condoleezza Rice", "Condoleezza Rice", "Secretary of State"),
        ("Bank of England governor Mervyn King", "Mervyn King", "Bank of England governor"),
        ("Tory Michael Howard", "Michael Howard", "Tory"),
        ("Sir Alex Ferguson", "Alex Ferguson", "Sir"),
    ],
)
def test_titles_and_offices_before_a_name_are_stripped(speaker, name, title):
    assert read_name(speaker) == read_name(speaker)  # cached, and pure
    reading = read_name(speaker)
    assert (reading.type, reading.name, reading.title) == (PERSON, name, title)


@pytest.mark.parametrize("speaker", ["Mervyn King", "John Major", "Martin Luther King Jr."])
def test_a_title_word_last_after_a_first_name_is_a_surname(speaker):
    assert read_name(speaker).type == PERSON
    assert read_name(speaker).name.split()[-1] in ("King", "Major")


def test_a_possessive_before_the_name_is_its_affiliation():
    reading = read_name("Arsenal's Patrick Vieira")
    assert (reading.name, reading.affiliation) == ("Patrick Vieira", "Arsenal")


@pytest.mark.parametrize(
    ("speaker", "name"),
    [("Russian Foreign Ministry", "Russian Foreign Ministry"), ("Bank of England", "Bank of England"), ("NATO", "NATO"),
     ("Lib Dems", "Lib Dems"), ("The Times", "Times"), ("British Bankers' Association (BBA", "British Bankers' Association")],
)
def test_organisation_words_parties_and_acronyms_make_organisations(speaker, name):
    assert (read_name(speaker).type, read_name(speaker).name) == (ORGANISATION, name)


@pytest.mark.parametrize(
    "speaker",
    ["spokesman", "one German government spokesman", "Deputy Prime Minister", "the American", "American.",
     "foreign affairs analyst for the Russian media outlet Pravda", "Waterford man."],
)
def test_descriptions_and_nationalities_are_roles(speaker):
    assert read_name(speaker) == read_name(speaker) and read_name(speaker).type == ROLE and read_name(speaker).name is None


@pytest.mark.parametrize("speaker", ["It", "it", "he", "they", ""])
def test_pronouns_name_no_one(speaker):
    assert read_name(speaker).type == UNKNOWN


def test_the_extractors_type_is_kept():
    assert read_name("Microsoft", "organisation").type == ORGANISATION
    assert read_name("Microsoft").type == PERSON  # without one, a capitalised word reads as a name
    assert read_name("Karen Whitefield", "role").type == ROLE
    assert read_name("American", "person").name == "American"


def test_the_key_ignores_case_accents_dots_and_middle_initials():
    assert name_key("Dmitri A. Medvedev") == name_key("dmitri medvedev") == "dmitri medvedev"
    assert name_key("Piotr Müller") == name_key("Piotr Muller")
    assert name_key("Robert Kilroy-Silk") == "robert kilroy-silk"


def test_person_ids_are_stable_and_depend_on_type_and_key():
    assert person_id("person", "tony blair") == person_id("person", "tony blair")
    assert person_id("person", "labour") != person_id("organisation", "labour")
    assert len(person_id("person", "x")) == 16
