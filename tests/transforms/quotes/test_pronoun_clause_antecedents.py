"""Who "he"/"she" is from the clause around the pronoun: not a name inside the words its own closing reporting
clause reports, the subject of a subordinate clause opening its sentence, a name the pronoun's subject marks with
"himself"."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_he_closing_a_report_is_not_the_name_that_report_opens_with():
    _, quotes = quotes_of(
        "The mayor's energy is undiminished, Tom Reed, the Green Party's campaign manager told local radio on Monday. "
        "Mr Vance has \u201cthe same drive he had in his first term\u201d as when the party won the city, he said.",
    )
    assert quote_starting(quotes, "the same drive")["speaker"] == "Tom Reed"


def test_she_closing_a_report_passes_over_a_product_name_to_the_analyst():
    _, quotes = quotes_of(
        "Analyst Nadia Perez said buyers wanted style. The Nokia Zeta X2 phone was typical of that, she added. "
        "This was not a \u201cteenage fad\u201d, she said, but a wish shared by all ages.",
    )
    assert quote_starting(quotes, "teenage fad")["speaker"] == "Nadia Perez"


def test_he_after_an_opening_when_clause_is_that_clauses_subject_even_a_name_opening_with_a_number():
    _, quotes = quotes_of(
        "In an interview, King Sol called Drake Miles a friend. \u201cDrake is family,\u201d he said. "
        "When 90 Grand appeared on the same show a week later, he said King Sol had been dropped from the label. "
        "\u201cEvery hit he has is thanks to me,\u201d he said.",
    )
    assert quote_starting(quotes, "Every hit")["speaker"] == "90 Grand"


def test_a_name_marked_himself_is_the_subject_he_takes_up():
    _, quotes = quotes_of(
        "Brian Hale now has a hard choice over whether to drop a winger he regards as central to the side. "
        "Ross Dunn himself, at least outwardly, seemed unbothered by the rough treatment. "
        "\u201cI want more of that,\u201d he said.",
    )
    assert quote_starting(quotes, "I want more")["speaker"] == "Ross Dunn"
