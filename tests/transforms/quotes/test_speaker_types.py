"""Speakers as an analyst reads them: a person, an organisation or a role, with type and affiliation, never a pronoun."""

from tests.transforms.quotes.support import mention, quote_starting, quotes_of
from transforms.quotes.affiliations import organisation_of


def speaker(quote: dict) -> tuple:
    return quote["speaker"], quote["speaker_type"], quote["speaker_affiliation"]


def test_a_person_of_an_organisation_is_the_person_with_the_organisation_as_affiliation():
    _, quotes = quotes_of("“It was a huge gamble,” said Rupert Adams of William Hill.")
    assert speaker(quotes[0]) == ("Rupert Adams", "person", "William Hill")


def test_it_stands_for_the_organisation_the_article_names():
    document, quotes = quotes_of(
        "Wimpey said the UK housing market had proved difficult last year.",
        "“The market in general had slowed sharply,” it added.",
    )
    quote = quote_starting(quotes, "The market")
    assert speaker(quote) == ("Wimpey", "organisation", None)
    assert mention(document, quote) == "it"


def test_the_firm_stands_for_the_company_the_article_is_about():
    _, quotes = quotes_of(
        "Shares in Multiplex fell on Monday. Multiplex builds the new Wembley Stadium.",
        "“We expect a loss this year,” the firm said.",
    )
    assert speaker(quotes[0]) == ("Multiplex", "organisation", None)


def test_a_pronoun_that_finds_no_one_leaves_the_speaker_empty_but_keeps_the_mention():
    document, quotes = quotes_of("“We will be back,” they said.")
    assert speaker(quotes[0]) == (None, "unknown", None)
    assert mention(document, quotes[0]) == "they"


def test_a_role_mention_resolves_to_the_person_the_article_so_describes():
    _, quotes = quotes_of(
        "American Robby Ginepri beat the top seed in straight sets on Tuesday.",
        "“I played the best tennis of my life,” said the American.",
    )
    assert speaker(quotes[0])[:2] == ("Robby Ginepri", "person")


def test_an_age_mention_resolves_to_the_person_of_that_age():
    _, quotes = quotes_of(
        "Charlie Simpson, 19, and Matt Willis, 21, were both at the launch.",
        "“It was the best night of my life,” the 19-year-old said.",
    )
    assert speaker(quotes[0])[:2] == ("Charlie Simpson", "person")


def test_a_spokesman_of_a_named_person_is_the_spokesman_not_the_person():
    _, quotes = quotes_of(
        "Tony Blair arrived in Washington on Monday.",
        "“The prime minister has full confidence in him,” Mr Blair's official spokesman said.",
    )
    assert speaker(quotes[0]) == ("Tony Blair's official spokesman", "role", None)


def test_one_person_under_several_office_strings_is_one_name():
    _, quotes = quotes_of(
        "East Midlands MEP Robert Kilroy-Silk said: “I am leaving the party.”",
        "UKIP MEP Robert Kilroy-Silk added: “It is over.”",
    )
    assert {quote["speaker"] for quote in quotes} == {"Robert Kilroy-Silk"}


def test_a_role_the_article_names_no_one_for_stays_a_role():
    _, quotes = quotes_of("“We are looking into it,” a UK Film Council spokesman said.")
    assert speaker(quotes[0])[:2] == ("UK Film Council spokesman", "role")


def test_scare_quotes_have_no_speaker_type():
    _, quotes = quotes_of("The so-called “cyber-dissidents” were arrested.")
    assert (quotes[0]["kind"], quotes[0]["speaker_type"]) == ("scare", None)


def test_a_spokesman_for_a_titled_person_is_that_persons_spokesman():
    _, quotes = quotes_of("Tony Blair flew in. A spokesman for Mr Blair said he expected “a practical work plan”.")
    assert speaker(quotes[0]) == ("Tony Blair's spokesman", "role", None)


def test_an_age_or_a_nationality_is_the_person_described_else_the_sentences_subject():
    _, quotes = quotes_of(
        "Andre Agassi's involvement in the Open was put in doubt. Agassi was serving at 5-6 down to fellow American Andy "
        "Roddick when he decided to end the match. “My hip was cramping,” said the 34-year-old."
    )
    assert quotes[0]["speaker"] == "Andre Agassi"


def test_a_seat_and_an_office_are_a_role_not_a_name():
    _, quotes = quotes_of("“The threat is most likely to come from abroad,” the Salford MP told the committee.")
    assert speaker(quotes[0]) == ("Salford MP", "role", None)


def test_the_role_again_is_the_fuller_role_named_before_and_a_roles_organisation_stays_with_it():
    _, quotes = quotes_of(
        "A Bayern spokesman said on Monday that the decision was about his fitness. “He has got back pain,” the "
        "spokesman said.",
        "“We are seeking opinion from industry,” said a spokesman for Ofcom.",
        "Mr Thorpe and Edward Heath met. “Jeremy said he had a problem,” reads a telephone memo for Mr Heath.",
    )
    # a document written for someone is not theirs
    assert [speaker(quote)[0] for quote in quotes] == ["Bayern spokesman", "Ofcom spokesman", None]



def test_the_man_from_a_place_is_the_person_the_article_is_about():
    _, quotes = quotes_of("The Irish walker Jamie Costin was hurt. “I was in a lot of pain,” says the Waterford man.")
    assert speaker(quotes[0])[:2] == ("Jamie Costin", "person")


def test_a_country_speaks_only_through_a_cue_and_as_an_organisation():
    _, quotes = quotes_of(
        "India is a “dramatically growing economy that must have access to oil”.",
        "The US said the meeting was “much more efficient than we've seen”.",
    )
    assert quote_starting(quotes, "dramatically")["speaker"] is None
    assert (quote_starting(quotes, "much more")["speaker"], quote_starting(quotes, "much more")["speaker_type"]) == ("US", "organisation")


def test_a_role_a_country_owns_keeps_the_country_as_its_owner():
    _, quotes = quotes_of("Poland’s de facto leader called for a “peacekeeping mission” in Ukraine.")
    assert quote_starting(quotes, "peacekeeping")["speaker"] == "Poland's de facto leader"


def test_a_lone_name_the_article_follows_with_who_is_a_person_not_an_organisation():
    _, quotes = quotes_of(
        "Juninho wants assurances about his place. Juninho, who has just bought a new home, would like to stay.",
        "The agent Ron Hassel spoke to Celtic. Juninho had earlier told the Record: “The manager has had chances.” "
        "The attacking midfielder also claims he has not had backing. “I can't understand it,” he continued.",
    )
    assert [quote["speaker_type"] for quote in quotes] == ["person", "person"]
    assert quotes[1]["speaker"] == "Juninho"


def test_an_associate_or_a_colleague_is_a_role():
    _document, quotes = quotes_of("\"He knew everything,\" a close associate said. \"He signed it all,\" a former colleague added.")
    assert [(quote["speaker"], quote["speaker_type"]) for quote in quotes] == [("close associate", "role"), ("former colleague", "role")]


def test_authorities_are_a_role_with_their_place():
    _document, quotes = quotes_of("The authorities said landowners had \"nothing to fear\". Kuznetsova failed a \"drugs test\", according to Belgian authorities.")
    assert [(quote["speaker"], quote["speaker_type"]) for quote in quotes] == [("authorities", "role"), ("Belgian authorities", "role")]


def test_a_company_noun_behind_a_nationality_stands_for_the_company_the_article_is_about():
    _, quotes = quotes_of(
        "Shares in Volkswagen rose as Volkswagen said it was considering a car factory in India.",
        "The German giant said it remained only a “potential” idea.",
    )
    assert speaker(quote_starting(quotes, "potential")) == ("Volkswagen", "organisation", None)


def test_a_nationality_before_a_noun_finds_no_organisation_named_elsewhere_with_that_noun():
    _, quotes = quotes_of(
        "Deutsche Boerse has bid for the London Stock Exchange.",
        "The German exchange said it had held “constructive” talks.",
    )
    assert speaker(quote_starting(quotes, "constructive"))[0] != "London Stock Exchange"


def test_a_committee_described_by_its_kind_is_the_committee_the_article_names():
    _, quotes = quotes_of(
        "The rules were questioned by the parliamentary Joint Committee on Human Rights.",
        "The cross-party committee stated the restrictions were “disproportionate”.",
    )
    assert speaker(quote_starting(quotes, "disproportionate"))[0].startswith("Joint Committee")


def test_an_exchange_named_in_its_own_language_is_an_organisation():
    _, quotes = quotes_of(
        "Investors want Deutsche Boerse to return cash to shareholders.",
        "However, Deutsche Boerse told Reuters: “The request will be considered at the meeting.”",
    )
    assert speaker(quote_starting(quotes, "The request")) == ("Deutsche Boerse", "organisation", None)



def test_an_acronym_of_a_thing_is_no_organisation():
    assert organisation_of("TV", False) is None and organisation_of("GDP", False) is None
    assert organisation_of("BT", False) == "BT"


def test_a_word_after_the_that_speaks_as_an_organisation_is_one():
    _, quotes = quotes_of(
        "The Fed raised rates by a quarter point. In a statement, the Fed said inflation remained “well contained”.",
    )
    assert speaker(quote_starting(quotes, "well contained")) == ("Fed", "organisation", None)
