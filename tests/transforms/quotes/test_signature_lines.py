"""A quotation signed by the name after a dash: on the line after it, or before its colon in a digest's line."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_quotation_alone_takes_the_name_on_the_dash_line_after_it():
    _, quotes = quotes_of(
        "Senator Dora Quill spoke in Ohio on Friday. Her rival Ned Barlow did not.",
        "\u201cEvery family here pays too much for power.\u201d",
        "- Ned Barlow.",
        "Barlow's figure leaves out the winter rebate.",
    )
    assert quote_starting(quotes, "Every family")["speaker"] == "Ned Barlow"


def test_a_dash_line_with_an_aside_after_a_comma_signs_the_quotation():
    _, quotes = quotes_of(
        "The convention ended late. Dora Quill thanked the crowd.",
        "\u201cWhat a night. We are ready.\u201d",
        "-Governor Quill, writing after the vote.",
    )
    assert quote_starting(quotes, "What a night")["speaker"] == "Dora Quill"


def test_a_heading_between_dashes_signs_nothing():
    _, quotes = quotes_of(
        "\u201cWe were never told,\u201d said Ned Barlow.",
        "\u201cSo the town kept building on the flood plain.\u201d",
        "\u2013 A builder himself \u2013.",
    )
    assert quote_starting(quotes, "So the town")["speaker"] == "Ned Barlow"


def test_a_digest_line_names_its_source_after_the_dash():
    _, quotes = quotes_of(
        "Turnout fell in rural counties. Pollsters misread the swing - Ada Voss: \u201cMost surveys missed the late deciders.\u201d",
    )
    assert quote_starting(quotes, "Most surveys")["speaker"] == "Ada Voss"
