"""Organisation names written with connectors: "Bank of England", "Department for Culture, Media and
Sport", "Standard & Poor's", "Food and Agriculture Organisation", and the acronyms an article gives them.

A run of capitalised words continues over "of", "for" (also "of the", "for the"), "and", "&", "on" after a
body's word and before a topic, not a date or a country ("Joint Committee on Human Rights"),
and over the commas of a list inside a name, but only when the run names a body: it is joined by
"&" before any "of" or "for"; an organisation word stands before its first "of" or "for" ("Bank of England",
"the Governor's Office of Emergency Services": an office holder's possessive may open the name, another owner's not,
"Institute for Fiscal Studies", but not "Anne Thompson of the Hollywood Reporter"); or, without
those, it ends in an organisation word ("Food and Agriculture Organisation"). "Mr Blair and Mr
Brown" stays two names, and "and the" always ends a name.

An acronym the article never brackets stands for an organisation named before it whose initials it
spells ("the NAO" after "the National Audit Office": ``spelled_out``).
"""

import re
from collections.abc import Iterable
from typing import Final

from transforms.quotes.entity_words import COUNTRIES, ORGANISATION_NAME_WORDS, TOPIC_BODY_WORDS
from transforms.quotes.lexicon import DATE_WORDS

CAPITALISED = r"[A-Z][\w’'&\-]*"
# Words before a name that make it an object, not a subject: "told the BBC", "shares in BT".
OBJECT_LEAD: Final[re.Pattern[str]] = re.compile(
    r"\b(?:to|by|with|from|at|in|on|of|for|told|into|than|against|about|over|and|or|like|joined|left|beat|"
    r"bought|sold|buy|sell|the|a|an)\s+$"
)
OBJECT_LEAD_WINDOW: Final = 12
# "Wimpey said": a name opening its sentence that speaks is a name, not a sentence's first word.
SPEAKS: Final[re.Pattern[str]] = re.compile(
    r"(?:\s*\([A-Z][A-Za-z&]*\))?\s+(?:(?:has|have|had|also|now)\s+)*(?:said|says|added|told|reported|announced|warned|claimed|insisted|"
    r"stated|found|forecast|predicted|expects|believes|estimated|argued|urged|welcomed|noted|revealed|admitted|denied)\b"
)
# "on" joins a name only after a body's word and before a topic: not "the Security Council on Friday" or "… on Iraq".
NOT_TOPIC = "|".join(sorted(DATE_WORDS | {country.replace("-", " ").title() for country in COUNTRIES}))
TOPIC_ON = rf"(?:{'|'.join(f'(?<={word})' for word in sorted(TOPIC_BODY_WORDS))})\s+on(?=\s+(?!(?:{NOT_TOPIC})\b))"
CONNECTED_RUN = re.compile(
    rf"{CAPITALISED}(?:(?:\s+(?:(?:of|for)(?:\s+the)?|and|&)\s+|{TOPIC_ON}\s+|,\s+(?={CAPITALISED}(?:,|\s+and\s))|\s+){CAPITALISED})*"
)
# A list inside a name comes after its body's connector: the text before its first comma holds "of", "for" or "on"
# ("Department for Culture, Media and Sport"); a comma after a name without one ends it ("Jo Hart, Research and …").
LIST_AFTER_CONNECTOR = re.compile(r".*\s(?:of|for|on)\s")
CONNECTORS: Final[frozenset[str]] = frozenset({"of", "for", "on", "and", "&", "the"})
# Offices whose holder's possessive opens a body's name: "the Governor's Office of Emergency Services", "the Mayor's
# Office of Housing", "the Attorney General's Office".
OFFICE_OWNERS: Final[frozenset[str]] = frozenset({"Governor", "Mayor", "General", "Sheriff", "President", "Minister", "Chancellor", "Secretary"})
OF_CONNECTORS: Final[frozenset[str]] = frozenset({"of", "for", "on"})
# "World Health Organisation (WHO)": the acronym an article gives a name it has just written.
ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z&]*[A-Z])\)")
POSSESSIVE_END = re.compile(r"[’']s?$")
# What ``POSSESSIVE_END`` matches, as plain suffixes: a string test instead of a regex call on every word.
# A place or body owning the organisation named after it: "Iraq's " in "Iraq's Ministry of Communications".
OWNER_BEFORE_NAME: Final[re.Pattern[str]] = re.compile(r"[A-Z][\w\-]*['’]s\s+(?=[A-Z])")
POSSESSIVE_ENDINGS: Final[tuple[str, ...]] = ("’s", "'s", "’", "'")


CONNECTOR_AFTER: Final[tuple[str, ...]] = (" of ", " for ", " on ", " and ", " & ", ", ")
CONNECTOR_THEN_CAPITAL = re.compile(rf"(?:\s+(?:of|for)(?:\s+the)?|{TOPIC_ON}|\s+and|\s+&|,)\s+[A-Z]")


def organisation_end(text: str, start: int, name_end: int, end: int) -> int | None:
    """``connected_end`` for a capitalised run at ``start`` ending at ``name_end``, tried only when a
    connector and a capital follow it (the common case, a name and a verb, costs one comparison)."""
    if not text.startswith(CONNECTOR_AFTER, name_end) or CONNECTOR_THEN_CAPITAL.match(text, name_end) is None:
        return None
    return connected_end(text, start, end)


CONNECTOR_BEFORE: Final[tuple[str, ...]] = (" of ", " for ", " on ", " of the ", " for the ", " & ")
# The capitalised words and connectors of an organisation's name before a connector.
NAME_HEAD = re.compile(rf"(?:{CAPITALISED}(?:\s+(?:(?:of|for)(?:\s+the)?|and|&)|{TOPIC_ON}|,)?\s+)+$")


def inside_organisation(text: str, start: int, end: int) -> bool:
    """The capitalised run text[start:end] ends an organisation's name that began before it:
    "Fiscal Studies" in "Institute for Fiscal Studies". Looked at only after "of", "for" or "&":
    a person's name inside an organisation's comes after one of those."""
    if not text.endswith(CONNECTOR_BEFORE, 0, start):
        return False
    head = NAME_HEAD.search(text, max(start - 80, 0), start)
    if head is None:
        return False
    organisation = connected_end(text, head.start(), len(text))
    return organisation is not None and organisation >= end


def has_connector(phrase: str) -> bool:
    """``phrase`` holds a word that may join an organisation's name; without one it is no such name."""
    return " of " in phrase or " for " in phrase or " and " in phrase or "&" in phrase


def connected_end(text: str, start: int, end: int) -> int | None:
    """End of an organisation name with connectors that starts at ``start``, or None when the
    capitalised run there has no connector or names no body (see the module docstring)."""
    run = CONNECTED_RUN.match(text, start, end)
    if run is None:
        return None
    comma = run.group().find(",")
    if comma > 0 and not LIST_AFTER_CONNECTOR.match(run.group(), 0, comma):
        # "Jo Hart, Research and Advocacy Director for …": a name and its title in apposition, no list inside a name
        return connected_end(text, start, start + comma)
    words = run.group().replace(",", " ").split()
    if not any(word in CONNECTORS for word in words):
        return None
    if any(word.endswith(POSSESSIVE_ENDINGS) and POSSESSIVE_END.sub("", word) not in OFFICE_OWNERS for word in words[:-1]):
        return None  # "the UN's Food & Agriculture Organisation": an owner, then the name; not "Governor's Office of …"
    first_of = next((index for index, word in enumerate(words) if word in OF_CONNECTORS), None)
    if "&" in words[:first_of]:  # "Standard & Poor's", but not "David Wyss of Standard & Poor's"
        return run.end()
    if first_of is None:  # "Food and Agriculture Organisation"
        return run.end() if POSSESSIVE_END.sub("", words[-1]) in ORGANISATION_NAME_WORDS else None
    # "Bank of England", but not "Anne Thompson of the Hollywood Reporter"
    return run.end() if any(word in ORGANISATION_NAME_WORDS for word in words[:first_of]) else None


def owned_organisation(text: str, start: int, end: int, limit: int) -> tuple[int, int] | None:
    """(start, end) of the organisation named with connectors after an owner opening the run text[start:end]:
    "Iraq's Ministry of Communications" -> "Ministry of Communications", its owner no part of the name."""
    owner = OWNER_BEFORE_NAME.match(text, start, end)
    if owner is None:
        return None
    owned_end = organisation_end(text, owner.end(), end, limit)
    return (owner.end(), owned_end) if owned_end is not None else None


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the organisation names with connectors in ``text``."""
    spans = []
    for run in CONNECTED_RUN.finditer(text):
        end = connected_end(text, run.start(), run.end())
        if end is not None:
            spans.append((run.start(), end))
    return spans


def is_connected_organisation(name: str) -> bool:
    """The whole of ``name`` is an organisation name with connectors."""
    return connected_end(name, 0, len(name)) == len(name)


def acronym_after(text: str, name: str, end: int) -> str | None:
    """The acronym in brackets right after ``name`` that stands for it: "World Health Organisation (WHO)"
    -> "WHO"; its capitals are initials of the name's words, in order ("in Washington (CREW)" is not)."""
    found = ACRONYM_AFTER.match(text, end)
    if found is None:
        return None
    initials = iter(word[0] for word in name.split() if word[:1].isupper())
    acronym = found.group("acronym")
    return acronym if all(letter in initials for letter in acronym if letter.isupper()) else None


def initials(name: str) -> str:
    """The capitals a name's words begin with, connectors left out: "Department for Constitutional Affairs" -> "DCA"."""
    return "".join(word[0] for word in name.split() if word.lower() not in CONNECTORS and word[:1].isupper())


def spelled_out(acronym: str, names: Iterable[str]) -> str | None:
    """The last of ``names`` (organisations, in text order) of two or more words whose initials are ``acronym``."""
    found = None
    for name in names:
        if " " in name and initials(name) == acronym:
            found = name
    return found
