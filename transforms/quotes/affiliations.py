"""The organisation a mention is tied to or names, read from the words around it.

- ``affiliation_after``: the organisation right after a person's name, by "of/for/at/with"
  ("Rupert Adams of William Hill") or at the end of an apposition ("Carsten Fritsch, a
  strategist at Commerzbank,"), or the owner of the office it opens with ("Andrew Pendleton, Christian Aid's head of
  Trade Policy,"); never a relative clause, a peer's seat, a country or a nationality;
- ``organisation_of``: the organisation a capitalised run names, once leading determiners and
  sentence openers are dropped; none for a person, a place, a nationality or a role;
- ``is_party``: a political party's name.
"""

import re

from transforms.quotes.entity_words import (
    BODY_OFFICE_STARTS, COUNTRIES, DEMONYMS, DETERMINERS, FIELD_WORDS, GROUP_ROLES, KIND_OF_BODY_NOUNS, PARTIES, PERSON_ROLES,
    PUBLICATION_NOUNS, THING_ACRONYMS,
)
from transforms.quotes.lexicon import NOT_NAME_START, TITLES
from transforms.quotes.name_runs import without_possessive
from transforms.quotes.organisations import is_connected_organisation
from transforms.quotes.speakers import is_organisation_run

# "Bill Gammell, chief executive of Cairn Energy,", "Simpson, 19,": an apposition after a name.
# It may end before the body's acronym: "John Kerr, head of the Federation of Arts Bodies (FAB), said".
APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?P<words>[^,.;:“”\"()]{1,80}?)\s*(?:,|\.(?:\s|$)|;|\)|\((?=[A-Z][\w&\-]*\)))")
# The body may follow a noun for its kind and the words that qualify it: "of IT firm Dimension Data", "at London
# rock radio station Xfm".
KIND_BEFORE_NAME = r"(?:[\w/\-]+\s+){0,3}?(?:" + "|".join(sorted(KIND_OF_BODY_NOUNS | PUBLICATION_NOUNS)) + r")\s+"
APPOSITION_OF = re.compile(
    r"\s+(?:of|for|at|with)\s+(?:the\s+)?(?:" + KIND_BEFORE_NAME + r"|(?:[a-z]+\s+){0,2})(?P<org>[A-Z][\w&’'\-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?|and\s+|&\s+)?[A-Z][\w&’'\-]*)*)"
)
# What may follow the organisation that ends an apposition: nothing, or its place ("in Frankfurt").
APPOSITION_TAIL = re.compile(r"(?:\s+(?:in|based in)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?\s*")
# "Andrew Pendleton, Christian Aid's head of Trade Policy,": the owner of the office the apposition opens with.
OWNER_OF_OFFICE = re.compile(r"(?P<org>[A-Z][\w&\-]*(?:\s+(?:&\s+)?[A-Z][\w&\-]*)*)['’]s\s+[a-z]")
RELATIVE = re.compile(r"(?:who|which|whose|whom)\b")
# "Trump, compared with 48 percent who have a negative opinion of Clinton,": a comparison, no apposition.
COMPARISON = re.compile(r"(?:compared|contrasted|coupled|combined|along|together|unlike|like|versus|including|plus)\b")
PEERAGE_TITLES = ("Lord ", "Lady ", "Baroness ", "Baron ")
# "Rupert Adams of William Hill said": an organisation right after a name.
NAME_OF_ORGANISATION = APPOSITION_OF


def affiliation_after(text: str, start: int, end: int) -> str | None:
    """The organisation a person's mention text[start:end] is tied to right after it: "Rupert Adams of
    William Hill", "Carsten Fritsch, a strategist at Commerzbank,". Not a relative clause ("McIlroy,
    who was compared to the likes of Sebastian Coe") nor a peer's seat ("Lord Nicholls of Birkenhead")."""
    follower = text[end:end + 1]
    if follower != "," and not follower.isspace():
        return None  # both patterns open with a space or a comma: "Blair's", "Blair." give nothing
    of = NAME_OF_ORGANISATION.match(text, end)
    if of is None or text.startswith(PEERAGE_TITLES, start):
        apposition = APPOSITION.match(text, end)
        if apposition is None or RELATIVE.match(apposition.group("words")) or COMPARISON.match(apposition.group("words")):
            return None
        words = apposition.group("words")
        # the organisation that ends the apposition or its place: "head of UK equities for Standard Life",
        # "a strategist at Commerzbank in Frankfurt"; else the owner of the office it opens with, when what ends it
        # is a field ("Christian Aid's head of Trade Policy")
        of = next((found for found in reversed(list(APPOSITION_OF.finditer(words))) if APPOSITION_TAIL.fullmatch(words, found.end())), None)
        if of is None or all(word.lower() in FIELD_WORDS for word in of.group("org").split()):
            owner = OWNER_OF_OFFICE.match(words)
            if owner is not None and owner.group("org").split()[0] not in TITLES and words[owner.end() - 1:].split()[0] in BODY_OFFICE_STARTS:
                of = owner  # not "Mr Blair's spokesman" nor "Davis's co-star": a person's
        if of is None:
            return None
    organisation = without_possessive(of.group("org"))
    lower = organisation.lower().replace(" ", "-")
    return None if lower in COUNTRIES or lower in DEMONYMS else organisation


def is_party(name: str) -> bool:
    """"Labour", "Liberal Democrats", "Conservative Party": a political party's name."""
    words = name.lower().split()
    return all(word in PARTIES or word == "party" for word in words) or name.lower().replace(" ", "-") in PARTIES


def organisation_of(mention: str, sentence_initial: bool) -> str | None:
    """The organisation a capitalised run names, or None: a person, a place, a nationality, an acronym of a thing ("TV")
    or a sentence's first word."""
    tokens = mention.split()
    tokens[-1] = without_possessive(tokens[-1])
    while tokens and (tokens[0] in NOT_NAME_START or tokens[0].lower() in DETERMINERS):
        tokens = tokens[1:]
        sentence_initial = False
    if not tokens:
        return None
    name = without_possessive(" ".join(tokens))
    lower = name.lower().replace(" ", "-")
    if lower in COUNTRIES or lower in DEMONYMS or tokens[-1].lower() in PERSON_ROLES or tokens[-1].lower() in GROUP_ROLES or name in THING_ACRONYMS:
        return None
    if is_organisation_run(tokens) or is_connected_organisation(name):
        return name
    if len(tokens) == 1 and not sentence_initial:
        return name  # "Wimpey", "Microsoft": a name the article writes mid-sentence
    return None
