""""it", "the group" or "a report" that no nearby body answers falls back to the body the article names most only when
that body is named within two paragraphs of the mention; further off it is more often a campaign, a website or a
crowd the article names another way, and the speaker is left unknown."""

from tests.transforms.quotes.support import quote_starting, quotes_of, quotes_of_article


def test_it_paragraphs_away_from_the_most_named_body_is_no_one():
    _, quotes = quotes_of(
        "Thousands of students rallied at Northfield College on Saturday.",
        "Many of the marchers study at Northfield College or live nearby.",
        "The march went on past the town hall and the railway station.",
        "Organisers said they expected more people next week.",
        "Jo Hart's campaign put out a short note late on Sunday.",
        "In it, it said, “the rally was a turning point” for the movement.",
    )
    assert quote_starting(quotes, "the rally")["speaker"] is None


def test_a_report_in_the_lead_is_the_body_named_in_the_next_paragraph():
    _, quotes = quotes_of_article(
        "Rural buses 'close to collapse'",
        "Rural bus services are being cut in many counties, a report says.",
        "The National Bus Council found that one route in five had been cut since 2019.",
        "Passengers in the north were worst hit, according to the National Bus Council.",
    )
    assert quote_starting(quotes, "close to collapse")["speaker"] == "National Bus Council"


def test_the_firm_next_to_the_most_named_body_is_that_body():
    _, quotes = quotes_of(
        "Shares in Harbour Mutual Bank fell sharply on Tuesday.",
        "Savers have left Harbour Mutual Bank for online rivals.",
        "The firm warned of “difficult months ahead” for savers.",
    )
    assert quote_starting(quotes, "difficult months")["speaker"] == "Harbour Mutual Bank"


def test_it_that_finds_no_body_leaves_a_participle_to_no_one():
    _, quotes = quotes_of(
        "Senator Jo Hart spoke in Ohio on Monday. The Daily Ledger covered the speech.",
        "The Daily Ledger has backed Hart's rival before, and the Daily Ledger backed him again this spring.",
        "Hart's rival has long been a careful planner.",
        "He knows the details of farm policy.",
        "He has worked with both parties for years.",
        "Meanwhile, it attacked Hart, saying she “has insulted farmers and veterans alike” on the trail.",
    )
    assert quote_starting(quotes, "has insulted")["speaker"] is None
