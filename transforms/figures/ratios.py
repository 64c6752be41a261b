"""Ratios: "one in eight households", "1 in 4", "nine out of 10 people" are one figure, the share.

Read right after a number core, before its unit: the core is the numerator, and
"in", "in every", "out of" or "out of every" with a second number follow. The
figure then runs to the end of the second number and its value is the share
(0.125, 0.25, 0.9); its counted noun is read after the second number, as for any
number. After a bare "in" or "out of" the numerator is one ("one in five"; "three
in four games" counts goals in games, "scored 7 out of 10 penalties" penalties);
after "in every", and after "out of" at the start of a sentence or after a
qualifier ("Nine out of 10 people", "nearly two out of three"), any whole numerator
not above the second number is a share. The second number is no ratio's
when it is a year ("one in 2004") or has a unit ("one in 10 minutes", "one in 10%").
"""

import re
from typing import Final

from transforms.figures.cues import qualifier_before
from transforms.figures.figure import Figure, sentence_start
from transforms.figures.numbers import NUMBER_RE, core
from transforms.figures.units import unit_at

_LINK_RE: Final = re.compile(
    r"(?i)[ \u00a0]+(?:(?P<every>(?:in|out[ \u00a0]+of)[ \u00a0]+every)|(?P<out_of>out[ \u00a0]+of)|in)[ \u00a0]+(?=[\da-z])"
)
_LINK_INITIALS: Final = {"i", "I", "o", "O"}


def read_ratio(text: str, figure: Figure) -> bool:
    """Make ``figure`` (a numerator) the ratio it opens, if it opens one; whether it did."""
    numerator = figure.value
    end = figure.number_end
    if (
        numerator is None or text[end + 1:end + 2] not in _LINK_INITIALS or numerator != int(numerator) or numerator < 1
        or figure.currency or figure.has_unit or figure.scale != 1 or figure.is_fraction()
        or numerator != 1 and text[end + 1:end + 4].lower() != "out" and text[end + 1:end + 9].lower() != "in every"
    ):
        return False
    link = _LINK_RE.match(text, end)
    if link is None or numerator != 1 and not (
        link.group("every") or link.group("out_of") and (sentence_start(text, figure.start) or qualifier_before(text, figure))
    ):
        return False
    match = NUMBER_RE.match(text, link.end())
    denominator = core(text, match) if match else None
    if (
        denominator is None or denominator.value is None or denominator.currency or denominator.sign or denominator.vague
        or denominator.year_like or denominator.is_fraction() or denominator.value < max(2.0, numerator)
    ):
        return False
    unit = unit_at(text, denominator.number_end)
    if unit is not None:
        return False  # "one in 10%", "one in 10 minutes"
    figure.value = numerator / denominator.value
    figure.end = figure.number_end = denominator.number_end
    figure.scale = 1.0
    return True
