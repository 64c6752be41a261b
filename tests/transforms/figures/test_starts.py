"""The shortcuts that find number starts for a whole batch in Rust find what the Python regexes find."""

import re

import polars as pl
import pytest

from tests.transforms.figures.support import paragraphs
from transforms.figures import extract_figures, figures_in_text
from transforms.figures import starts
from transforms.figures.starts import NUMBER_WORD_PATTERN


TRICKY = [
    "Shares fell 5% to $12.30 on Monday after 2,389 orders were cancelled.",
    "a million, an eighth,  A  Dozen, a\u00a0hundred, an\n\nhundred, a few, an often, A fewer, half the flats",
    "-5, +.5, −.75, --3, .5, 1.5., x-5, minus 3, Minus-4, minus three, minus\u0663",
    "£5, €1bn, ¥30, ₹4, ₴2, ₽8, ₪6, US$7, HK $3, 30¢, 5\u00b2",
    "sixty, seventeen, seventy-seven, often, Tens of thousands, scores, hundreds, eighteen, tenth",
    "\u0130stanbul has two million people; \u212a is a unit; \u0663\u0664 is thirty-four; ſix",
    "Ⱥ one; élève one; naïve two; Öne; \u2019one\u2019; “ten”; _one; x1; one_two; déjà 3",
]


@pytest.mark.parametrize("text", TRICKY)
def test_number_starts_are_the_matches_of_the_start_regex(text):
    byte_offsets = pl.select(starts.number_start_offsets(pl.lit(text))).to_series().to_list()[0]
    offsets = starts.code_point_offsets(text, sorted(byte_offsets)) if byte_offsets is not None else None
    lowered = text.lower()
    assert starts.start_positions(lowered, True, offsets) == [found.start() for found in starts.START_RE.finditer(lowered)]
    if not re.search(starts.NUMBER_WORD_PATTERN, text):
        expected = [found.start() for found in starts.DIGIT_START_RE.finditer(text)]
        assert starts.start_positions(text, False, offsets) == expected


def test_the_candidate_filter_keeps_the_unicode_word_boundary():
    with_boundary = rf"(?i)\d|\b(?:{'|'.join(starts._SHORTEST_START_WORDS)})"
    texts = pl.Series([*TRICKY, "éone", "_two", "K one", "ſix", "Ⓐten", "1", "\u0663", "tenfold", "often", "x-ray ten"])
    assert texts.str.contains(starts.CANDIDATE_PATTERN).to_list() == texts.str.contains(with_boundary).to_list()


def test_the_batch_path_matches_one_paragraph_at_a_time():
    """extract_figures skips the number-word scan where the batch has none; the figures stay the same."""
    sentences = [
        "Shares fell 5% to $12.30 on Monday after 2,389 orders were cancelled.",
        "About 300 people and three dozen soldiers were evacuated; hundreds of others stayed.",
        "The index was down 1.3% at noon, at 4,577.10 points.",
        "He paid £1,400, a third of his savings, for 2 tickets.",
    ]
    assert [bool(re.search(NUMBER_WORD_PATTERN, sentence)) for sentence in sentences] == [False, True, False, True]
    frame = extract_figures(paragraphs({f"d{index}": sentence for index, sentence in enumerate(sentences)}))
    batch = [(row["document_id"], row["start_char"] - 10, row["text"], row["unit"], row["counted"]) for row in frame.iter_rows(named=True)]
    single = [
        (f"d{index}", figure["local_start"], figure["text"], figure["unit"], figure["counted"])
        for index, sentence in enumerate(sentences) for figure in figures_in_text(sentence)
    ]
    assert sorted(batch) == sorted(single) and len(single) >= 10


@pytest.mark.parametrize(
    "sentence,text",
    [
        ("About a fifth of the US workforce is unionised.", "About a fifth"),
        ("Scores of people were hurt.", "Scores"),
        ("It cost a trillion dollars.", "a trillion dollars"),
        ("An eighth of the staff left.", "An eighth"),
        ("A tenth of the budget went on fuel.", "A tenth"),
    ],
)
def test_the_candidate_filter_passes_every_number_word(sentence, text):
    """A paragraph whose only number is a word the filter once missed (fractions, "scores", "trillion")."""
    assert extract_figures(paragraphs({"d1": sentence}))["text"].to_list() == [text]


def test_the_candidate_filter_passes_every_text_with_a_number_start():
    texts = pl.Series([*TRICKY, "a sixth of it", "a few hundred", "several thousand", "trillions", "an eighth"])
    has_start = [starts.START_RE.search(text.lower()) is not None for text in texts]
    assert all(texts.str.contains(starts.CANDIDATE_PATTERN).to_list()[index] for index, found in enumerate(has_start) if found)
