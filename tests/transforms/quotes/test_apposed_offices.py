"""A person's name, then two offices joined by "and" with the body after the second and no closing comma before the
cue ("Jo Hart, president and CEO of Acme stated"): the subject is the person, not the second office."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_two_offices_of_a_body_after_a_name_leave_the_name_the_speaker():
    _, quotes = quotes_of("Maria Lopez, president and CEO of the Lakeside Growers Association stated, “Prices will rise.”")
    assert quote_starting(quotes, "Prices will rise")["speaker"] == "Maria Lopez"


def test_lower_case_offices_joined_by_and_before_a_body_leave_the_name_the_speaker():
    _, quotes = quotes_of("Maria Lopez, founder and director of Harbour Books said: “Prices will rise.”")
    assert quote_starting(quotes, "Prices will rise")["speaker"] == "Maria Lopez"


def test_a_role_and_a_second_person_after_and_are_not_joined():
    _, quotes = quotes_of("Maria Lopez, Acme president and the mayor said: “Prices will rise.”")
    assert quote_starting(quotes, "Prices will rise")["speaker"] != "Maria Lopez"
