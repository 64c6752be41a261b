"""Quotations reused across articles: word for word, lightly edited, and never by chance."""

import polars as pl

from transforms.marts import quote_reuse

KACZYNSKI = "I think that it is necessary to have a peace mission, which will operate on Ukrainian territory,"


def quotes(*rows: tuple[str, str, str]) -> pl.DataFrame:
    """(quote_id, article_id, text), in the order they appeared."""
    return pl.DataFrame([(quote_id, article, text, order) for order, (quote_id, article, text) in enumerate(rows)], schema=quote_reuse.QUOTES, orient="row")


def groups(matches: pl.DataFrame) -> list[set[str]]:
    return sorted((set(group) for group in matches.group_by("reuse_id").agg("quote_id")["quote_id"].to_list()), key=min)


def test_the_same_words_in_two_articles_are_one_quotation_whatever_the_punctuation():
    found = quote_reuse.reuse(quotes(("q1", "a1", KACZYNSKI), ("q2", "a2", KACZYNSKI.replace(",", "").upper()), ("q3", "a3", "Something else entirely here")))
    assert groups(found) == [{"q1", "q2"}]
    assert found["similarity"].to_list() == [1.0, 1.0]


def test_a_lightly_edited_quotation_joins_with_its_similarity_to_the_first():
    edited = KACZYNSKI.replace("I think that it", "I think it")
    found = quote_reuse.reuse(quotes(("q1", "a1", KACZYNSKI), ("q2", "a2", edited)))
    assert groups(found) == [{"q1", "q2"}]
    similarity = dict(found.select("quote_id", "similarity").iter_rows())
    assert similarity["q1"] == 1.0 and 0.5 <= similarity["q2"] < 1.0


def test_the_first_appearance_names_the_group():
    first = quote_reuse.reuse(quotes(("q1", "a1", KACZYNSKI), ("q2", "a2", KACZYNSKI)))["reuse_id"].unique().to_list()
    second = quote_reuse.reuse(quotes(("q2", "a2", KACZYNSKI), ("q1", "a1", KACZYNSKI)))["reuse_id"].unique().to_list()
    assert len(first) == 1 and first != second


def test_short_quotes_and_repeats_within_one_article_are_not_reuse():
    found = quote_reuse.reuse(quotes(("q1", "a1", "hell"), ("q2", "a2", "hell"), ("q3", "a3", KACZYNSKI), ("q4", "a3", KACZYNSKI)))
    assert found.is_empty()


def test_different_quotations_sharing_a_few_words_stay_apart():
    found = quote_reuse.reuse(quotes(
        ("q1", "a1", "We will try again and again to deliver to our people what they need"),
        ("q2", "a2", "We will never accept the occupation of our land by anyone at all"),
    ))
    assert found.is_empty()
