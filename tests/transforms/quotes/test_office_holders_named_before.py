"""A definite office the article gives no one, right after a sentence whose subject is a person the article quotes,
is that person (``role_holders``): "Reid would not say …. The minority leader said flatly: “…”"."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_an_office_no_one_is_named_in_is_the_subject_of_the_sentence_before():
    _, quotes = quotes_of(
        "Molloy: never underestimate Hart",
        "Dan Molloy has some advice for his party: do not underestimate Jo Hart.",
        "Hart could bring voters back, and Hart could win the state. Hart leads in the polls.",
        '"Never count him out," Molloy said in an interview on Monday.',
        "Still, Molloy would not say whether he would rather face Hart or Sen. Tim Lowe (R-Ohio). "
        'The minority leader said flatly: "It does not matter."',
    )
    assert quote_starting(quotes, "It does not matter")["speaker"] == "Dan Molloy"


def test_an_office_the_article_names_someone_in_is_left_to_that_holder():
    _, quotes = quotes_of(
        "Molloy: never underestimate Hart",
        "Dan Molloy has some advice for his party: do not underestimate Jo Hart. Minority Leader Ann Pryce agreed.",
        "Hart could bring voters back, and Hart could win the state. Hart leads in the polls.",
        '"Never count him out," Molloy said in an interview on Monday.',
        "Still, Molloy would not say whether he would rather face Hart or Sen. Tim Lowe (R-Ohio). "
        'The minority leader said flatly: "It does not matter."',
    )
    assert quote_starting(quotes, "It does not matter")["speaker"] != "Dan Molloy"


def test_an_office_beside_the_person_named_in_its_own_sentence_is_someone_else():
    _, quotes = quotes_of(
        "Disc pirate jailed",
        "Dan Molloy, 44, from Leeds was found guilty of two offences last month, and sentenced at Leeds Crown Court on "
        'Tuesday. Molloy, who made £2,000 a month from the trade, was called "one of the biggest pirates in the north" by '
        "the sentencing judge. The industry body worked for two years on the case.",
        "An operation was launched against Molloy in 2002.",
    )
    assert quote_starting(quotes, "one of the biggest")["speaker"] != "Dan Molloy"


def test_a_quoted_title_before_a_role_and_name_opens_the_sentence_before():
    _, quotes = quotes_of(
        '"Night Shift" star Ann Pryce opened up about being called a "real woman" in a blog post.',
        'The actress explained why the phrase is a "backhanded compliment."',
    )
    assert quote_starting(quotes, "backhanded")["speaker"] == "Ann Pryce"
