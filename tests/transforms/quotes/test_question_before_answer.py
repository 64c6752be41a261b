"""A question the writer puts is passed over when a quotation opening the next sentence looks back for its speaker."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_the_reporter_in_a_narrative_question_does_not_speak_the_answer():
    _, quotes = quotes_of(
        'Campaign adviser Sam Ortiz has joined the party. "I like a fight," he said.',
        'So is the party there to wreck the Greens, as former member Ann Lee once declared? "No. We want to win seats."',
    )
    quote = quote_starting(quotes, "No. We want")
    assert quote["speaker"] != "Ann Lee"


def test_a_statement_before_the_quotation_still_gives_its_reporter():
    _, quotes = quotes_of(
        'Campaign adviser Sam Ortiz has joined the party.',
        'Party leader Ann Lee declared the campaign open. "We want to win seats."',
    )
    quote = quote_starting(quotes, "We want")
    assert quote["speaker"] == "Ann Lee"

