"""The sender of a message named after "from" ("a post from Jo Hart") is someone a later "she wrote" takes up, though
recency passes over other objects of a preposition."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_she_wrote_after_a_post_from_a_named_woman_is_that_woman():
    _, quotes = quotes_of(
        "Mary Stone has criticised the Daily Post for covering Tom Reed's campaign.",
        "The paper said it would treat the campaign as news. However, that news will come with a slant, according to "
        "a post from Jane Cole.",
        "“We will not only cover the campaign but its impact on the race,” she wrote.",
    )
    assert quote_starting(quotes, "We will")["speaker"] == "Jane Cole"


def test_a_name_after_another_preposition_is_still_passed_over():
    _, quotes = quotes_of(
        "Mary Stone has criticised the plan. The council voted against Jane Cole's motion on Monday.",
        "“It is a sad day for the town,” she said.",
    )
    assert quote_starting(quotes, "It is")["speaker"] == "Mary Stone"
