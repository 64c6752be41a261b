"""A verb that judges a work before its title noun ("called the film “…”") makes the quotation a description of the
work, someone's words, not the work's title ("the film “…”" alone)."""

from tests.transforms.quotes.support import quotes_of


def test_a_judged_work_takes_words_not_a_title():
    _, quotes = quotes_of(
        "Radio boss Mary Stone called the show “the sharpest hour on air” on Monday.",
    )
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("direct", "Mary Stone")]


def test_a_title_after_its_noun_is_still_scare():
    _, quotes = quotes_of(
        "Mary Stone starred in the film \"Harbour Lights\" in 1998.",
    )
    assert [quote["kind"] for quote in quotes] == ["scare"]
