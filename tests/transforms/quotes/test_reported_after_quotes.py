"""A quotation opening a paragraph goes on with the person the paragraph before reports last, after its own quotations."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_person_reported_after_the_last_quotation_speaks_next():
    _, quotes = quotes_of(
        "Singer Amy Vale pulled out at the last minute. She said: “I am too unwell to travel.” Fans waited in the rain. "
        "The film's director Ben Ashby said he was sorry that she could not come.",
        "“It's a real pity. She has cancelled her whole tour.”",
    )
    assert quote_starting(quotes, "It's a real pity")["speaker"] == "Ben Ashby"


def test_without_a_later_report_the_paragraph_speaker_goes_on():
    _, quotes = quotes_of(
        "Director Ben Ashby was at the launch. He said: “It went well.” Fans waited in the rain.",
        "“We will be back next year.”",
    )
    assert quote_starting(quotes, "We will be back")["speaker"] == "Ben Ashby"
