"""Misspelled surnames: a lone surname nobody in the article is named in full with, one letter away from the
surname of a person the article does name in full ("Mr Barot" after "Jacques Barrot", "Keidis" after "Anthony
Kiedis"). News copy misspells names it has just written correctly; the reader takes the one person meant.

Matches a surname of at least ``SHORTEST`` letters against the surnames of people named in full: same first letter,
one edit apart (a letter added, dropped or changed, or two neighbours swapped), never a plural or possessive "s"
("Clintons", "Republicans"). Only a single fitting surname counts: two make it ambiguous.
"""

from collections.abc import Iterable
from typing import Final

SHORTEST: Final = 5  # "Bush"/"Rush", "Reid"/"Read": short surnames one letter apart are usually two people


def one_edit_apart(word: str, other: str) -> bool:
    """``word`` and ``other`` differ by one inserted, dropped or changed letter, or by two neighbours swapped."""
    if len(word) == len(other):
        diffs = [index for index in range(len(word)) if word[index] != other[index]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == other[diffs[1]] and word[diffs[1]] == other[diffs[0]]
        )
    shorter, longer = (word, other) if len(word) < len(other) else (other, word)
    if len(longer) - len(shorter) != 1:
        return False
    return any(longer[:index] + longer[index + 1 :] == shorter for index in range(len(longer)))


def misspelled_surname(word: str, surnames: Iterable[str]) -> str | None:
    """The one surname in ``surnames`` that ``word`` misspells, else None."""
    if len(word) < SHORTEST or not word[:1].isupper():
        return None
    found = None
    for surname in surnames:
        if surname == word or surname[:1] != word[:1] or abs(len(surname) - len(word)) > 1:
            continue
        if surname + "s" == word or word + "s" == surname or not one_edit_apart(word, surname):
            continue
        if found is not None:
            return None
        found = surname
    return found
