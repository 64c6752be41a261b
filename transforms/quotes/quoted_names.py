"""A quotation that is a name (a body's, an event's, a law's or a show's), whoever the sentence's subject is.

Two shapes, tried in this order: the quotation names the body a noun for a kind of body right before it stands
for ("The Ted Cruz super PAC “Keep the Promise” has …"), or, outside reported speech, it ends in a word such a name
ends with ("… has become the “Defeat Crooked Hillary PAC,”", "its “Bathroom Bill,”"); in reported speech a speaker's
title-cased coinage ("He warned the “Abstentions Party” was …") stays theirs. ``classify.is_scare`` asks this of
title-cased quotations of two words or more, before a guessed speaker makes the quotation someone's words.
"""

import re
from typing import Final

from transforms.quotes.entity_words import KIND_OF_BODY_NOUNS, NAME_LAST_WORDS

# The word right before an opening mark: "super PAC “…”", "the group “…”".
WORD_BEFORE: Final[re.Pattern[str]] = re.compile(r"([A-Za-z\-]+)\s*[“\"]$")


def quotes_a_name(text: str, start: int, end: int, reported: bool) -> bool:
    """Whether text[start:end] is the name of a body a noun right before it stands for, or (not ``reported``) ends as a
    name does. ``classify`` asks only of a quotation that opens with a capital."""
    words = text[start:end].strip(" ,.").split()
    if len(words) < 2:
        return False
    before = WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in KIND_OF_BODY_NOUNS or not reported and words[-1] in NAME_LAST_WORDS
