"""Owned titles: a capitalised quotation right after a name's possessive is the title of something the name owns.

"on ABC's “This Week,”", "told NBC's “Today”", "Speaking to MSNBC's “Andrea Mitchell Reports,”", "Springsteen's
“American Skin”", "the Affordable Care Act's “Cadillac Tax”": a programme, a song, a scheme. The quotation is
``scare`` even where a speaker is found in the sentence (rule 4a of ``classify``), since news writes a person's words
after a possessive only as a noun's complement ("Smith's claim that “…”"), never straight after it.

``follows_owner`` matches when the text before the opening mark ends with "as its" or "as their" ("Time chose
Merkel as its “Person of the Year”"), or with a capitalised word and "'s" (or a plural's "'"), and that word is no subject of a contracted "is" ("It's “Brilliant”", ``CONTRACTED_SUBJECTS``);
``classify`` asks besides that every longer word of the quotation be capitalised but for a few small words titles
keep in lower case ("This Week with George Stephanopoulos", ``lexicon.TITLE_SMALL_WORDS``).
"""

import re
from typing import Final

from transforms.quotes.lexicon import CONTRACTED_SUBJECTS

# A capitalised word's possessive where the text ends: "ABC's ", "Fox News’s ", "the Times' ".
OWNER_BEFORE: Final[re.Pattern[str]] = re.compile(r"\b(?P<owner>[A-Z][\w.&\-]*)(?:['’]s|s['’])\s*$")
# A title given as a body's own where the text ends: "chose Merkel as its ", "as their " (not "rails against its
# “…”", the speaker's words for what the body does).
BODY_POSSESSIVE_BEFORE: Final[re.Pattern[str]] = re.compile(r"\bas\s+(?:its|their)\s*$")
# How far before the opening mark the possessive's word may start.
OWNER_REACH: Final = 40


def follows_owner(text: str, start: int) -> bool:
    """The quotation whose words start at ``start`` (inside its marks) comes right after a name's possessive."""
    window_start, window_end = max(0, start - 1 - OWNER_REACH), max(start - 1, 0)
    before = text[window_start:window_end].rstrip()
    if before.endswith(("its", "their")) and BODY_POSSESSIVE_BEFORE.search(text, window_start, window_end):
        return True  # Time chose Merkel as its “Person of the Year”
    if not before.endswith(("s", "'", "’")):
        return False  # no possessive's ending before the mark (most quotations): the pattern is not tried at each offset
    owner = OWNER_BEFORE.search(text, window_start, window_end)
    return owner is not None and owner.group("owner").lower() not in CONTRACTED_SUBJECTS
