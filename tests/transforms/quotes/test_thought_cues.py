"""A verb of thought right before the quotation it introduces ("who believes “…”", "the club feels “…”") reports
the words of its subject; "what he believes “…”" makes the quotation no object of the verb."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_verb_of_thought_right_before_a_quotation_reports_it():
    _, quotes = quotes_of(
        "Coach Tomas Berg is hopeful. It is a view shared by striker Emil Sandvik, who believes “if we can beat Lyon, we "
        "can win the whole thing”.",
    )
    assert quote_starting(quotes, "if we can beat Lyon")["speaker"] == "Emil Sandvik"


def test_a_verb_of_thought_after_what_takes_no_quotation():
    _, quotes = quotes_of(
        "“Savage,” Jo Marsh said of the senator, meaning that he says what he believes “no matter what”.",
    )
    assert quote_starting(quotes, "no matter what")["speaker"] == "Jo Marsh"
