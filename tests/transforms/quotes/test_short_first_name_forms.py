"""A name written with a short first name that the article's full first name opens ("Josh" of "Joshua") takes
the full form, as a lone surname does when both forms are written."""

from tests.transforms.quotes.support import quote_starting, quotes_of


def test_short_first_name_takes_the_full_one():
    _, quotes = quotes_of(
        "Flood warnings were issued across the valley this week.",
        "Nathaniel Brooke, a hydrologist at the state university, studied the river for a decade.",
        '"The banks cannot hold much more," said Nat Brooke.',
    )
    quote = quote_starting(quotes, "The banks")
    assert quote["speaker"] == "Nathaniel Brooke"


def test_lone_surname_with_both_forms_written_takes_the_full_one():
    _, quotes = quotes_of(
        "Flood warnings were issued across the valley this week.",
        "Nathaniel Brooke, a hydrologist at the state university, studied the river for a decade.",
        "Rain again on Sunday. — Nat Brooke (@natbrooke) May 3, 2021",
        '"The banks cannot hold much more," Brooke said.',
    )
    quote = quote_starting(quotes, "The banks")
    assert quote["speaker"] == "Nathaniel Brooke"
