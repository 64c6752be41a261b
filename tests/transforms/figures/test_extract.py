"""The figures stage as a whole: sentences of the sample articles, the frame, its offsets and ids."""

import polars as pl
import pytest

from tests.transforms.figures.support import only, paragraphs
from transforms import frames
from transforms.figures import extract_figures


SEED_FIGURES = [
    # sentence, figure text, value, low, high, qualifier, unit, category, predicate
    (
        "Oleg Nikolenko, the ministry's spokesman, said in a statement that 2,389 children were taken "
        "from their parents on a single day, March 19.",
        "2,389", 2389, 2389, 2389, "exact", "children", "count", "taken",
    ),
    (
        "On Sunday, 7,295 people were evacuated through four humanitarian corridors in the east and south, he said.",
        "7,295", 7295, 7295, 7295, "exact", "people", "count", "evacuated",
    ),
    (
        "That includes some 4,000 residents of the embattled southern port city of Mariupol who made it to safety.",
        "some 4,000", 4000, 4000, 4000, "approx", "residents", "count", None,
    ),
    (
        "But there have been few witness accounts of what the estimated 300,000 people trapped in the city have had to endure.",
        "the estimated 300,000", 300000, 300000, 300000, "approx", "people", "count", "trapped",
    ),
    (
        "City officials said at least eight people were killed, though the toll was likely to rise from the explosion.",
        "at least eight", 8, 8, None, "at_least", "people", "count", "killed",
    ),
    (
        "By 8 a.m. local time, the rescuers had pulled out six bodies and covered them with plastic.",
        "six", 6, 6, 6, "exact", "bodies", "count", None,
    ),
    (
        "Less than 40 miles from the Russian border and strategically located between a separatist enclave and Crimea.",
        "Less than 40 miles", 40, None, 40, "less_than", "miles", "distance", None,
    ),
    (
        "The British defense intelligence agency said on Monday that the bulk of those forces were more than 15 miles from the center.",
        "more than 15 miles", 15, 15, None, "more_than", "miles", "distance", None,
    ),
    (
        "The majority of the three million people who have fled Ukraine have passed through Lviv's train and bus stations.",
        "three million", 3_000_000, 3_000_000, 3_000_000, "exact", "people", "count", "fled",
    ),
    (
        "It had 100,000 inhabitants before the war, but there is no telling how many have fled and how many have died.",
        "100,000", 100000, 100000, 100000, "exact", "inhabitants", "count", None,
    ),
    (
        "the Russian bombing of an art school in the besieged coastal city of Mariupol on Sunday may have left up to 400 people trapped.",
        "up to 400", 400, None, 400, "up_to", "people", "count", "trapped",
    ),
    ("“For twenty days I was dying with it.", "twenty days", 20, 20, 20, "exact", "days", "duration", None),
    (
        "Kaczynski, a 72-year-old bachelor, is regarded by many as having a particular antipathy towards the Russian government.",
        "72-year-old", 72, 72, 72, "exact", "years", "age", None,
    ),
    (
        "“They are afraid for their families, afraid for their friends,” Denys Derchachev, 36, a doorman at the Citadel Inn, said.",
        "36", 36, 36, 36, "exact", "years", "age", None,
    ),
]


@pytest.mark.parametrize("sentence,text,value,low,high,qualifier,unit,category,predicate", SEED_FIGURES)
def test_figures_of_sample_article_sentences(sentence, text, value, low, high, qualifier, unit, category, predicate):
    figure = only(sentence, text)
    assert (figure["value"], figure["value_low"], figure["value_high"]) == (value, low, high)
    assert (figure["qualifier"], figure["unit"], figure["category"], figure["predicate"]) == (qualifier, unit, category, predicate)
    assert sentence[figure["local_start"]:figure["local_end"]] == text


def test_extract_figures_frame_offsets_and_schema():
    sentence = "On Sunday, 7,295 people were evacuated through four humanitarian corridors."
    document = "0123456789" + sentence
    figures = extract_figures(paragraphs({"d1": sentence}))
    assert figures.schema == pl.Schema(frames.FIGURES)
    assert figures["text"].to_list() == ["7,295", "four"]
    for row in figures.iter_rows(named=True):
        assert document[row["start_char"]:row["end_char"]] == row["text"]
        assert row["figure_id"] == f"d1-p1-f{row['start_char'] - 10}"
    assert figures["predicate"].to_list() == ["evacuated", None]


def test_boilerplate_and_numberless_paragraphs_give_the_empty_frame():
    frame = paragraphs({"d1": "Sign up for 3 newsletters.", "d2": "No numbers here."})
    frame = frame.with_columns(is_boilerplate=pl.col("document_id") == "d1")
    assert extract_figures(frame).equals(frames.empty(frames.FIGURES))
