"""The name proper inside a capitalised run: titles, offices, owners and sentence words before it, letters after it.

``names`` matches the runs (``NAME``, ``NAMED_MENTION``); this module reads one run's words, in this order:
``name_start`` finds where the name begins (past the last title, a descriptor such as a role, party, nationality
or possessive owner, an organisation's acronym, and sentence words), ``name_from`` takes the words from there
without a suffix ("QC") or a possessive ending, and ``parsed_mention`` adds the gender a title gives and whether
the name is shaped like a person's (not when it ends in an initial, "Robert C.": a run a quoted nickname cut), and
``possessive_owner`` the person a run's possessive names before what it owns ("Gordon Brown's Budget"). Word-level
helpers read a possessive ending and a hyphenated proper adjective; ``owns_next`` tells whether a name owns the words
after it ("Obama's speech").
"""

import re
from functools import lru_cache
from typing import Final

from transforms.quotes.entity_words import COUNTRIES, DEMONYMS, NAME_SUFFIXES, ORGANISATION_NAME_WORDS, PARTIES, PERSON_ROLES, ROLE_WORDS_ALSO_SURNAMES
from transforms.quotes.given_names import given_name_gender
from transforms.quotes.inner_name_words import bars_first_name, is_month_surname, is_titled_month_surname
from transforms.quotes.lexicon import FEMALE_TITLES, MALE_TITLES, NAME_PARTICLES, NOT_NAME_START, NOT_PERSON_WORDS, NOT_SURNAME_WORDS, TITLES
from transforms.quotes.name_parts import names_a_body, person_after_descriptor
from transforms.quotes.organisations import POSSESSIVE_ENDINGS

POSSESSIVE = re.compile(r"[’']s?$")
# A capitalised adverb or gerund opening a sentence ("Privately", "Eventually", "Speaking"); names
# like "Kelly", "Connolly", "Daly" or "King" are left alone.
ADVERB_OR_GERUND: Final[re.Pattern[str]] = re.compile(r"[A-Z][a-z]{2,}(?:(?<!l)|(?<=al|ul|bl))ly|[A-Z][a-z]{2,}ing")
# "Polish-Lithuanian Commonwealth": a hyphenated pair of proper adjectives is no first name.
HYPHENATED_PROPER = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
# "Man-of-the-match", "Oscar-winning": a compound with a lower-case part describes; "Kilroy-Silk" names.
DESCRIPTIVE_COMPOUND = re.compile(r"[A-Z][a-z]*-(?!(?:van|von|de|der|den|la|le|du|del|da|di|dos|al|el|bin|ben)\b)[a-z]")
# A middle initial: "C.".
INITIAL = re.compile(r"[A-Z]\.")
# "EADS", "UKIP": an acronym of capitals (and digits), no initial.
ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&]+")
# Titles that are also surnames: "Billie Jean King", "Prince" in "Mark Prince".
SURNAME_TITLES: Final[frozenset[str]] = frozenset({"King", "Prince", "Lord", "Judge", "Baron", "Duke"})
PERSONAL_TITLES: Final[frozenset[str]] = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr."})


def is_proper_adjective_pair(token: str) -> bool:
    """"Polish-Lithuanian", "Anglo-Irish": a hyphenated pair with a nation in it, no first name ("Jean-Philippe")."""
    return HYPHENATED_PROPER.fullmatch(token) is not None and any(
        part.lower() in DEMONYMS or part.lower() in COUNTRIES or part in ("Anglo", "Franco", "Afro", "Euro", "Sino", "Indo") for part in token.split("-")
    )


def without_possessive(word: str) -> str:
    """"Trump’s" -> "Trump", "Forbes’" -> "Forbes"."""
    if word.endswith(("’s", "'s")):
        return word[:-2] or word
    if word.endswith(("’", "'")):
        return word[:-1] or word
    return (POSSESSIVE.sub("", word) or word) if word.endswith("\n") else word  # "$" also matches before a final newline


def ends_possessive(word: str) -> bool:
    """``POSSESSIVE.search(word)``: the word ends in "’s", "'s", "’" or "'" (or so before a final newline)."""
    return word.endswith(POSSESSIVE_ENDINGS) or (word.endswith("\n") and word[:-1].endswith(POSSESSIVE_ENDINGS))


@lru_cache(maxsize=65536)
def parsed_mention(mention: str) -> tuple[str | None, str | None, bool]:
    """A multi-word mention's name without titles, the gender its title gives, and whether it looks like a person.

    Cached: an article names the same people again and again.
    """
    tokens = mention.split()
    first = name_start(tokens)
    name = name_from(tokens, first)
    if name is None:
        return None, None, False
    title = tokens[max(first - 1, 0)]
    title_gender = "f" if title in FEMALE_TITLES else "m" if title in MALE_TITLES else None
    parts = name.split()
    person_shaped = len(parts) > 1 and not (
        INITIAL.fullmatch(parts[-1])  # "Robert C." of 'Robert C. "Bobby" Scott': a run the nickname's mark cut
        or parts[-1] in NOT_SURNAME_WORDS or (parts[-1] in NOT_NAME_START and not is_month_surname(parts)) or parts[-1] in ORGANISATION_NAME_WORDS
        or any(bars_first_name(parts, index) or is_proper_adjective_pair(part) or ends_possessive(part) for index, part in enumerate(parts[:-1]))
        or names_a_body(parts)  # "Marsh & McLennan"
    )
    return name, title_gender, person_shaped


def possessive_owner(mention: str) -> str | None:
    """The person a run's possessive names before what it owns: "Gordon Brown's Budget" -> "Gordon Brown", whose
    name ``parsed_mention`` passes over as the run's owner. Only an owner of two or more words shaped like a person's,
    with a first name known to be one ("MG Rover's Midlands plant" has none)."""
    tokens = mention.split()
    for index in range(1, len(tokens) - 1):
        if ends_possessive(tokens[index]):
            owner, _, person_shaped = parsed_mention(" ".join(tokens[:index + 1]))
            return owner if person_shaped and owner is not None and given_name_gender(owner) is not None else None
    return None


def strip_titles(tokens: list[str]) -> str | None:
    """Drop what a capitalised run says about a person before the name, and letters after it.

    "President Volodymyr Zelensky" -> "Volodymyr Zelensky", "East Midlands MEP Robert Kilroy-Silk"
    -> "Robert Kilroy-Silk", "Arsenal's Patrick Vieira" -> "Patrick Vieira", "Guy Mansfield QC"
    -> "Guy Mansfield"; None when only titles and sentence words are left.
    """
    return name_from(tokens, name_start(tokens))


def name_from(tokens: list[str], first: int) -> str | None:
    """``strip_titles`` of a run whose name proper begins at ``first`` (``name_start``)."""
    rest = tokens[first:]
    if not rest:
        return None
    if len(rest) > 1 and rest[-1] in NAME_SUFFIXES:
        rest = rest[:-1]
    while len(rest) > 1 and rest[-1] in ("The", "A", "An"):
        rest = rest[:-1]  # "Vadim Mitroshin The dispute": a sentence run on without its full stop
    rest[-1] = without_possessive(rest[-1])
    return " ".join(rest)


def name_start(tokens: list[str]) -> int:
    """Where the name proper begins in a capitalised run: past the last title, office, party,
    nationality or possessive owner before its last word, and past sentence words."""
    # past the last title; a title that is also a surname ends a name after a first name ("Billie Jean King")
    surname_title = len(tokens) > 1 and tokens[-1] in SURNAME_TITLES and (
        tokens[-2] in PERSONAL_TITLES or (tokens[-2] not in TITLES and not is_descriptor(tokens[-2], 2))
    )  # "Billie Jean King", "Mr. King"
    first = len(tokens) - 1 if surname_title else len(tokens)
    while first and tokens[first - 1] not in TITLES:
        first -= 1
    for index in range(first, len(tokens) - 1):
        # particles are no words of their own: "Bill de Blasio" has one word after "Bill", as "Bill Clinton" has
        words_after = sum(1 for word in tokens[index + 1:] if word not in NAME_PARTICLES)
        if is_descriptor(tokens[index], words_after) or is_organisation_acronym(tokens, index) or person_after_descriptor(tokens, index):
            first = index + 1
        elif index < len(tokens) - 3 and f"{tokens[index]}-{tokens[index + 1]}".lower() in DEMONYMS:
            first = index + 2  # "New Yorker Dick Morris", but "The New Yorker" names a magazine
    while first < len(tokens) and tokens[first] in NOT_NAME_START and not is_titled_month_surname(tokens, first):
        first += 1
    return first


def is_organisation_acronym(tokens: list[str], index: int) -> bool:
    """An acronym before two or more words in mixed case: an organisation's ("group EADS Philippe
    Camus"), not a line in capitals ("THE UNION ADDRESS") nor initials ("JK Rowling")."""
    rest = tokens[index + 1:]
    return len(rest) >= 2 and ACRONYM_WORD.fullmatch(tokens[index]) is not None and not any(word.isupper() for word in rest)


def is_descriptor(token: str, words_after: int) -> bool:
    """A word before a name that says who the person is, not what they are called.

    A compound with a lower-case part ("Man-of-the-match") always counts; a role word
    ("Striker", "Producer") or an organisation word only before two more words, so a surname like "Singer" in "Bryan Singer" stays a name;
    a role word also before one ("Rapper Eminem"), as a first name is never a role word, save the few that are
    family names written first ("Fan Bingbing").
    """
    lower = token.lower()
    if token in NAME_SUFFIXES or lower in PARTIES or lower in DEMONYMS or lower in COUNTRIES or ("-" in token and DESCRIPTIVE_COMPOUND.match(token)):
        return True
    if len(token) > 2 and ends_possessive(token):
        return True
    if lower in ROLE_WORDS_ALSO_SURNAMES and words_after < 2:
        return False
    return lower in PERSON_ROLES or words_after >= 2 and token in NOT_PERSON_WORDS


# What makes a name the owner of the words after it: "Obama's speech", "Vitter’s (R-La.) case".
OWNER_AFTER: Final = re.compile(r"(?:\s+\([^)]*\))?['’]s?(?!\w)")


def owns_next(text: str, name: re.Match[str]) -> bool:
    """The name owns what follows it ("of President Barack Obama's speech"): a possessive ends it or comes right after."""
    return name.group().endswith(POSSESSIVE_ENDINGS) or OWNER_AFTER.match(text, name.end()) is not None
