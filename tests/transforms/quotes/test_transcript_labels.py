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


def test_a_one_word_label_no_one_is_named_in_full_with_is_that_surname():
    _, quotes = quotes_of(
        "Governor Jo Hart spoke about the new budget on a Sunday programme.",
        "A partial transcript follows:",
        "\u201cBELLAMY: Will you raise taxes next year?",
        "\u201cHART: No. We have balanced the books without doing that.\u201d",
    )
    assert (quote_starting(quotes, "BELLAMY:")["speaker"], quote_starting(quotes, "BELLAMY:")["speaker_type"]) == ("Bellamy", "person")


def test_a_transcript_heading_passes_on_the_speaker_of_the_paragraph_before():
    _, quotes = quotes_of(
        "On Tuesday, Governor Jo Hart said, \u201cI am getting ready to rent a covered wagon.\u201d",
        "Transcript as follows:",
        "\"Tonight we arrived in Cleveland, and we went to a restaurant.",
        "\"We are now up 400,000 jobs.\"",
    )
    assert [quote["speaker"] for quote in quotes] == ["Jo Hart", "Jo Hart", "Jo Hart"]
