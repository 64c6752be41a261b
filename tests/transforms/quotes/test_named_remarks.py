"""A quotation between a determiner and a noun for a remark ("the “…” comment") names an earlier remark by its
words: a scare quote, not words of the person the sentence reports."""

from tests.transforms.quotes.support import quotes_of


def test_a_remark_named_by_its_words_is_scare():
    _, quotes = quotes_of(
        "On the radio, Mary Stone was asked about the “not good enough” comment.",
        "Peter Vance said on Sunday that the \"cash for votes\" line came from his rival.",
    )
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("scare", None), ("scare", None)]


def test_an_owned_remark_or_a_remark_noun_used_otherwise_is_left_alone():
    _, quotes = quotes_of(
        "Mary Stone called the plan a “shambles” in comments to reporters.",
    )
    assert [(quote["kind"], quote["speaker"]) for quote in quotes] == [("direct", "Mary Stone")]
