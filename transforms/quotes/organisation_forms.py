"""An organisation speaker's full name when the quote's clause uses a short form of it.

Run after ``fullest_forms``, on each direct quote whose speaker is an organisation, over the organisations
the article names outside quotations (``entities.ArticleEntities``); the first rule that finds a name wins,
with the name the article gives at least three times as often as each other it finds ("Manchester United" over
"Shareholders United"):

1. two words or more the article writes short ("Lib Dems") whose words each begin the matching word of one
   organisation's name of as many words ("Liberal Democrats"), a plural "s" aside;
2. one word that closes one longer name as its head ("Commission" of "European Commission", "Times" of
   "New York Times"; not "California" of "University of California") or opens one before "of" or "for" ("Bank"
   of "Bank of England", "Department" of "Department for Education"); a noun read as a role ("bank" of "the
   Bank's minutes") as that word capitalised.

Rule 1 also takes two words that are a longer name's words after its "and" ("Pensions Committee" of "Work and
Pensions Committee", a run cut at "and"), unless a word before the "and" is the surname of a person named
elsewhere ("Clinton and State Department" is two names).

Parties and countries keep the form the quote uses ("Labour" is no "New Labour", "the US" no "US Airways").
"""

from transforms.quotes.entities import ArticleEntities
from transforms.quotes.entity_words import PARTIES
from transforms.quotes.places import is_country_name


def is_abbreviation(short: list[str], name: list[str]) -> bool:
    """Each word of ``short`` begins the matching word of ``name`` ("Dems" of "Democrats"), and one is shorter."""
    if len(short) < 2 or len(short) != len(name) or short == name:
        return False
    for word, full in zip(short, name):
        stem = word[:-1] if word.endswith("s") and full.endswith("s") and len(word) > 2 else word
        if not full.startswith(stem) or len(stem) < 2:
            return False
    return True


def is_short_form(word: str, name: list[str]) -> bool:
    """``word`` closes ``name`` as its head (not after "of": "California" is no "University of California") or
    opens it before "of" or "for" ("Department" of "Department for Education")."""
    return len(name) > 1 and ((name[-1] == word and "of" not in name) or (name[0] == word and name[1] in ("of", "for")))


def is_tail_after_and(short: list[str], name: list[str]) -> bool:
    """``short`` is the words of ``name`` after its last "and" ("Pensions Committee" of "Work and Pensions
    Committee"): a name cut at its "and"."""
    return len(short) > 1 and len(name) > len(short) + 1 and name[-len(short):] == short and name[-len(short) - 1] == "and" and "of" not in name


def names_person(name: str, entities: ArticleEntities) -> bool:
    """A word of ``name`` before its "and" is a person's surname the article writes ("Clinton and State
    Department" is two names)."""
    words = name.split()
    # a "person" read inside this very run ("Commons Work" of "Commons Work and Pensions Committee") is none
    people = (entities.names.person_of_surname.get(word) for word in words[: words.index("and")])
    return any(person is not None and person not in name for person in people)


def full_organisation(speaker: str, entities: ArticleEntities) -> str | None:
    """The one organisation name ``speaker`` is a short form of (see the module docstring), else None."""
    words = speaker.split()
    if speaker.lower() in PARTIES or is_country_name(speaker) or len(words) > 2:
        return None
    entities.scan_organisations()
    names = {name for _at, name, _subject, _speaks in entities.organisations if "'" not in name and "’" not in name}
    found = {name for name in names if is_abbreviation(words, name.split()) or is_tail_after_and(words, name.split()) and not names_person(name, entities)}
    if not found and len(words) == 1:
        found = {name for name in names if is_short_form(speaker[:1].upper() + speaker[1:], name.split())}
    if not found:
        return None
    name = max(found, key=lambda candidate: entities.mentions_of.get(candidate, 0))
    if any(3 * entities.mentions_of.get(other, 0) > entities.mentions_of.get(name, 0) for other in found - {name}):
        return None  # no one name the article gives three times as often as every other
    return None if is_country_name(name) else name


def organisation_forms(quotes: list[dict], entities: ArticleEntities) -> None:
    """Rewrite each direct quote's organisation speaker to the full name the article gives it."""
    fuller: dict[str, str | None] = {}
    for quote in quotes:
        speaker = quote["speaker"]
        if speaker is None or quote["speaker_type"] != "organisation":
            continue
        if speaker not in fuller:
            fuller[speaker] = full_organisation(speaker, entities)
        quote["speaker"] = fuller[speaker] or speaker
