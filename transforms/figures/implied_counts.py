"""Counts whose noun is left out: "150,000 shoppers on Saturday and a further 100,000 on Sunday", "a population of 70,000".

Runs after ``units.share_units``, on single figures still left without a unit (category ``other``).
A number after "a further", "another", "an extra" or "an additional" adds to something already counted:
it takes the unit, category and counted noun of the nearest figure before it in the same sentence
that has a count or a measure ("four points behind Arsenal and a further five back" are points;
not a duration, which is rarely what is added to: "over 10 years, an extra five million lives");
with none, it is still a count. A number after "population of" is a count too (of people, left unnamed).
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.counted import looks_plural
from transforms.figures.figure import Figure

# "a further", "an extra", "an additional" right before the number ("another" is one word; ``lexicon.ADDED_AMOUNT_WORDS``).
_ADDED_AFTER_ARTICLE: Final = "|".join(sorted(lex.ADDED_AMOUNT_WORDS - {"another"}))
_ADDED_BEFORE_RE: Final = re.compile(rf"(?i)(?:(?<![a-z])an?\s+(?:{_ADDED_AFTER_ARTICLE})|(?<![a-z])another)\s+$")
# Up to two words of a bound may stand between ("a population of more than 1 billion", "of about 44 million").
_POPULATION_BEFORE_RE: Final = re.compile(r"(?i)(?<![a-z])population\s+of\s+(?:[a-z]+\s+){0,2}$")
_WORD_AFTER_RE: Final = re.compile(r"\s+([a-z]+)\b")
_SENTENCE_END_RE: Final = re.compile(r"[.!?][\"'’”)\]]*\s")


def read_implied_counts(text: str, figures: list[Figure]) -> None:
    """Give a bare number after "a further" or "population of" the count it continues (see the module docstring)."""
    for index, figure in enumerate(figures):
        if figure.unit is not None or figure.category != "other" or figure.value is None or figure.is_fraction():
            continue
        window = max(0, figure.start - 40)
        if _POPULATION_BEFORE_RE.search(text, window, figure.start):
            figure.category = "count"
            continue
        if not _ADDED_BEFORE_RE.search(text, window, figure.start):
            continue
        figure.category = "count"
        following = _WORD_AFTER_RE.match(text, figure.end)
        if following is not None and looks_plural(following.group(1)):
            continue  # "an extra five million lives": its own noun, which the counted phrase did not take
        for earlier in reversed(figures[:index]):
            if _SENTENCE_END_RE.search(text, earlier.end, figure.start):
                break
            if earlier.unit is not None and earlier.category in ("count", "other", "money", "distance"):
                figure.unit, figure.category, figure.counted = earlier.unit, earlier.category, earlier.counted
                break
