""""hailed" and "blamed" report the words they quote in the simple past; their -ing form reports nothing."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_blamed_reports_the_words_its_subject_quotes():
    _, quotes = quotes_of(
        "Harbour firm fined",
        "In papers lodged with the court before the hearing, inspectors blamed the firm's directors for ignoring the "
        "“safety and staffing concerns” raised by crane drivers. The firm will appeal.",
    )
    assert quote_starting(quotes, "safety and staffing")["speaker"] == "inspectors"


def test_hailed_makes_a_judging_word_its_subjects():
    _, quotes = quotes_of(
        "Coach praises keeper",
        "After the final whistle, the club captain hailed his goalkeeper's “heroic” display. And he said the squad would rest.",
    )
    quote = quote_starting(quotes, "heroic")
    assert quote["kind"] == "direct"
    assert quote["speaker"] == "club captain"


def test_a_blaming_participle_is_no_cue():
    _, quotes = quotes_of(
        "Letters",
        "Ella Moss writes that the council has a habit of blaming others. In the mayor's column, “Let us move on,” "
        "the councillor from Ward 3 seems to be blaming the weather.",
    )
    assert quote_starting(quotes, "Let us move on")["speaker"] != "councillor from Ward 3"
