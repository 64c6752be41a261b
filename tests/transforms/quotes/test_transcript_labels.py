"""A quotation opening with a transcript label in capitals ("“HART: …") is the turn of the person of that surname."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_transcript_label_names_the_turns_speaker():
    _, quotes = quotes_of(
        "Governor Jo Hart spoke to radio host Sam Bell on Sunday about the new budget.",
        "A partial transcript follows:",
        "\u201cBELL: Will you raise taxes next year?",
        "\u201cHART: No. We have balanced the books without doing that.\u201d",
    )
    assert quote_starting(quotes, "HART:")["speaker"] == "Jo Hart"
    assert quote_starting(quotes, "BELL:")["speaker"] == "Sam Bell"


def test_label_naming_no_one_in_the_article_gives_no_speaker():
    _, quotes = quotes_of(
        "Governor Jo Hart spoke about the new budget.",
        "A partial transcript follows:",
        "\u201cVIDEO: A clip of the budget speech is played.\u201d",
    )
    assert quote_starting(quotes, "VIDEO:")["speaker_mention"] != "VIDEO"
