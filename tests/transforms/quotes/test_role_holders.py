"""A definite role speaker is the person the sentence before names as its subject, when the article is about them."""

from tests.transforms.quotes.support import quote_starting, quotes_of, quotes_of_article


def test_a_definite_role_after_a_sentence_with_the_only_person_as_subject_is_that_person():
    _, quotes = quotes_of(
        "Mike Ruddock paid tribute to the Wales side after it came from 15-6 down to beat France.",
        "\u201cWe had to show character,\u201d said the national team coach.",
    )
    assert quote_starting(quotes, "We had")["speaker"] == "Mike Ruddock"


def test_a_definite_role_the_article_brought_in_before_is_not_the_person_named_earlier():
    _, quotes = quotes_of(
        "Chris Stevens was missing after the attack. A second officer at the base backed the account.",
        "In an email, the officer said that \u201cthe team could respond\u201d.",
    )
    assert quote_starting(quotes, "the team")["speaker"] != "Chris Stevens"


def test_a_definite_role_mention_that_resolved_to_no_one_is_the_person_named_as_subject_before():
    _, quotes = quotes_of(
        "Former Olympic champion Michael Johnson has accused British sprinters of lacking pride.",
        "\u201cThe biggest factor on their minds is to be number one in Britain,\u201d the world 200m and 400m record holder told Five Live.",
    )
    assert quote_starting(quotes, "The biggest")["speaker"] == "Michael Johnson"


def test_an_office_a_lower_case_body_owns_is_the_person_named_as_subject_before():
    _, quotes = quotes_of(
        "The Fabian Society's Sundar Katwala said the change was long overdue. The political reform group's general "
        "secretary told the radio programme there were some \u201cvery out-dated features\u201d in the constitution.",
    )
    assert quote_starting(quotes, "very out-dated")["speaker"] == "Sundar Katwala"


def test_a_phrase_closed_by_a_comma_may_open_the_sentence_whose_subject_holds_the_role():
    _, quotes = quotes_of(
        "Arsene Wenger refused to bite back on Saturday.",
        "But later on Saturday, according to The Independent, Wenger spoke to reporters. \u201cI have no relations "
        "with him,\u201d the Arsenal boss is quoted as saying.",
    )
    assert quote_starting(quotes, "I have no")["speaker"] == "Arsene Wenger"



def test_a_definite_role_after_a_quotation_a_named_person_closes_is_that_person():
    _, quotes = quotes_of(
        "The fund warned that \u201cthe gap is widening\u201d. \u201cThis cannot go on,\u201d Greenaid's Martha Okoye said.",
        "\u201cDonors must act this year,\u201d the charity's director added.",
    )
    assert quote_starting(quotes, "Donors must")["speaker"] == "Martha Okoye"


def test_a_definite_role_after_a_quotation_closed_by_a_reporter_who_is_not_named_first_stays_a_role():
    _, quotes = quotes_of(
        "\u201cThis cannot go on,\u201d the minister told Martha Okoye on Monday.",
        "\u201cDonors must act this year,\u201d the charity's director added.",
    )
    assert quote_starting(quotes, "Donors must")["speaker"] != "Martha Okoye"


def test_a_definite_role_after_the_subject_the_headline_names_is_that_person_though_a_club_is_named_before():
    _, quotes = quotes_of_article(
        "Castleford hails City's spirit",
        "Northfield City's Henry Castleford has praised his players after the 2-1 win at Aston Vale.",
        "\u201cThat was our hardest game of the season,\u201d said the Riverside Park boss.",
    )
    assert quote_starting(quotes, "That was our")["speaker"] == "Henry Castleford"
