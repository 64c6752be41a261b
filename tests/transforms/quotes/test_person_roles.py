"""A definite role mention ("the Oscar-nominated actor", "the president") is the person the article names in it."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.antecedents import is_person_role, office_words
from transforms.quotes.speakers import read_mention


def test_a_definite_description_is_the_articles_main_person():
    _, quotes = quotes_of(
        "Liam Neeson is to star in a new film about the Troubles. Neeson, who grew up in Ballymena, said he was "
        "proud to take the part, and his director Jim Sheridan agreed.",
        "“It is a story that needs telling,” said the Oscar-nominated actor. Neeson will start filming in May.",
    )
    assert quote_starting(quotes, "It is a story")["speaker"] == "Liam Neeson"


def test_an_office_is_the_person_the_article_describes_in_it_by_the_fullest_name():
    _, quotes = quotes_of(
        "The country's new president, Mikhail Saakashvili, has said that anyone may disclose their wealth. "
        "Mr Saakashvili has urged parliament to act. Records were destroyed three days before President Saakashvili "
        "was elected.",
        "“There are people who are afraid to show it,” the president told a government session.",
    )
    assert quote_starting(quotes, "There are people")["speaker"] == "Mikhail Saakashvili"


def test_an_office_nobody_holds_in_the_article_stays_a_role():
    _, quotes = quotes_of(
        "Martin Mubanga claimed that an officer played a key role in his arrest. Mr Mubanga, 32, said he was "
        "interrogated. The home secretary said the media reports were not “well informed”.",
    )
    assert quote_starting(quotes, "well informed")["speaker"] == "home secretary"


def test_an_indefinite_or_spokesman_role_is_no_person_role():
    assert not is_person_role(read_mention("a spokesman"))
    assert not is_person_role(read_mention("the spokesman"))
    assert not is_person_role(read_mention("the club's lawyer"))
    assert is_person_role(read_mention("the former champion"))


def test_office_words_drop_descriptions_and_keep_the_office():
    assert office_words("Oscar-nominated actor") == ["actor"]
    assert office_words("former home secretary") == ["home", "secretary"]
