"""A definite role speaker the article named just before: "Mike Ruddock paid tribute to his Wales side …. “…,” said
the national team coach"; "Manchester United's Alex Ferguson has praised …. “…,” said the Old Trafford boss".

After an article's speakers are found (and ``named_next`` has named the roles it names next), ``name_role_holders``
gives a role speaker, or a role mention that resolved to no speaker ("said the Sale full-back"), the person, when,
in this order:

1. its mention is definite ("the …"; owned by no one named: "the Clinton campaign's spokesman" is someone else's,
   while "The political reform group's general secretary" is described by a body in lower case), of one person's role
   that may be named (``named_next.is_one_persons_role``), no office the article names someone in ("the
   chancellor" after "Chancellor Jo Hart": ``person_roles`` finds its holder), and an office only for a person the
   article gives no other one, named in no sentence of its own before it ("Reid would not say …. The minority leader
   said", but not "Jo Hart … was called “…” by the sentencing judge": the person named before is as often the office
   holder's opponent; "The political reform group's general secretary" is the group's; an office many hold at once,
   "the senator" or "the governor", ``SHARED_OFFICES``, is one too), and of no
   person named in the article ("the Christie supporter"), with no restrictive relative clause after it ("The
   barrister who had represented the farmer" is someone new);
2. the nearest sentence before the mention's own that names a person (at most ``REACH`` sentences back, into the
   paragraph before) opens with that person as its subject: a few words may describe them ("Manchester United's
   Alex Ferguson", "Republic of Ireland manager Brian Kerr", "“Acme Nights” star Jo Hart"), nothing but a phrase closed by a comma comes first
   ("And despite the recent results, skipper Jason Robinson believes", "But later, according to The Independent,
   Wenger spoke"), and the name owns nothing
   ("Trump's money"), or quotes that person in the reporting clause that closes it right after its quotation ("“…,”
   Oxfam's Jo Hart said. “…,” the charity's director added"), but not one reporting a quoted question ("“That would
   be you?” Jo Hart asked.": the asker); a sentence naming someone elsewhere ("… disallowed by Kaplan") stops the search, and so
   does the role's head word in a sentence passed or before the mention in its own ("A second CIA officer … backed
   Bob's account. … the officer said": the role brought in someone else);
3. that person is the article's main person (``names.main_person``), the person its headline opens with as subject,
   the named speaker of another of its quotations or the only person it names before the mention: someone the
   article is about or quotes;
4. the article ties them to no other organisation or place than the role's ("Arsenal boss Jim Marlow" is no
   "Chelsea boss"), and calls them "he" or "she" as the role's gender allows, if at all.
"""

import re
from typing import Final

from transforms.quotes.antecedents import RESTRICTIVE_RELATIVE, reported_unnamed_person
from transforms.quotes.pronoun_antecedents import UNNAMED_PEOPLE
from transforms.quotes.unnamed_speakers import anonymous_after
from transforms.quotes.entity_words import FEMALE_ROLES, MALE_ROLES, OFFICES
from transforms.quotes.named_next import CLOSING_CUE, is_one_persons_role
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Resolver
from transforms.quotes.speakers import read_mention

# Offices many hold at once, whose holder the sentence before names as often as an opponent's: "McCain said ….
# The longtime senator said".
SHARED_OFFICES: Final[frozenset[str]] = frozenset("senator congressman congresswoman governor".split())
# The close of a quoted question: a sentence after it reports who asked.
QUESTION_CLOSES: Final = ('?"', "?”")
# How many sentences before the mention's own may name its holder.
REACH: Final = 3
# A definite mention owned by no one named: "the Old Trafford boss", "The political reform group's general secretary"
# (a body described in lower case), not "the Clinton campaign's adviser" nor "his agent".
DEFINITE_UNOWNED: Final[re.Pattern[str]] = re.compile(r"(?:the|The)\s+(?:(?P<owner>(?:[a-z][\w\-]*\s+)*[a-z][\w\-]*(?:'s|’s))\s+)?(?![^,;:“”\"]*(?:'s|’s))[^,;:“”\"]+$")
# A definite description the mention is the second half of: "the former secretary of state and current Democratic
# presidential nominee said" (the mention is what follows "and").
DEFINITE_BEFORE_AND: Final[re.Pattern[str]] = re.compile(r"\b(?:the|The)\s+(?:[\w\-]+\s+){1,6}and\s+$")
# What may stand before a sentence's subject name: a conjunction and words that describe the person, capitalised
# ("Manchester United's", "Republic of Ireland manager"), a quoted title among them ("“Acme Nights” star"), not a
# clause ("In a statement,", "After the game").
SUBJECT_OPENING: Final[re.Pattern[str]] = re.compile(
    r"\s*(?:(?:But|And)\s+)?(?:[“\"][^“”\"]{1,60}[”\"]\s+)?(?:(?:[A-Z][\w\-]*(?:'s|’s)?|of|the|[a-z][\w\-]*(?<!ly)(?<!ing))\s+){0,5}$"
)
# A possessive right after a name: the name owns the subject ("Trump's money"), and is none.
OWNER: Final[re.Pattern[str]] = re.compile(r"['’]s?\b")
# The close of a quotation and the words that may describe the person named right after it: "…,” Oxfam's".
QUOTE_CLOSE_OPENING: Final[re.Pattern[str]] = re.compile(r"[,?!][”\"]\s+(?:[A-Z][\w\-]*(?:'s|’s)?\s+){0,3}$")
# Words that open a clause or an adverbial before the subject: the run before the name is then no description.
CLAUSE_WORDS: Final[frozenset[str]] = frozenset(
    "in on at after before when while as if although though since during despite for from with by to a an this that it he she they we".split()
)


def name_role_holders(resolver: Resolver, paragraphs: list[Paragraph], quotes: list[dict]) -> None:
    """Give each definite role speaker of ``quotes`` the person named as the subject just before it (see the module docstring)."""
    quoted = {quote["speaker"] for quote in quotes if quote["speaker_type"] == "person"}
    for quote in quotes:
        mention_start = quote["speaker_mention_start"]
        found = paragraph_of(paragraphs, mention_start) if quote["kind"] == "direct" and mention_start is not None else None
        if found is None or quote["speaker_type"] not in ("role", "unknown"):
            continue
        index, paragraph = found
        mention = paragraph.text[mention_start - paragraph.base:quote["speaker_mention_end"] - paragraph.base].strip(" .")
        role = quote["speaker"] if quote["speaker_type"] == "role" else unresolved_role(mention)
        definite = DEFINITE_UNOWNED.fullmatch(mention)
        if definite is None and DEFINITE_BEFORE_AND.search(paragraph.text, max(0, mention_start - paragraph.base - 90), mention_start - paragraph.base):
            definite = DEFINITE_UNOWNED.fullmatch(f"the {mention}")
        if role is None or definite is None or not is_one_persons_role(role) or names_other_person(resolver, role):
            continue
        head = role.rsplit(" ", 1)[-1].lower()
        office = head in OFFICES and head not in SHARED_OFFICES and definite.group("owner") is None
        if office and resolver.entities.person_described(tuple(role.lower().split()), mention_start) is not None:
            continue  # "the chancellor" after "Chancellor Jo Hart": ``person_roles`` finds the holder the article names
        if RESTRICTIVE_RELATIVE.match(paragraph.text, quote["speaker_mention_end"] - paragraph.base):
            continue  # "The barrister who had represented the farmer": someone new
        opening = min(mention_start, quote["start_char"] - 1) - paragraph.base  # a quotation opening the sentence: before it
        sentence = paragraph.sentence_of(max(opening, 0))[0]
        if role in UNNAMED_PEOPLE and reported_unnamed_person(paragraph.text, sentence, mention_start - paragraph.base):
            continue  # "He said the man shouted: “…”": someone the reporter met, whom the article does not name
        if anonymous_after(paragraph.text, quote["speaker_mention_end"] - paragraph.base) is not None:
            continue  # "said the woman, who declined to give her name": no one the article names
        if holds_word(paragraph.text[sentence:mention_start - paragraph.base], head):
            continue  # "a judge sentenced a 26-year-old man … after the man had posted": the role brought in here
        if office and names_person_in(resolver, paragraph, sentence, mention_start - paragraph.base):
            continue  # "Buhecha … was called “…” by the sentencing judge": an office beside the person named is someone else's
        person = subject_before(resolver, paragraphs, index, sentence, head)
        if person is None or not (
            person in quoted or person == resolver.names.main_person(mention_start) or only_person_before(resolver, person, mention_start)
            or in_headline(paragraphs, person)
        ):
            continue
        if office and head not in SHARED_OFFICES and office_holder_between(resolver, person, mention_start):
            continue  # "Tony Blane is urging … over President Bosh's re-election. “…,” the prime minister said": either
        if tied_elsewhere(resolver, person, role) or (head in SHARED_OFFICES or office) and resolver.entities.holds_other_role(person, (head,)):
            continue  # "Governor Jo Hart … the senator": another office's holder
        gender = resolver.names.any_gender(person)
        if gender == ("m" if head in FEMALE_ROLES else "f" if head in MALE_ROLES else ""):
            continue
        holder = resolver.person(person, position=mention_start)
        quote.update(speaker=holder.name, speaker_type="person", speaker_affiliation=holder.affiliation)


def holds_word(text: str, word: str) -> bool:
    """``text`` holds ``word`` whole, in any case."""
    return re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE) is not None


def office_holder_between(resolver: Resolver, person: str, position: int) -> bool:
    """Someone else the article gives an office that one person holds ("President Bosh") is named between ``person``'s
    last mention before the document offset ``position`` and it; "Sen. Tim Lowe", an office many hold, is no bar."""
    names = resolver.names
    last = max((at for at, full in names.names if full == person and at < position), default=position)
    for (at, full), (_text, mention) in zip(names.names, names.mentions):
        if not last < at < position or full == person:
            continue
        words = (mention.string[max(mention.start() - 30, 0):mention.start()] + mention.group()).split()
        titles = {word.strip(".").lower() for word in words if word[:1].isupper()}
        if titles & OFFICES and not titles & SHARED_OFFICES:
            return True
    return False


def names_person_in(resolver: Resolver, paragraph: Paragraph, start: int, end: int) -> bool:
    """paragraph.text[start:end] names a person outside its quotations."""
    names = resolver.names
    names.scan()
    base = paragraph.base
    return any(base + start <= at < base + end and not paragraph.inside_quote(at - base) and names.is_person(full) for at, full in names.names)


def names_other_person(resolver: Resolver, role: str) -> bool:
    """A word of ``role`` is the surname of a person the article names whose name the role does not hold whole: "the
    Christie supporter" is a supporter of Chris Christie, while "the Old Trafford boss" names a place."""
    people = resolver.names.person_of_surname
    return any(word in people and people[word] not in role for word in role.split())


def unresolved_role(mention: str) -> str | None:
    """The role words of a mention nothing resolved ("the Sale full-back"), or None for no role."""
    reading = read_mention(mention)
    return reading.text if reading.kind == "role" else None


def tied_elsewhere(resolver: Resolver, person: str, role: str) -> bool:
    """The article describes ``person`` by the role's head word with another organisation or place than the one
    ``role`` names ("Arsenal boss Jim Marlow" is no "Chelsea boss")."""
    words = role.lower().split()
    affiliation = {word.lower() for word in role.split() if word[:1].isupper()}
    surname = person.rsplit(" ", 1)[-1]
    return any(
        words[-1] in descriptors and not affiliation <= descriptors
        for _at, described, descriptors, _tied in resolver.entities.describe() if described.rsplit(" ", 1)[-1] == surname
    )


def in_headline(paragraphs: list[Paragraph], person: str) -> bool:
    """The article's headline opens with ``person``'s surname, or their full name, as its subject ("Hart hails side's
    resolve"): the article is about them."""
    if not paragraphs or not paragraphs[0].is_headline:
        return False
    headline = paragraphs[0].text.lstrip()
    surname = person.rsplit(" ", 1)[-1]
    return any(re.match(rf"{re.escape(opening)}\s+[a-z]", headline) is not None for opening in (surname, person))


def only_person_before(resolver: Resolver, person: str, position: int) -> bool:
    """``person`` is the only person the article names before the document offset ``position``."""
    names = resolver.names
    surname = person.rsplit(" ", 1)[-1]
    return all(full.rsplit(" ", 1)[-1] == surname for at, full in names.names if at < position and names.is_person(full))


def paragraph_of(paragraphs: list[Paragraph], position: int) -> tuple[int, Paragraph] | None:
    """The index and paragraph holding the document offset ``position``."""
    for index, paragraph in enumerate(paragraphs):
        if 0 <= position - paragraph.base < len(paragraph.text):
            return index, paragraph
    return None


def subject_before(resolver: Resolver, paragraphs: list[Paragraph], index: int, sentence: int, head: str) -> str | None:
    """The full name of the person who is the subject of the nearest of the ``REACH`` sentences before the one starting
    at ``sentence`` in paragraph ``index`` that names a person; None when that sentence names one elsewhere, or a
    sentence on the way holds the role's ``head`` word."""
    names = resolver.names
    names.scan()
    paragraph = paragraphs[index]
    for _ in range(REACH):
        while sentence <= 0:
            index -= 1
            if index < 0 or paragraphs[index].is_headline:
                return None
            paragraph = paragraphs[index]
            sentence = len(paragraph.text.rstrip())
        start = paragraph.sentence_of(sentence - 1)[0]
        base = paragraph.base
        if holds_word(paragraph.text[start:sentence], head):
            return None
        if any(base + start <= at < base + sentence and names.is_person(full) for at, full in names.names):
            if paragraph.text[:start].rstrip().endswith(QUESTION_CLOSES):
                return None  # "“That would be you?” Jo Hart asked.": the asker, not who answers
            found = opening_subject(resolver, paragraph, start, sentence)
            return found[0] if found is not None else closing_quoted_speaker(resolver, paragraph, start, sentence)
        sentence = start
    return None


def opening_subject(resolver: Resolver, paragraph: Paragraph, start: int, end: int) -> tuple[str, re.Match[str]] | None:
    """The full name and the mention of the person the sentence from ``start`` to ``end`` opens with as its subject:
    the first person it names, after no clause and at most a few words that describe them, owning nothing."""
    names = resolver.names
    names.scan()
    base = paragraph.base
    for (at, full), (_text, mention) in zip(names.names, names.mentions):
        if not (base + start <= at < base + end and names.is_person(full)):
            continue
        opening = paragraph.text[start:at - base]
        opening = opening[opening.rfind(",") + 1:]  # "And despite the results, skipper", "But later, according to The Independent, "
        if (
            " " not in full or not SUBJECT_OPENING.fullmatch(opening) or any(word.lower() in CLAUSE_WORDS for word in opening.split())
            or OWNER.match(paragraph.text, mention.end()) or mention.group().endswith(("'s", "’s"))
        ):
            return None
        return full, mention
    return None


def closing_quoted_speaker(resolver: Resolver, paragraph: Paragraph, start: int, end: int) -> str | None:
    """The full name of the person the sentence from ``start`` to ``end`` quotes in the reporting clause closing it,
    right after the quotation it opens with or goes on with: "“…,” Oxfam's Jo Hart said." The first person it names
    must be that one."""
    names = resolver.names
    base = paragraph.base
    for (at, full), (_text, mention) in zip(names.names, names.mentions):
        if not (base + start <= at < base + end and names.is_person(full)) or paragraph.inside_quote(at - base):
            continue
        opening = paragraph.text[start:at - base]
        first = start + len(opening) - len(opening.lstrip())
        if (
            " " not in full or not (opening.lstrip().startswith(("“", '"')) or paragraph.inside_quote(first))
            or not (closing := QUOTE_CLOSE_OPENING.search(opening))
            or not CLOSING_CUE.match(paragraph.text, mention.end(), end)
        ):
            return None
        return None if closing.group().startswith("?") else full  # "“That would be you?” Jo Hart asked. “…,” the senator said": the asker
    return None
