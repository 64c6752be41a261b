"""A family role's lone first name in apposition before a cue: "Mr Begg's father, Azmat, said", "his wife,
Jane, 52, told".

The convention names a speaker by the fullest name the article writes, and the first name the apposition
gives is a name where the role before it is only a description. ``subjects.subject_before`` asks this
first: it matches a sentence part up to the cue that ends in an owner (a possessive pronoun or a name's
"'s"), a kinship noun (``entity_words.KINSHIP_WORDS``), a comma, one capitalised word, an optional age and
the closing comma. A run of two capitalised words is a full name the other rules read already.
"""

import re

from transforms.quotes.entity_words import KINSHIP_WORDS
from transforms.word_trie import word_alternation

KIN_NOUN = word_alternation(sorted(KINSHIP_WORDS))
KIN_FIRST_NAME = re.compile(
    rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w\-]*(?:'s|’s|s'|s’))\s+(?:late\s+|elder\s+|younger\s+|older\s+)?"
    rf"(?:{KIN_NOUN}),\s+(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:,\s+\d{{1,3}})?,$"
)


def kin_first_name(left: str) -> tuple[int, int] | None:
    """Span in ``left`` (the sentence up to the cue, its closing comma included) of the lone first name that
    a kinship noun's apposition gives, or None."""
    found = KIN_FIRST_NAME.search(left.rstrip())
    return found.span("name") if found else None


KIN_NOUN_BEFORE = re.compile(rf"\b(?:{KIN_NOUN}),\s+$")


def follows_kin_noun(text: str, at: int) -> bool:
    """The name at ``at`` in ``text`` is a kinship noun's apposition ("his wife, |Jane"): a person, though the
    article may write no more of the name."""
    return KIN_NOUN_BEFORE.search(text, max(at - 24, 0), at) is not None
