"""A role phrase opening a clause whose preposition takes a body's name: "A prospective candidate for the Green
Party has resigned after admitting a “…”".

``sentence_subjects`` looks for the first name followed by a verb, and a name after "for", "of", "at", "with" or
"from" is one ("… the Green Party has resigned"), though it is the object of the preposition: the subject is the
determiner's phrase the name ends, whose head is a role noun ("candidate"), and ``speakers`` reads that phrase
as the body's role ("Green Party prospective candidate"). An owner's name may stand for the determiner
("China's ambassador to Britain accused …"). A head that is no role ("The price of Acme shares has risen") leaves
the name to the caller.
"""

import re
from typing import Final

from transforms.quotes.speakers import is_role_word

# A determiner or an owner's name ("China's ambassador to Britain"), one to four lower-case words and a
# preposition (with "the") right before the name.
ROLE_BEFORE_NAME: Final[re.Pattern[str]] = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)|\b[A-Z][\w\-]*['’]s)\s+(?P<role>(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)\s+(?:for|of|at|with|from|to)\s+(?:the\s+)?$"
)


def role_before_body(text: str, clause_start: int, name_start: int) -> int | None:
    """Where the role phrase that opens the clause at ``clause_start`` and ends in a preposition before the name at
    ``name_start`` begins, if it does: "A prospective candidate for the| Green Party"."""
    found = ROLE_BEFORE_NAME.search(text, max(clause_start, name_start - 80), name_start)
    if found is None or text[clause_start:found.start()].strip():
        return None
    return found.start() if is_role_word(found.group("role").split()[-1]) else None
