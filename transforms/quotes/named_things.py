"""Capitalised runs that name a thing or a body, not a person, by the words around them.

``names_a_thing`` matches, in this order:

1. a run whose name starts right after a capitalised determiner in it ("The Boys Choir of Harlem got", "Under My
   Ask Jeeves users");
2. a run whose name opens it, right after a lower-case determiner ("a Franck Muller watch", "the Wimbledon
   Championships");
3. a run right before a lower-case noun for a role, a group, a body or a document that it qualifies ("Manchester
   United boss", "Windows PC customers", "a New Labour manifesto"), but for its owner ("James Comey's statement").

``referred_to_as_person``: a lone name that a personal pronoun takes up right after its verb ("Mido said he",
"Eastwood took his") is a person's, however often the article writes it.

``described_as_person``: a lone name right after a person's role noun ("Barcelona star Ronaldinho", "band member
Flea") or a personal reflexive ("calls himself Heretic") is a person's; a rival, an analyst or a partner may be a company ("rival Sapporo").

``full_names_ending``: the two-word runs ending in a lone name, quotations included ("I should like to thank
(sporting director) Frank Arnesen"), for ``resolution`` to tell a person's surname from a body's name.

``after_speech_cue``: a word right after a reporting verb ("said Sotherton") is where a speaker is named, which
says nothing of whether a person or a body speaks (``entities.ArticleEntities.is_organisation``).

A title or an office stripped before the name ("the Rev Jesse Jackson", "the Prime Minister Tony Blair") keeps
the run a person's: the determiner belongs to the title. ``names.ArticleNames`` leaves such mentions out of the
people a "he" or "she" can stand for.
"""

import re
from functools import lru_cache
from typing import Final

from transforms.quotes.entity_words import COMPANY_ROLE_NOUNS, DOCUMENT_NOUNS, GROUP_ROLES, KINSHIP_WORDS, ORGANISATION_NOUNS, PERSON_ROLES
from transforms.quotes.lexicon import CUE_SET, THING_DETERMINERS
from transforms.quotes.organisations import POSSESSIVE_ENDINGS

DETERMINER_BEFORE = re.compile(r"\b(\w+)\s+$")
WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
WORD_AFTER = re.compile(r"\s+([a-z][\w\-]*)\b")
QUALIFIED_NOUNS = PERSON_ROLES | GROUP_ROLES | ORGANISATION_NOUNS | DOCUMENT_NOUNS


def names_a_thing(text: str, start: int, mention: str, name: str) -> bool:
    """The run ``mention`` at ``text[start:]``, whose name without titles is ``name``, follows a determiner or
    qualifies the noun after it."""
    after = WORD_AFTER.match(text, start + len(mention))
    if after is not None and after.group(1) in QUALIFIED_NOUNS and not mention.endswith(POSSESSIVE_ENDINGS):
        return True  # "Manchester United boss", but "James Comey's statement" is his
    tokens = mention.split()
    first = name.split(" ", 1)[0]
    if first not in tokens:
        return False
    index = tokens.index(first)
    if index > 0:  # "The Boys Choir", "Under My Ask Jeeves", but "the Rev Jesse Jackson": the determiner is the title's
        return tokens[index - 1].lower() in THING_DETERMINERS
    before = DETERMINER_BEFORE.search(text, max(start - 8, 0), start)
    return before is not None and before.group(1) in THING_DETERMINERS


def after_speech_cue(text: str, at: int) -> bool:
    """``text[at:]`` follows a reporting verb: "“…,” said Sotherton"."""
    before = WORD_BEFORE.search(text, max(at - 16, 0), at)
    return before is not None and before.group(1) in CUE_SET


# "<word> said he": what follows a subject for a personal pronoun to take it up (``referred_to_as_person``): its verb
# (up to three lower-case words, the first no preposition or conjunction), then the pronoun. It is matched where
# str.find finds the word, so no pattern is compiled per word: the re module compiles in interpreted Python, and a
# process meets hundreds of words.
PRONOUN_AFTER_SUBJECT = re.compile(
    r"\s+(?!(?:that|over|in|for|to|with|from|of|on|at|and|or|but|by|as|than)\b)(?:[a-z]+\s+){1,3}(?:he|him|his|himself|she|her|herself)\b"
)
WORD_BOUNDARY = re.compile(r"\b")
SPACE = re.compile(r"\s")
NAME_CHARACTER = re.compile(r"[\w’'\-]")
WORD_OR_HYPHEN = re.compile(r"[\w\-]")


def referred_to_as_person(texts: list[str], word: str) -> bool:
    """Some text of ``texts`` takes up ``word`` as a subject with a personal pronoun: "Mido said he", "Eastwood took
    his", but not "Politico that he", "Gunners over extending his"."""
    return any(word_followed_by(text, word, PRONOUN_AFTER_SUBJECT) for text in texts)


def word_followed_by(text: str, word: str, following: re.Pattern[str]) -> bool:
    """``text`` writes ``word`` at a word boundary with ``following`` matching right after it."""
    at = text.find(word)
    while at >= 0:
        if WORD_BOUNDARY.match(text, at) and following.match(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


# A lower-case word and spaces (no line break) right before a name, read backwards from the name.
# "calls himself Heretic": a name a person gives themselves.
REFLEXIVE_PERSONAL: Final[frozenset[str]] = frozenset({"himself", "herself"})
ROLE_BEFORE = re.compile(r"(?:^|(?<=[^\w’'\-]))([a-z][a-z\-]*) +$")
# A kinship noun and the comma of its apposition: "his wife, Jane".
KIN_BEFORE = re.compile(r"(?:^|(?<=[^\w’'\-]))([a-z]+), +$")


def described_as_person(texts: list[str], word: str) -> bool:
    """Some text of ``texts`` writes ``word`` right after a role noun only a person holds or a personal reflexive:
    "Barcelona star Ronaldinho", "band member Flea", "calls himself Heretic", "his wife, Jane", not "rival Sapporo" or "analyst
    Datamonitor"."""
    for text in texts:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if WORD_BOUNDARY.match(text, at) and WORD_BOUNDARY.match(text, end):
                role = ROLE_BEFORE.search(text, max(at - 24, 0), at)
                if role is not None and (role.group(1) in REFLEXIVE_PERSONAL or (role.group(1) in PERSON_ROLES and role.group(1) not in COMPANY_ROLE_NOUNS)):
                    return True
                kin = KIN_BEFORE.search(text, max(at - 24, 0), at)
                if kin is not None and kin.group(1) in KINSHIP_WORDS:
                    return True
            at = text.find(word, end)
    return False


@lru_cache(maxsize=4096)
def full_name_before(word: str) -> re.Pattern[str]:
    """A capitalised word and ``word`` after a lower-case word, a comma or a parenthesis: not "Manchester City", nor a
    sentence's first word ("Latest Opera browser")."""
    return re.compile(rf"(?:[,()]\s*|\b[a-z][\w\-]*\s+)([A-Z][a-z][\w’'\-]*\s+{re.escape(word)})\b")


def capitalised_word_before(text: str, word: str) -> bool:
    """``word`` comes after spaces and a run of name characters that opens with a capital and a lower-case letter
    somewhere in ``text``: what every match of ``full_name_before(word)`` holds, so a text without it needs no
    pattern compiled for the word."""
    at = text.find(word)
    while at >= 0:
        space = at
        while space > 0 and SPACE.match(text, space - 1):
            space -= 1
        run = space
        while run > 0 and NAME_CHARACTER.match(text, run - 1):
            run -= 1
        if space < at and run < space - 1 and "A" <= text[run] <= "Z" and "a" <= text[run + 1] <= "z":
            return True
        at = text.find(word, at + 1)
    return False


def full_names_ending(texts: list[str], word: str) -> list[str]:
    """The runs "<Capitalised> <word>" of ``texts``, quotations included: "Kevin Keegan", "Frank Arnesen"."""
    return [found.group(1) for text in texts if capitalised_word_before(text, word) for found in full_name_before(word).finditer(text)]


def standalone_count(text: str, word: str) -> int:
    """How often ``text`` writes ``word`` with no name character before it and no word character or hyphen after it,
    as ``findall`` counts a pattern's matches: one found, the count goes on after it."""
    count = 0
    at = text.find(word)
    while at >= 0:
        if (at == 0 or not NAME_CHARACTER.match(text, at - 1)) and not WORD_OR_HYPHEN.match(text, at + len(word)):
            count += 1
            at = text.find(word, at + len(word))
        else:
            at = text.find(word, at + 1)
    return count
