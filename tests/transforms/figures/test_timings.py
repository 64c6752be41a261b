"""Timings written with colons: durations in seconds; clock times, references and ratios are none."""

import pytest

from transforms.figures import figures_in_text


def timings(sentence: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [(figure["text"], figure["value"], figure["unit"], figure["category"]) for figure in figures_in_text(sentence)]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("She won the 3,000m in 8:41.43 on Sunday.", [("3,000m", 3000.0, "metres", "distance"), ("8:41.43", 521.43, "seconds", "duration")]),
        ("His best of 1:48.3 came last year.", [("1:48.3", 108.3, "seconds", "duration")]),
        ("She ran the marathon in 2:17:18, a record.", [("2:17:18", 8238.0, "seconds", "duration")]),
        ("He was third (3:48.82).", [("3:48.82", 228.82, "seconds", "duration")]),
    ],
)
def test_a_timing_with_hundredths_or_hours_is_a_duration_in_seconds(sentence, expected):
    assert timings(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    ["The polls close at 10:30 tonight.", "Read John 3:16 first.", "The news broke at 10:30:15 GMT.", "Version 2:01.5a shipped."],
)
def test_a_clock_time_a_reference_or_a_code_is_no_timing(sentence):
    assert timings(sentence) == []


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Okafor won it 3:12 into overtime.", [("3:12", 192.0, "seconds", "duration")]),
        ("They were held scoreless over the last 6:05 of regulation.", [("6:05", 365.0, "seconds", "duration")]),
        ("With 0:48 left, the visitors pulled their goalie.", [("0:48", 48.0, "seconds", "duration")]),
        ("He tied it at 11:20 of the third period.", [("11:20", 680.0, "seconds", "duration")]),
        ("She came home fourth in a time of 33:07.", [("33:07", 1987.0, "seconds", "duration")]),
        ("Lund struck at 14:51 of the second, then 0:37 of OT.", [("14:51", 891.0, "seconds", "duration"), ("0:37", 37.0, "seconds", "duration")]),
    ],
)
def test_minutes_and_seconds_on_a_game_clock_or_as_a_race_time_are_a_duration(sentence, expected):
    assert timings(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["The meeting ran from 9:30 into the evening.", "Doors open at 7:15 tonight.", "We met at 9:30 of the first day."]
)
def test_a_time_of_day_before_other_words_is_no_timing(sentence):
    assert timings(sentence) == []
