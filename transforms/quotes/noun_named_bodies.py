"""A capitalised run right after a noun for a kind of body names that body: "football club Borussia Dortmund",
"bookmaker William Hill", "Video game firm Bioware".

BBC text introduces a firm, a club or a charity by its kind before its name. The name may read as a person's
("William Hill", "George Wimpey") or be written only once ("Bioware"), so ``entities.ArticleEntities`` would
otherwise keep no organisation for "the firm" or "the club" to stand for (``organisation_before`` takes it only for
such a noun, when no organisation speaks or is named as a subject: ``is_kind_of``; never for "it", which a
name written once after a noun in an object, "a stake in newspaper company Jagran", would mislead).
``resolution`` also reads such a name as a body's when it is quoted by name ("Wimpey said" after "housebuilder
George Wimpey": ``entities.ArticleEntities.is_named_after_kind``). ``body_named_after_noun`` matches:

1. the noun in lower case right before the run ("German football club Borussia Dortmund");
2. the noun capitalised as the run's first word, opening a sentence ("Bookmaker William Hill has stopped …"): the
   name is the rest of the run.

A band is also named by the run before a member's noun and a name ("Velvet Pines singer Tom Arbery":
``band_named_before_member``), unless the run is a nationality or a place ("Welsh singer Cerys Lane").

The noun must stand alone: not possessive ("the club's Arsene Wenger") and not after "told"/"asked" and the like,
where the run is a person the body is told something by ("told the club Mourinho …" is left alone by requiring no
verb of telling before the noun). A run that opens with a title or an office word ("bank Governor Mervyn King")
gives nothing.
"""

import re

from transforms.quotes.entity_words import (
    BAND_MEMBER_NOUNS, COUNTRIES, DEMONYMS, GENERIC_BODY_NOUNS, KIND_OF_BODY_NOUNS, OFFICE_QUALIFIERS, PERSON_ROLES,
)
from transforms.quotes.lexicon import NOT_NAME_START, TELLING_VERBS, TITLES

NOUN_BEFORE = re.compile(r"(?<![\w’'\-])([a-z][a-z\-]*)\s+$")
WORD_BEFORE_NOUN = re.compile(r"\b(\w+)\s+$")
NOUN_WINDOW = 24
# A member's noun and the start of a name after a run: "… singer Tom", "… lead singer Ana".
MEMBER_AFTER = re.compile(rf"\s+(?:lead\s+)?(?:{'|'.join(sorted(BAND_MEMBER_NOUNS))})\s+[A-Z]")


def body_named_after_noun(text: str, start: int, mention: str, sentence_initial: bool) -> tuple[str, str] | None:
    """The body's name the run ``mention`` at ``text[start:]`` gives after a noun for its kind, and the noun, else None."""
    words = mention.split()
    if sentence_initial and len(words) > 1 and words[0].lower() in KIND_OF_BODY_NOUNS and words[1][:1].isupper():
        return None if is_title_or_role(words[1]) else (" ".join(words[1:]), words[0].lower())  # rule 2: "Bookmaker William Hill"
    if lower_word_before(text, start) not in KIND_OF_BODY_NOUNS:
        return None  # what NOUN_BEFORE would find, read with character tests: most runs follow no such noun
    if is_title_or_role(words[0]):
        return None  # "the central bank Governor Mervyn King": a person with an office
    found = NOUN_BEFORE.search(text, max(start - NOUN_WINDOW, 0), start)
    if found is None or found.group(1) not in KIND_OF_BODY_NOUNS:
        return None
    verb = WORD_BEFORE_NOUN.search(text, max(found.start() - 16, 0), found.start())
    if verb is not None and (verb.group(1).lower() in TELLING_VERBS or verb.group(1).lower() == "the" and told_before(text, verb.start())):
        return None
    return mention, found.group(1)


def lower_word_before(text: str, start: int) -> str:
    """The run of lower-case letters and hyphens before the spaces that end right at ``start``, else "": the
    only word ``NOUN_BEFORE`` can find there (its lookbehind bars a longer run)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == start:
        return ""
    begin = end
    while begin > 0 and ("a" <= text[begin - 1] <= "z" or text[begin - 1] == "-"):
        begin -= 1
    return text[begin:end]


def is_kind_of(noun: str, head: str) -> bool:
    """A body named after ``noun`` is what "the <head>" stands for: the same noun, or a head any body answers to
    ("the company" for "bookmaker William Hill", "the organisation" for "watchdog Reporters Without Borders")."""
    return noun == head or head in GENERIC_BODY_NOUNS


def is_title_or_role(word: str) -> bool:
    """A title or an office word ("Mr", "Governor", "Chairman"), no body's name."""
    return word in TITLES or word in NOT_NAME_START or word.lower() in PERSON_ROLES or word.lower() in OFFICE_QUALIFIERS


def told_before(text: str, at: int) -> bool:
    """A telling verb right before ``text[at:]``: "told the club"."""
    verb = WORD_BEFORE_NOUN.search(text, max(at - 12, 0), at)
    return verb is not None and verb.group(1).lower() in TELLING_VERBS


def starts_of(text: str, name: str) -> list[int]:
    """Where ``text`` writes ``name`` as a whole run: no name character right before it or after it."""
    found = []
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'’")) and (end == len(text) or not text[end].isalnum()):
            found.append(at)
        at = text.find(name, end)
    return found


def names_a_kind_of_body(text: str, start: int, mention: str) -> bool:
    """The run at ``text[start:]`` follows a noun for a kind of body ("technology giant Hewlett Packard", "law firm
    Grant Thornton"), but not "maker", which a film or games maker's name follows too ("film maker Spike Lee")."""
    found = body_named_after_noun(text, start, mention, False)
    return found is not None and found[1] != "maker"


def band_named_before_member(text: str, end: int, mention: str) -> str | None:
    """The band the run ``mention`` ending at ``text[end]`` names before a member's noun and a name, else None."""
    if MEMBER_AFTER.match(text, end) is None:
        return None
    words = mention.split()
    if is_title_or_role(words[0]) or any(word.lower() in DEMONYMS or word.lower() in COUNTRIES for word in words):
        return None
    return mention
