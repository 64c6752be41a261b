"""The person a sentence opens on as the holder of the view it states: "For Jo Hart, a director at Acme, the
future is …", "But to Mr Lee, the deal was …".

A name after "for" or "to" is a preposition's object, which ``pronoun_antecedents`` never takes for the subject a
later "he" or "she" stands for. When the preposition opens the sentence (after "And", "But", "Yet" or "So" at most)
and the name (after role words at most: "For Jupiter analyst Jo Hart") is set off by a comma, the sentence states
that person's view, so the next "he said" after it is that person's. Only a person the article names as one counts
(``Names.is_person``): "For Microsoft, the deal …" names a body, and "For the first time, …" no one.
"""

import re

from transforms.quotes.names import NAME

# "But for Allen Weiner, a research director …, the future …": the opening preposition, role words at most (no
# comma), the name, then a comma.
VIEWPOINT_OPENING = re.compile(
    rf"(?:(?:And|But|Yet|So)\s+(?:for|to)|For|To)\s+(?:[\w’'\-]+\s+){{0,4}}?(?P<name>{NAME.pattern}),"
)


def viewpoint_holder(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "For NAME," opening the sentence text[start:end], if any (``NAME`` groups: the name in ``name``)."""
    found = VIEWPOINT_OPENING.match(text, start, end)
    if found is None or "," in text[start:found.start("name")]:
        return None
    return found
