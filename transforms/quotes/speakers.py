"""What a speaker mention says before the article is consulted: a pronoun, a name, or a role.

``read_mention`` takes the mention ``phrases.speaker_span`` bounds, in this order:

1. clean it: trailing punctuation and a parenthesis go ("American.", "(BBA");
2. a lone pronoun is a pronoun ("he", "It");
3. a leading determiner is dropped ("the American" is definite, "one trader" is not); a poll's share of a group
   is a role, the group ("Only 52 percent of registered voters", "75 percent of Democrats");
   a leading possessive pronoun is the owner ("its chief executive", "his remarks");
4. "X of/for/at Y": an organisation Y named in capitals is the affiliation
   ("Anne Thompson of the Hollywood Reporter", "spokesman for Dell");
5. "Y's X": Y is the owner ("Arsenal's Patrick Vieira", "Mr Blair's official spokesman");
6. what is left is a name when it ends in capitalised words (titles, offices, parties,
   nationalities before it dropped: ``names.strip_titles``), an organisation when its
   last word is an organisation word, else a role phrase whose last word is its head
   ("UK Film Council spokesman"; "Police" opening a sentence becomes "police"). A heading in
   capitals that runs into the sentence is read past ("STORM HITS COAST Mayor Jane Porter"), and
   alone it names no one.

``Speaker`` is what ``resolution`` makes of it with the article's help; ``is_role``
is the last guard: a role must end in a noun for a person, a group or a body.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from transforms.quotes.entity_words import (
    COUNTRIES, DEMONYMS, DETERMINERS, DOCUMENT_NOUNS, FOREIGN_BODY_HEADS, GROUP_ROLES, NAME_SUFFIXES, ORGANISATION_NAME_WORDS,
    OFFICES, ORGANISATION_NOUNS, PARTIES, PARTY_MEMBERS, PERSON_ROLES, PUBLICATION_NOUNS, ROLE_SUFFIXES,
)
from transforms.quotes.group_members import group_words
from transforms.quotes.lexicon import FOCUS_ADVERBS, HYPHENED_PARTICLES, NAME_PARTICLES, POSSESSIVE_PRONOUNS, SPEECH_NOUNS, TITLES
from transforms.quotes.name_parts import is_adjective_descriptor, names_a_body, office_holder_start
from transforms.quotes.name_runs import POSSESSIVE, ends_possessive, name_start, strip_titles, without_possessive
from transforms.quotes.organisations import connected_end, has_connector, is_connected_organisation, organisation_spans
from transforms.quotes.owned_words import owned_words
from transforms.quotes.places import is_place
from transforms.quotes.premodifier_affiliations import premodifier_affiliation


class Speaker:
    """Who speaks: a person's fullest name, an organisation, a role phrase, or nobody (``name`` None).

    Read-only attributes rather than a frozen dataclass, as ``resolution.Attribution``.
    """

    def __init__(self, name: str | None, type: str, affiliation: str | None = None) -> None:
        self.name: Final = name
        self.type: Final = type  # person | organisation | role | unknown
        self.affiliation: Final = affiliation


NOBODY_KNOWN: Final[Speaker] = Speaker(None, "unknown", None)


@dataclass(frozen=True)
class Reading:
    """A mention read on its own: ``kind`` is pronoun, name, role or nothing."""

    kind: str
    text: str  # the pronoun (lower case), the name, or the role phrase
    definite: bool = False  # "the American": someone the article names
    owner: str | None = None  # "its", "Mr Blair": whose role or words
    affiliation: str | None = None  # an organisation the mention names
    descriptors: tuple[str, ...] = ()  # what the mention says of a named person ("chief", "executive")
    run: str | None = None  # "General Electric", "Swiss Re": the capitalised words of a lone name read past a nationality or an adjective title

    @property
    def head(self) -> str:
        return self.text.rsplit(" ", 1)[-1].lower()


NOTHING: Final[Reading] = Reading("nothing", "")
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"})
SPEECH_WORDS: Final[frozenset[str]] = frozenset(SPEECH_NOUNS.split())
# Function words and verbs that no role phrase holds: "mayor said he", "Her comments have been".
NOT_IN_ROLE: Final[frozenset[str]] = frozenset((
    "he she it they we i you him them us me his her its their our my your who which that this these those what "
    "said says say told tells added is was are were be been being has have had will would can could may might "
    "should must do does did not and or but if when while as than then there here so to"
).split())
MAX_ROLE_WORDS = 7
TRAILING_MARKS = re.compile(r"[\s.,;:!?\-–—'\"“”‘’/]+$")
UNCLOSED_PARENTHESIS = re.compile(r"\s*[(\[][^)\]]*$")
PARENTHETICAL = re.compile(r"\s*\([^)]*\)")
# A name's word opening with a particle joined by a hyphen or an elided article: "al-Islam" in "Saif al-Islam",
# "l'Audiovisuel" in "Conseil Superieur de l'Audiovisuel".
HYPHENED_PARTICLE = re.compile(r"(?:(?:" + "|".join(HYPHENED_PARTICLES) + r")-|[ld]['’])[A-Z]")
# "X of the Y", "spokesman for Dell", "a spokesman for distributor Toho", "the director behind JFK": the organisation
# or the work after the preposition.
OF_ORGANISATION = re.compile(r"(?:\s+[a-z]+ed|\s+[a-z]+\s+out)?\s+(?P<preposition>of|for|at|from|with|by|in|behind)\s+(?:the\s+)?(?:[a-z][a-z\-]*\s+){0,2}(?P<org>[A-Z][\w&’'.\-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+)?[A-Z0-9][\w&’'.\-]*)*)(?:\s+(?:magazine|newspaper|website|paper|tabloid|daily|weekly))?$")
# The run right after "of" or "for", no determiner or lower-case word between: "head of Digital Media Jo Hart".
FIELD_AFTER = re.compile(r"\s+(?:of|for)\s+[A-Z]")
# "one musician quoted by the report", "the chancellor meanwhile": where the words naming the speaker stop.
PHRASE_STOP = re.compile(
    r"\s+(?:quoted|based|speaking|writing|interviewed|is|was|were|are|has|had|have|who|which|meanwhile|also|then|later|repeatedly|again)\b.*$|\s+[a-z]+ly$"
    r"|\s+(?:on|last|this|next|earlier|in)\s+(?:[A-Z][a-z]+day|week|month|year|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$"
)
ACRONYM = re.compile(r"[A-Z][A-Z&\-]*[A-Z]s?")
COMMA = re.compile(r",\s*")


def clean(mention: str) -> str:
    """Without trailing punctuation, parentheses or a quotation mark: "British Bankers' Association (BBA" -> "British Bankers' Association"."""
    text = PARENTHETICAL.sub("", UNCLOSED_PARENTHESIS.sub("", mention)).strip()
    if text.endswith(".") and (len(text) < 3 or text[-3] in " ." or text.endswith(" Jr.")):
        return text  # "George W.", "Jr.": an initial's point
    return TRAILING_MARKS.sub("", text).strip(" ,")


@lru_cache(maxsize=65536)
def read_mention(mention: str) -> Reading:
    """What ``mention`` says on its own (see the module docstring for the order).

    A mention with an apposition ("Amy Pope, deputy homeland security advisor") is read
    part by part: its name, else its first role.
    """
    if "," not in mention:
        return read_phrase(mention)
    readings = [read_phrase(part) for part in apposition_parts(mention) if part.strip()]
    return next((reading for reading in readings if reading.kind == "name"), next((reading for reading in readings if reading.kind != "nothing"), NOTHING))


def apposition_parts(mention: str) -> list[str]:
    """The parts of a mention between its commas, but for the commas inside an organisation's name
    ("a Department for Culture, Media and Sport spokeswoman")."""
    inside = organisation_spans(mention)
    parts = []
    start = 0
    for comma in COMMA.finditer(mention):
        if not any(span_start < comma.start() < span_end for span_start, span_end in inside):
            parts.append(mention[start:comma.start()])
            start = comma.end()
    parts.append(mention[start:])
    return parts


def read_phrase(mention: str) -> Reading:
    text = clean(mention)
    tokens = text.split()
    if not tokens:
        return NOTHING
    first = tokens[0].lower()
    if len(tokens) == 1 and first in PRONOUNS:
        return Reading("pronoun", first)
    definite = False
    owner = None
    if len(tokens) > 1 and (tokens[0].endswith("ly") and tokens[1][:1].islower() or first in FOCUS_ADVERBS):
        tokens = tokens[1:]  # "Privately ministers", "even a top GOP strategist": an adverb opening the phrase
        first = tokens[0].lower()
    if first in DETERMINERS and len(tokens) > 1:
        definite = first in ("the", "this", "that")
        tokens = tokens[1:]
        if len(tokens) == 1 and is_party_member(tokens[0]) and not (definite and tokens[0].endswith("s")):
            return role_reading(tokens, definite, None, None)  # "one Republican": a member; "the Conservatives": the party
    elif first in POSSESSIVE_PRONOUNS and len(tokens) > 1:
        owner = POSSESSIVE_PRONOUNS[first]
        tokens = tokens[1:]
    if len(tokens) > 1 and is_party_member(tokens[-1]) and is_place(" ".join(tokens[:-1])):
        return role_reading(tokens, definite, owner, None)  # "a South Carolina Democrat": a member from a place
    affiliation = None
    rest = PHRASE_STOP.sub("", " ".join(tokens))
    group = group_words(rest, first == "one")  # "75 percent of Democrats", "one of two witnesses": the group's noun
    if group is not None:
        return role_reading(group, False, owner, None) if group else NOTHING
    tokens = rest.split()
    organisation_at = connected_end(rest, 0, len(rest)) if rest[:1].isupper() and has_connector(rest) else None
    if organisation_at == len(rest):  # "the Bank of England", "Standard & Poor's"
        return Reading("name", organisation_name(tokens), definite, owner, None, ("organisation",))
    if organisation_at is not None and rest[organisation_at:].strip()[:1].islower():
        body = organisation_name(rest[:organisation_at].split())
        after = rest[organisation_at:].split()
        if any(word[:1].isupper() for word in after):  # "Bank of England governor Mervyn King"
            return read_words(after, definite, owner, body)
        return role_reading(tokens, definite, owner, body)  # "a Department for Culture, Media and Sport spokeswoman"
    of = OF_ORGANISATION.search(rest)
    document = of is not None and rest[:of.start()].rsplit(" ", 1)[-1].lower() in DOCUMENT_NOUNS
    if of and (of.group("preposition") == "for" and document or of.group("preposition") == "in" and not document):
        # "a telephone memo for Mr Heath" is written to him; "a woman in Worcester" lives there; but "an
        # editorial in The Des Moines Register" is the newspaper's
        rest = rest[:of.start()]
        tokens = rest.split()
        of = None
    if of and of.start() > 0:
        organisation = of.group("org").split()
        person_at = organisation_end(organisation)
        field = of.group("preposition") in ("of", "for") and FIELD_AFTER.match(of.group(0)) is not None
        holder_at = office_holder_start((rest[:of.start()].split() or [""])[-1], organisation, field) if person_at == len(organisation) else person_at
        if holder_at < person_at:  # "Chancellor of the Exchequer Gordon Brown": the office's holder, its words no body
            return read_words(organisation[holder_at:], False, None, None)
        if person_at < len(organisation) - 1 and not is_connected_organisation(of.group("org")):  # "Chairman of the Environmental Audit Committee Peter Ainsworth MP"
            return read_words(organisation[person_at:], False, None, organisation_name(organisation[:person_at]))
        affiliation = organisation_name(organisation)
        rest = rest[:of.start()]
        tokens = rest.split()
    for index in range(len(tokens) - 1):
        if POSSESSIVE.search(tokens[index]) and len(tokens[index]) > 2 and (not tokens[index + 1][:1].isupper() or index == len(tokens) - 3 and tokens[-1] in DOCUMENT_NOUNS):
            owner = without_possessive(" ".join(tokens[:index + 1]))  # "Mr Blair's official spokesman", "Bush's Facebook post"
            tokens = tokens[index + 1:]
            break
    if owner is not None:
        tokens = owned_words(tokens)
    return read_words(tokens, definite, owner, affiliation)



def read_words(tokens: list[str], definite: bool, owner: str | None, affiliation: str | None) -> Reading:
    """A name, an organisation or a role, from the words left after determiners, owners and "of Y"."""
    if not tokens:
        return NOTHING
    tail = len(tokens)
    while tail and (
        tokens[tail - 1][:1].isupper()
        or tokens[tail - 1] in NAME_PARTICLES
        or HYPHENED_PARTICLE.match(tokens[tail - 1]) is not None  # "Saif al-Islam"
        or (tokens[tail - 1].isdigit() and tail > 1 and tokens[tail - 2][:1].isupper())  # "Number 10"
    ):
        tail -= 1
    if tail == 1 and tokens[0].isdigit() and len(tokens) > 1 and not any(is_role_word(word) or word in ORGANISATION_NAME_WORDS for word in tokens[1:]):
        return Reading("name", " ".join(tokens), definite, owner, affiliation, ())  # "50 Cent": a name that opens with its number
    if tail == len(tokens):  # lower-case last word: a role phrase ("Tory leader", "spokesman")
        named_body = body_name(tokens)
        if named_body is not None:  # "the nationalist Global Times tabloid", "the Herald newspaper"
            return Reading("name", named_body, definite, owner, None, ("organisation",))
        titled_end = next((index for index, word in enumerate(tokens) if not word[:1].isupper()), len(tokens))
        if titled_end > 2 and tokens[0] in COURTESY_TITLES and not ends_possessive(tokens[titled_end - 1]):
            # "Dr Mark Tuffy games systems director": a titled name before its role, the comma left out
            return Reading("name", " ".join(tokens[1:titled_end]), definite, owner, affiliation, tuple(word.lower() for word in tokens[titled_end:]))
        return role_reading(tokens, definite, owner, affiliation)
    if definite and len(tokens) == 1 and without_possessive(tokens[0]) in ORGANISATION_NAME_WORDS:
        return Reading("name", without_possessive(tokens[0]), True, owner, None, ("organisation", "short"))  # "the Post"
    capitalised = tokens[tail:]
    heading_end = capitals_line_end(capitalised)
    if heading_end and heading_end >= len(capitalised) - 1:
        return NOTHING  # "NEW YORK AT ITS", "EBOLA SURVIVORS", "… ONTO SOMETHING Crows": a line in capitals, then a sentence's first word
    if heading_end:
        return read_words(capitalised[heading_end:], definite, owner, affiliation)  # "STORM HITS COAST Mayor Jane Porter"
    body = tail > 0 and tokens[tail - 1].lower() in BODY_NOUNS  # "rights group Liberty", "consultancy 4Cast"
    if body or is_organisation_run(capitalised):
        return Reading("name", organisation_name(capitalised), definite, owner, affiliation, ("organisation",))
    if len(capitalised) == 2 and capitalised[-1] in NAME_SUFFIXES and tail == 0:
        return role_reading(tokens, definite, owner, affiliation)  # "Salford MP", "Labour MP": an office, no name
    start = name_start(capitalised)
    if 0 < start == len(capitalised) - 1 and all(word.lower() in COUNTRIES for word in capitalised[:start]):
        return Reading("name", " ".join(capitalised), definite, owner, affiliation, ("organisation",))  # "US Customs", "UK Coal"
    name = strip_titles(capitalised)
    titled = start > 0 and capitalised[start - 1] in TITLES
    descriptors = tuple(word.lower() for word in tokens[:tail] + capitalised[:start])
    if name is None or (not titled and (is_role_word(name) or (definite and is_role_word(capitalised[-1])))):
        return role_reading(tokens, definite, owner, affiliation)  # "Labour MP", "American", "Police", "the Ealing North MP"
    if affiliation is None:  # "Band Aid founder Bob Geldof", "Labour MP Stephen Pound"
        affiliation = premodifier_affiliation(tokens[:tail] + capitalised[:start])
    if not titled and names_a_body(name.split()):  # "Amnesty International UK", "Marsh & McLennan"
        return Reading("name", name, definite, owner, None, ("organisation",))
    run = None
    if tail == 0 and start == len(capitalised) - 1 > 0 and all(is_adjective_descriptor(word) for word in capitalised[:start]):
        run = without_possessive(" ".join(capitalised))  # "General Electric" or "General Musharraf": the article tells
    return Reading("name", name, definite, owner, affiliation, descriptors, run)


def capitals_line_end(tokens: list[str]) -> int:
    """Where a heading written in capitals ends at the start of a run of words, 0 when there is none.

    Three words in capitals, or two of four letters or more, are a line in capitals ("EBOLA SURVIVORS",
    "AT LEAST 10 KILLED"), not acronyms ("US FDA"); a newsletter item runs its heading into the sentence,
    so a name may follow.
    """
    end = 0
    while end < len(tokens) and (tokens[end].isupper() and len(tokens[end]) > 1 or (end and tokens[end].isdigit())):
        end += 1
    words = [word for word in tokens[:end] if not word.isdigit()]
    long_words = sum(1 for word in words if len(word) >= 4)
    return end if len(words) >= 3 or (len(words) == 2 and long_words == 2) else 0


def body_name(tokens: list[str]) -> str | None:
    """The name before a noun for a publication or a body: "nationalist Global Times tabloid" -> "Global Times"."""
    if len(tokens) < 2 or tokens[-1].lower() not in PUBLICATION_NOUNS or not tokens[-2][:1].isupper():
        return None
    start = len(tokens) - 1
    while start and tokens[start - 1][:1].isupper():
        start -= 1
    if any(word in ("of", "for", "at", "from", "with") for word in tokens[:start]):
        return None  # "editor of union-backed Hazards magazine": a role at the publication
    owner_at = next((index for index in range(start, len(tokens) - 2) if POSSESSIVE.search(tokens[index])), None)
    if owner_at is not None:
        start = owner_at + 1  # "America's TV Guide magazine"
    name = organisation_name(tokens[start:-1])
    lower = name.lower().replace(" ", "-")
    return None if lower in COUNTRIES or lower in DEMONYMS else name


def role_reading(tokens: list[str], definite: bool, owner: str | None, affiliation: str | None) -> Reading:
    """A role phrase with its head last; a common word capitalised at a sentence start goes lower case."""
    words = list(tokens)
    if (words[0].lower() in ROLE_LEXICON or words[0].lower()[:-1] in PERSON_ROLES) and not words[0].isupper() and not words[0][:-1].isupper() and (len(words) == 1 or words[1][:1].islower()) and words[1:2] != ["for"]:
        words[0] = words[0].lower()  # "Police chief", but not "Man Utd boss", "MPs" or "Department for …"
    words[-1] = without_possessive(words[-1])
    if affiliation is None:
        affiliation = premodifier_affiliation([word for word in words[:-1] if word[:1].isupper() or word.isdigit()] + [word for word in words[-1:] if word in NAME_SUFFIXES])
    return Reading("role", " ".join(words), definite, owner, affiliation)


def organisation_name(tokens: list[str]) -> str:
    """"the Hollywood Reporter" -> "Hollywood Reporter"; "B&B's" -> "B&B"."""
    words = [word for word in tokens]
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return without_possessive(" ".join(words)) if words else ""


def is_organisation_run(tokens: list[str]) -> bool:
    """Capitalised words that name a body: an organisation word last ("Electoral Commission"), a party
    ("Lib Dems"), or an acronym ("OECD", "B&B"); never a titled person ("Mr White", "Sir Andrew Green")."""
    if tokens[0] in TITLES:
        return False
    if len(tokens) > 1 and tokens[0] in FOREIGN_BODY_HEADS:
        return True  # "Banco de Espana", "Conseil Superieur de l'Audiovisuel"
    last = without_possessive(tokens[-1])
    if last in NAME_SUFFIXES or last.lower() in PERSON_ROLES:
        return False  # "the MP": a person
    if last in ORGANISATION_NAME_WORDS and len(tokens) > 1:
        return True
    if last.lower() in PARTIES and (len(tokens) == 1 or tokens[0].lower() in PARTIES or tokens[0] in ("New", "Scottish", "Welsh")):
        return True
    return len(tokens) == 1 and ACRONYM.fullmatch(last) is not None and last.lower() not in COUNTRIES and not last.endswith("s")


def organisation_end(tokens: list[str]) -> int:
    """Where an organisation's capitalised words end: after its last organisation word ("Environmental Audit Committee | Peter Ainsworth")."""
    for index in range(len(tokens) - 1, -1, -1):
        if without_possessive(tokens[index]) in ORGANISATION_NAME_WORDS:
            return index + 1
    return len(tokens)


def is_role_word(word: str) -> bool:
    """A noun for a person, a group or a body ("Police", "Aides", "MP"), or a nationality."""
    lower = word.lower()
    plural_of_role = lower.endswith("s") and lower[:-1] in PERSON_ROLES
    return " " not in word and (lower in ROLE_LEXICON or plural_of_role or word in NAME_SUFFIXES or lower in DEMONYMS)


# Titles that go before a person's name and nothing else's.
COURTESY_TITLES: Final[frozenset[str]] = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame"})
ROLE_LEXICON: Final[frozenset[str]] = PERSON_ROLES | GROUP_ROLES | ORGANISATION_NOUNS | DOCUMENT_NOUNS
# Nouns for a body and never a person ("executive" is both): "rights group Liberty" is an organisation.
BODY_NOUNS: Final[frozenset[str]] = ORGANISATION_NOUNS - PERSON_ROLES


def is_role(phrase: str) -> bool:
    """A role phrase an analyst can use: a few words ending in a noun for a person, a group or a body.

    Rejects pronouns, verbs and function words ("mayor said he", "fact that he") and fragments.
    """
    organisation_at = connected_end(phrase, 0, len(phrase)) if phrase[:1].isupper() and has_connector(phrase) else None
    words = phrase[organisation_at or 0:].split()  # an organisation's name before the role counts as one word
    if not words or len(words) > MAX_ROLE_WORDS or "," in phrase[organisation_at or 0:]:
        return False
    if any(word.lower() in NOT_IN_ROLE and not is_acronym(words, index) and not joins_office_words(words, index) for index, word in enumerate(words)):
        return False
    head = words[-1].lower()
    if head.endswith(ROLE_SUFFIXES) or head in PERSON_ROLES:  # "fly-half", "full-back": a hyphenated role noun whole
        return True
    head = head.rsplit("-", 1)[-1]  # "ex-aide", "co-founder": the noun after a prefix
    singular = head[:-1] if head.endswith("s") else head
    return head in ROLE_LEXICON or singular in PERSON_ROLES or singular in ORGANISATION_NOUNS or head in DEMONYMS or head in PARTY_MEMBERS


def joins_office_words(words: list[str], index: int) -> bool:
    """``words[index]`` is the "and" between two lower-case words of an office's portfolio: "trade and industry
    secretary", "work and pensions minister" (one office, not two people)."""
    return (
        words[index] == "and" and 0 < index < len(words) - 2 and words[-1].lower() in OFFICES
        and all(word.isalpha() and word.islower() for word in (words[index - 1], words[index + 1]))
    )


def is_acronym(words: list[str], index: int) -> bool:
    """``words[index]`` is two or more capitals among words that are not ("US officials", "a WHO spokesman"):
    an acronym, not the function word it spells; in a run of capitals ("CONTROVERSIES AND OTHER") it is that word."""
    def capitals(at: int) -> bool:
        return 0 <= at < len(words) and len(words[at]) > 1 and words[at].isupper()

    return capitals(index) and not capitals(index - 1) and not capitals(index + 1)


def is_party_member(word: str) -> bool:
    """"Republican", "Tories": a word for the members of a party."""
    return word.lower() in PARTY_MEMBERS


def age_of(word: str) -> str | None:
    """"30-year-old" -> "30"."""
    number = word.split("-", 1)[0]
    return number if number.isdigit() and word.endswith(("-year-old", "-year-olds")) else None
