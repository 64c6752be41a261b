"""A role noun with the name it is given: before it ("Bayern spokesman") or after it ("spokesman for the Home Office"),
for ``entities.ArticleEntities.earlier_role``.

Each is matched where str.find finds the noun, with patterns of no particular noun, left to right and without
overlap, as ``finditer`` of the noun's own patterns would find them: ``\\b((?:[A-Z][\\w&’'\\-]*\\s+){1,4})<noun>\\b``
and ``\\b<noun>\\s+(?:for|at|from)\\s+(?:the\\s+)?(<organisation>)``. No pattern is compiled per noun: the re module
compiles in interpreted Python, and a process meets dozens of role nouns.
"""

import re

from transforms.quotes.named_things import SPACE, WORD_BOUNDARY

# The organisation after a role's preposition: "spokesman for the Home Office", "… for Marks and Spencer".
ROLE_ORGANISATION = r"[A-Z][\w&’'\-]*(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w&’'\-]*)*"
# One to four capitalised words, each with the spaces after it: the name before a role noun.
NAME_WORDS = re.compile(r"\b(?:[A-Z][\w&’'\-]*\s+){1,4}")
NAME_WORD_CHARACTER = re.compile(r"[\w&’'\-]")
# A preposition and the organisation after a role noun.
ORGANISATION_AFTER = re.compile(rf"\s+(?:for|at|from)\s+(?:the\s+)?({ROLE_ORGANISATION})")


def role_names(text: str, head: str) -> list[tuple[int, str, bool]]:
    """(start, name, whether the noun comes first) of each name given the role noun ``head``: the names before it
    in text order, then those after it."""
    return [(start, name, text.startswith(head, start)) for start, name in (*names_before(text, head), *names_after(text, head))]


def names_before(text: str, head: str) -> list[tuple[int, str]]:
    """(start, capitalised words with their spaces) of each "Bayern spokesman"."""
    found = []
    searched = 0  # where the last match ended: matches do not overlap
    at = text.find(head)
    while at >= 0:
        start = name_words_start(text, searched, at) if WORD_BOUNDARY.match(text, at + len(head)) else None
        if start is not None:
            found.append((start, text[start:at]))
            searched = at + len(head)
            at = text.find(head, searched)
        else:
            at = text.find(head, at + 1)
    return found


def name_words_start(text: str, floor: int, end: int) -> int | None:
    """The first offset from ``floor`` where ``NAME_WORDS`` runs exactly to ``end``: only name characters and spaces
    lie between them."""
    region = end
    while region > floor and (NAME_WORD_CHARACTER.match(text, region - 1) or SPACE.match(text, region - 1)):
        region -= 1
    for start in range(region, end):
        if "A" <= text[start] <= "Z" and NAME_WORDS.fullmatch(text, start, end):
            return start
    return None


def names_after(text: str, head: str) -> list[tuple[int, str]]:
    """(start of the noun, organisation) of each "spokesman for the Home Office"."""
    found = []
    at = text.find(head)
    while at >= 0:
        after = ORGANISATION_AFTER.match(text, at + len(head)) if WORD_BOUNDARY.match(text, at) else None
        if after is not None:
            found.append((at, after.group(1)))
            at = text.find(head, after.end())
        else:
            at = text.find(head, at + 1)
    return found
