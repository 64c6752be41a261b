"""A short term a label gives a thing: ``scare`` (``classify`` rule 2, even in reported speech or with an agent).

Matches a short term (``classify.is_term``) or a title-cased label right after a participle of labelling
(``lexicon.LABELLING_VERBS``: "rated", "labelled", "marked", "stamped") whose noun comes right before it: "the
vast majority of them rated “confidential,”", "items labelled “Made in Britain”", "in a box labelled “medical
problem”", "emails labelled “top secret” by the department". The term is the label on the thing, nobody's words.
The word before the participle must be no subject that could be labelling with its own words: a pronoun but
"them" ("they labelled it “…”" has an object; "they labelled “…”" is theirs), a capitalised word (a name:
"Moody's rated"), or a noun for people ("critics labelled “…”", ``entity_words`` roles).
"""

import re
from typing import Final

from transforms.quotes.entity_words import GROUP_ROLES, PERSON_ROLES
from transforms.quotes.lexicon import LABELLING_VERBS
from transforms.quotes.marks import may_end_with, words_before_mark

LABELLED_BEFORE: Final[re.Pattern[str]] = re.compile(
    rf"\b(?P<noun>[a-z][\w\-]*)\s+(?:{'|'.join(LABELLING_VERBS)})\s*,?\s*$"
)
# How far before the quotation a match can start: a long noun and its participle.
LABELLED_REACH: Final = 40
# Subjects that would label with their own words.
SUBJECT_WORDS: Final[frozenset[str]] = frozenset({"he", "she", "they", "we", "i", "you", "who", "that", "which", "and", "or"})
# A label has at most this many words when title-cased.
LABEL_MAX_WORDS: Final = 6


def may_be_labelled(text: str, start: int) -> bool:
    """A participle of labelling may stand right before the quotation whose words start at ``start``: a cheap test
    before ``is_term`` and ``is_labelled_term``."""
    return may_end_with(text, start, LABELLED_REACH, LABELLING_VERBS)


def is_labelled_term(text: str, start: int, end: int, is_term: bool) -> bool:
    """The quotation ``text[start:end]`` (inside its marks; ``is_term`` says whether it is a short term) is a label a
    participle of labelling gives the thing named right before it."""
    found = words_before_mark(LABELLED_BEFORE, text, start, LABELLED_REACH, LABELLING_VERBS)
    if found is None:
        return False
    noun = found.group("noun")
    if noun in SUBJECT_WORDS or noun in GROUP_ROLES or noun in PERSON_ROLES or noun.endswith(("ers", "ists")):
        return False
    if is_term:
        return True
    words = text[start:end].strip(" ,.").split()
    return 0 < len(words) <= LABEL_MAX_WORDS and all(word[:1].isupper() or len(word) < 4 for word in words if word[:1].isalpha())
