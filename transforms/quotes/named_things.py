"""Capitalised runs that name a thing or a body, not a person, by the words around them.

``names_a_thing`` matches, in this order:

1. a run whose name starts right after a capitalised determiner in it ("The Boys Choir of Harlem got", "Under My
   Ask Jeeves users");
2. a run whose name opens it, right after a lower-case determiner ("a Franck Muller watch", "the Wimbledon
   Championships").

``after_speech_cue``: a word right after a reporting verb ("said Sotherton") is where a speaker is named, which
says nothing of whether a person or a body speaks (``entities.ArticleEntities.is_organisation``).

A title or an office stripped before the name ("the Rev Jesse Jackson", "the Prime Minister Tony Blair") keeps
the run a person's: the determiner belongs to the title. ``names.ArticleNames`` leaves such mentions out of the
people a "he" or "she" can stand for.
"""

import re

from transforms.quotes.lexicon import CUE_SET, THING_DETERMINERS

DETERMINER_BEFORE = re.compile(r"\b(\w+)\s+$")
WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")


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


def after_speech_cue(text: str, at: int) -> bool:
    """``text[at:]`` follows a reporting verb: "“…,” said Sotherton"."""
    before = WORD_BEFORE.search(text, max(at - 16, 0), at)
    return before is not None and before.group(1) in CUE_SET
