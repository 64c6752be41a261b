"""Whom a bare definite office stands for when the article writes the office as a title: "the president" is the
"President Obama" of the article, not "World Bank President Jim Yong Kim".

``bare_title_holder`` takes, for an office of title words ("president", "prime minister"), the person the article
names right after those words capitalised ("President Obama", "Prime Minister Tony Blair") with no capitalised
word before them (a body's name makes another office of the same name; the title makes a lone surname a person's):
the latest before the mention, else the first after it. Asked before the role's words are matched against the people the article describes.
"""

import re
from typing import Final

from transforms.quotes.lexicon import TITLES
from transforms.quotes.names import ArticleNames

# A capitalised word right before a title: "World Bank President", "Acme Chief Executive".
BODY_BEFORE: Final = re.compile(r"[A-Z][\w&'’.\-]*\s+$")
BODY_REACH: Final = 40


def bare_title_holder(names: ArticleNames, office: str, position: int) -> str | None:
    """The person named after ``office`` written as a bare title, latest before ``position``, else first after."""
    title = [word.capitalize() for word in office.split()]
    if not title or not all(word in TITLES for word in title):
        return None
    names.scan()
    before = after = None
    for (at, full), (text, found) in zip(names.names, names.mentions):
        tokens = found.group().split()
        if (
            len(tokens) <= len(title) or tokens[:len(title)] != title or full.isupper()
            or BODY_BEFORE.search(text, max(found.start() - BODY_REACH, 0), found.start())
        ):
            continue
        if at <= position:
            before = full
        elif after is None:
            after = full
    return before or after
