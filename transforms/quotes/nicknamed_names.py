"""A person named with a nickname in quotation marks between their names: 'Rep. Robert C. "Bobby" Scott', 'state Del.
Marcia "Cia" Price'.

The quotation marks cut the capitalised run, so the name scan reads "Robert C." and "Scott" apart, and a later "Scott"
or "Price" finds no fuller form, while "Robert C." reads as a name of its own. ``nicknamed_names`` gives each such
person's given names and surname: a capitalised given name (and a middle initial), the nickname of one or two
capitalised words in straight or curly double marks, then the surname.
"""

import re
from typing import Final

# The nickname, from its opening mark (a first character sre can skip to), and the surname after it.
NICKNAME: Final[re.Pattern[str]] = re.compile(r"[\"“](?<=[a-z.] [\"“])[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*)?[\"”] (?P<surname>[A-Z][a-z][\w’'\-]*)")
# The given name (and a middle initial) right before the nickname's opening mark.
GIVEN_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?<![\w.])(?P<given>[A-Z][a-z]+(?: [A-Z]\.)?) $")


def nicknamed_names(text: str) -> list[tuple[str, str]]:
    """The given names and surname, nickname left out, of each person ``text`` names with a quoted nickname
    (("Robert C.", "Scott"))."""
    found = []
    for nickname in NICKNAME.finditer(text):
        given = GIVEN_BEFORE.search(text, max(0, nickname.start() - 24), nickname.start())
        if given is not None:
            found.append((given.group("given"), nickname.group("surname")))
    return found
