"""A role speaker the next sentence names: "…, a witness has told jurors. David Myers made the comments …".

News brings a source in by a role and names them in the sentence right after ("France's finance minister has
said the world faced “…”. Herve Gaymard said …"). After an article's speakers are found, ``name_roles_next``
gives such a role speaker the person, when, in this order:

1. the role is one person's (singular, a person role, not one that stays unnamed: "a spokesman", "a source"),
   its mention is no pronoun and no name follows it ("Trump's Virginia state director, Mike Rubino,");
2. the sentence after the mention's (in its paragraph, else the first of the next paragraph) opens with a
   person's full name as its subject: after at most a participle clause and a few words that describe them
   ("Giving evidence …, ex-finance chief Scott Sullivan implicated …", "Chief executive Gail Berman said") but
   give no other office ("US District Court Judge Robert Sweet ruled" after "his lawyer said"), before a comma
   or a lower-case word (not "Myers's lawyer"), in a sentence with a lower-case word ("Mohamed Shoukair, 36." is a caption);
   else names them in the reporting clause that closes it after a comma ("…, the work and pensions minister has
   said. This was why …, Alan Johnson said.": ``closing_reporter``);
3. the article names that person there for the first time: someone named before is no one the role brings in;
4. the article calls them "he" or "she" (a person, not "Fake DVDs"), as the role's gender allows ("a
   spokeswoman" is no "Mr").
"""

import re
from typing import Final

from transforms.quotes.entity_words import FEMALE_ROLES, MALE_ROLES, OFFICES, PARTY_MEMBERS, PERSON_ROLES, UNNAMED_ROLES
from transforms.quotes.groups import ends_plural
from transforms.quotes.names import NAMED_MENTION, PRONOUN
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Resolver

# What may open the sentence before the subject: a conjunction, a participle clause.
# An adverb opening the sentence leads a phrase of its own too: "Formerly one of her closest aides, Jo Hart said".
SUBJECT_LEAD: Final[re.Pattern[str]] = re.compile(r"(?:(?:But|And|Now)\s+)?(?:[A-Z][a-z]+(?:ing|ly)\b[^,.;“”\"]{0,150},\s+)?")
# How many words may describe the subject before its name: "former Treasury chief economist".
MAX_DESCRIPTION: Final = 4
# Words that make the run before a name more than its description: "In a statement to the court, David Myers".
NOT_DESCRIPTION: Final[frozenset[str]] = frozenset(
    "the a an of in on at to for from by with and but or as his her its their this that he she it they we was is has had said says".split()
)
# What follows a subject's name: a comma (an apposition) or a lower-case word (its verb).
AFTER_SUBJECT: Final[re.Pattern[str]] = re.compile(r",|\s+[a-z]")
# A reporting clause that closes its sentence after the name: "…, Alan Johnson said.", "…, Jo Hart told the BBC."
CLOSING_CUE: Final[re.Pattern[str]] = re.compile(r"\s+(?:has\s+)?(?:said|says|told|added|adds)\b[^“”\".!?]{0,60}[.!?]?\s*$")
# A word that describes a person before their name: "ex-finance", "chief", "Labour".
DESCRIPTION_WORD: Final[re.Pattern[str]] = re.compile(r"[A-Za-z][\w\-]*")
# Prefixes that make a role one of a few holders' or a past one, still a person's: "co-chairman", "ex-aide".
SHARED_ROLE_PREFIXES: Final[tuple[str, ...]] = ("co-", "ex-", "joint-")
LOWER_CASE_WORD: Final[re.Pattern[str]] = re.compile(r"\b[a-z]+\b")
# A name right after a role mention, its own: "director, Mike Rubino,", "journalist Dainis Ivans".
NAME_AFTER_ROLE: Final[re.Pattern[str]] = re.compile(rf",?\s+{NAMED_MENTION.pattern}")


def name_roles_next(resolver: Resolver, paragraphs: list[Paragraph], quotes: list[dict]) -> None:
    """Give each role speaker of ``quotes`` the person the sentence after its mention names (see the module docstring)."""
    for quote in quotes:
        if quote["speaker_type"] != "role" or quote["speaker_mention_start"] is None or not is_one_persons_role(quote["speaker"]):
            continue
        found = subject_named_next(resolver, paragraphs, quote["speaker_mention_start"], quote["speaker_mention_end"])
        if found is None:
            continue
        head = quote["speaker"].rsplit(" ", 1)[-1].lower()
        gender = resolver.names.any_gender(found)
        if gender is None or gender == ("m" if head in FEMALE_ROLES else "f" if head in MALE_ROLES else ""):
            continue
        person = resolver.person(found, position=quote["speaker_mention_start"])
        quote.update(speaker=person.name, speaker_type="person", speaker_affiliation=person.affiliation)


def is_one_persons_role(role: str) -> bool:
    """"witness", "top academic", "Labour backbencher", "co-chairman", "Utah Republican": one person's role that may be named, not "analysts" or "spokesman"."""
    head = role.rsplit(" ", 1)[-1].lower()
    head = head.split("-", 1)[1] if head.startswith(SHARED_ROLE_PREFIXES) else head  # "co-chairman" is a chairman
    return (head in PERSON_ROLES or head in PARTY_MEMBERS) and head not in UNNAMED_ROLES and not ends_plural(role)


def subject_named_next(resolver: Resolver, paragraphs: list[Paragraph], position: int, mention_end: int) -> str | None:
    """The full name of a person the article names for the first time as the subject of the sentence after the one
    holding the role mention from the document offset ``position`` to ``mention_end``."""
    found = next_sentence(paragraphs, position)
    if found is None:
        return None
    mention_paragraph, paragraph, start, end = found
    mention = mention_paragraph.text[position - mention_paragraph.base:mention_end - mention_paragraph.base]
    if PRONOUN.fullmatch(mention) or NAME_AFTER_ROLE.match(mention_paragraph.text, mention_end - mention_paragraph.base):
        return None
    text, base = paragraph.text, paragraph.base
    lead_end = SUBJECT_LEAD.match(text, start, end).end()  # type: ignore[union-attr]  # always matches
    names = resolver.names
    names.scan()
    closing = closing_reporter(resolver, paragraph, start, end, position)
    if closing is not None:
        return closing
    for (at, full), (_text, name) in zip(names.names, names.mentions):
        if at < base + lead_end:
            continue
        titles = name.group()[:max(name.group().rfind(full.split()[0]), 0)]  # "US District Court Judge " before "Robert Swain"
        if at >= base + end or not is_description(text[lead_end:at - base] + " " + titles, lead_end == start, mention):
            return None
        if " " not in full or not names.is_person(full) or not AFTER_SUBJECT.match(text, name.end()) or not LOWER_CASE_WORD.search(text, name.end(), end):
            return None
        surname = full.rsplit(" ", 1)[-1]
        earlier = any(other_at < position and other.rsplit(" ", 1)[-1] == surname for other_at, other in names.names)
        return None if earlier else full
    return None


def closing_reporter(resolver: Resolver, paragraph: Paragraph, start: int, end: int, position: int) -> str | None:
    """The full name of a person the article names for the first time in the reporting clause that closes the
    sentence from ``start`` to ``end`` after a comma: "…, the work and pensions minister has said. This was why …,
    Alan Johnson said."."""
    names = resolver.names
    base = paragraph.base
    for (at, full), (_text, name) in zip(names.names, names.mentions):
        if not base + start <= at < base + end or paragraph.inside_quote(at - base):
            continue
        if not paragraph.text[:at - base].rstrip().endswith(",") or not CLOSING_CUE.match(paragraph.text, name.end(), end):
            continue
        if " " not in full or not names.is_person(full):
            return None
        surname = full.rsplit(" ", 1)[-1]
        earlier = any(other_at < position and other.rsplit(" ", 1)[-1] == surname for other_at, other in names.names)
        return None if earlier else full
    return None


def is_description(words: str, opens_sentence: bool, role: str) -> bool:
    """``words`` before a name describe that person ("ex-finance chief", "Chief executive"): a few plain words, no
    function word, and no capitalised office the role does not hold ("US District Court Judge" is no "lawyer")
    but for the sentence's first word."""
    tokens = words.split()
    role_words = set(role.lower().split())
    return len(tokens) <= MAX_DESCRIPTION and all(
        DESCRIPTION_WORD.fullmatch(token) and token.lower() not in NOT_DESCRIPTION
        and not (token[:1].isupper() and token.lower() in OFFICES and token.lower() not in role_words and not (opens_sentence and index == 0))
        for index, token in enumerate(tokens)
    )


def next_sentence(paragraphs: list[Paragraph], position: int) -> tuple[Paragraph, Paragraph, int, int] | None:
    """The paragraph holding the document offset ``position``, and the paragraph and span of the sentence after the one
    holding it: in its paragraph, else the first of the next paragraph."""
    for index, paragraph in enumerate(paragraphs):
        offset = position - paragraph.base
        if not 0 <= offset < len(paragraph.text):
            continue
        end = paragraph.sentence_of(offset)[1]
        if paragraph.text[end:].strip():
            return paragraph, paragraph, end, paragraph.sentence_of(end)[1]
        following = next((later for later in paragraphs[index + 1:] if later.text.strip()), None)
        return (paragraph, following, 0, following.sentence_of(0)[1]) if following is not None else None
    return None
