"""An organisation speaker written short in its clause takes the full name the article gives it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_short_name_closing_one_organisations_name_takes_that_name():
    _, quotes = quotes_of(
        "The European Commission has written to the mobile phone operators.",
        "“The operators charge too much,” the Commission said.",
    )
    assert quote_starting(quotes, "The operators")["speaker"] == "European Commission"


def test_a_short_name_opening_a_name_before_of_takes_that_name():
    _, quotes = quotes_of(
        "Rates were held by the Bank of England on Thursday.",
        "“Risks remain to the downside,” the Bank said.",
    )
    assert quote_starting(quotes, "Risks remain")["speaker"] == "Bank of England"


def test_words_written_short_take_the_name_they_begin():
    _, quotes = quotes_of(
        "The Liberal Democrats have unveiled plans to build new homes.",
        "The Lib Dems say their “mutual homes” would let people buy a share.",
    )
    assert quote_starting(quotes, "mutual homes")["speaker"] == "Liberal Democrats"


def test_a_place_after_of_is_no_short_form_of_the_name():
    _, quotes = quotes_of(
        "Researchers at the University of California studied the plan.",
        "California officials called the plan “middle-out” economics, California said.",
    )
    assert quote_starting(quotes, "middle-out")["speaker"] != "University of California"


def test_a_short_name_closing_several_names_takes_the_one_named_far_more_often():
    _, quotes = quotes_of(
        "Manchester United shares rose. Manchester United fans and the group Shareholders United met. Manchester United is in talks.",
        "The tycoon has approached the United board with “detailed proposals”, United said.",
    )
    assert quote_starting(quotes, "detailed proposals")["speaker"] == "Manchester United"


def test_a_short_name_opening_a_name_before_for_takes_that_name():
    _, quotes = quotes_of(
        "The Department for Rural Affairs and Fisheries has written to the farmers.",
        "“The scheme will close in May,” the Department said.",
    )
    assert quote_starting(quotes, "The scheme")["speaker"] == "Department for Rural Affairs and Fisheries"


def test_a_name_cut_at_its_and_takes_the_whole_name():
    _, quotes = quotes_of(
        "Members of the Commons Trade and Industry Committee met on Monday.",
        "The Industry Committee called the plan “a costly mistake”.",
    )
    assert quote_starting(quotes, "a costly mistake")["speaker"] == "Commons Trade and Industry Committee"


def test_a_person_before_and_keeps_the_name_apart():
    _, quotes = quotes_of(
        "Senator Maria Lopez criticised the delay on Monday.",
        "Lopez and State Department officials met, and the State Department said “talks continue”.",
    )
    assert quote_starting(quotes, "talks continue")["speaker"] == "State Department"
