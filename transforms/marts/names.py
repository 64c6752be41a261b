"""Read a speaker string as a person's or an organisation's name, or as neither.

Rules, in order (words compared lowercased, against ``name_words``):

1. A type the extractor gave (``speaker_type``) is kept: ``role`` and ``unknown`` name no one.
   Without one, a string that is a pronoun or function word names no one.
2. The name is the run of capitalised words at the end of the string (particles such as
   "de" or "van" inside it), after a trailing suffix (Jr) is dropped. The run stops at a title or
   office ("UKIP MEP Robert Kilroy-Silk", "Lord Falconer"), at a possessive ("Arsenal's
   Patrick Vieira": the possessor is the affiliation), at a lowercase word, or at the start.
3. A run holding an organisation word ("Ministry", "Bank") or a party, or made of an
   acronym (NATO), is an organisation, whatever stopped it.
4. Otherwise a run stopped by a title, a possessive or the start is a person; a run after a
   lowercase description ("the outlet Pravda") is a role, and so are an empty run
   ("spokesman", "Deputy Prime Minister") and a nationality ("American").

A person's ``key`` ignores case, accents, dots and middle initials ("Dmitri A. Medvedev"
and "Dmitri Medvedev" share one), so spellings of one name meet in ``people``.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from transforms.marts.name_words import DEMONYMS, HONORIFICS, JOINERS, NOT_NAMES, OFFICES, ORGANISATION_WORDS, PARTICLES, PARTIES, SUFFIXES

PERSON = "person"
ORGANISATION = "organisation"
ROLE = "role"
UNKNOWN = "unknown"
POSSESSIVE = re.compile(r"^(.+?)['’]s$")
ACRONYM = re.compile(r"^[A-Z][A-Z&]+s?$")
INITIAL = re.compile(r"^\w\.?$")
UNCLOSED_PARENTHESIS = re.compile(r"\s*\([^)]*$")
TRAILING_PUNCTUATION = ".,;:!?)\"'’”"


@dataclass(frozen=True)
class Name:
    """A speaker string read as a name: its type, the name itself, what was stripped, and the merge key."""

    type: str  # person, organisation, role or unknown
    name: str | None  # the name without titles ("Robert Kilroy-Silk"); None for roles and unknowns
    title: str | None = None  # what preceded it and was stripped ("UKIP MEP")
    affiliation: str | None = None  # the possessor in "Arsenal's Patrick Vieira"

    @property
    def key(self) -> str | None:
        return name_key(self.name, self.type) if self.name else None

    @property
    def surname(self) -> str | None:
        tokens = self.key.split() if self.key and self.type == PERSON else []
        return tokens[-1] if tokens else None


def fold(text: str) -> str:
    """Lowercase without accents: "Müller" and "Muller" fold alike."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def name_key(name: str, kind: str = PERSON) -> str:
    """The merge key: folded words; for people without initials ("Dmitri A. Medvedev" -> "dmitri medvedev")."""
    words = [word.strip(".") for word in fold(name).replace("’", "'").split()]
    if kind == PERSON:
        kept = [word for word in words if not INITIAL.match(word)]
        words = kept or words
    return " ".join(word for word in words if word)


def person_id(kind: str, key: str) -> str:
    """A stable id for a merged name: the same key gives the same id in every run."""
    return hashlib.sha256(f"{kind}:{key}".encode()).hexdigest()[:16]


def _bare(word: str) -> str:
    return word.lower().strip(TRAILING_PUNCTUATION + "(")


def _names_an_organisation(run: list[str]) -> bool:
    bare = [_bare(word) for word in run]
    return (
        any(word in ORGANISATION_WORDS for word in bare)
        or all(word in PARTIES for word in bare)
        or (len(run) == 1 and bool(ACRONYM.match(run[0])))
    )


def _name_run(words: list[str]) -> tuple[list[str], str]:
    """Take the name's words off the end of ``words``; returns them and what stopped the run
    (title, possessive, lowercase or start). ``words`` keeps what precedes the name."""
    run: list[str] = []
    while words:
        word, bare = words[-1], _bare(words[-1])
        if bare in HONORIFICS or bare in OFFICES:
            # A title word last is a surname only after a first name ("Mervyn King", "John Major").
            before = _bare(words[-2]) if len(words) > 1 else ""
            if run or not word[:1].isupper() or not words[-2:-1] or not words[-2][:1].isupper() or before in HONORIFICS or before in OFFICES:
                return run, "title"
        if bare in PARTIES and run and not all(_bare(taken) in PARTIES for taken in run):
            return run, "title"
        if run and word[:1].isupper() and POSSESSIVE.match(word):
            return run, "possessive"
        joins = bare in JOINERS and run and len(words) > 1 and words[-2][:1].isupper() and _bare(words[-2]) not in OFFICES
        if not (word[:1].isupper() or bare in PARTICLES or joins):
            return run, "lowercase"
        run.insert(0, words.pop())
    return run, "start"


@lru_cache(maxsize=65536)
def read_name(speaker: str, speaker_type: str | None = None) -> Name:
    """``speaker`` (as the quotes table holds it) read as a name; see the module's rules."""
    if speaker_type in (ROLE, UNKNOWN):
        return Name(speaker_type, None)
    text = UNCLOSED_PARENTHESIS.sub("", speaker).strip().rstrip(TRAILING_PUNCTUATION.replace(".", "")).strip()
    if not text or (fold(text) in NOT_NAMES and not ACRONYM.match(text)):
        return Name(UNKNOWN, None)
    words = text.split()
    while len(words) > 1 and _bare(words[-1]) in SUFFIXES:
        words.pop()
    run, stop = _name_run(words)
    while run and (run[0].lower() in PARTICLES or run[0].lower() in JOINERS):  # no name opens with "de" or "of"
        words.append(run.pop(0))
    name = " ".join(run).rstrip(TRAILING_PUNCTUATION) or None
    title = " ".join(words) if stop == "title" and words else None
    affiliation = _possessor(words) if stop == "possessive" else None
    if speaker_type == ORGANISATION or (speaker_type is None and run and _names_an_organisation(run)):
        return Name(ORGANISATION, (name or text).removeprefix("The "))
    if speaker_type == PERSON:
        return Name(PERSON, name or text, title, affiliation)
    if not run or stop == "lowercase" or all(_bare(word) in DEMONYMS for word in run):
        return Name(ROLE, None)
    return Name(PERSON, name, title, affiliation)


def _possessor(words: list[str]) -> str | None:
    match = POSSESSIVE.match(words[-1]) if words else None
    return match.group(1) if match else None
