"""A definite role mention ("the Oscar-nominated actor", "the president") is the person the article names in it."""

from tests.transforms.quotes.support import quote_starting, quotes_of, quotes_of_article
from transforms.quotes.person_roles import is_person_role, office_words
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


def test_a_role_described_in_a_later_paragraph_resolves_to_the_person_introduced_with_it():
    _, quotes = quotes_of(
        "Chancellor Gordon Brown spoke on Monday. Tory leader Michael Howard attacked him.",
        "East Midlands MEP Robert Kilroy-Silk quit the party. The East Midlands MEP said the party was “finished”.",
    )
    assert quote_starting(quotes, "finished")["speaker"] == "Robert Kilroy-Silk"


def test_a_deputy_is_not_the_office_he_deputises_for():
    _, quotes = quotes_of(
        "Labour rows go on.",
        "At a dinner hosted by Deputy Prime Minister John Prescott the talks went on. The prime minister said it was “nonsense”.",
    )
    assert quote_starting(quotes, "nonsense")["speaker"] != "John Prescott"


def test_an_organisations_chief_is_the_chief_the_article_names_for_it():
    _, quotes = quotes_of(
        "The London Stock Exchange rejected the bid.",
        "Its chief executive Clara Furse said the offer was too low. The LSE chief said it was “inadequate”.",
    )
    assert quote_starting(quotes, "inadequate")["speaker"] == "Clara Furse"


def test_a_chief_of_another_place_is_not_the_chief_named_for_one():
    _, quotes = quotes_of(
        "Drinking laws row.",
        "Norfolk police chief Andy Hayman warned that work was needed.",
        "The Metropolitan police chief said the plans should be re-examined because of a binge drinking “epidemic”.",
    )
    assert quote_starting(quotes, "epidemic")["speaker"] != "Andy Hayman"


def test_a_former_member_of_a_side_is_the_person_the_article_is_about():
    _, quotes = quotes_of(
        "Former Australian wing David Campese has told England to stop whingeing.",
        "England face Italy on 12 March. And the ex-Wallaby added: “If England lost that, they would be in turmoil.”",
    )
    assert quote_starting(quotes, "If England lost")["speaker"] == "David Campese"


def test_an_aged_demonym_is_one_person_even_when_the_demonym_names_a_people():
    _, quotes = quotes_of(
        "Petra Keller has admitted she might return to tennis.",
        "Speaking to a newspaper, the 24-year-old Swiss added: “The players there are ranked lower.”",
    )
    assert quote_starting(quotes, "The players")["speaker"] == "Petra Keller"


def test_an_office_is_the_one_person_named_before_it_and_stays_so_in_the_article():
    _, quotes = quotes_of(
        "The rebate is not up for renegotiation, Jack Stone said.",
        "The foreign secretary told MPs the rebate was “entirely justified”. The commission president Jose Barros "
        "wants it shared. But the foreign secretary said: “Our position is clear.”",
    )
    assert [quote["speaker"] for quote in quotes] == ["Jack Stone", "Jack Stone"]


def test_an_office_is_not_the_one_person_named_before_when_the_article_gives_them_another_role():
    _, quotes = quotes_of(
        "Tory leader Mark Hale said the plan would fail.",
        "The prime minister said the plan was “a good start”.",
    )
    assert quote_starting(quotes, "a good start")["speaker"] == "prime minister"


def test_a_role_is_not_the_person_named_in_its_own_sentence():
    _, quotes = quotes_of(
        "Ravi Patel from Leeds was found guilty last month. Patel was called “one of the biggest pirates” by the "
        "sentencing judge.",
    )
    assert quote_starting(quotes, "one of the biggest")["speaker"] != "Ravi Patel"


def test_a_description_is_the_one_person_named_before_it_whatever_else_they_are_called():
    _, quotes = quotes_of(
        "Singer Tom Rivers has said that a new film about his life is the start of his retirement.",
        "The pop star said it would be a “behind the scenes affair”.",
    )
    assert quote_starting(quotes, "behind the scenes")["speaker"] == "Tom Rivers"


def test_a_description_no_one_is_named_in_is_the_person_the_sentences_before_are_about():
    _, quotes = quotes_of(
        "Former All Black star Jonah Tau says he cannot wait to play in Martin Jones's testimonial.",
        "The 29-year-old had a kidney transplant in July. “I started training three weeks after my operation. "
        "“Now it's basically bring it on!” said the giant winger.",
    )
    assert quote_starting(quotes, "Now it's")["speaker"] == "Jonah Tau"


def test_a_run_with_sentence_words_inside_or_a_hyphenated_nation_pair_names_no_one():
    _, quotes = quotes_of(
        "Cat Dooley has resigned as host of the show. The 28-year-old host who also presents Stars In Their Eyes said "
        "she wanted new projects. “I've had great "
        "years,” the presenter said.",
        "Meanwhile, Perpignan centre Jean-Pierre Granclos is delighted with his call-up. “It's incredible,” the "
        "youngster said.",
    )
    assert quote_starting(quotes, "I've had")["speaker"] != "Stars In Their Eyes"
    assert quote_starting(quotes, "It's incredible")["speaker"] == "Jean-Pierre Granclos"


def test_a_description_with_a_restrictive_relative_clause_is_someone_new():
    _, quotes = quotes_of(
        "Mark Hale said the law was clear. The barrister who had represented the farmer said the rules were "
        "“weighted overwhelmingly” in favour of the householder.",
    )
    assert quote_starting(quotes, "weighted")["speaker"] != "Mark Hale"


def test_the_star_of_named_works_is_a_person_role_and_its_names_are_no_subject():
    _, quotes = quotes_of(
        "Hollywood legend Dan Hoffer has hit out at the quality of current films.",
        "The star of Rain Man and Tootsie said the film culture was “in the craphouse” on Tuesday.",
    )
    assert quotes[0]["speaker"] == "Dan Hoffer"


def test_a_role_of_a_prize_is_the_person_named_but_a_role_of_a_place_or_a_club_is_not():
    _, quotes = quotes_of(
        "Tom Hale stars in a new Christmas film directed by Bob Zemer. “Christmas is a special time,” said the "
        "two-time Academy Award winner.",
        "“We need change,” the New York businessman said. “We won,” said the Liverpool player.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Tom Hale", "New York businessman", "Liverpool player"]


def test_the_director_behind_a_work_is_the_person_named_in_the_role():
    _, quotes = quotes_of(
        "Director Oliver Stane has defended his film. “People see me differently,” said the director behind JFK, Platoon and "
        "Born on the Fourth of July.",
    )
    assert quotes[0]["speaker"] == "Oliver Stane"


def test_an_office_is_the_articles_main_person_when_the_sentences_before_are_about_them():
    _, quotes = quotes_of(
        "Tony Blair is urging European leaders to wake up over the re-election of President Bush. Mr Blair "
        "is in London.",
        "“America has spoken. The rest of the world should listen,” the prime minister said. Mr Blair spoke in London.",
    )
    assert quote_starting(quotes, "America has spoken")["speaker"] == "Tony Blair"


def test_an_office_is_not_a_main_person_the_article_gives_an_age():
    _, quotes = quotes_of(
        "Martin Mubanga says he was mistreated. Mr Mubanga, 32, said he was interrogated.",
        "Mr Mubanga was released in January. The home secretary said the reports were not “well informed”.",
    )
    assert quote_starting(quotes, "well informed")["speaker"] == "home secretary"


def test_an_office_is_the_person_the_headline_names_when_the_sentence_before_is_about_them():
    _, quotes = quotes_of_article(
        "Blair moves to woo Jewish voters",
        "Tony Blair has pledged never to attack Tory leader Michael Howard over his beliefs.",
        "The prime minister told the paper: \u201cIf you look at what I do, I attack him politically.\u201d",
    )
    assert quote_starting(quotes, "If you look")["speaker"] == "Tony Blair"
