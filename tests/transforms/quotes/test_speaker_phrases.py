"""Where a speaker phrase's words start and stop: names that qualify a role, roles a phrase opens with, modifiers after a role."""

import random
import re

from tests.transforms.quotes.support import mention, quote_starting, quotes_of
from transforms.quotes.subjects import CLAUSE_BREAK, CLAUSE_BREAK_WORDS


def speaker(quote: dict) -> tuple:
    return quote["speaker"], quote["speaker_type"], quote["speaker_affiliation"]


def test_a_name_right_before_role_words_qualifies_the_role_and_the_person_after_speaks():
    document, quotes = quotes_of(
        "But Band Aid founder Bob Geldof in July said he was sick of hearing “guff” about scars on the world.",
        "Lib Dem home affairs spokesman Mark Oaten meanwhile said the “bonfire of quangos” had never come.",
    )
    assert speaker(quotes[0]) == ("Bob Geldof", "person", "Band Aid")
    assert mention(document, quotes[0]) == "Band Aid founder Bob Geldof"
    assert speaker(quotes[1]) == ("Mark Oaten", "person", "Lib Dem")


def test_a_phrase_that_opens_with_a_role_is_the_role_not_its_first_capitalised_word():
    _, quotes = quotes_of(
        "The Tory leader, who argues he is ensuring honesty, said: “We do not say one thing in private.”",
        "An IRB spokesman said on the matter: “We take all breaches of the code very seriously.”",
    )
    assert speaker(quotes[0])[:2] == ("Tory leader", "role")
    assert speaker(quotes[1]) == ("IRB spokesman", "role", "IRB")


def test_a_role_phrase_stops_at_the_words_that_modify_it():
    document, quotes = quotes_of(
        "“It will fail,” said one Republican involved in the planning.",
        "A Democratic staffer in the room said: “It will pass.”",
    )
    assert speaker(quotes[0])[:2] == ("Republican", "role")
    assert mention(document, quotes[1]) == "A Democratic staffer"
    assert speaker(quotes[1])[:2] == ("Democratic staffer", "role")


def test_a_role_before_a_name_leaves_the_name_as_the_speaker():
    _, quotes = quotes_of("“No one was more concerned than myself,” said eighth seed Agassi.")
    assert speaker(quotes[0])[:2] == ("Agassi", "person")


def test_a_document_by_an_author_speaks_for_the_author():
    _, quotes = quotes_of(
        "People do not want multimedia services on their phones, Jupiter said on Monday.",
        "A separate study by Gartner has also said real-time TV broadcasts to mobiles are “unlikely” before 2007.",
        "A report published by the Electoral Commission on Monday said: “Donations should be capped.”",
    )
    assert speaker(quotes[0])[:2] == ("Gartner", "organisation")
    assert speaker(quotes[1])[:2] == ("Electoral Commission", "organisation")


def test_a_name_ending_an_opening_phrase_is_the_subject_of_the_cue_after_it():
    _, quotes = quotes_of(
        "Next year will be “make or break” for development in poorer countries Gordon Brown will say in a speech."
    )
    assert (quotes[0]["speaker"], quotes[0]["cue"]) == ("Gordon Brown", "say")


def test_continue_to_reports_no_words():
    _, quotes = quotes_of(
        "The UK manufacturing sector will continue to face “serious challenges” over the next two years, the British "
        "Chamber of Commerce (BCC) has said."
    )
    assert quotes[0]["speaker"] == "British Chamber of Commerce"


def test_a_recording_or_a_message_speaks_for_the_one_it_records_or_who_sent_it():
    _, quotes = quotes_of(
        "Bernie Sanders spoke in Iowa. “Give now,” reads a fundraising email sent out by Sanders on Tuesday night.",
        "The ad uses footage of Hillary Clinton saying she would “put coal miners out of business”.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Bernie Sanders", "Hillary Clinton"]


def test_titles_and_descriptions_before_a_name_are_no_part_of_it():
    _, quotes = quotes_of(
        "“I am thrilled,” said Teenager Sania Mirza.",
        "Baroness Scotland said: “The law is clear.”",
        "Washington Post editor Marty Baron spoke. “We stand by it,” Baron said.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Sania Mirza", "Scotland", "Marty Baron"]


def test_a_hyphenated_description_before_a_name_is_no_part_of_it():
    _, quotes = quotes_of(
        "“It's just a special moment,” said Man-of-the-match Stephen Jones.",
        "“He made Dutch football,” said Dutch sports minister Clemence Ross-van Dorp.",
    )
    assert [quote["speaker"] for quote in quotes] == ["Stephen Jones", "Clemence Ross-van Dorp"]


def test_a_capitalised_descriptor_before_a_one_word_name_leaves_the_name_as_the_speaker():
    _, quotes = quotes_of(
        "Chart-topping pop band Westward have confirmed that they plan to “take a break”.",
        "Rapper Kestrel said the tour would be “the last one”.",
    )
    assert quotes[0]["speaker"] == "Westward"
    assert quotes[1]["speaker"] == "Kestrel"


def test_an_auxiliary_between_subject_and_cue_is_no_part_of_the_subject():
    _, quotes = quotes_of(
        "The Harbour Exchange rejected the bid in March. "
        "However, the Harbour Exchange did agree to talks on whether a “much-improved offer” would suit its members."
    )
    assert quotes[0]["speaker"] == "Harbour Exchange"


def test_a_name_in_apposition_after_a_role_that_closes_the_clause_is_the_speaker():
    _, quotes = quotes_of(
        "“Our aim is accountability,” said the committee chairman, MP Edward Farrow. “Parliament requires it.”",
        "“Ties were casual,” said the bureau's director, James B. Lowry, on Monday.",
    )
    assert quotes[0]["speaker"] == "Edward Farrow"
    assert quotes[1]["speaker"] == "Edward Farrow"
    assert quotes[2]["speaker"] != "James B"


def test_a_title_word_before_a_surname_leaves_the_fullest_name():
    _, quotes = quotes_of(
        "Archbishop Desmond Mbeki has called for the release of the detainees.",
        "Referring to the detentions, Archbishop Mbeki told BBC News: “It is utterly unacceptable.”",
    )
    assert quotes[0]["speaker"] == "Desmond Mbeki"


def test_a_word_that_ends_event_or_law_names_still_opens_a_persons_name_after_a_role():
    _, quotes = quotes_of(
        "Ballet teacher Eve Morton, who has taught for 40 years, told reporters she had seen a “vast” change.",
        "Acme president Bill Downs said: “We have a solid foundation.”",
    )
    assert [quote["speaker"] for quote in quotes] == ["Eve Morton", "Bill Downs"]


def test_a_participle_aside_after_the_subject_is_no_part_of_it():
    _, quotes = quotes_of(
        "Sprinter Anna Berg is suing the agency. Berg won three gold medals in Sydney in 2000. Her lawsuit, filed "
        "in the US District Court in San Francisco, said the sprinter had passed a test and that she “has never "
        "taken banned drugs”.",
    )
    assert quotes[0]["speaker"] == "Anna Berg"


def test_a_name_after_a_role_closing_the_sentence_is_the_speaker():
    _, quotes = quotes_of("“We have got to get the focus right,” said Ulster man Humphreys.")
    assert quotes[0]["speaker"] == "Humphreys"


def test_an_indefinite_article_is_no_word_of_the_organisation_after_it():
    _, quotes = quotes_of("A Top of the Pops spokesperson said: “It's a very special number one.”")
    assert quotes[0]["speaker"] == "Top of the Pops spokesperson"


def test_olympian_and_matchwinner_are_roles_before_a_name():
    _, quotes = quotes_of("“I was advised not to jump,” said Olympian Tomlinson. “It was great,” said Matchwinner Keane.")
    assert [quote["speaker"] for quote in quotes] == ["Tomlinson", "Keane"]


def test_appositions_of_age_place_and_role_with_its_seat_stay_with_the_name_before_them():
    _, quotes = quotes_of(
        "Robert Jackman, 58, MP for Wantage in Oxfordshire, said he was disillusioned with its “dangerous” drift.",
        "Steve Douglas, 26, from Wales, said: “I think it was a turning point.”",
    )
    assert [quote["speaker"] for quote in quotes] == ["Robert Jackman", "Steve Douglas"]


def test_a_noun_ending_in_ly_does_not_end_the_speaker_phrase():
    _, quotes = quotes_of(
        "“The health board is committed to good care,” said the assembly government. “We will act.”",
    )
    assert quote_starting(quotes, "The health board")["speaker"] == "assembly government"


def test_a_bare_plural_group_after_an_opening_clause_is_the_subject():
    _document, quotes = quotes_of(
        "The singer was fined. At the time, police said a \"physical altercation\" broke out. "
        "The council set up a \"half-way house\" where social workers tell people what is available."
    )
    assert [(quote["speaker"], quote["speaker_type"]) for quote in quotes][0] == ("police", "role")
    assert quotes[1]["speaker"] != "social workers"


def test_an_acronym_in_a_role_is_no_function_word_but_a_run_of_capitals_is_ordinary_words():
    _, quotes = quotes_of(
        "A US Embassy spokesman said: “We are aware of the delays.”",
        "“It is wrong,” WHO officials said.",
        "CONTROVERSIES AND OTHER GAFFES Three people said it was “demeaning”.",
    )
    assert speaker(quotes[0])[:2] == ("US Embassy spokesman", "role")
    assert speaker(quotes[1])[:2] == ("WHO officials", "role")
    assert speaker(quotes[2])[0] != "CONTROVERSIES AND OTHER GAFFES Three people"


def test_a_names_apposition_without_its_closing_comma_keeps_the_name_as_speaker():
    _, quotes = quotes_of(
        "Simon Keller, a strategist at Monument Partners said the figures were \"enough to worry the markets\".",
        "Anna Rivers, managing director of Quick Prints said: “Many people do not want the hassle.”",
    )
    assert quote_starting(quotes, "enough to worry")["speaker"] == "Simon Keller"
    assert quote_starting(quotes, "Many people")["speaker"] == "Anna Rivers"


def test_an_unclosed_apposition_may_name_its_body_after_words_for_its_kind():
    _, quotes = quotes_of(
        "Simon Keller, spokesman for online payments firm Tillpoint said banks were slow to change.",
        "\u201cThe hard part is trust,\u201d he said.",
    )
    assert quote_starting(quotes, "The hard part")["speaker"] == "Simon Keller"



def test_a_names_apposition_of_a_body_alone_or_from_a_body_without_its_closing_comma_keeps_the_name():
    _, quotes = quotes_of(
        "The party left the resort. Colin Asher, Seaside Hotel Association said: “We have tried very hard.”",
        "“The story is all about digital,” Jeff Parsons, from the Consumer Devices Association (CDA) told the website.",
    )
    assert quote_starting(quotes, "We have tried")["speaker"] == "Colin Asher"
    assert quote_starting(quotes, "The story")["speaker"] == "Jeff Parsons"


def test_a_names_apposition_of_a_role_without_its_closing_comma_keeps_the_name_but_an_opening_phrase_is_no_name():
    _, quotes = quotes_of(
        "The target was missed. Rhodri Glyn Evans, Plaid Cymru health spokesman said: “It is the same target.”",
        "Katrina Bell, a prospective parliamentary candidate said: “He did it again.”",
        "Unlike Tony Blair, Labour spokesman said: “We have plans.”",
        "In an interview with hosts Joe Barrow and Mika Berg, the Democratic candidate stated that his remarks were “divisive”.",
    )
    assert quote_starting(quotes, "It is the same")["speaker"] == "Rhodri Glyn Evans"
    assert quote_starting(quotes, "He did")["speaker"] == "Katrina Bell"
    assert quote_starting(quotes, "We have plans")["speaker"] == "Labour spokesman"
    assert quote_starting(quotes, "divisive")["speaker"] != "Mika Berg"


def test_one_opening_word_may_stand_before_the_name_of_an_unclosed_apposition():
    _, quotes = quotes_of(
        "However, Matt Wilkins, a fund manager at Perpetual Trustees said taking the stake “is definitely a precursor”.",
    )
    assert quote_starting(quotes, "is definitely")["speaker"] == "Matt Wilkins"

def test_two_roles_joined_by_and_under_one_determiner_are_one_speaker():
    _, quotes = quotes_of(
        "Lord Baker agreed to withdraw his bill after its second reading. "
        "During the debate, the Labour peer and former minister said: “The monarchy should symbolise the values of this country.”",
    )
    found = quote_starting(quotes, "The monarchy")
    assert found["speaker"] == "Baker"
    assert found["speaker_mention"] == "the Labour peer"


def test_a_name_before_two_roles_joined_by_and_stays_the_speaker():
    _, quotes = quotes_of(
        "Simon Keller, PTC president and conservative activist said: “The channel is selling raunchy shows to children.”",
    )
    assert quote_starting(quotes, "The channel")["speaker"] == "Simon Keller"


def test_a_dash_aside_after_a_speakers_name_is_no_part_of_it():
    _, quotes = quotes_of(
        "\u201cWe used to see street hustlers do this,\u201d Andrei Illarionov - then economic adviser to the president - told a press conference."
    )
    assert quotes[0]["speaker"] == "Andrei Illarionov"


def test_clause_breaks_are_the_plain_alternations_matches():
    plain = re.compile(rf",|;|\s[―—–-]+\s|[―—]|\b(?:{'|'.join(CLAUSE_BREAK_WORDS)})\b\s", re.IGNORECASE)
    pieces = (*CLAUSE_BREAK_WORDS, "whom", "Who", "IN WHICH", "wh", "and-", "so", "sos", " ", "  ", "\n", ",", ";", " — ", "—", "-", "x", "é", "ſo")
    generator = random.Random(20261207)
    texts = ["Her lawsuit, filed in San Francisco, said that the firm - whose chief, whom we met - and Which When"]
    texts += ["".join(generator.choice(pieces) for _ in range(generator.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        assert [found.span() for found in CLAUSE_BREAK.finditer(text)] == [found.span() for found in plain.finditer(text)], text


def test_a_speechwriter_named_after_a_president_with_an_initial_is_the_speaker():
    _, quotes = quotes_of(
        "\u201cThese are hard days for the party,\u201d former John Q. Adams speechwriter Lena Hirsch wrote in a column.",
    )
    assert quote_starting(quotes, "These are hard days")["speaker"] == "Lena Hirsch"
