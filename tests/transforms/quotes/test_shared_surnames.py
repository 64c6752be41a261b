"""A lone surname two people of the article share names the person written just before it, else the one the
headline names, else the one the article first names as no preposition's object."""

from tests.transforms.quotes.support import quote_starting, quotes_of

FILLER = "The hall was full long before the doors opened, and the queue stretched around the block into the rain. " * 3


def test_a_lone_surname_far_from_the_spouse_named_last_is_the_person_the_article_is_about():
    _document, quotes = quotes_of(
        "Senator Maria Holt opened her campaign in Dayton on Monday.",
        "Holt and her husband, the former governor Frank Holt, toured a factory. " + FILLER,
        '"We will win this state," Holt said.',
    )
    assert quote_starting(quotes, "We will win")["speaker"] == "Maria Holt"


def test_a_lone_surname_just_after_the_other_full_name_is_that_person():
    _document, quotes = quotes_of(
        "Senator Maria Holt opened her campaign in Dayton on Monday. " + FILLER,
        'Frank Holt spoke to voters outside. "She is ready," Holt said.',
    )
    assert quote_starting(quotes, "She is ready")["speaker"] == "Frank Holt"


def test_the_brother_named_after_a_preposition_is_not_whom_a_lone_surname_names():
    _document, quotes = quotes_of(
        "A new talent contest for poets has begun with the help of the brother of Simon Pell.",
        "Writer Tony Pell is among the judges. " + FILLER,
        '"Poetry needs new readers," said Pell.',
    )
    assert quote_starting(quotes, "Poetry needs")["speaker"] == "Tony Pell"


def test_kin_named_in_full_just_before_is_not_whom_the_lone_surname_names():
    _document, quotes = quotes_of(
        "Former President Frank Holt criticised the new law during a campaign stop for his wife Maria Holt.",
        "During the rally Monday, the former president said the law is causing premiums to rise.",
        '"It doesn\'t make any sense," Holt said.',
    )
    assert quote_starting(quotes, "It doesn't make")["speaker"] == "Frank Holt"
