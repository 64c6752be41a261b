"""From a mention to a speaker: a person's fullest name, an organisation, a role, or nobody.

The mention is read on its own first (``speakers.read_mention``), then resolved with
the article (``names``, ``entities``), in this order (``antecedents`` adds what the
mention's place in the text says, for "he", "she", "who" and descriptions):

1. "he"/"she": the most recent person whose known gender fits (gender is kept per person:
   ``names.known_gender``); "it": the organisation that spoke last or is named as a subject
   (``entities.organisation_before``); any other pronoun, or one that finds no one: nobody.
2. a name: a lone surname of a person named in full is that person ("White said"); a country as
   an organisation ("the US said"; ``extract`` drops it as a guess); a person's fullest form in the
   article ("Sir Paul" by the one person named in full with that first name), or an organisation
   (an acronym by the name the article gives it; never a name the article follows with ", who", takes up
   with "he" or "she", or writes in full with a first name: ``named_things``; "the Fed" when the article has it
   speak as an organisation); nobody for a lone word left after a run's titles or owner that the article
   also writes in lower case and no one named in full has as surname ("MSPs' Code", "Criminal Justice Plan");
   its affiliation from the mention ("Arsenal's Patrick Vieira") or from what the article says of them.
3. a role: words and documents of an owner or an author are theirs ("his remarks", "a study
   by Gartner", "a survey published … by PwC"), "the suit" the owner an earlier mention gives it (``document_owners``), "the editorial" or "the column" the periodical named last, and so "the editorial board" or "the paper's editors", else the plaintiff ("Jo Hart is suing": ``plaintiffs``); "the firm", "the party", "the Post", "the German giant" the organisation meant; "the American",
   "the 30-year-old", "Authenti-corp's CEO" the person the article so describes; "the
   spokesman" the fuller role named before ("Bayern spokesman", "a spokesman for the Home
   Office"); else the role phrase itself,
   with its owner or organisation ("Tony Blair's spokesman", "Apacs spokesman"), or nobody.
"""

import re
from dataclasses import replace
from typing import Final

from transforms.quotes.body_mentions import body_named_before, is_place_or_kind
from transforms.quotes.document_owners import earlier_owner, owner_after
from transforms.quotes.entities import ArticleEntities
from transforms.quotes.entity_words import (
    AUTHORED_DOCUMENTS, COMPANY_NOUNS, DEMONYMS, DOCUMENT_NOUNS, ORGANISATION_NOUNS, PARTIES, PERIODICAL_NOUNS, PERIODICAL_VOICES, PERIODICAL_WORKS, PERSON_ROLES,
)
from transforms.quotes.first_person import speaks_in_first_person
from transforms.quotes.lone_bodies import possessive_form, writes_as_body
from transforms.quotes.lexicon import FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES, NOT_NAME_START, TITLES
from transforms.quotes.named_things import described_as_person, full_names_ending, referred_to_as_person
from transforms.quotes.name_runs import parsed_mention, strip_titles
from transforms.quotes.names import ArticleNames
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.places import is_country_name, is_seat_of_government, is_us_state
from transforms.quotes.plaintiffs import LAWSUIT_NOUNS, plaintiff_before
from transforms.quotes.role_genders import role_pronoun
from transforms.quotes.shared_surnames import shared_surname_holder
from transforms.quotes.speakers import (
    ACRONYM, BODY_NOUNS, NOBODY_KNOWN, SPEECH_WORDS, Reading, Speaker, age_of, is_role, read_mention,
)


class Attribution:
    """Who said a quotation: document offsets of the mention, canonical name, cue as written.

    A class of read-only attributes rather than a frozen dataclass: mypyc compiles this ``__init__``,
    where it leaves the one ``dataclasses`` generates interpreted.
    """

    def __init__(
        self, speaker: str | None, mention_start: int | None, mention_end: int | None, cue: str | None,
        speaker_type: str = "unknown", affiliation: str | None = None,
    ) -> None:
        self.speaker: Final = speaker
        self.mention_start: Final = mention_start
        self.mention_end: Final = mention_end
        self.cue: Final = cue
        self.speaker_type: Final = speaker_type
        self.affiliation: Final = affiliation

    def with_cue(self, cue: str | None) -> "Attribution":
        return Attribution(self.speaker, self.mention_start, self.mention_end, cue, self.speaker_type, self.affiliation)


NOBODY = Attribution(None, None, None, None)


def quote_attribution(quote: dict) -> Attribution:
    """The attribution a quote row holds: its speaker, mention, cue, type and affiliation."""
    return Attribution(
        quote["speaker"], quote["speaker_mention_start"], quote["speaker_mention_end"], quote["cue"], quote["speaker_type"], quote["speaker_affiliation"]
    )


GROUP_DEMONYM_ENDINGS = ("ish", "ch", "ese", "ss")
# A former member of a team, club or country: one person.
EX_MEMBER = re.compile(r"ex-[A-Z][\w\-]*")
TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness)\.?\s")


def is_person_description(reading: Reading) -> bool:
    """"the American", "the 30-year-old", "the Waterford man", "the ex-Wallaby": a definite mention of one
    person by nationality, age, home or former side ("the British", "the French" are a people, "the 24-year-old
    Swiss" one person)."""
    head = reading.head
    local = head in ("man", "woman") and reading.text[:1].isupper()  # "the Waterford man"
    former_member = EX_MEMBER.fullmatch(reading.text) is not None  # "the ex-Wallaby", "the ex-Chelsea"
    aged = any(age_of(word) is not None for word in reading.text.lower().split())  # "the 24-year-old Swiss": one person
    return reading.kind == "role" and reading.definite and (
        (head in DEMONYMS and (aged or not head.endswith(GROUP_DEMONYM_ENDINGS))) or age_of(head) is not None or local or former_member
    )


def is_country(reading: Reading) -> bool:
    """"UK", "the US", but not "Baroness Scotland": a country's name."""
    return reading.kind == "name" and is_country_name(reading.text) and not any(word.capitalize() in TITLES for word in reading.descriptors)


class Resolver:
    """Resolves the speaker mentions of one article's quotations to speakers."""

    def __init__(self) -> None:
        self.names = ArticleNames()
        self.entities = ArticleEntities(self.names)

    def queue(self, paragraph: Paragraph) -> None:
        self.names.queue(paragraph)
        self.entities.queue(paragraph)

    def resolve(self, mention: str, position: int) -> Speaker:
        """The speaker a mention stands for (see the module docstring)."""
        tokens = mention.split()
        if len(tokens) > 1 and (tokens[0] in FEMALE_TITLES or tokens[0] in MALE_TITLES):
            core = strip_titles(tokens)
            if core:
                self.names.learn_gender(core, "f" if tokens[0] in FEMALE_TITLES else "m", position)
        if len(tokens) == 1 and mention[:1].isupper() and self.is_full_surname(mention):
            return self.named_speaker(Reading("name", mention), position)  # "White said": Kelli White, not a role "white"
        return self.speaker_of(read_mention(mention), position)

    def is_full_surname(self, word: str) -> bool:
        """``word`` ends the name of a person the article names in full (no acronym or party: "London UKIP", "New Labour")."""
        if word.isupper() or word.lower() in PARTIES:
            return False
        self.names.scan()
        return any(" " in full and self.names.is_person(full) for _at, full in self.names.names_of_surname.get(word, []))

    def speaker_of(self, reading: Reading, position: int) -> Speaker:
        if reading.kind == "pronoun":
            return self.pronoun_speaker(reading.text, position)
        if reading.kind == "name":
            return self.named_speaker(reading, position)
        if reading.kind == "role":
            return self.role_speaker(reading, position)
        return NOBODY_KNOWN

    def pronoun_speaker(self, pronoun: str, position: int) -> Speaker:
        if pronoun == "it":
            organisation = self.entities.organisation_before(position)
            return Speaker(organisation, "organisation") if organisation else NOBODY_KNOWN
        if pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS:
            person = self.names.recent_person(position, pronoun)
            return self.person(self.full_form(person)) if person else NOBODY_KNOWN
        return NOBODY_KNOWN  # "they", "we", "I": no one the article names

    def full_form(self, name: str) -> str:
        """A lone first name the article gives in full elsewhere: "Sir Nicholas" is Nicholas Scott."""
        if " " in name or self.is_full_surname(name):
            return name  # a surname: "Mr Scott"
        return self.names.by_first_name(name) or name

    def person(self, name: str, affiliation: str | None = None, position: int = -1) -> Speaker:
        """A person, with the affiliation the mention gives, else the one given near ``position``."""
        if affiliation is None and position >= 0:
            affiliation = self.entities.affiliation_of(name, position)
        return Speaker(name, "person", affiliation)

    def named_speaker(self, reading: Reading, position: int) -> Speaker:
        """A person by the fullest form of the name, else an organisation."""
        name = reading.text
        if is_country(reading):  # "the US said": a state speaks as an organisation
            return Speaker(name, "organisation", None)
        if "short" in reading.descriptors:  # "the Post": the paper the article names in full
            return Speaker(self.entities.organisation_before(position, name.lower()) or name, "organisation", None)
        if "organisation" in reading.descriptors or any(word.isdigit() for word in name.split()[1:]):  # "Number 10", not "50 Cent"
            return Speaker(self.entities.full_name(name) if ACRONYM.fullmatch(name) else name, "organisation", None)
        if reading.run is not None and not self.entities.writes_alone(name, reading.run):
            return Speaker(reading.run, "organisation", None)  # "General Electric", "Swiss Re": no one called "Electric"
        if reading.descriptors and " " not in name and self.entities.writes_lower(name) and not self.is_full_surname(name):
            return NOBODY_KNOWN  # "Criminal Justice Plan", "Tory Parliamentary": a run's last word the article writes in lower case, no surname
        if any(word in PERSON_ROLES for word in reading.descriptors):  # "eighth seed Agassi", "striker Mido"
            return self.person(self.names.fullest(name, position), reading.affiliation, position)
        shared = " " not in name and not reading.descriptors and shared_surname_holder(self.entities, name, position)
        full = self.full_form(shared or self.names.fullest(name, position))
        if is_seat_of_government(full) and not reading.descriptors:
            return Speaker(full, "organisation", None)  # "Washington has claimed": the government; "Kerry Washington" is read in full
        if self.entities.is_named_after_kind(full):
            return Speaker(full, "organisation", None)  # "Wimpey said" after "housebuilder George Wimpey": a firm
        if self.is_definite_organisation(reading, full):
            return Speaker(full, "organisation", None)  # "the Fed said": no one named in full
        if " " in full and self.names.is_called_which(full) and self.names.firm_gender(full) is None:
            return Speaker(full, "organisation", None)  # "Big Machine, which was bought out …": a body shaped like a name
        if " " in full or self.names.is_person(full):
            return self.person(full, reading.affiliation, position)
        if full in self.names.gender_of:
            return self.person(full, reading.affiliation, position)
        if self.names.is_surname(full):
            if self.is_body_alone(full):  # "But Rover told BBC News" after "a Rover spokesman": no one's surname
                return self.body_alone(full)
            return self.person(full, reading.affiliation, position)
        known = self.names.by_first_name(full)  # "Ozzy" for Ozzy Osbourne
        if known:
            return self.person(known, reading.affiliation)
        if self.entities.is_common_word(full):
            return NOBODY_KNOWN  # "Laying", "Otherwise": a word the article also writes in lower case
        body = [paragraph.text for paragraph in self.entities.paragraphs if not paragraph.is_headline]  # a headline capitalises every word
        in_full = next((run for run in full_names_ending(body, full) if parsed_mention(run)[2]), None)
        if in_full is not None:  # "said Keegan" after "manager Kevin Keegan" the name scan missed, in a quotation or not
            return self.person(in_full, reading.affiliation, position)
        texts = [paragraph.text for paragraph in self.entities.paragraphs]
        if (
            self.entities.is_organisation(full) and not self.entities.is_called_who(full) and not referred_to_as_person(texts, full)
            and not speaks_in_first_person(texts, full) and not described_as_person(texts, full)
        ):
            return Speaker(self.entities.full_name(full) if ACRONYM.fullmatch(full) else full, "organisation", None)
        if self.is_body_alone(full):
            return self.body_alone(full)
        return self.person(full, reading.affiliation)

    def is_body_alone(self, word: str) -> bool:
        """A lone word the article uses as a body's name (``lone_bodies``) and never as a person's: no title, first
        name, "who", personal pronoun or quotation in the first person singular."""
        if self.is_full_surname(word) or self.names.by_first_name(word) or self.entities.is_called_who(word):
            return False
        body = [paragraph.text for paragraph in self.entities.paragraphs if not paragraph.is_headline]
        if not writes_as_body(body, word):
            return False
        texts = [paragraph.text for paragraph in self.entities.paragraphs]
        return not referred_to_as_person(texts, word) and not speaks_in_first_person(texts, word)

    def body_alone(self, word: str) -> Speaker:
        """The organisation a lone word names, with the possessive ending its name holds ("McDonald's")."""
        body = [paragraph.text for paragraph in self.entities.paragraphs if not paragraph.is_headline]
        return Speaker(possessive_form(body, word) or word, "organisation", None)

    def is_definite_organisation(self, reading: Reading, word: str) -> bool:
        """"the Fed": one capitalised word after "the" that the article has speak as an organisation ("the Fed
        said"), no one's surname or known gender."""
        if not reading.definite or " " in word or reading.descriptors or word in self.names.gender_of or self.is_full_surname(word):
            return False
        self.entities.scan_organisations()
        return word in self.entities.speaking

    def role_speaker(self, reading: Reading, position: int) -> Speaker:
        """Words or documents of an owner, an organisation meant by its noun, a described person, else the role."""
        text_words = reading.text.split()
        if len(text_words) == 1 and text_words[0][:1].isupper() and not reading.definite and self.names.is_surname(text_words[0]):
            return self.person(self.names.fullest(text_words[0], position), reading.affiliation, position)  # "King says": Billie Jean King
        first = text_words[0]
        if len(text_words) > 1 and first[1:].islower() and text_words[1][:1].islower() and self.entities.is_common_word(first):
            # "Legal observers", "Policy makers": a common word capitalised at a sentence start
            affiliation = None if reading.affiliation == first else reading.affiliation
            reading = replace(reading, text=first.lower() + reading.text[len(first):], affiliation=affiliation)
        head = reading.head
        owner = self.owner_of(reading, position) if reading.owner else None
        if owner is not None and is_country_name(owner.name):
            owner = Speaker(owner.name, "place")  # "Poland's de facto leader": a country owns the role, is no affiliation
        if reading.text.lower() in PERIODICAL_VOICES and (reading.definite or owner is not None):
            # "the editorial board writes", "the paper's editorial board wrote": the periodical they write for
            periodical = owner.name if owner is not None and owner.type == "organisation" and owner.name and not owner.name.islower() else (
                self.entities.organisation_before(position, "newspaper")
            )
            if periodical:
                return Speaker(periodical, "organisation")
        if head in SPEECH_WORDS or head in DOCUMENT_NOUNS:
            if owner is not None and owner.name:
                return owner  # "his remarks", "its statement"
            if reading.affiliation:  # "a study by Gartner", "a statement issued by the club"
                found = self.speaker_of(read_mention(reading.affiliation), position)
                if found.name and self.is_named_author(found, reading.affiliation):
                    return found
            named = owner_after(self.entities.paragraphs, position) if head in DOCUMENT_NOUNS else None
            if named is not None:  # "A survey published … by PricewaterhouseCoopers said", "a statement on her website said"
                found = self.speaker_of(read_mention(named[0]), named[1])
                if found.name:
                    return found
            author = strip_titles([word for word in reading.text.split()[:-1] if word[:1].isupper() and word not in NOT_NAME_START] or ["The"])
            if author:  # "the FAO report", "the Kok report", "a 1996 FEC advisory opinion"
                found = self.named_speaker(Reading("name", author), position)
                if found.name and self.is_named_author(found, author):
                    return found
            earlier = earlier_owner(self.entities.paragraphs, head, position) if reading.definite and head in DOCUMENT_NOUNS else None
            if earlier is not None:  # "Her lawsuit said … the suit added", "The Bank's minutes said … the minutes added"
                found = self.speaker_of(read_mention(earlier[0]), earlier[1])
                if found.name:
                    return found
            plaintiff = plaintiff_before(self.entities.paragraphs, position) if reading.definite and head in LAWSUIT_NOUNS else None
            if plaintiff is not None:  # "Jo Hart is suing Acme …. The lawsuit said"
                found = self.speaker_of(read_mention(plaintiff[0]), plaintiff[1])
                if found.name:
                    return found
            if reading.definite and head in PERIODICAL_WORKS:  # "the editorial read": the newspaper named last
                periodical = self.entities.organisation_before(position, "newspaper")
                return Speaker(periodical, "organisation") if periodical else NOBODY_KNOWN
            organisation = self.entities.organisation_before(position) if head in AUTHORED_DOCUMENTS else None
            if organisation and (is_country_name(organisation) or is_us_state(organisation)):
                return NOBODY_KNOWN  # "golf courses in Jupiter, Florida, … the statement": a place writes no statement
            return Speaker(organisation, "organisation") if organisation else NOBODY_KNOWN
        affiliation = reading.affiliation or (owner.name if owner is not None and owner.type == "organisation" else None)
        modifiers = reading.text.split()[:-1]
        if head in PERIODICAL_NOUNS and reading.definite and owner is None and modifiers and all(word.islower() for word in modifiers):
            periodical = self.entities.organisation_before(position, head)  # "the conservative magazine": the periodical named
            if periodical:
                return Speaker(periodical, "organisation")
        if head in ORGANISATION_NOUNS and (reading.definite or owner is not None) and all(map(is_place_or_kind, modifiers)):
            # "the German giant": the company meant, not one whose name holds the noun ("German exchange" is no London Stock Exchange)
            placed = any("-" not in word for word in modifiers)
            organisation = None if placed and head not in COMPANY_NOUNS else self.entities.organisation_before(position, None if placed else head)
            if organisation:
                return Speaker(organisation, "organisation")
        text = reading.text
        if owner is None and reading.affiliation and TITLED.match(reading.affiliation):
            owner = self.speaker_of(read_mention(reading.affiliation), position)  # "a spokesman for Mr Blair"
            affiliation = None
        if owner is not None and owner.type in ("person", "place") and owner.name:
            text = f"{owner.name}'s {text}"  # "Tony Blair's official spokesman", "Trey Gowdy's office"
        elif affiliation and not any(word[:1].isupper() for word in text.split()):
            text = f"{affiliation} {text}"  # "a spokesman for Apacs": "Apacs spokesman"
        if head in BODY_NOUNS:
            body_name = None
            if reading.definite and text == reading.text and text.islower():  # "the committee", "the select committee"
                body_name = body_named_before(self.entities.paragraphs, text, position) or (
                    None if text == head else self.entities.organisation_ending(text, position)
                )
            if body_name is not None:
                return Speaker(body_name, "organisation")  # "the select committee": the "Commons education select committee" named before
            return Speaker(text, "organisation", affiliation) if is_role(reading.text) else NOBODY_KNOWN
        if reading.definite or (owner is not None and owner.type == "organisation"):
            described = self.described(reading, position, affiliation)
            if described is not None:
                return described
            if is_person_description(reading):  # "the American", "the 30-year-old": the latest person named, a woman for "the Waterford woman"
                person = self.names.recent_person(position, role_pronoun(head))
                if person:
                    return self.person(person)
        if reading.definite and " " not in text and head in PERSON_ROLES:
            fuller = self.entities.earlier_role(head, position)  # "the spokesman": the "Bayern spokesman" named before
            if fuller is not None:
                return self.role_speaker(read_mention(fuller), position)
        if is_role(reading.text):
            return Speaker(text, "role", affiliation)
        return NOBODY_KNOWN

    def owner_of(self, reading: Reading, position: int) -> Speaker:
        """Whose the role or the words of a possessive mention are: "Tony Blair's spokesman", "his remarks"."""
        return self.speaker_of(read_mention(owner_phrase(reading)), position)

    def is_named_author(self, found: Speaker, word: str) -> bool:
        """A document's author read from the word before its noun: a body, or a person the article names ("the Kok
        report"), not a lone capitalised word it never names anyone by ("Partial transcript")."""
        return found.type != "person" or " " in word or " " in (found.name or "") or self.names.is_surname(word) or word in self.names.gender_of

    def described(self, reading: Reading, position: int, affiliation: str | None = None) -> Speaker | None:
        """The person the article describes with a role's words ("chief executive", "American", "30-year-old")."""
        words = tuple(word.lower() for word in reading.text.split())
        person = self.entities.person_described(words, position, affiliation) if words else None
        if person is None and reading.affiliation and reading.text.startswith(reading.affiliation + " "):
            # "the LSE chief": the chief the article names ("Its chief executive Clara Furse"), tied to no other organisation
            words = tuple(word.lower() for word in reading.text[len(reading.affiliation):].split())
            person = self.entities.person_described(words, position, reading.affiliation, role_words_only=True) if words else None
        return self.person(self.names.fullest(person, position), affiliation) if person else None

    @staticmethod
    def attributed(speaker: Speaker | None, start: int, end: int, cue: str | None) -> Attribution:
        if speaker is None or speaker.name is None:
            return Attribution(None, start, end, cue, "unknown", None)
        return Attribution(speaker.name, start, end, cue, speaker.type, speaker.affiliation)


def owner_phrase(reading: Reading) -> str:
    """The owner of a possessive mention as written: "the council's ruling" is owned by "the council", a body the
    article named before, where "council" alone would be any council."""
    owner = reading.owner or ""
    return f"the {owner}" if reading.definite and owner[:1].islower() else owner
