"""From a mention to a speaker: a person's fullest name, an organisation, a role, or nobody.

The mention is read on its own first (``speakers.read_mention``), then resolved with
the article (``names``, ``entities``), in this order:

1. "he"/"she": the named subject of its own sentence or of the sentences before it, else
   the most recent person whose known gender fits; "it": the organisation it stands for
   (``entities.organisation_before``); any other pronoun, or one that finds no one: nobody.
2. a name: a person's fullest form in the article, or an organisation; its affiliation
   from the mention ("Arsenal's Patrick Vieira") or from what the article says of them.
3. a role: words and documents of an owner are the owner's ("his remarks", "its
   statement"); "the firm", "the bank", "the report" the organisation meant; "the
   American", "the 30-year-old", "Authenti-corp's CEO" the person the article so
   describes; else the role phrase itself when it ends in a role noun, or nobody.
4. "who": the phrase before it.
"""

import re
from dataclasses import dataclass

from transforms.quotes.cues import ACCORDING_TO_ASIDE, ANTECEDENT_LEAD
from transforms.quotes.entities import NAME_OF_ORGANISATION, ArticleEntities
from transforms.quotes.entity_words import AUTHORED_DOCUMENTS, DEMONYMS, DOCUMENT_NOUNS, ORGANISATION_NOUNS
from transforms.quotes.lexicon import FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES, NOT_NAME_START
from transforms.quotes.names import PRONOUN, ArticleNames, strip_titles, without_possessive
from transforms.quotes.paragraph import Paragraph, opens_paragraph
from transforms.quotes.phrases import SUBJECT_VERB, speaker_span
from transforms.quotes.speakers import (
    BODY_NOUNS, NOBODY_KNOWN, SPEECH_WORDS, Reading, Speaker, age_of, is_role, read_mention,
)


@dataclass(frozen=True)
class Attribution:
    """Who said a quotation: document offsets of the mention, canonical name, cue as written."""

    speaker: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None
    speaker_type: str = "unknown"
    affiliation: str | None = None


    def with_cue(self, cue: str | None) -> "Attribution":
        return Attribution(self.speaker, self.mention_start, self.mention_end, cue, self.speaker_type, self.affiliation)


NOBODY = Attribution(None, None, None, None)


class Resolver:
    """Resolves the speaker mentions of one article's quotations to speakers."""

    def __init__(self) -> None:
        self.names = ArticleNames()
        self.entities = ArticleEntities(self.names)
        self.previous_paragraph: Paragraph | None = None  # where "he" at a paragraph start looks back to

    def queue(self, paragraph: Paragraph) -> None:
        self.names.queue(paragraph)
        self.entities.queue(paragraph)

    def resolve(self, mention: str, position: int) -> Speaker:
        """The speaker a mention stands for (see the module docstring)."""
        tokens = mention.split()
        if len(tokens) > 1 and (tokens[0] in FEMALE_TITLES or tokens[0] in MALE_TITLES):
            core = strip_titles(tokens)
            if core:
                self.names.gender_of.setdefault(core.split()[-1], "f" if tokens[0] in FEMALE_TITLES else "m")
        return self.speaker_of(read_mention(mention), position)

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
            return self.person(person) if person else NOBODY_KNOWN
        return NOBODY_KNOWN  # "they", "we", "I": no one the article names

    def person(self, name: str, affiliation: str | None = None, position: int = -1) -> Speaker:
        """A person, with the affiliation the mention gives, else the one given near ``position``."""
        if affiliation is None and position >= 0:
            affiliation = self.entities.affiliation_of(name, position)
        return Speaker(name, "person", affiliation)

    def named_speaker(self, reading: Reading, position: int) -> Speaker:
        """A person by the fullest form of the name, else an organisation."""
        name = reading.text
        if "organisation" in reading.descriptors:
            return Speaker(name, "organisation", None)
        full = self.names.fullest(name, position)
        if " " in full or self.names.is_person(full):
            return self.person(full, reading.affiliation, position)
        if full in self.names.gender_of or self.names.is_surname(full):
            return self.person(full, reading.affiliation, position)
        known = self.names.by_first_name(full)  # "Ozzy" for Ozzy Osbourne
        if known:
            return self.person(known, reading.affiliation)
        if self.entities.is_common_word(full):
            return NOBODY_KNOWN  # "Laying", "Otherwise": a word the article also writes in lower case
        if self.entities.is_organisation(full):
            return Speaker(full, "organisation", None)
        return self.person(full, reading.affiliation)

    def role_speaker(self, reading: Reading, position: int) -> Speaker:
        """Words or documents of an owner, an organisation meant by its noun, a described person, else the role."""
        head = reading.head
        owner = self.speaker_of(read_mention(reading.owner), position) if reading.owner else None
        if head in SPEECH_WORDS or head in DOCUMENT_NOUNS:
            if owner is not None and owner.name:
                return owner  # "his remarks", "its statement"
            author = " ".join(word for word in reading.text.split()[:-1] if word[:1].isupper() and word not in NOT_NAME_START)
            if author:  # "the FAO report", "the Kok report", "a 1996 FEC advisory opinion"
                found = self.named_speaker(Reading("name", author), position)
                if found.name:
                    return found
            organisation = self.entities.organisation_before(position) if head in AUTHORED_DOCUMENTS else None
            return Speaker(organisation, "organisation") if organisation else NOBODY_KNOWN
        affiliation = reading.affiliation or (owner.name if owner is not None and owner.type == "organisation" else None)
        if head in ORGANISATION_NOUNS and (reading.definite or owner is not None) and " " not in reading.text:
            organisation = self.entities.organisation_before(position, head)
            if organisation:
                return Speaker(organisation, "organisation")
        if head in BODY_NOUNS:
            return Speaker(reading.text, "organisation", affiliation) if is_role(reading.text) else NOBODY_KNOWN
        if reading.definite or (owner is not None and owner.type == "organisation"):
            words = tuple(word.lower() for word in reading.text.split())
            person = self.entities.person_described(words, position, affiliation) if words else None
            if person:
                return self.person(person, affiliation)
            if reading.definite and (head in DEMONYMS or age_of(head)):  # "the American", "the 30-year-old"
                person = self.names.recent_person(position, "they")
                if person:
                    return self.person(person)
        if is_role(reading.text):
            return Speaker(reading.text, "role", affiliation)
        return NOBODY_KNOWN

    def attribution(self, paragraph: Paragraph, np_start: int, np_end: int, cue: str | None) -> Attribution:
        start, end = speaker_span(paragraph.text, np_start, np_end)
        mention = paragraph.text[start:end]
        position = paragraph.base + start
        if mention == "who":
            return self.attributed(self.antecedent(paragraph, start), position, paragraph.base + end, cue)
        pronoun = mention.lower()
        person = (pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS) and self.subject_antecedent(paragraph, start, pronoun)
        speaker = self.person(person) if person else self.resolve(mention, position)
        if speaker.type == "person" and speaker.name and speaker.affiliation is None:
            of = NAME_OF_ORGANISATION.match(paragraph.text, end)  # "said Rupert Adams of William Hill"
            if of is not None:
                speaker = Speaker(speaker.name, "person", without_possessive(of.group("org")))
        if speaker.name and speaker.type == "person" and (pronoun in FEMALE_PRONOUNS or pronoun in MALE_PRONOUNS):
            self.names.gender_of.setdefault(speaker.name.split()[-1], "f" if pronoun in FEMALE_PRONOUNS else "m")
        return self.attributed(speaker, position, paragraph.base + end, cue)

    @staticmethod
    def attributed(speaker: Speaker | None, start: int, end: int, cue: str | None) -> Attribution:
        if speaker is None or speaker.name is None:
            return Attribution(None, start, end, cue, "unknown", None)
        return Attribution(speaker.name, start, end, cue, speaker.type, speaker.affiliation)

    def subject_antecedent(self, paragraph: Paragraph, position: int, pronoun: str) -> str | None:
        """Who "he"/"she" is: the named subject of its own sentence, else of the sentences before it.

        "Cross said he is left with …, whom he called …", "Sanders credited …. He commanded …":
        news prose keeps the subject in focus, which recency alone misses. A subject that is
        the same pronoun passes the question back a sentence; a pronoun that opens its
        paragraph ("“History,” he wrote") looks into the previous one. Otherwise recency decides.
        """
        wanted = "f" if pronoun in FEMALE_PRONOUNS else "m"
        text = paragraph.text
        end = position
        for _ in range(4):
            if end == 0:  # "“History,” he wrote" opening a paragraph: the previous one's subjects
                if paragraph is self.previous_paragraph or self.previous_paragraph is None or not opens_paragraph(paragraph, position):
                    return None
                paragraph = self.previous_paragraph
                text = paragraph.text
                end = len(text)
            sentence_start = paragraph.sentence_of(max(end - 1, 0))[0]
            for subject in SUBJECT_VERB.finditer(text, sentence_start, end):
                if paragraph.inside_quote(subject.start()):
                    continue
                mention = subject.group("np")
                if mention.lower() == pronoun:
                    break  # the same pronoun: look a sentence further back
                if PRONOUN.fullmatch(mention):
                    return None
                name = strip_titles(mention.split())
                full = name and self.names.fullest(name, paragraph.base + subject.start("np"))
                if not full or not self.names.is_person(full):
                    continue  # "In his", "the Polish-Lithuanian Commonwealth occupied": no one "he" stands for
                return full if self.names.gender_of.get(full.split()[-1], wanted) == wanted else None
            end = sentence_start
        return None

    def antecedent(self, paragraph: Paragraph, who_start: int) -> Speaker | None:
        """Who "who" is: the phrase before ", who", past an "according to …" aside and a leading cue."""
        before = ACCORDING_TO_ASIDE.sub("", paragraph.text[:who_start].rstrip().rstrip(","))
        segment_start = max(before.rfind(mark) for mark in ",;“”\"") + 1
        lead_end = ANTECEDENT_LEAD.match(before, segment_start).end()  # type: ignore[union-attr]  # always matches
        if lead_end >= len(before):
            return None
        start, end = speaker_span(before, lead_end, len(before))
        return self.resolve(before[start:end], paragraph.base + start)
