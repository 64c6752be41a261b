"""A lone capitalised word the article uses as a company's, a body's or a product's name, not a person's surname.

The name scan keeps the last word of every capitalised run ("But Rover", "MG Rover") as a surname, so a company
written alone ("Rover told BBC News") would speak as a person. ``writes_as_body`` looks for what the article does
with the word that it does with no person's surname, in the body's text (a headline capitalises every word):

1. a determiner before it and a number after it, a model's name: "the Rover 25", "a Boeing 747" (a lower-case
   noun after it may be a person's: "the Obama administration");
2. a noun for a company's people, stock or sites right after it: "Marsh spokeswoman", "Rover workers", "Cairn
   shares", or the same after its possessive: "Rover's shareholders";
3. "which" taking it up: "Euronext, which combines";
4. a company designator after it or an ampersand joining it: "Cairn Energy", "Delta Air Lines", "Marsh &
   McLennan";
5. an acronym before it that is no office or country: "MG Rover" (not "MP Howard", "UK Rover");
6. a possessive ending right before a verb, which makes the ending part of the name: "McDonald's announced",
   "Sainsbury's said" (``possessive_form`` gives that written form as the speaker's name).

``resolution`` asks only for a word the article never gives a title, a gender, a first name, a "who", a personal
pronoun or a quotation in the first person singular, and ``writes_as_body`` holds no text that puts a title before it
("President Obama"): the footballer called "Parry" throughout stays a person.
Matched where str.find finds the word: no pattern is compiled per word.
"""

import re

from transforms.quotes.entity_words import COMPANY_DESIGNATORS, COMPANY_PARTS, COUNTRIES, NAME_SUFFIXES
from transforms.quotes.lexicon import TITLES
from transforms.quotes.named_things import NAME_CHARACTER, WORD_BOUNDARY

DETERMINER_BEFORE = re.compile(r"(?:^|(?<=[^\w’'\-]))(?:a|an|the|A|An)\s+$")
NUMBER_AFTER = re.compile(r"\s+\d")
PART_AFTER = re.compile(r"(?:['’]s)?\s+([a-z]+)\b")
WHICH_AFTER = re.compile(r",?\s+which\b")
DESIGNATOR_AFTER = re.compile(r"\s+(?:Air\s+Lines|" + "|".join(COMPANY_DESIGNATORS) + r")\b|\s+&\s+[A-Z]")
AMPERSAND_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+&\s+$")
TITLE_BEFORE = re.compile(r"(?:^|(?<=[^\w’'\-]))([A-Z][a-z]+\.?)\s+$")
# Rule 6: the possessive ending and a verb that a subject, not an owner, takes.
VERB_AFTER_POSSESSIVE = re.compile(
    r"(['’]s)\s+(?:said|says|told|tells|announced|announces|confirmed|added|declined|reported|has|have|had|will|would)\b"
)
ACRONYM_BEFORE = re.compile(r"(?:^|(?<=[^\w’'\-]))([A-Z]{2,4})\s+$")
# How far back a determiner, an ampersand or an acronym may stand.
REACH = 40


def writes_as_body(texts: list[str], word: str) -> bool:
    """Some text of ``texts`` uses ``word`` as a body's name and none puts a title before it (see the module
    docstring)."""
    found = False
    for text in texts:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not NAME_CHARACTER.match(text, at - 1)) and WORD_BOUNDARY.match(text, end):
                title = TITLE_BEFORE.search(text, max(at - 16, 0), at)
                if title is not None and title.group(1) in TITLES:
                    return False  # "President Obama", "Lord Falconer"
                found = found or used_as_body(text, at, end)
            at = text.find(word, end)
    return found


def used_as_body(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] names a body by the words around it."""
    before = max(start - REACH, 0)
    if DETERMINER_BEFORE.search(text, before, start) and NUMBER_AFTER.match(text, end):
        return True
    part = PART_AFTER.match(text, end)
    if part is not None and part.group(1) in COMPANY_PARTS:
        return True
    if VERB_AFTER_POSSESSIVE.match(text, end):
        return True
    if WHICH_AFTER.match(text, end) or DESIGNATOR_AFTER.match(text, end) or AMPERSAND_BEFORE.search(text, before, start):
        return True
    acronym = ACRONYM_BEFORE.search(text, before, start)
    return acronym is not None and acronym.group(1) not in NAME_SUFFIXES and acronym.group(1).lower() not in COUNTRIES


def possessive_form(texts: list[str], word: str) -> str | None:
    """``word`` with the possessive ending the article writes it with as a subject ("McDonald's announced"), else
    None."""
    for text in texts:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if at == 0 or not NAME_CHARACTER.match(text, at - 1):
                found = VERB_AFTER_POSSESSIVE.match(text, end)
                if found is not None:
                    return word + found.group(1)
            at = text.find(word, end)
    return None
