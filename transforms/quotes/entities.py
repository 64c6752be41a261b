"""What an article says about the people and organisations it names, for role mentions and "it".

Built lazily, like ``names.ArticleNames``, on the first role mention or organisation pronoun of an article, from the
text outside quotations:

- organisations: capitalised names with an organisation word ("Bank of England"), acronyms
  ("OECD", or the name they spell: ``organisations.spelled_out``) and other names that are no person, each with where it stands; a name after a
  preposition ("told the BBC") is an object and never what "it" stands for;
- descriptors of each named person: the words before the name ("chief executive Bill Gammell", "19-year-old Simpson",
  "Labour MP Stephen Pound"), an apposition after it ("Bill Gammell, chief executive of Cairn,", "Rod Eddington,
  55,"), and its affiliation (``person_descriptors``);
- periodicals: an organisation named with a periodical's noun before or after it ("US magazine Rolling Stone",
  "Broadcast magazine"; ``periodicals``).

``organisation_before`` answers "it", "the firm", "the report", "the magazine"; ``person_described``
answers "the American", "the 30-year-old", "Authenti-corp's CEO".
"""

import re
from bisect import bisect_right
from collections.abc import Iterator

from transforms.quotes.affiliations import affiliation_after, is_party, organisation_of
from transforms.quotes.entity_words import (
    COMPANY_NOUNS, COUNTRIES, DETERMINERS, FAME_WORDS, FEMALE_ROLES, KIND_OF_BODY_NOUNS, MALE_ROLES, OFFICE_QUALIFIERS, OTHER_OFFICE_WORDS, PARTIES, PARTY_ADJECTIVES, PERIODICAL_NAME_WORDS, PERIODICAL_NOUNS,
    PERSON_ROLES, SAME_OCCUPATIONS,
)
from transforms.quotes.lexicon import FEMALE_TITLES, MALE_TITLES, NOT_NAME_START, POSSESSIVE_PRONOUNS
from transforms.quotes.named_things import after_speech_cue, standalone_count, word_followed_by
from transforms.quotes.noun_named_bodies import band_named_before_member, body_named_after_noun, is_kind_of, starts_of
from transforms.quotes.name_runs import ADVERB_OR_GERUND, without_possessive
from transforms.quotes.names import NAMED_MENTION, ArticleNames
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.person_descriptors import describe_mention, mention_affiliation
from transforms.quotes.organisations import CONNECTOR_AFTER, OBJECT_LEAD, OBJECT_LEAD_WINDOW, SPEAKS, acronym_after, organisation_end, owned_organisation, spelled_out
from transforms.quotes.periodicals import after_periodical_noun, before_periodical_noun
from transforms.quotes.role_mentions import role_names
from transforms.quotes.speakers import age_of, is_organisation_run, organisation_name

# Role and office words, without the courtesy titles ("Mr", "Lady") that say nothing of a role.
ROLE_WORDS = (PERSON_ROLES | OFFICE_QUALIFIERS) - {title.lower().rstrip(".") for title in FEMALE_TITLES | MALE_TITLES | {"Dr"}}
# The words a person described by role and office alone may carry ("its chief executive").
ROLE_AND_OFFICE_WORDS = PERSON_ROLES | OFFICE_QUALIFIERS | DETERMINERS | frozenset(POSSESSIVE_PRONOUNS)

# How far from a quotation's mention a person's "X of Y" may stand to give the affiliation.
AFFILIATION_REACH = 600
# How far back "it" looks for an organisation before taking the article's most named one.
ORGANISATION_REACH = 1200
WORD_CHARACTER = re.compile(r"[\w’'\-]")
# ", who" after a word (``ArticleEntities.is_called_who``), matched where str.find finds the word: no pattern per word.
WHO_AFTER = re.compile(r",?\s+who\b")
# What stands before a word that opens a sentence or a line.
SENTENCE_LEAD = re.compile(r"(?:[.!?:“”\"]\s*|^\s*)$")


class ArticleEntities:
    """Organisations and described persons of one article, scanned on first use."""

    def __init__(self, names: ArticleNames) -> None:
        self.names = names
        self.paragraphs: list[Paragraph] = []
        self.scanned = 0  # paragraphs already scanned for organisations
        self.organisations: list[tuple[int, str, bool, bool]] = []  # (document offset, name, as a subject, as a speaker)
        self.full_names: dict[str, str] = {}  # acronym -> the name it stands for
        self.mentions_of: dict[str, int] = {}  # organisation -> how often named
        self.speaking: set[str] = set()  # organisations named as the subject of a reporting verb
        self.kind_named: list[tuple[int, str, str]] = []  # (offset, body, noun for its kind): "bookmaker William Hill"
        self.periodicals: list[tuple[int, str]] = []  # (document offset, name) of organisations named with a periodical's noun
        self.word_count: dict[str, int] = {}  # a lone capitalised word -> how often written, at sentence starts too
        self.described: list[tuple[int, str, frozenset[str], str | None]] | None = None  # (offset, person, words, affiliation)
        self.described_names = 0  # named mentions already described
        self.affiliations: dict[int, str | None] = {}  # index of a named mention -> affiliation_after it: a person is quoted again and again
        self.after_kind: dict[str, tuple[int, bool]] = {}  # name -> (paragraphs read, is_named_after_kind in them): asked per quote

    def queue(self, paragraph: Paragraph) -> None:
        self.paragraphs.append(paragraph)

    def scan_organisations(self) -> None:
        """The organisations among the capitalised runs outside quotations (see the module docstring)."""
        self.names.scan()  # a person's name is no organisation
        for paragraph in self.paragraphs[self.scanned:]:
            text = paragraph.text
            runs = paragraph.named_runs  # the name scan's runs; a headline's are found here
            if runs is None:
                runs = [
                    (found.start(), found.end(), span_start, span_end)
                    for span_start, span_end in paragraph.outside_quotes() for found in NAMED_MENTION.finditer(text, span_start, span_end)
                ]
            span, skip_to = -1, 0
            for start, end, span_start, span_end in runs:
                if span_start != span:  # the text between two quotations: nothing read on into it
                    span, skip_to = span_start, span_start
                if start < skip_to:  # inside an organisation's name read on past the run
                    continue
                if text.startswith(CONNECTOR_AFTER, end):  # "Bank of England"; "Iraq's Ministry of Communications" without its owner
                    whole = organisation_end(text, start, end, span_end)
                    owned = owned_organisation(text, start, end, span_end) if whole is None else None
                    start, end = owned if owned is not None else (start, whole or end)
                    skip_to = end
                self.scan_one(paragraph, start, end, start == span_start)
        self.scanned = len(self.paragraphs)

    def scan_one(self, paragraph: Paragraph, start: int, end: int, opens_span: bool) -> None:
        """Record the capitalised run text[start:end] if it names an organisation."""
        text = paragraph.text
        mention = text[start:end]
        if end - start == 1 and "." in text[start - 1:start] + text[end:end + 1]:  # "S" of "U.S.": no body's name
            return
        if " " not in mention:
            word = without_possessive(mention)
            self.word_count[word] = self.word_count.get(word, 0) + 1
        sentence_initial = opens_span or text[max(start - 2, 0):start].strip() in (".", "!", "?", "-", "•")
        speaks = SPEAKS.match(text, end) is not None
        name = organisation_of(mention, sentence_initial and not speaks)
        after_noun = body_named_after_noun(text, start, mention, sentence_initial)
        if after_noun is not None:  # "football club Borussia Dortmund", "Bookmaker William Hill": a body, however it reads
            self.kind_named.append((paragraph.base + start, without_possessive(after_noun[0]), after_noun[1]))
        elif (band := band_named_before_member(text, end, mention)) is not None:  # "Velvet Pines singer Tom Arbery"
            self.kind_named.append((paragraph.base + start, without_possessive(band), "band"))
        # "US magazine Rolling Stone's list": a run after a periodical's noun names it; "Broadcast magazine" an organisation before one
        named_periodical = after_periodical_noun(text, start)
        if name is None and named_periodical:  # "the editors of The Advocate": the paper's name, without its article
            name = without_possessive(mention).removeprefix("The ")
        periodical = named_periodical or (name is not None and before_periodical_noun(text, end, name))
        acronym = acronym_after(text, mention, end) if text.startswith(" (", end) else None
        if acronym and name is None and " " in mention:  # "Marks and Spencer (M&S)"
            name = organisation_name(mention.split())
        if acronym and name:  # "World Health Organisation (WHO)": the acronym stands for the name
            self.full_names[acronym] = name
        name = self.full_names.get(name, name) if name else None
        if name and name.isupper() and name.lower() not in COUNTRIES:  # "the NAO" after "the National Audit Office"
            self.full_names[name] = spelled_out(name, self.mentions_of) or name
            name = self.full_names[name]
        if name is None or not named_periodical and (self.names.is_person(name) or name.split()[-1] in self.names.person_of_surname):
            return
        lead = text[max(start - OBJECT_LEAD_WINDOW, 0):start]
        self.organisations.append((paragraph.base + start, name, OBJECT_LEAD.search(lead) is None, speaks))
        self.mentions_of[name] = self.mentions_of.get(name, 0) + 1
        if speaks:
            self.speaking.add(name)
        if periodical:
            self.periodicals.append((paragraph.base + start, name))

    def full_name(self, acronym: str) -> str:
        """The name an article gives an acronym ("WHO" -> "World Health Organisation") or spells it with, else the acronym."""
        self.scan_organisations()
        return self.full_names.get(acronym, acronym)

    def organisation_before(self, position: int, head: str | None = None) -> str | None:
        """The organisation "it" (or "the firm", "the bank") stands for at ``position``.

        One whose name holds the noun ("the bank" -> "Bank of England"); for "the newspaper" the periodical named
        last, else the last name that ends as a paper's does ("Arab News", "Sunday Telegraph"); for "the party" the party
        named last; for "it" and a company's noun ("the firm") the latest organisation that speaks
        within reach ("The IFS said … It also said"), else the latest named as a subject ("Wimpey
        said …, it added"), else, for a noun, the latest named after a noun for its kind ("football club Borussia
        Dortmund … the club": ``noun_named_bodies``), else the article's most named organisation if named within two
        paragraphs (``most_named_near``).
        """
        self.scan_organisations()
        if head is not None:
            wanted = head.capitalize()
            for at, name, _subject, _speaks in reversed(self.organisations):
                if at < position and wanted in name.split():
                    return name
            if head in PERIODICAL_NOUNS:  # "the magazine said": the periodical named last, else the last name a paper takes
                return self.periodical_before(position) or next(
                    (name for at, name, _subject, _speaks in reversed(self.organisations) if at < position and name.split()[-1] in PERIODICAL_NAME_WORDS), None
                )
            if head == "party":  # "the party said": the party named last
                return next((name for at, name, _subject, _speaks in reversed(self.organisations) if at < position and is_party(name)), None)
            if head not in COMPANY_NOUNS:  # "the government", "the ministry": only a name that says so, or a body named after the noun
                return self.named_after_kind(position, head) if head in KIND_OF_BODY_NOUNS else None
        latest_subject = None
        for at, name, subject, speaks in reversed(self.organisations):
            if at >= position:
                continue
            if at < position - ORGANISATION_REACH:
                break
            if speaks and name.lower() not in PARTIES:
                return name  # "The IFS said … It also said"
            if latest_subject is None and subject and name.lower() not in PARTIES and self.is_established(name):
                latest_subject = name
        return latest_subject or (self.named_after_kind(position, head) if head is not None else None) or self.most_named_near(position)

    def organisation_ending(self, phrase: str, position: int) -> str | None:
        """The latest organisation named before ``position`` whose name ends with the words of the lower-case
        ``phrase`` capitalised: "the assembly government" the "Welsh Assembly Government"."""
        self.scan_organisations()
        ending = " " + " ".join(word.capitalize() for word in phrase.split())
        return next((name for at, name, _subject, _speaks in reversed(self.organisations) if at < position and name.endswith(ending)), None)

    def is_named_after_kind(self, name: str) -> bool:
        """The article names ``name`` right after a noun for a kind of body: "housebuilder George Wimpey" is a firm. Read
        from the text, not the organisation scan (which must not start early), each paragraph once per name."""
        read, found = self.after_kind.get(name, (0, False))
        if not found and read < len(self.paragraphs):
            found = any(body_named_after_noun(paragraph.text, at, name, False) is not None
                        for paragraph in self.paragraphs[read:] if not paragraph.is_headline for at in starts_of(paragraph.text, name))
            self.after_kind[name] = (len(self.paragraphs), found)
        return found

    def named_after_kind(self, position: int, head: str) -> str | None:
        """The latest body named after a noun for its kind that "the <head>" stands for, within reach: "Video game firm
        Bioware … The company says" (``noun_named_bodies``)."""
        for at, name, noun in reversed(self.kind_named):
            if position - ORGANISATION_REACH <= at < position and is_kind_of(noun, head):
                return name
        return None

    def periodical_before(self, position: int) -> str | None:
        """The periodical named last before ``position``: "US magazine Rolling Stone", "Broadcast magazine"."""
        return next((name for at, name in reversed(self.periodicals) if at < position), None)

    def is_established(self, name: str) -> bool:
        """An organisation word or an acronym, or a name the article gives more than once ("Xboxes" once is a thing)."""
        return (
            self.mentions_of.get(name, 0) > 1 or self.word_count.get(name, 0) > 1 or name in self.speaking or is_organisation_run(name.split())
        )

    def most_named_near(self, position: int) -> str | None:
        """The article's most named organisation, when a mention of it stands within two paragraphs of ``position``, before
        or after ("a report says. ¶ The National Audit Office praised …"). Further from any mention of it, "it" or "the
        group" is more often a campaign, a website, a paper or a crowd the article names another way."""
        name = self.most_named()
        if name is None:
            return None
        bases = [paragraph.base for paragraph in self.paragraphs]  # a position's paragraph is where bisect puts it
        here = bisect_right(bases, position)
        return name if any(abs(bisect_right(bases, at) - here) <= 2 for at, named, _subject, _speaks in self.organisations if named == name) else None

    def most_named(self) -> str | None:
        best = None
        for name, count in self.mentions_of.items():  # first named wins a tie; a party's adjective ("Democratic nominee") is none
            if name.lower() not in PARTY_ADJECTIVES and self.is_established(name) and (best is None or count > self.mentions_of[best]):
                best = name
        return best

    def is_common_word(self, word: str) -> bool:
        """The article writes ``word`` in lower case too ("Digital" and "digital"): a word, not a name."""
        if ADVERB_OR_GERUND.fullmatch(word) and word not in self.names.names_of_surname:
            return True  # "Privately", "Laying": not "Kelly", "King" or "Fleming"
        return self.writes_lower(word)

    def writes_lower(self, word: str) -> bool:
        """The article writes ``word`` in lower case as a word of its own."""
        lower = word.lower()
        if lower == word:
            return True
        for paragraph in self.paragraphs:
            text = paragraph.text
            at = text.find(lower)
            while at >= 0:
                end = at + len(lower)
                if (at == 0 or not WORD_CHARACTER.match(text, at - 1)) and not WORD_CHARACTER.match(text, end):
                    return True
                at = text.find(lower, end)
        return False

    def writes_alone(self, word: str, run: str) -> bool:
        """The article writes ``word`` other than as the end of ``run``: "Musharraf" besides "General Musharraf",
        but never "Electric" without "General"."""
        return any(
            standalone_count(paragraph.text, word) > standalone_count(paragraph.text, run) for paragraph in self.paragraphs if word in paragraph.text
        )

    def is_organisation(self, word: str) -> bool:
        """A lone capitalised word that names an organisation here: written more than once, or once
        mid-sentence ("shares in Wimpey", but not "said Sotherton": a speaker of either kind), and no person's name."""
        count = 0
        for paragraph in self.paragraphs:
            text = paragraph.text
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                if (at == 0 or not WORD_CHARACTER.match(text, at - 1)) and not WORD_CHARACTER.match(text, end):
                    count += 1
                    if count > 1 or (at > 1 and not SENTENCE_LEAD.search(text, max(at - 3, 0), at) and not after_speech_cue(text, at)):
                        return not self.names.is_person(word) and organisation_of(word, False) is not None
                at = text.find(word, end)
        return False

    def is_called_who(self, word: str) -> bool:
        """The article writes "<word>, who": a person ("Juninho, who has just bought a new home"), for organisations
        take "which"."""
        return any(word_followed_by(paragraph.text, word, WHO_AFTER) for paragraph in self.paragraphs)

    def person_described(self, words: tuple[str, ...], position: int, affiliation: str | None = None, role_words_only: bool = False) -> str | None:
        """The named person the article describes with the role ``words`` ("American", "30-year-old", "chief executive").

        The latest before ``position``, else the first after it; an affiliation, when given, must match.
        ``role_words_only``: described by no other words than role and office words ("its chief executive",
        not "Norfolk police chief").
        """
        wanted = set(words)
        head = words[-1]
        forms = (head, head.capitalize(), head.upper())
        if not any(form in paragraph.text for paragraph in self.paragraphs for form in forms):
            return None  # no one is so described: spare the descriptors
        before = after = None
        for at, person, descriptors, person_affiliation in self.describe():
            extra = descriptors - wanted
            if role_words_only and not extra <= ROLE_AND_OFFICE_WORDS:
                continue
            if not wanted <= descriptors or extra & OTHER_OFFICE_WORDS or (affiliation and person_affiliation and affiliation not in person_affiliation and person_affiliation not in affiliation):
                continue
            if at <= position:
                before = person
            elif after is None:
                after = person
        return before or after

    def holds_other_role(self, person: str, words: tuple[str, ...]) -> bool:
        """The article gives ``person`` an office or occupation, and never the role ``words``: the
        chancellor is not the person it calls prime minister. A word of fame ("film star") is neither: "the
        actor" may be the star; nor is the same occupation under another word (``SAME_OCCUPATIONS``): "the writer"
        may be the novelist."""
        roles: set[str] = set()
        for _at, described, descriptors, _affiliation in self.describe():
            if described == person or described == person.rsplit(" ", 1)[-1]:
                if set(words) <= descriptors:
                    return False
                roles |= descriptors & PERSON_ROLES
        same = next((group for group in SAME_OCCUPATIONS if len(words) == 1 and words[0] in group), frozenset())
        return bool(roles - FAME_WORDS - same)  # "Novelist Jo Hart": "the writer" too

    def is_described(self, person: str) -> bool:
        """The article gives ``person`` a role or an age ("Deputy Prime Minister John Prescott", "Mr Mubanga, 32,")."""
        surname = person.rsplit(" ", 1)[-1]
        return any(
            descriptors & ROLE_WORDS or any(age_of(word) for word in descriptors)
            for _at, described, descriptors, _affiliation in self.describe() if described.rsplit(" ", 1)[-1] == surname
        )

    def role_gender(self, person: str) -> str | None:
        """The gender a role the article gives ``person`` says: "her son Tom Clark", "Katherine Jackson, his mother,"."""
        for _at, described, descriptors, _affiliation in self.describe():
            if described == person:
                if descriptors & MALE_ROLES:
                    return "m"
                if descriptors & FEMALE_ROLES:
                    return "f"
        return None

    def earlier_role(self, head: str, position: int) -> str | None:
        """The latest fuller mention of a role before ``position``: "A Bayern spokesman said …. “…,” the
        spokesman said" -> "Bayern spokesman"; "A spokesman for the Home Office said" -> "Home Office spokesman"."""
        found = None
        found_at = -1
        for paragraph in self.paragraphs:
            if paragraph.base >= position:
                break
            if head not in paragraph.text:
                continue
            for role_start, name, head_first in role_names(paragraph.text, head):
                if found_at < paragraph.base + role_start < position and not paragraph.inside_quote(role_start):
                    words = name.split()
                    while words and (words[0] in NOT_NAME_START or words[0].lower() in DETERMINERS):
                        words = words[1:]
                    if words:
                        owner = " ".join(words)  # "a spokesman for Michael Howard": Michael Howard's spokesman
                        found = f"{owner}'s {head}" if head_first and self.names.is_person(owner) else f"{owner} {head}"
                        found_at = paragraph.base + role_start
        return found

    def affiliation_of(self, person: str, position: int) -> str | None:
        """The organisation the article ties ``person`` to, from the mention near ``position``: "Rupert Adams of William Hill"."""
        if self.names.pending:
            return None  # the article's names were never needed: no scan for an affiliation alone
        for index in self.names.indexes_of_name.get(person, []):
            if abs(self.names.names[index][0] - position) < AFFILIATION_REACH:
                if index not in self.affiliations:
                    text, found = self.names.mentions[index]
                    self.affiliations[index] = affiliation_after(text, found.start(), found.end())
                affiliation = self.affiliations[index]
                if affiliation:
                    return affiliation
        return None

    def describe(self) -> list[tuple[int, str, frozenset[str], str | None]]:
        """Descriptors of every named person mention, in text order."""
        self.names.scan()
        # paragraphs are queued as the article is read: describe the mentions scanned since the last call
        described = self.described if self.described is not None else []
        for (at, full), (text, found) in zip(self.names.names[self.described_names:], self.names.mentions[self.described_names:]):
            if not self.names.is_person(full) or full.isupper():
                continue
            described.append(describe_mention(text, found, full, at))
        self.described = described
        self.described_names = len(self.names.names)
        return described

    def affiliations_given(self, people: set[str]) -> Iterator[tuple[str, str | None]]:
        """The affiliation each mention of one of ``people`` gives them, in text order: ``describe`` for those
        people only. Read lazily, so a caller may drop a person from ``people`` once it has what it needs."""
        self.names.scan()
        for (_at, full), (text, found) in zip(self.names.names, self.names.mentions):
            if full in people and self.names.is_person(full) and not full.isupper():
                yield full, mention_affiliation(text, found)
