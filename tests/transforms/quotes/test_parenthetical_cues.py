"""The pronoun of a reporting clause set off inside the sentence it reports never stands for a name in that sentence."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_parenthetical_pronoun_skips_the_name_it_reports_on():
    _, quotes = quotes_of(
        "Film critic Dan Moss believes the panel played safe this year. “It's a cautious list,” he said.",
        "The trouble with Ann Lowe's film, he argued, was its length.",
        "“Nobody wants to sit for four hours,” he said.",
    )
    assert quote_starting(quotes, "Nobody wants")["speaker"] == "Dan Moss"


def test_a_parenthetical_pronoun_with_a_partial_quote():
    _, quotes = quotes_of(
        "Opposition leader Tom Reed set out his plans on Friday. “We will cut taxes,” he said.",
        "Mr Hale has failed to fix the railways, he claimed, saying he had the “wrong plan” for them.",
    )
    assert quote_starting(quotes, "wrong plan")["speaker"] == "Tom Reed"


def test_a_pronoun_inside_a_clause_a_cue_reports_keeps_its_subject():
    _, quotes = quotes_of(
        "In a memo on Tuesday, campaign manager Rob Dane conceded the two rivals had split the first votes, "
        "which is an outcome, he said, “we had long expected.”",
    )
    assert quote_starting(quotes, "we had long")["speaker"] == "Rob Dane"
