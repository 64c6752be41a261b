"""What the words of a capitalised run say around a name: a descriptor before it, an office whose holder
it names, or a body it names instead of a person.

Used by ``names`` (where a name proper begins, whether a run is person-shaped), ``phrases`` (where a
speaker phrase's name begins) and ``speakers`` (a name read as an organisation, an affiliation).
Word lists live in ``lexicon`` and ``entity_words``.
"""

import re
from typing import Final

from transforms.quotes.entity_words import COUNTRIES, DEMONYMS, FOREIGN_BODY_HEADS, GROUP_ROLES, OFFICE_QUALIFIERS, ORGANISATION_NAME_WORDS, PERSON_ROLES
from transforms.quotes.inner_name_words import bars_first_name
from transforms.quotes.lexicon import (
    ADJECTIVE_TITLES, NAME_PARTICLES, NOT_FIRST_NAME_WORDS, NOT_NAME_START, NOT_SURNAME_WORDS, PERSONAL_NAME_WORDS, TITLE_CASE_FUNCTION_WORDS,
)
from transforms.quotes.organisations import CONNECTORS, POSSESSIVE_END

# A middle initial: "L.", "W".
INITIAL = re.compile(r"[A-Z]\.?")
# A capitalised office and its preposition right before a capitalised run: "Chancellor of the |Exchequer Gordon Brown".
OFFICE_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:of|for|to) (?:the )?$")
# A lower-case office and "of" or "for" right before a capitalised field: "head of |Digital Media Jo Hart".
FIELD_OFFICE_BEFORE = re.compile(r"\b([a-z]+) (?:of|for) $")
OFFICE_PREPOSITIONS: Final[tuple[str, ...]] = (" of ", " of the ", " for ", " for the ", " to ", " to the ")
WORD_SPAN = re.compile(r"\S+")
# Endings of role nouns ("Assemblywoman", "Alderman"); before a first name and a surname only, as
# surnames end so too ("Gary Newman").
ROLE_ENDINGS: Final[tuple[str, ...]] = ("man", "woman", "men", "women")


def person_after_descriptor(tokens: list[str], index: int) -> bool:
    """``tokens[index]`` says who the person named by the two or more words after it is: a group or
    plural role ("Judges Simon Cowell", "Americans Andy Roddick", "Irishmen JP McManus"), a role by its
    ending ("Assemblywoman Claudia Tenney"), a hyphenated office ("Under-Secretary John Taylor"), or a
    word of an office's name ("Treasury Paul Boateng"; not an organisation's word: "Standard Life Investments").

    Only before words that can name a person: "Reporters Without Borders" and "United Mine Workers" are bodies.
    """
    token = tokens[index]
    lower = token.lower()
    hyphenated_office = "-" in lower and lower.rsplit("-", 1)[-1] in PERSON_ROLES  # "Under-Secretary", "Secretary-Treasurer"
    if token.isupper() or not (
        hyphenated_office or lower in OFFICE_QUALIFIERS or lower.endswith(ROLE_ENDINGS) or is_group_word(lower)
    ):
        return False
    rest = tokens[index + 1:]
    last = POSSESSIVE_END.sub("", rest[-1])
    return len(rest) >= 2 and not (
        last in NOT_SURNAME_WORDS or last in ORGANISATION_NAME_WORDS or is_group_word(last.lower())
        or any(word in NOT_NAME_START or word in TITLE_CASE_FUNCTION_WORDS or word in NOT_FIRST_NAME_WORDS for word in rest)
    )


def office_holder_start(office: str, run: list[str], field: bool = False) -> int:
    """Where the holder's name begins in the capitalised run after a capitalised office and its "of",
    "for" or "to": "Chancellor of the Exchequer | Gordon Brown", "Secretary of State | Colin L. Powell".
    With ``field`` (the run follows "of" or "for" with no determiner) a lower-case office too: a field or
    department written with capitals, "vice president of Intellectual Property | John Kelly".

    Only a run of three or more words with no organisation word ("Chairman of the Environmental Audit
    Committee" ends at its organisation word), ending in words that can name a person; else ``len(run)``.
    """
    if not (office[:1].isupper() or field) or office.lower() not in PERSON_ROLES or len(run) < 3:
        return len(run)
    body_end = max((index + 1 for index, word in enumerate(run) if POSSESSIVE_END.sub("", word) in ORGANISATION_NAME_WORDS), default=0)
    if body_end and (body_end > len(run) - 2 or not field):
        return len(run)  # "Chairman of the Environmental Audit Committee" ends at its organisation word
    start = len(run) - 2  # a field's organisation word ends it: "head of Digital Media | Jo Hart"
    if INITIAL.fullmatch(run[start]) and start > body_end + 1:  # "Colin L. Powell"
        start -= 1
    holder = run[start:]
    last = POSSESSIVE_END.sub("", holder[-1])
    if last in NOT_SURNAME_WORDS or last in NOT_NAME_START or is_group_word(last.lower()) or any(
        word in NOT_FIRST_NAME_WORDS or word in NOT_NAME_START or word in TITLE_CASE_FUNCTION_WORDS or not word[:1].isupper()
        or (field and (word.lower() in DEMONYMS or word.lower() in COUNTRIES))  # "chief of Royal Dutch Shell": no holder
        for word in holder[:-1]
    ):
        return len(run)
    return start


def office_holder_offset(text: str, start: int, end: int) -> int:
    """Where the holder's name begins in the capitalised run text[start:end] when a capitalised office and
    its preposition stand right before the run (``office_holder_start``); else ``start``."""
    if not text.endswith(OFFICE_PREPOSITIONS, 0, start):
        return start
    office = OFFICE_BEFORE.search(text, max(start - 40, 0), start) or FIELD_OFFICE_BEFORE.search(text, max(start - 40, 0), start)
    if office is None:
        return start
    words = list(WORD_SPAN.finditer(text, start, end))
    field = not office.group().endswith(" the ")
    holder_at = office_holder_start(office.group(1), [word.group() for word in words], field)
    return words[holder_at].start() if holder_at < len(words) else start


def names_a_body(parts: list[str]) -> bool:
    """Words inside a multi-word name that never stand inside a person's: an organisation's or a place's
    word before the last ("Amnesty International UK", "World Business Report"), "&" ("Marsh & McLennan"),
    or a function word ("Reporters Without Borders"). A last word alone is no sign ("Charlotte Church"),
    but for a country's letters ("U.S.") or a digit ("Motorola Razr V3")."""
    if len(parts) == 1:
        return is_dotted_country(parts[0])  # "U.S."
    if any(char.isdigit() for char in parts[-1]):
        return True  # "Motorola Razr V3": no one's surname holds a digit
    if parts[-1] in FOREIGN_BODY_HEADS and any(part in NAME_PARTICLES for part in parts):
        return True  # "Techniques du Cinema": a particle before a kind of body ends no one's name
    return any(
        (bars_first_name(parts, index) and part not in PERSONAL_NAME_WORDS) or part in TITLE_CASE_FUNCTION_WORDS or part in CONNECTORS
        or part in FOREIGN_BODY_HEADS  # "Banco de Espana", "Stade de France"
        or is_dotted_country(part)  # "U.S. Embassy", but "G.K. Butterfield"
        for index, part in enumerate(parts[:-1])
    )


def is_dotted_country(word: str) -> bool:
    """"U.S.", "U.K.": a country's letters with points."""
    return "." in word and word.replace(".", "").lower() in COUNTRIES


def is_adjective_descriptor(word: str) -> bool:
    """A capitalised word before a name that may as well begin an organisation's name: a nationality, a country
    or an adjective title ("Swiss Re", "General Electric", but "Brazilian Juninho", "General Musharraf")."""
    lower = word.lower()
    return (lower in DEMONYMS or lower in COUNTRIES or word in ADJECTIVE_TITLES) and word not in PERSONAL_NAME_WORDS  # not "German Gref"


def is_group_word(lower: str) -> bool:
    """A lower-cased noun for a group of people: "judges", "families", "americans", "irishmen", "celebrities"."""
    if lower in GROUP_ROLES:
        return True
    singular = lower[:-3] + "man" if lower.endswith("men") else lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else None
    return singular is not None and (singular in PERSON_ROLES or singular in DEMONYMS)


# An article right before a name, and a lower-case word right after it: the name modifies a noun.
ARTICLE_BEFORE: Final = re.compile(r"\b(?:a|an|the|A|An|The)\s+$")
LOWER_CASE_AFTER: Final = re.compile(r"\s+[a-z]")


def modifies_noun(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] qualifies the noun after it ("a Trump supporter", "the Clinton campaign"): it names
    what the noun stands for, no one a later "he" or "she" takes up."""
    return ARTICLE_BEFORE.search(text, max(start - 5, 0), start) is not None and LOWER_CASE_AFTER.match(text, end) is not None
