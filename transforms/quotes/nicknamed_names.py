"""A person named with a nickname in quotation marks between their names: 'Rep. Robert C. "Bobby" Scott', 'state Del.
Marcia "Cia" Price'.

The quotation marks cut the capitalised run, so the name scan reads "Robert C." and "Scott" apart, and a later "Scott"
or "Price" finds no fuller form, while "Robert C." reads as a name of its own. ``nicknamed_names`` gives each such
person's given names and surname: a capitalised given name (and a middle initial), the nickname of one or two
capitalised words in straight or curly double marks, then the surname.
"""

import re
from typing import Final

NICKNAMED: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.])(?P<given>[A-Z][a-z]+(?:\s[A-Z]\.)?)\s[\"“][A-Z][\w.’'\-]*(?:\s[A-Z][\w.’'\-]*)?[\"”]\s(?P<surname>[A-Z][a-z][\w’'\-]*)"
)


def nicknamed_names(text: str) -> list[tuple[str, str]]:
    """The given names and surname, nickname left out, of each person ``text`` names with a quoted nickname
    (("Robert C.", "Scott"))."""
    return [(found.group("given"), found.group("surname")) for found in NICKNAMED.finditer(text)] if "\"" in text or "“" in text else []
