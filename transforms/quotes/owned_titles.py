"""Owned titles: a capitalised quotation right after a name's possessive is the title of something the name owns.

"on ABC's “This Week,”", "told NBC's “Today”", "Speaking to MSNBC's “Andrea Mitchell Reports,”", "Springsteen's
“American Skin”", "the Affordable Care Act's “Cadillac Tax”": a programme, a song, a scheme. The quotation is
``scare`` even where a speaker is found in the sentence (rule 4a of ``classify``), since news writes a person's words
after a possessive only as a noun's complement ("Smith's claim that “…”"), never straight after it.

It matches when the text before the opening mark ends with a capitalised word and "'s" (or a plural's "'"),
that word is no subject of a contracted "is" ("It's “Brilliant”", ``CONTRACTED_SUBJECTS``), and every longer word
of the quotation is capitalised but for a few small words titles keep in lower case ("This Week with George
Stephanopoulos", ``TITLE_SMALL_WORDS``).
"""

import re
from typing import Final

from transforms.quotes.lexicon import CONTRACTED_SUBJECTS, TITLE_SMALL_WORDS

# A capitalised word's possessive where the text ends: "ABC's ", "Fox News’s ", "the Times' ".
OWNER_BEFORE: Final[re.Pattern[str]] = re.compile(r"\b(?P<owner>[A-Z][\w.&\-]*)(?:['’]s|s['’])\s*$")
# How far before the opening mark the possessive's word may start.
OWNER_REACH: Final = 40
# A title has at most this many words.
TITLE_MAX_WORDS: Final = 10


def is_capitalised_title(quoted: str) -> bool:
    """Every longer word capitalised but for ``TITLE_SMALL_WORDS``: "Meet the Press", "The Lead with Jake Tapper"."""
    words = [word for word in quoted.split() if word[:1].isalpha()]
    if not words or len(words) > TITLE_MAX_WORDS or not words[0][0].isupper():
        return False
    return all(word[0].isupper() or len(word) < 4 or word.lower() in TITLE_SMALL_WORDS for word in words)


def follows_owner(text: str, start: int, end: int) -> bool:
    """The quotation at ``text[start:end]`` (inside its marks) is a capitalised title right after a name's possessive."""
    owner = OWNER_BEFORE.search(text, max(0, start - 1 - OWNER_REACH), max(start - 1, 0))
    if owner is None or owner.group("owner").lower() in CONTRACTED_SUBJECTS:
        return False
    return is_capitalised_title(text[start:end])
