"""A wire dateline opening a paragraph ("CITY (AP) —", "CITY, St., Mon. 8 (UPI) —", "CITY - ") is a sentence of its
own: the agency or the state abbreviation in it is no subject of the sentence after the dash."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.paragraph import sentence_starts


def test_the_dateline_ends_where_the_sentence_after_the_dash_begins():
    text = "SPRINGFIELD, Ill., Oct. 3 (UPI) — The mayor spoke."
    assert sentence_starts(text) == [0, text.index("The mayor")]


def test_a_plain_city_dateline_with_a_spaced_hyphen_is_one():
    text = "LAKE CITY - Jo Hart spoke on Monday."
    assert sentence_starts(text) == [0, text.index("Jo Hart")]


def test_a_digest_label_before_a_quoted_title_is_no_dateline():
    text = "NOW SHOWING—“A new play opens,” by Jo Hart: “The play is good.”"
    assert sentence_starts(text) == [0]


def test_the_agency_of_a_dateline_is_not_the_speaker_of_a_participle_cue():
    _, quotes = quotes_of(
        "SPRINGFIELD, Oct. 3 (UPI) — In response to the vote, Mayor Jo Hart’s right-hand man rallied donors, saying: “We must act now.”"
    )
    assert quote_starting(quotes, "We must act")["speaker"] == "Jo Hart's right-hand man"


def test_a_state_abbreviation_in_a_dateline_is_not_the_speaker():
    _, quotes = quotes_of("DECATUR, Ill. — Sen. Jo Hart (R-Texas) weighed in on the dispute, calling it a “disgrace.”")
    assert quote_starting(quotes, "disgrace")["speaker"] == "Jo Hart"
