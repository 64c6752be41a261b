"""Capitalised runs that name a thing or a body, not a person, by the words around them.

``names_a_thing`` matches, in this order:

1. a run whose name starts right after a capitalised determiner in it ("The Boys Choir of Harlem got", "Under My
   Ask Jeeves users");
2. a run whose name opens it, right after a lower-case determiner ("a Franck Muller watch", "the Wimbledon
   Championships").

A title or an office stripped before the name ("the Rev Jesse Jackson", "the Prime Minister Tony Blair") keeps
the run a person's: the determiner belongs to the title. ``names.ArticleNames`` leaves such mentions out of the
people a "he" or "she" can stand for.
"""

import re

from transforms.quotes.lexicon import THING_DETERMINERS

DETERMINER_BEFORE = re.compile(r"\b(\w+)\s+$")


def names_a_thing(text: str, start: int, mention: str, name: str) -> bool:
    """The run ``mention`` at ``text[start:]``, whose name without titles is ``name``, follows a determiner."""
    tokens = mention.split()
    first = name.split(" ", 1)[0]
    if first not in tokens:
        return False
    index = tokens.index(first)
    if index > 0:  # "The Boys Choir", "Under My Ask Jeeves", but "the Rev Jesse Jackson": the determiner is the title's
        return tokens[index - 1].lower() in THING_DETERMINERS
    before = DETERMINER_BEFORE.search(text, max(start - 8, 0), start)
    return before is not None and before.group(1) in THING_DETERMINERS
