"""A capitalised field or department after an office and "of" is no person: the holder is the name after it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def speaker_of(text: str, *paragraphs: str) -> tuple[str, str]:
    _, quotes = quotes_of(*paragraphs)
    quote = quote_starting(quotes, text)
    return quote["speaker"], quote["speaker_type"]


def test_the_holder_after_a_lower_case_office_and_its_field():
    assert speaker_of("Patents matter", '"Patents matter," said vice president of Trade Marks Ann Fell.') == ("Ann Fell", "person")


def test_the_holder_after_an_office_and_its_field_opening_the_sentence():
    assert speaker_of("Content is", 'Head of Online Media Tom Reed said: "Content is king."') == ("Tom Reed", "person")
    assert speaker_of("Rates are", 'Director of Research Ann Fell said: "Rates are low."') == ("Ann Fell", "person")


def test_an_office_and_its_field_alone_stay_a_role():
    assert speaker_of("Markets are", '"Markets are calm," said the director of Global Markets.') == ("Global Markets director", "role")


def test_a_body_after_an_office_keeps_no_holder():
    speaker, kind = speaker_of("Sales rose", '"Sales rose," said the chief executive of Royal Dutch Shell.')
    assert kind == "role" and speaker.endswith("chief executive")
