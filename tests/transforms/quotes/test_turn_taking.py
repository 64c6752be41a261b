"""A paragraph-opening quotation after one paragraph of narration that names no one else goes on with the speaker
quoted before it."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_quotation_after_a_narration_paragraph_continues_the_speakers_turn():
    _, quotes = quotes_of(
        "\u201cThe rules changed overnight,\u201d said Maria Ellison, director of the Harbour Tenants Group.",
        "Often, tenants did not know which forms they had to keep.",
        "\u201cNobody explained the new paperwork to them.\u201d",
    )
    assert quote_starting(quotes, "Nobody explained")["speaker"] == "Maria Ellison"


def test_narration_naming_another_person_leaves_the_turn_open():
    _, quotes = quotes_of(
        "\u201cThe rules changed overnight,\u201d said Maria Ellison, director of the Harbour Tenants Group.",
        "Often, tenants like Peter Groves did not know which forms they had to keep.",
        "\u201cNobody explained the new paperwork to them.\u201d",
    )
    assert quote_starting(quotes, "Nobody explained")["speaker"] != "Maria Ellison"


def test_narration_reporting_someone_elses_words_gives_no_turn():
    _, quotes = quotes_of(
        "\u201cThe rules changed overnight,\u201d said Maria Ellison, director of the Harbour Tenants Group.",
        "The council said it had written to every tenant in March.",
        "\u201cNobody explained the new paperwork to them.\u201d",
    )
    assert quote_starting(quotes, "Nobody explained")["speaker"] != "Maria Ellison"


def test_two_narration_paragraphs_end_the_turn():
    _, quotes = quotes_of(
        "\u201cThe rules changed overnight,\u201d said Maria Ellison, director of the Harbour Tenants Group.",
        "Often, tenants did not know which forms they had to keep.",
        "Some of them lost their homes as a result.",
        "\u201cNobody explained the new paperwork to them.\u201d",
    )
    assert quote_starting(quotes, "Nobody explained")["speaker"] != "Maria Ellison"
