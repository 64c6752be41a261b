"""The figures stage: the figures of every paragraph, each with value, unit, qualifier and offsets.

See the package docstring for the order in which the rules run.
"""

from typing import Final

import polars as pl

from transforms import frames
from transforms.figures.contacts import is_street_address, phone_spans
from transforms.figures.counted import read_counted_noun
from transforms.figures.figure import Figure
from transforms.figures.models import drop_named_models, names_a_model
from transforms.figures.filters import is_idiom, is_idiomatic_one, is_label, is_part_of_name
from transforms.figures.implied_counts import read_implied_counts
from transforms.figures.numbers import core, number_at
from transforms.figures.qualifiers import qualify, read_predicate
from transforms.figures.ranges import join_ranges
from transforms.figures.ratios import read_ratio
from transforms.figures.result_lines import find_result_lines
from transforms.figures.scores import find_scores
from transforms.figures.timings import find_timings
from transforms.figures.titles import is_work_title
from transforms.figures.starts import (
    CANDIDATE_PATTERN, NUMBER_WORD_PATTERN, code_point_offsets, number_start_offsets, start_positions,
)
from transforms.figures.units import mark_index_levels, read_bare_age, read_unit, share_units

# The fields of each figure that come from the rules, offsets paragraph-local (see extract_figures).
_LOCAL_COLUMNS: Final = {
    "local_start": pl.Int64, "local_end": pl.Int64, "value": pl.Float64, "value_low": pl.Float64, "value_high": pl.Float64,
    "qualifier": pl.String, "direction": pl.String, "unit": pl.String, "category": pl.String, "predicate": pl.String,
    "local_unit_start": pl.Int64, "local_unit_end": pl.Int64, "counted": pl.String, "score_first": pl.Int64, "score_second": pl.Int64,
}


def scan(text: str, number_words: bool, start_offsets: list[int] | None) -> list[Figure]:
    """All single figures in one paragraph, before ranges are joined."""
    figures = []
    models: set[str] = set()  # digits that name a model in this paragraph (``models``)
    lowered = text.lower() if number_words else text
    offsets = code_point_offsets(text, sorted(start_offsets)) if start_offsets is not None else None
    covered = 0
    for start in start_positions(lowered, number_words, offsets):
        if start < covered or (start and lowered[start - 1].isalpha() and lowered[start].isalpha()):
            continue
        match = number_at(text, start, covered)
        if not match:
            continue
        covered = match.end()
        figure = core(text, match)
        if figure is None:
            continue
        covered = max(covered, figure.number_end)  # a mixed number's fraction is inside it: "1-1/2"
        ratio = read_ratio(text, figure)
        if ratio:
            covered = figure.number_end
        read_unit(text, figure, match if figure.number_end == match.end() else None)
        if not figure.has_unit:
            read_counted_noun(text, figure)
        words = None if ratio else match.group("words")
        if names_a_model(text, figure):
            models.add(text[figure.number_start:figure.number_end])
            continue
        if (
            is_part_of_name(text, figure) or is_idiomatic_one(text, figure, words) or is_idiom(text, figure, words)
            or is_label(text, figure) or is_street_address(text, figure) or is_work_title(text, figure)
        ):
            continue
        if figure.category is None:
            figure.category = "other"
        read_bare_age(text, figure)
        figures.append(figure)
    return drop_named_models(text, figures, models) if figures else figures


def _inside_any(figure: Figure, spans: list[tuple[int, int]]) -> bool:
    return any(start <= figure.start and figure.end <= end for start, end in spans)


def paragraph_figures(text: str, number_words: bool, start_offsets: list[int] | None) -> list[Figure]:
    """The finished figures of one paragraph (paragraph-local offsets).

    ``number_words=False`` promises that the text has no match of ``NUMBER_WORD_PATTERN``;
    ``start_offsets`` are its byte offsets from ``number_start_offsets``.
    """
    # figures of their own, whose numbers no other rule reads
    scores = find_scores(text) + find_timings(text) + find_result_lines(text)
    single = scan(text, number_words, start_offsets)
    phones = phone_spans(text)
    if phones:  # a phone number states no amount
        scores = [score for score in scores if not _inside_any(score, phones)]
        single = [figure for figure in single if not _inside_any(figure, phones)]
    if scores:
        single = [figure for figure in single if not any(score.start < figure.end and figure.start < score.end for score in scores)]
    found = join_ranges(text, single)
    share_units(text, found)
    read_implied_counts(text, found)
    mark_index_levels(text, found)
    previous = None
    for figure in found:
        qualify(text, figure, previous)
        if figure.category == "count":
            read_predicate(text, figure)
        previous = figure
    return sorted(found + scores, key=lambda figure: figure.start) if scores else found


def figures_in_text(text: str) -> list[dict]:
    """Figures of one paragraph as dicts with paragraph-local offsets (``local_start``, ``local_end``)."""
    return [
        {
            "local_start": figure.start, "local_end": figure.end, "text": text[figure.start:figure.end],
            "value": figure.value, "value_low": figure.low, "value_high": figure.high,
            "qualifier": figure.qualifier, "direction": figure.direction, "unit": figure.unit,
            "category": figure.category, "predicate": figure.predicate,
            "unit_start": figure.unit_start, "unit_end": figure.unit_end if figure.unit_start is not None else None,
            "counted": figure.counted if figure.category == "count" else None,
            "score_first": figure.score_first, "score_second": figure.score_second,
        }
        for figure in paragraph_figures(text, True, pl.select(number_start_offsets(pl.lit(text))).to_series().to_list()[0])
    ]


def extract_figures(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Figures of every non-boilerplate paragraph, with document offsets.

    ``unit_start``/``unit_end`` are the document offsets of the unit or counted noun
    phrase; ``counted`` is that phrase for counts ("public housing properties").
    """
    candidates = paragraphs.filter(
        ~pl.col("is_boilerplate") & pl.col("text").str.contains(CANDIDATE_PATTERN)
    ).select(
        "paragraph_id", "article_id", "document_id", "start_char", "text",
        number_words=pl.col("text").str.contains(NUMBER_WORD_PATTERN),
        start_offsets=number_start_offsets(pl.col("text")),
    )
    # Only what the rules read crosses into Python, and only the figures' own fields come
    # back: ids, document offsets and texts are computed on the frame, with no Python
    # object per figure beyond the Figure itself.
    texts: list[str] = candidates["text"].to_list()
    number_words: list[bool] = candidates["number_words"].to_list()
    start_offsets: list[list[int] | None] = candidates["start_offsets"].to_list()
    paragraph_rows: list[int] = []
    found: list[Figure] = []
    for index in range(len(texts)):
        for figure in paragraph_figures(texts[index], number_words[index], start_offsets[index]):
            paragraph_rows.append(index)
            found.append(figure)
    if not found:
        return frames.empty(frames.FIGURES)
    local = pl.DataFrame(
        {
            "local_start": [figure.start for figure in found],
            "local_end": [figure.end for figure in found],
            "value": [figure.value for figure in found],
            "value_low": [figure.low for figure in found],
            "value_high": [figure.high for figure in found],
            "qualifier": [figure.qualifier for figure in found],
            "direction": [figure.direction for figure in found],
            "unit": [figure.unit for figure in found],
            "category": [figure.category for figure in found],
            "predicate": [figure.predicate for figure in found],
            "local_unit_start": [figure.unit_start for figure in found],
            "local_unit_end": [figure.unit_end if figure.unit_start is not None else None for figure in found],
            "counted": [figure.counted if figure.category == "count" else None for figure in found],
            "score_first": [figure.score_first for figure in found],
            "score_second": [figure.score_second for figure in found],
        },
        schema=_LOCAL_COLUMNS,
    )
    paragraph = candidates.select("paragraph_id", "article_id", "document_id", "start_char", "text")[paragraph_rows]
    start, end, base = pl.col("local_start"), pl.col("local_end"), pl.col("start_char")
    return pl.concat([paragraph, local], how="horizontal").select(
        figure_id=pl.format("{}-f{}", "paragraph_id", start),
        document_id="document_id",
        article_id="article_id",
        paragraph_id="paragraph_id",
        start_char=base + start,
        end_char=base + end,
        text=pl.col("text").str.slice(start, end - start),
        value="value",
        value_low="value_low",
        value_high="value_high",
        qualifier="qualifier",
        direction="direction",
        unit="unit",
        category="category",
        predicate="predicate",
        unit_start=base + pl.col("local_unit_start"),
        unit_end=base + pl.col("local_unit_end"),
        counted="counted",
        score_first="score_first",
        score_second="score_second",
    )
