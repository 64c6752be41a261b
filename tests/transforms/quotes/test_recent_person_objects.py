"""A person taken up by recency is no name that is a preposition's object (``names.recent_person``)."""

from tests.transforms.quotes.support import quotes_of


def test_a_show_after_a_preposition_is_passed_over():
    _, quotes = quotes_of(
        "One woman, Rosa Lind, found her sister in the square live on Meeting Point. She had not seen her for 28 years. "
        "“When we met, we cried,” she told the show."
    )
    assert quotes[0]["speaker"] == "Rosa Lind"


def test_the_agent_of_a_passive_still_counts():
    _, quotes = quotes_of("The fears were echoed by Carol Hume, head of the fair. “We are careful,” she said.")
    assert quotes[0]["speaker"] == "Carol Hume"
