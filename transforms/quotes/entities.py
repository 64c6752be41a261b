"""What an article says about the people and organisations it names, for role mentions and "it".

Built lazily, like ``names.ArticleNames``, on the first role mention or organisation
pronoun of an article, from the text outside quotations:

- organisations: capitalised names with an organisation word ("Bank of England"), acronyms
  ("OECD") and other names that are no person, each with where it stands; a name after a
  preposition ("told the BBC") is an object and never what "it" stands for;
- descriptors of each named person: the words before the name ("chief executive Bill
  Gammell", "19-year-old Simpson", "Labour MP Stephen Pound"), an apposition after it
  ("Bill Gammell, chief executive of Cairn,", "Rod Eddington, 55,"), and its affiliation.

``organisation_before`` answers "it", "the firm", "the report"; ``person_described``
answers "the American", "the 30-year-old", "Authenti-corp's CEO".
"""

import re
from typing import Final

from transforms.quotes.entity_words import COUNTRIES, DEMONYMS, DETERMINERS, GROUP_ROLES, PARTIES, PERSON_ROLES
from transforms.quotes.lexicon import NOT_NAME_START
from transforms.quotes.names import NAMED_MENTION, ArticleNames, name_start, without_possessive
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.speakers import is_organisation_run, premodifier_affiliation

# Words before a name that make it an object, not a subject: "told the BBC", "shares in BT".
OBJECT_LEAD = re.compile(
    r"\b(?:to|by|with|from|at|in|on|of|for|told|into|than|against|about|over|and|or|like|joined|left|beat|"
    r"bought|sold|buy|sell|the|a|an)\s+$"
)
OBJECT_LEAD_WINDOW = 12
# "chief executive Bill Gammell", "the 19-year-old Simpson": lower-case words right before a name.
PREMODIFIER = re.compile(r"(?:(?<=\s)|^)((?:[a-z0-9][\w\-]*\s+){1,4})$")
PREMODIFIER_WINDOW = 60
# "Bill Gammell, chief executive of Cairn Energy,", "Simpson, 19,": an apposition after a name.
APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?P<words>[^,.;:“”\"()]{1,80}?)\s*(?:,|\.(?:\s|$)|;|\))")
APPOSITION_OF = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&’'\-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&’'\-]*)*)")
AGE = re.compile(r"\d{1,3}")
# "Rupert Adams of William Hill said": an organisation right after a name.
NAME_OF_ORGANISATION = APPOSITION_OF
# How far from a quotation's mention a person's "X of Y" may stand to give the affiliation.
AFFILIATION_REACH = 600
# How far back "it" looks for an organisation before taking the article's most named one.
ORGANISATION_REACH = 1200
WORD = re.compile(r"[\w\-]+")
# "Wimpey said": a name opening its sentence that speaks is a name, not a sentence's first word.
SPEAKS = re.compile(r"\s+(?:said|says|added|told|reported|announced|warned|claimed|insisted|stated)\b")
LOWER_WORD = re.compile(r"\b[a-z][a-z\-]+\b")


class ArticleEntities:
    """Organisations and described persons of one article, scanned on first use."""

    def __init__(self, names: ArticleNames) -> None:
        self.names = names
        self.paragraphs: list[Paragraph] = []
        self.scanned = 0  # paragraphs already scanned for organisations
        self.organisations: list[tuple[int, str, bool]] = []  # (document offset, name, as a subject)
        self.mentions_of: dict[str, int] = {}  # organisation -> how often named
        self.speaking: set[str] = set()  # organisations named as the subject of a reporting verb
        self.word_count: dict[str, int] = {}  # a lone capitalised word -> how often written, at sentence starts too
        self.described: list[tuple[int, str, frozenset[str], str | None]] | None = None  # (offset, person, words, affiliation)
        self.lower_words: set[str] | None = None

    def queue(self, paragraph: Paragraph) -> None:
        self.paragraphs.append(paragraph)

    def scan_organisations(self) -> None:
        for paragraph in self.paragraphs[self.scanned:]:
            text, base = paragraph.text, paragraph.base
            for span_start, span_end in paragraph.outside_quotes():
                for found in NAMED_MENTION.finditer(text, span_start, span_end):
                    if " " not in found.group():
                        word = without_possessive(found.group())
                        self.word_count[word] = self.word_count.get(word, 0) + 1
                    sentence_initial = found.start() == span_start or text[max(found.start() - 2, 0):found.start()].strip() in (".", "!", "?", "-", "•")
                    speaks = SPEAKS.match(text, found.end()) is not None
                    name = organisation_of(found.group(), sentence_initial and not speaks)
                    if name is None or self.names.is_person(name) or name.split()[-1] in self.names.person_of_surname:
                        continue
                    lead = text[max(found.start() - OBJECT_LEAD_WINDOW, 0):found.start()]
                    self.organisations.append((base + found.start(), name, OBJECT_LEAD.search(lead) is None))
                    self.mentions_of[name] = self.mentions_of.get(name, 0) + 1
                    if speaks:
                        self.speaking.add(name)
        self.scanned = len(self.paragraphs)

    def organisation_before(self, position: int, head: str | None = None) -> str | None:
        """The organisation "it" (or "the firm", "the bank") stands for at ``position``.

        The latest organisation named as a subject within reach ("Wimpey said …, it added"),
        one whose name holds the noun ("the bank" -> "Bank of England"), else the article's
        most named organisation.
        """
        self.names.scan()
        self.scan_organisations()
        if head is not None:
            wanted = head.capitalize()
            for at, name, _subject in reversed(self.organisations):
                if at < position and wanted in name.split():
                    return name
        for at, name, subject in reversed(self.organisations):
            if at >= position:
                continue
            if at < position - ORGANISATION_REACH:
                break
            if subject and name.lower() not in PARTIES and self.is_established(name):
                return name
        return self.most_named()

    def is_established(self, name: str) -> bool:
        """An organisation word or an acronym, or a name the article gives more than once ("Xboxes" once is a thing)."""
        return (
            self.mentions_of.get(name, 0) > 1 or self.word_count.get(name, 0) > 1 or name in self.speaking or is_organisation_run(name.split())
        )

    def most_named(self) -> str | None:
        best = None
        for name, count in self.mentions_of.items():  # first named wins a tie
            if self.is_established(name) and (best is None or count > self.mentions_of[best]):
                best = name
        return best

    def is_common_word(self, word: str) -> bool:
        """The article writes ``word`` in lower case too ("Digital" and "digital"): a word, not a name."""
        if self.lower_words is None:
            self.lower_words = {found.group() for paragraph in self.paragraphs for found in LOWER_WORD.finditer(paragraph.text)}
        return word.lower() in self.lower_words or (word.endswith(("ing", "ly")) and word not in self.names.names_of_surname)

    def is_organisation(self, word: str) -> bool:
        """A lone capitalised word that names an organisation here: named mid-sentence, or more than once."""
        self.scan_organisations()
        return word in self.mentions_of or self.word_count.get(word, 0) > 1

    def person_described(self, words: tuple[str, ...], position: int, affiliation: str | None = None) -> str | None:
        """The named person the article describes with the role ``words`` ("American", "30-year-old", "chief executive").

        The latest before ``position``, else the first after it; an affiliation, when given, must match.
        """
        wanted = set(words)
        before = after = None
        for at, person, descriptors, person_affiliation in self.describe():
            if not wanted <= descriptors or (affiliation and person_affiliation and affiliation not in person_affiliation and person_affiliation not in affiliation):
                continue
            if at <= position:
                before = person
            elif after is None:
                after = person
        return before or after

    def affiliation_of(self, person: str, position: int) -> str | None:
        """The organisation the article ties ``person`` to, from the mention near ``position``: "Rupert Adams of William Hill"."""
        if self.names.pending:
            return None  # the article's names were never needed: no scan for an affiliation alone
        for (at, full), (text, found) in zip(self.names.names, self.names.mentions):
            if full == person and abs(at - position) < AFFILIATION_REACH:
                of = NAME_OF_ORGANISATION.match(text, found.end()) or APPOSITION.match(text, found.end())
                if of is not None:
                    described = self.describe_one(text, found, full)
                    if described[3]:
                        return described[3]
        return None

    def describe(self) -> list[tuple[int, str, frozenset[str], str | None]]:
        """Descriptors of every named person mention, in text order."""
        if self.described is not None:
            return self.described
        self.names.scan()
        described = []
        for (at, full), (text, found) in zip(self.names.names, self.names.mentions):
            if not self.names.is_person(full) or full.isupper():
                continue
            described.append(self.describe_one(text, found, full, at))
        self.described = described
        return described


    @staticmethod
    def describe_one(text: str, found: re.Match[str], full: str, at: int = 0) -> tuple[int, str, frozenset[str], str | None]:
        """What the words around one mention of a person say of them, and their affiliation."""
        tokens = found.group().split()
        inside = tokens[:name_start(tokens)]
        words = [word.lower() for word in inside]
        affiliation = premodifier_affiliation(inside)
        before = PREMODIFIER.search(text, max(found.start() - PREMODIFIER_WINDOW, 0), found.start())
        if before:
            words += [word.lower() for word in before.group(1).split() if word.lower() not in DETERMINERS]
        after = APPOSITION.match(text, found.end())
        if after:
            apposition = after.group("words")
            of = APPOSITION_OF.search(apposition)
            if of:
                affiliation = affiliation or without_possessive(of.group("org"))
                apposition = apposition[:of.start()]
            words += [word.lower() for word in WORD.findall(apposition) if word.lower() not in DETERMINERS]
        else:
            of = NAME_OF_ORGANISATION.match(text, found.end())
            if of:
                affiliation = affiliation or without_possessive(of.group("org"))
        descriptors = set(words)
        for word in words:
            if AGE.fullmatch(word):
                descriptors.add(f"{word}-year-old")
        return at, full, frozenset(descriptors), affiliation

def organisation_of(mention: str, sentence_initial: bool) -> str | None:
    """The organisation a capitalised run names, or None: a person, a place, a nationality or a sentence's first word."""
    tokens = mention.split()
    tokens[-1] = without_possessive(tokens[-1])
    while tokens and (tokens[0] in NOT_NAME_START or tokens[0].lower() in DETERMINERS):
        tokens = tokens[1:]
        sentence_initial = False
    if not tokens:
        return None
    name = without_possessive(" ".join(tokens))
    lower = name.lower().replace(" ", "-")
    if lower in COUNTRIES or lower in DEMONYMS or tokens[-1].lower() in PERSON_ROLES or tokens[-1].lower() in GROUP_ROLES:
        return None
    if is_organisation_run(tokens):
        return name
    if len(tokens) == 1 and not sentence_initial:
        return name  # "Wimpey", "Microsoft": a name the article writes mid-sentence
    return None
