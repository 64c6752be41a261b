"""Result lines: two teams, each with its score, joined by a comma ("Wild 4, Sabres 1", "Arsenal 2, Chelsea 1").

A result line opens a paragraph or a sentence, or follows a colon or a dash ("Final: Wild 4,
Sabres 1"), and names two sides, each of one to three capitalised words followed by a whole
number; the winner is written first, so the first number is never the smaller. That keeps out
the lines of goal scorers, whose minutes rise ("Terry 17, Gudjohnsen 46"), and lists that go on
("Cruz 1, Kasich 2, Rubio 3", "Doom 3, Half Life 2 and Halo 2"). The figure spans both sides,
its score in the order written, as ``scores`` gives it.
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.figure import Figure, sentence_start

_NAME: Final = r"[A-Z][\w.'’&-]*(?:[ \u00a0][A-Z][\w.'’&-]*){0,2}"
_RESULT_LINE_RE: Final = re.compile(
    rf"(?<![\w.'’&-])(?P<first_name>{_NAME})[ \u00a0](?P<first>0|[1-9]\d{{0,2}}),[ \u00a0]"
    rf"(?P<second_name>{_NAME})[ \u00a0](?P<second>0|[1-9]\d{{0,2}})"
    r"(?![\w%/]|[.,:]\d|,[ \u00a0]+[A-Z]|[ \u00a0]+(?:and|or|&|[-–])[ \u00a0])"
)
_OPENS_AFTER_RE: Final = re.compile(r"(?:[:;—–]|\s-)[ \u00a0]*$")
_LARGEST_SCORE: Final = 200


def find_result_lines(text: str) -> list[Figure]:
    """Every result line of a paragraph, one score figure each, in text order."""
    if not _has_number_comma_capital(text):
        return []
    found = []
    for line in _RESULT_LINE_RE.finditer(text):
        first, second = int(line.group("first")), int(line.group("second"))
        start = line.start()
        if first < second or first > _LARGEST_SCORE:
            continue
        if not (sentence_start(text, start) or _OPENS_AFTER_RE.search(text, max(0, start - 3), start)):
            continue
        names = (line.group("first_name").split()[-1].lower(), line.group("second_name").split()[-1].lower())
        if any(name in lex.LABEL_WORDS or name in lex.PHRASE_STOPWORDS for name in names):
            continue  # "Windows 8, Office 3": a name that numbers a thing
        figure = Figure(start, line.end(), None, False)
        figure.score_first, figure.score_second = first, second
        figure.category, figure.qualifier = "score", "exact"
        found.append(figure)
    return found


def _has_number_comma_capital(text: str) -> bool:
    """A cheap gate before the regex: a digit, a comma, a space and a capital ("4, Sabres")."""
    at = text.find(",", 1)
    while at > 0:
        if text[at - 1].isdigit() and text[at + 1:at + 2] in (" ", "\u00a0") and text[at + 2:at + 3].isupper():
            return True
        at = text.find(",", at + 1)
    return False
