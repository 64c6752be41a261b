"""A sentence that opens with a person's name and an aside about them before its cue.

"Mark Holden, chairman of the board of Freedom Partners, the network's funding arm, said",
"Geoff Garin, a pollster who is working with Priorities USA, a super PAC, said", "Dean Johnson,
a 55-year-old salesman from Sumter, South Carolina, says": the name that opens the sentence is the
subject of the cue after the aside, however many commas, organisations and places the aside holds.
``subjects.subject_before`` asks this first for a subject closed by a comma; it matches only a
name of two words or more that reads as a person's (or a lone name before an aside that makes them someone's kin,
"Clinton, 35, the daughter of former President Bill Clinton and …, said"), then an aside that opens with a lower-case
word, an article, an age or a capitalised office ("Steve Lane, Senior Vice President of Sales for Acme, Inc.,",
as press releases write them) and lists no second person ("…, the chancellor, and Gordon Brown,").
"""

import re

from transforms.quotes.entity_words import KINSHIP_WORDS, PERSON_ROLES, ROLE_WORDS_ALSO_SURNAMES
from transforms.quotes.lexicon import NOT_FIRST_NAME_WORDS, NOT_SUBJECT_START, NOT_SURNAME_WORDS
from transforms.quotes.names import NAME
from transforms.word_trie import word_alternation

# Capitalised words that open an office written in title case after a name: "Senior Vice President", "Chief
# Executive Officer", "Director of Sales". Not a title of its own ("Lord Smith" is a second person).
OFFICE_OPENINGS = "|".join(
    sorted(
        word.capitalize()
        for word in (PERSON_ROLES | {"senior", "vice", "chief", "deputy", "executive", "managing", "acting", "assistant", "regional", "global", "interim"})
        - ROLE_WORDS_ALSO_SURNAMES - {"lord", "lady", "sir", "dame", "man", "woman", "boy", "girl", "prop", "lock", "star", "host", "partner", "friend"}
        if word.isalpha()
    )
)

LEADING_NAME_ASIDE = re.compile(
    rf"\s*(?:(?:But|And|Yet)\s+)?(?!(?:{NOT_SUBJECT_START})\b)(?P<name>{NAME.pattern}),\s+(?P<aside>(?:[a-z0-9]|(?:{OFFICE_OPENINGS})\s)[^“”\"\n;:!?]*)$"
)
# An aside that describes a person as another's kin, an age first or not: "35, the daughter of …", "the son of …".
KIN_ASIDE = re.compile(rf"(?:\d{{1,3}},\s+)?(?:the|a|an|his|her|their)\s+(?:[a-z\-]+\s+){{0,2}}(?:{word_alternation(sorted(KINSHIP_WORDS))})\s+of\s")
# The aside goes on to another person or body in their own right: "…, and Gordon Brown", "… or the chancellor".
SECOND_SUBJECT = re.compile(r"\b(?:and|or)\s+(?:[A-Z]|(?:the|a|an|his|her|their|other|its)\s)")


def name_before_aside(left: str) -> tuple[int, int] | None:
    """Span in ``left`` (the sentence up to the cue, its closing comma included) of the person's name that
    opens it before an aside, or None."""
    found = LEADING_NAME_ASIDE.match(left.rstrip())
    if found is None or not left.rstrip().endswith(","):
        return None
    words = found.group("name").split()
    if len(words) == 1 and KIN_ASIDE.match(found.group("aside")) and words[0] not in NOT_SURNAME_WORDS:
        # "Clinton, 35, the daughter of former President Bill Clinton and …, said": the lone name, not the kin the
        # aside names ("and" there joins the kin)
        return found.span("name")
    if len(words) < 2 or words[-1] in NOT_SURNAME_WORDS or any(word in NOT_FIRST_NAME_WORDS for word in words[:-1]):
        return None
    if SECOND_SUBJECT.search(found.group("aside")):
        return None
    return found.span("name")
