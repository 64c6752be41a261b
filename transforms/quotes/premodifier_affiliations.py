"""The organisation a speaker mention names before an office or a name: "Labour MP", "BT's Andrew Burke", "Vodafone
spokesman".

``speakers.read_words`` asks it of a mention's words before its head; ``person_affiliations`` and
``person_descriptors`` of the words before a name in the text. Words are read from the first capitalised one: a
title, a word of an office ("Foreign Secretary") or a role noun ends the organisation's words once some are read,
and is passed over before; no country, nationality or lone body noun ("Committee chairman") is an affiliation.
"""

import re

from transforms.quotes.entity_words import (
    COUNTRIES, DEMONYMS, NAME_SUFFIXES, OFFICE_MODIFIERS, OFFICE_QUALIFIERS, ORGANISATION_NAME_WORDS, ORGANISATION_NOUNS, PARTIES, PERSON_ROLES,
)
from transforms.quotes.lexicon import NOT_NAME_START, TITLES
from transforms.quotes.name_parts import ROLE_ENDINGS, is_group_word
from transforms.quotes.name_runs import without_possessive

# "Oscar-nominated", "Ballymena-born", "London-based": a name made an adjective names no organisation.
HYPHENATED_ADJECTIVE = re.compile(r"[A-Z][\w&]*-[a-z][\w\-]*")


def premodifier_affiliation(words: list[str]) -> str | None:
    """The organisation named before an office or a name ("Labour MP", "BT's Andrew Burke", "Vodafone
    spokesman"), never a country, a nationality, a title or a word of an office ("Foreign Secretary").

    Before a seat in a parliament only a party counts: "East Midlands MEP" names a constituency.
    """
    names: list[str] = []
    for index, word in enumerate(words):
        if word.isdigit() and names:  # "Number 10", "Radio 4"
            names.append(word)
            continue
        if not word[:1].isupper() or word in TITLES or word in NOT_NAME_START or word in NAME_SUFFIXES or HYPHENATED_ADJECTIVE.fullmatch(word):
            if names:
                break  # "BBC Radio 4 presenter": the organisation's words come first
            continue
        lower = without_possessive(word).lower()
        following = words[index + 1] if index + 1 < len(words) else ""
        # "Americans Andy Roddick", "Chicago Alderman", but "Janco Partners" and "Cleveland Police" are bodies
        is_role_noun = lower in PERSON_ROLES or (not names and word == lower.capitalize() and is_group_word(lower)) or (not following and lower.endswith(ROLE_ENDINGS))
        if (is_role_noun or lower in OFFICE_QUALIFIERS or lower in OFFICE_MODIFIERS) and without_possessive(following) not in ORGANISATION_NAME_WORDS:
            if names:
                break
            continue  # "Foreign Secretary", but "Home Office" and "Foreign Office" are bodies
        names.append(word)
    # The owner's "'s" ends the name ("BT's"); inside it, a function word's "'s" is "is" ("That's Life")
    names = [without_possessive(name) if index == len(names) - 1 or without_possessive(name) not in NOT_NAME_START else name for index, name in enumerate(names)]
    if not names or any(name.lower() in DEMONYMS or name.lower() in COUNTRIES for name in names):
        return None
    joined = " ".join(names).lower().replace(" ", "-")
    if joined in COUNTRIES or joined in DEMONYMS:  # "New Zealand", "New Yorker"
        return None
    if any(word in NAME_SUFFIXES for word in words) and not all(name.lower() in PARTIES for name in names):
        return None
    if len(names) == 1 and (names[0].lower() in ORGANISATION_NOUNS or names[0].lower().removesuffix("s") in ORGANISATION_NOUNS):
        return None  # "Committee chairman Alan Beith": a body's noun, no body's name
    return " ".join(names)
