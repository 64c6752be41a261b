"""Names in US news: a capitalised title joined by "and" after a name's comma is the name's apposition, not a list inside a
body's name; an office holder's possessive opens a body's name ("the Governor's Office of Emergency Services")."""

from tests.transforms.quotes.support import quote_starting, quotes_of
from transforms.quotes.organisations import connected_end


def test_a_title_with_and_after_a_comma_leaves_the_person_the_speaker():
    _, quotes = quotes_of(
        "“The council must act now,” said Jo Hart, Research and Campaigns Director for Wales and the West at Acme Trust.",
    )
    quote = quote_starting(quotes, "The council")
    assert (quote["speaker"], quote["speaker_type"]) == ("Jo Hart", "person")


def test_a_list_after_a_bodys_connector_stays_inside_its_name():
    text = "the Department for Culture, Media and Sport said"
    assert text[4:connected_end(text, 4, len(text))] == "Department for Culture, Media and Sport"



def test_an_office_holders_possessive_opens_a_bodys_name():
    _, quotes = quotes_of("The Governor's Office of Emergency Services said the response was “unacceptable” on Monday.")
    quote = quote_starting(quotes, "unacceptable")
    assert (quote["speaker"], quote["speaker_type"]) == ("Governor's Office of Emergency Services", "organisation")
