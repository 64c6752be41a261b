"""A periodical speaks through its pieces and its writers: "the editorial read", "the column noted", "the
editorial board writes", "the paper's editors" and "the newspaper's editorial" are the periodical the article names
(after "the editors of The Courier" too, and before it is named when it names only one); "it" after such a quotation
is the same periodical, never a place its quotation names; an ad's narrator or announcer is a role no one named."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_an_editorial_is_the_paper_its_editors_write_for():
    _, quotes = quotes_of(
        "The plan angered the editors of The Bayside Advocate, who aimed their Sunday editorial at the mayor.\n\n"
        "\u201cIf he wants a second term, he should come and see the damage,\u201d the editorial read.",
    )
    assert quote_starting(quotes, "If he wants")["speaker"] == "Bayside Advocate"


def test_the_newspaper_and_it_after_its_quotation_are_the_paper_not_a_place_it_names():
    _, quotes = quotes_of(
        "The plan angered the editors of The Bayside Advocate.\n\n"
        "The newspaper urged the mayor to think again.\n\n"
        "\u201cMaine is a quiet state with few votes,\u201d the newspaper admitted.\n\n"
        "\u201cBut Maine\u2019s flooding should be a call to conscience,\u201d it added.",
    )
    assert quote_starting(quotes, "Maine is")["speaker"] == "Bayside Advocate"
    assert quote_starting(quotes, "But Maine")["speaker"] == "Bayside Advocate"


def test_the_newspapers_editorial_before_the_paper_is_named_is_the_one_paper_named():
    _, quotes = quotes_of(
        "The mayor came only after the newspaper\u2019s editorial told him to leave his \u201cgilded office\u201d.\n\n"
        "That did not sit well with the editors of The Bayside Advocate.",
    )
    assert quote_starting(quotes, "gilded office")["speaker"] == "Bayside Advocate"


def test_a_column_is_the_paper_it_runs_in():
    _, quotes = quotes_of(
        "A popular column in the national Nordlys newspaper attacked the remark.\n\n"
        "\u201cIt was rough around the edges,\u201d the column noted.",
    )
    assert quote_starting(quotes, "It was rough")["speaker"] == "Nordlys"


def test_an_editorial_board_is_the_paper_not_a_body_of_its_own():
    _, quotes = quotes_of(
        "The Coastal Tribune criticised the plan on Monday.\n\n"
        "\u201cAre we talking about the same mayor?\u201d the editorial board writes.\n\n"
        "\u201cHe is selling fiction,\u201d the paper\u2019s editorial board wrote.",
    )
    assert quote_starting(quotes, "Are we talking")["speaker"] == "Coastal Tribune"
    assert quote_starting(quotes, "He is selling")["speaker"] == "Coastal Tribune"


def test_it_after_a_stations_quotation_is_the_station_not_a_group_named_before():
    _, quotes = quotes_of(
        "The Coast Radio Network said the new show would \u201ckeep the spirit alive\u201d. The three DJs will keep their shows. "
        "\u201cNobody can replace him,\u201d said the radio station. "
        "It added that the show would back new acts, and said: \u201cIt will seek out music made for its own sake.\u201d",
    )
    assert quote_starting(quotes, "It will seek")["speaker"] == "Coast Radio Network"


def test_it_after_a_stations_quotation_speaks_for_whoever_the_station_is():
    _, quotes = quotes_of(
        "Radio 7 said the show would rise to the \"challenge\" of keeping his legacy alive.\n\n"
        "All of the three DJs will keep their current shows on Radio 7. \"Nobody can replace him,\" said the radio station. "
        "It added that the show would back new acts, and said: \"It will seek out music made for its own sake.\"",
    )
    assert quote_starting(quotes, "It will seek")["speaker"] == quote_starting(quotes, "Nobody can")["speaker"]


def test_an_ads_narrator_is_a_role():
    _, quotes = quotes_of(
        "The group released a new ad against the senator on Tuesday.\n\n"
        "\u201cIt was the night before the vote,\u201d says the ad\u2019s narrator, going on to list his votes.",
    )
    quote = quote_starting(quotes, "It was the night")
    assert (quote["speaker"], quote["speaker_type"]) == ("narrator", "role")


def test_the_announcer_is_no_person_named_before():
    _, quotes = quotes_of(
        "A memorable ad questioned whether Senator Jo Hart was ready. As a phone rang, the announcer said, "
        "\u201cIt is 3 a.m. Who do you want answering the phone?\u201d",
    )
    assert quote_starting(quotes, "It is 3 a.m.")["speaker"] == "announcer"


def test_a_paper_brought_on_stage_with_enter_is_named_without_it():
    _, quotes = quotes_of(
        "The campaign has struggled to make its case.\n\n"
        "Enter The Coastal Tribune. \u201cHe is selling his own brand of fiction,\u201d the paper\u2019s editorial board wrote.",
    )
    assert quote_starting(quotes, "He is selling")["speaker"] == "Coastal Tribune"
