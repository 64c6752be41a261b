"""Result lines "Team N, Team M": one score figure, both sides in the order written; scorer lines and lists are none."""

import pytest

from transforms.figures import figures_in_text


def scores(sentence: str) -> list[tuple[str, int | None, int | None, str]]:
    return [
        (figure["text"], figure["score_first"], figure["score_second"], figure["category"])
        for figure in figures_in_text(sentence) if figure["category"] == "score"
    ]


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("Final: Otters 5, Herons 2.", [("Otters 5, Herons 2", 5, 2, "score")]),
        ("Kingsport Rovers 2, Ashby Town 2", [("Kingsport Rovers 2, Ashby Town 2", 2, 2, "score")]),
        ("Scores: Otters 3, Herons 1; Pumas 6, Lynx 4.", [("Otters 3, Herons 1", 3, 1, "score"), ("Pumas 6, Lynx 4", 6, 4, "score")]),
        ("Pumas 101, Lynx 96 was the night's last result.", [("Pumas 101, Lynx 96", 101, 96, "score")]),
    ],
)
def test_a_result_line_is_a_score(sentence, expected):
    assert scores(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Goals: Bakare 12, Lindqvist 58.",  # a scorer line: the minutes rise
        "Poll order: Ann Lee 1, Ben Cho 2, Cal Ruiz 3 and the rest.",  # a list goes on
        "Fans who finished Quest 4, Dungeon Saga 2 and Vault 2 will like it.",
        "We upgraded from Windows 8, Office 3.",
        "The team sold Harris 3, Kane 2 of its ageing stars.",  # not at a sentence's start
    ],
)
def test_a_scorer_line_a_list_or_names_with_numbers_are_no_result(sentence):
    assert scores(sentence) == []
