"""Timings written with colons, as race and lap times are: "won in 7:39.89", "a best of 2:17:18".

A time with hundredths or tenths of a second ("m:ss.hh", "h:mm:ss.h") or with three parts ("h:mm:ss") is a duration,
its value in seconds. Two parts are one only on a game's clock, before a word of the time played or left ("2:55 into
overtime", "the final 4:29 of regulation", "with 1:30 left", "at 4:29 of the second period"), or as a race's time
("in a time of 31:41"). Otherwise two parts ("at 10:30", "John 3:16", "a 3:1 ratio") are no timing: a clock time, a
reference or a ratio, which ``filters`` and ``ratios`` read. A time of day with three parts says so after it
("10:30:15 GMT") and is no timing either. As with scores, the numbers inside a timing are not read again by the
rules after it.
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.figure import Figure
from transforms.figures.filters import CLOCK_AFTER_RE

_TIMING_RE: Final = re.compile(
    r"(?<![\w:.,])(?P<first>\d{1,2}):(?P<second>[0-5]\d)(?::(?P<third>[0-5]\d))?(?:\.(?P<fraction>\d{1,2}))?(?![\w:%]|[.,]\d)"
)

_GAME_CLOCK_AFTER_RE: Final = re.compile(rf"[ \u00a0]+(?:{lex.GAME_CLOCK_AFTER})\b")
_RACE_TIME_BEFORE_RE: Final = re.compile(r"(?i)\btime\s+of\s+$")


def find_timings(text: str) -> list[Figure]:
    """Every timing in a paragraph, in text order."""
    if ":" not in text:
        return []
    timings = []
    for timing in _TIMING_RE.finditer(text):
        third, fraction = timing.group("third"), timing.group("fraction")
        if CLOCK_AFTER_RE.match(text, timing.end()) or third is None and fraction is None and not (
            _GAME_CLOCK_AFTER_RE.match(text, timing.end()) or _RACE_TIME_BEFORE_RE.search(text, max(0, timing.start() - 10), timing.start())
        ):
            continue
        first, second = int(timing.group("first")), int(timing.group("second"))
        seconds = first * 3600 + second * 60 + int(third) if third is not None else first * 60 + second
        figure = Figure(timing.start(), timing.end(), None, False)
        figure.value = seconds + (int(fraction) / 10 ** len(fraction) if fraction is not None else 0.0)
        figure.unit, figure.category, figure.qualifier, figure.has_unit = "seconds", "duration", "exact", True
        timings.append(figure)
    return timings
