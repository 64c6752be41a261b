"""A lone capitalised word the article has speak in the first person singular: a person, not an organisation.

Footballers, artists and gamers known by one name ("Mido", "Lemar") are written mid-sentence and more than once,
as an organisation is; their words say "I", "my" or "me", which a company's or a club's statement does not.
The article quotes ``word`` so when one of its quotations that opens right after ``word`` and a cue ("Mido
said: “… I …”") or closes right before a cue and ``word`` ("“… my …,” said Mido", "“… me …,” Mido added", "“… I …,” a tearful
Claxton told") holds
a first-person singular pronoun. Matched where str.find finds the word: no pattern per word.
"""

import re

from transforms.quotes.named_things import WORD_BOUNDARY

# The cue after a speaker's word and the quotation it opens: " said: “", " added: ""; the quotation's words in group 1.
CUE_THEN_QUOTE = re.compile(r"\s+(?:said|says|added|adds|explained|insisted|told [\w ]{1,30}?)[:,]?\s*[\"“]([^\"”]{1,400})")
# A quotation's words and the cue before a speaker's word, read backwards from the word: "“…,” said ", "“…,” ".
# A determiner and an adjective may stand between: "“…,” a tearful Claxton told".
QUOTE_THEN_CUE = re.compile(
    r"[\"“]([^\"“”]{1,400})[,.!?]?[\"”]\s*(?:(said|says|added|adds|explained|insisted)\s+)?(?:(?:a|an|the)\s+[a-z]+\s+)?$"
)
# A cue right after the word when the quotation stands before it: "“…,” Mido said".
CUE_AFTER = re.compile(r"\s+(?:said|says|added|adds|explained|insisted|told)\b")
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|my|me|myself)\b|\bI['’]")
# How far back a quotation closing before the word may open.
REACH = 420


def speaks_in_first_person(texts: list[str], word: str) -> bool:
    """Some quotation of ``texts`` that ``word`` is quoted saying holds "I", "my" or "me" (see the module docstring)."""
    for text in texts:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if WORD_BOUNDARY.match(text, at) and WORD_BOUNDARY.match(text, end) and quotes_first_person(text, at, end):
                return True
            at = text.find(word, end)
    return False


def quotes_first_person(text: str, start: int, end: int) -> bool:
    """The quotation next to the word text[start:end], by a cue between them, speaks in the first person singular."""
    after = CUE_THEN_QUOTE.match(text, end)
    if after is not None and FIRST_PERSON_SINGULAR.search(after.group(1)):
        return True
    before = QUOTE_THEN_CUE.search(text, max(start - REACH, 0), start)
    if before is None or (before.group(2) is None and CUE_AFTER.match(text, end) is None):
        return False
    return FIRST_PERSON_SINGULAR.search(before.group(1)) is not None
