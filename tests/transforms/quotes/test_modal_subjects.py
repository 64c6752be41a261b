"""A name opening its sentence before a modal and its verb is the subject "he" or "she" after it can stand for."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_a_name_before_a_modal_is_what_he_stands_for():
    _, quotes = quotes_of(
        "Andy Roddick will play Cyril Saulnier in the final. “It's extremely frustrating,” admitted Tommy Haas. "
        "Saulnier will move into the world's top 50 for the first time. “It's taken a lot of work,” he revealed.",
    )
    assert quote_starting(quotes, "It's taken")["speaker"] == "Cyril Saulnier"


def test_a_modal_inside_a_quotation_names_no_subject():
    _, quotes = quotes_of(
        "Michael Howard spoke to the party. “If the teenage Michael Howard were applying today, Gordon Brown would love me.” "
        "And he stressed his party's commitment to cut taxes. “One day you will tell your children,” he said.",
    )
    assert quote_starting(quotes, "One day")["speaker"] == "Michael Howard"
