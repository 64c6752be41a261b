"""Organisations as speakers: names with connectors, acronyms, "it" and "the party"."""

from tests.transforms.quotes.support import quotes_of
from transforms.quotes.organisations import connected_end, initials, spelled_out


def speaker(quote: dict) -> tuple:
    return quote["speaker"], quote["speaker_type"], quote["speaker_affiliation"]


def test_a_name_joined_by_of_for_and_or_an_ampersand_is_one_organisation():
    _, quotes = quotes_of(
        "“Rates will rise,” the Bank of England said.",
        "Standard & Poor's has upgraded Russian bonds to “investment grade”.",
        "“It is wrong,” said a Department for Culture, Media and Sport spokeswoman.",
    )
    assert speaker(quotes[0]) == ("Bank of England", "organisation", None)
    assert speaker(quotes[1])[:2] == ("Standard & Poor", "organisation")
    assert speaker(quotes[2]) == (
        "Department for Culture, Media and Sport spokeswoman", "role", "Department for Culture, Media and Sport"
    )


def test_a_name_with_a_number_is_one_name():
    _, quotes = quotes_of("Number 10 said ministers were not interested in a “soap opera”.")
    assert speaker(quotes[0]) == ("Number 10", "organisation", None)


def test_an_acronym_stands_for_the_name_the_article_gives_it():
    _, quotes = quotes_of(
        "The World Health Organisation (WHO) said 700,000 people were on the drugs.",
        "“It is not enough,” the WHO said.",
        "Citizens for Responsibility and Ethics in Washington (CREW) filed a complaint.",
        "“It is a clear breach,” CREW said.",
    )
    assert [quote["speaker"] for quote in quotes] == ["World Health Organisation", "CREW"]


def test_an_acronym_never_bracketed_stands_for_the_organisation_named_before_with_its_initials():
    _, quotes = quotes_of(
        "The National Audit Office looked at the 20 biggest projects.",
        "“Many problems can be traced to the assessment phase,” the NAO said.",
        "“We will study it,” the IMF said.",
    )
    assert [quote["speaker"] for quote in quotes] == ["National Audit Office", "IMF"]


def test_initials_leave_out_connectors():
    assert initials("Department for Constitutional Affairs") == "DCA"
    assert spelled_out("EU", ["European Union", "BBC"]) == "European Union"
    assert spelled_out("EU", ["Eurostat"]) is None


def test_it_stands_for_the_organisation_that_spoke_last():
    _, quotes = quotes_of(
        "The Institute for Fiscal Studies said Mr Brown would need to raise taxes to meet the forecasts in the "
        "Budget. It also said the government was “off course”."
    )
    assert speaker(quotes[0]) == ("Institute for Fiscal Studies", "organisation", None)


def test_the_party_is_the_party_named_last_and_the_government_no_other_body():
    _, quotes = quotes_of(
        "Shares in Wimpey fell as Labour set out its plans.",
        "“We will win,” the party said.",
        "“We will not comment,” the government said.",
    )
    assert speaker(quotes[0]) == ("Labour", "organisation", None)
    assert speaker(quotes[1])[:2] == ("government", "organisation")


def test_a_person_named_after_an_organisation_and_a_role_is_the_person_of_that_organisation():
    _, quotes = quotes_of("Last month, Bank of England governor Mervyn King said the economy had hit a “softer patch”.")
    assert speaker(quotes[0]) == ("Mervyn King", "person", "Bank of England")


def test_a_publication_by_its_short_name_or_before_its_noun_is_that_publication():
    _, quotes = quotes_of(
        "The Washington Post reported the claim first. “It was a mistake,” the Post said.",
        "“He is dangerous,” said the nationalist Global Times tabloid.",
        "“Vote for him,” reads a Wednesday editorial in The Des Moines Register.",
    )
    assert [speaker(quote)[:2] for quote in quotes] == [
        ("Washington Post", "organisation"), ("Global Times", "organisation"), ("Des Moines Register", "organisation"),
    ]


def test_a_country_before_one_word_names_a_body_and_a_capitalised_the_mid_sentence_is_part_of_a_name():
    _, quotes = quotes_of(
        "US Customs claimed Mr Griffiths was one of the leaders of “a piracy ring”.",
        "In an interview on Saturday, The Game described his rivals as “my friends and my family”.",
    )
    assert [speaker(quote)[0] for quote in quotes] == ["US Customs", "The Game"]


def test_a_name_joined_by_of_is_an_organisation_it_can_stand_for_not_a_person():
    _, quotes = quotes_of(
        "The British Chambers of Commerce welcomed the latest proposal. “This move is the best of both worlds,” it said.",
    )
    assert quotes[0]["speaker"] == "British Chambers of Commerce"


def test_a_body_named_for_a_topic_keeps_on_and_the_topic():
    text = "The Joint Committee on Human Rights said the plans were flawed."
    assert connected_end(text, 4, len(text)) == text.index(" said")


def test_on_before_a_date_or_a_country_ends_the_name():
    for text in ("The Security Council on Friday said", "The Security Council on Iraq said"):
        assert connected_end(text, 4, len(text)) is None, text
