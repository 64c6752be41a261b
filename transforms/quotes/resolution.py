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
from dataclasses import dataclass, replace

from transforms.quotes.cues import ACCORDING_TO_ASIDE, ANTECEDENT_LEAD, CUE
from transforms.quotes.entities import ArticleEntities, affiliation_after
from transforms.quotes.entity_words import AUTHORED_DOCUMENTS, DEMONYMS, DOCUMENT_NOUNS, ORGANISATION_NOUNS, PERSON_ROLES
from transforms.quotes.lexicon import FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES, NOT_NAME_START
from transforms.quotes.names import NAME, PRONOUN, ArticleNames, strip_titles, without_possessive
from transforms.quotes.paragraph import Paragraph, opens_paragraph
from transforms.quotes.phrases import SUBJECT_VERB, TAIL_LEAD, phrase_end, speaker_span, subject_before
from transforms.quotes.speakers import (
    ACRONYM, BODY_NOUNS, NOBODY_KNOWN, SPEECH_WORDS, Reading, Speaker, age_of, is_role, read_mention,
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
# The lower-case word after a mention, and words that make it the verb of a clause ("Wimpey has", "Ofcom now says").
NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
# A name opening a sentence, after a conjunction at most: "Henson himself says he …".
SENTENCE_OPENING_NAME = re.compile(rf"(?:(?:And|But|So|Yet|Now|Then)\s+)?(?P<name>{NAME.pattern})")
GROUP_DEMONYM_ENDINGS = ("ish", "ch", "ese", "ss")


def is_person_description(reading: Reading) -> bool:
    """"the American", "the 30-year-old", "the Waterford man": a definite mention of one person by
    nationality, age or home ("the British", "the French" are a people)."""
    head = reading.head
    local = head in ("man", "woman") and reading.text[:1].isupper()  # "the Waterford man"
    return reading.kind == "role" and reading.definite and (
        (head in DEMONYMS and not head.endswith(GROUP_DEMONYM_ENDINGS)) or age_of(head) is not None or local
    )
TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame|Baroness)\.?\s")
# A word or a comma right before a mention: it is not at a sentence's start.
MID_SENTENCE = re.compile(r"[\w,]\s+$")
# What opens a contrasting clause before its subject: "…, but McIlroy is unfazed".
CLAUSE_OPENER = re.compile(r"(?:\bbut|;|\b(?:while|whereas|although|though))\s+$")
VERB_LIKE = re.compile(
    r"[a-z]+(?:ed|ly)|has|had|have|is|was|are|were|will|would|can|could|may|might|should|must|did|does|do|also|then|now|"
    r"went|goes|came|comes|gave|took|made|got|began|wrote|spoke|left|led|won|lost|ran|saw|felt|found|kept|knew|thought|"
    r"brought|held|stood|sat|put|set|became|sold|bought|paid|sent|spent|met|fell|rose|hit|let|quit|chose|drew|drove|"
    r"grew|threw|broke|struck|sought|fought|taught|caught|meant|heard|read|"
    r"later|meanwhile|still|yesterday|today|itself|himself|herself|themselves|who|which|of|for|at|from"
)


class Resolver:
    """Resolves the speaker mentions of one article's quotations to speakers."""

    def __init__(self) -> None:
        self.names = ArticleNames()
        self.entities = ArticleEntities(self.names)
        self.previous_paragraph: Paragraph | None = None  # where "he" at a paragraph start looks back to
        self.spoken: list[tuple[int, Attribution]] = []  # (document offset of a quotation, its attribution)

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
        if "short" in reading.descriptors:  # "the Post": the paper the article names in full
            return Speaker(self.entities.organisation_before(position, name.lower()) or name, "organisation", None)
        if "organisation" in reading.descriptors or any(word.isdigit() for word in name.split()):  # "Number 10"
            return Speaker(self.entities.full_name(name) if ACRONYM.fullmatch(name) else name, "organisation", None)
        if any(word in PERSON_ROLES for word in reading.descriptors):  # "eighth seed Agassi", "striker Mido"
            return self.person(self.names.fullest(name, position), reading.affiliation, position)
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
            return Speaker(self.entities.full_name(full) if ACRONYM.fullmatch(full) else full, "organisation", None)
        return self.person(full, reading.affiliation)

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
        owner = self.speaker_of(read_mention(reading.owner), position) if reading.owner else None
        if head in SPEECH_WORDS or head in DOCUMENT_NOUNS:
            if owner is not None and owner.name:
                return owner  # "his remarks", "its statement"
            if reading.affiliation:  # "a study by Gartner", "a statement issued by the club"
                found = self.speaker_of(read_mention(reading.affiliation), position)
                if found.name:
                    return found
            author = strip_titles([word for word in reading.text.split()[:-1] if word[:1].isupper() and word not in NOT_NAME_START] or ["The"])
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
        text = reading.text
        if owner is None and reading.affiliation and TITLED.match(reading.affiliation):
            owner = self.speaker_of(read_mention(reading.affiliation), position)  # "a spokesman for Mr Blair"
            affiliation = None
        if owner is not None and owner.type == "person" and owner.name:
            text = f"{owner.name}'s {text}"  # "Tony Blair's official spokesman", "Trey Gowdy's office"
        elif affiliation and not any(word[:1].isupper() for word in text.split()):
            text = f"{affiliation} {text}"  # "a spokesman for Apacs": "Apacs spokesman"
        if head in BODY_NOUNS:
            return Speaker(text, "organisation", affiliation) if is_role(reading.text) else NOBODY_KNOWN
        if reading.definite or (owner is not None and owner.type == "organisation"):
            described = self.described(reading, position, affiliation)
            if described is not None:
                return described
            if is_person_description(reading):  # "the American", "the 30-year-old": the latest person named
                person = self.names.recent_person(position, "they")
                if person:
                    return self.person(person)
        if reading.definite and " " not in text and head in PERSON_ROLES:
            fuller = self.entities.earlier_role(head, position)  # "the spokesman": the "Bayern spokesman" named before
            if fuller is not None:
                return self.role_speaker(read_mention(fuller), position)
        if is_role(reading.text):
            return Speaker(text, "role", affiliation)
        return NOBODY_KNOWN

    def described(self, reading: Reading, position: int, affiliation: str | None = None) -> Speaker | None:
        """The person the article describes with a role's words ("chief executive", "American", "30-year-old")."""
        words = tuple(word.lower() for word in reading.text.split())
        person = self.entities.person_described(words, position, affiliation) if words else None
        return self.person(person, affiliation) if person else None

    def attribution(self, paragraph: Paragraph, np_start: int, np_end: int, cue: str | None) -> Attribution:
        start, end = speaker_span(paragraph.text, np_start, np_end)
        mention = paragraph.text[start:end]
        position = paragraph.base + start
        if mention == "who":
            return self.attributed(self.antecedent(paragraph, start), position, paragraph.base + end, cue)
        pronoun = mention.lower()
        antecedent = self.subject_antecedent(paragraph, start, pronoun) if pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS else None
        if antecedent is None and is_person_description(read_mention(mention)):
            # "said the 34-year-old", "the American": the person the article describes so, else its subject
            antecedent = self.described(read_mention(mention), position) or self.subject_antecedent(paragraph, start, "")
        if antecedent is not None:
            speaker = antecedent
        elif self.is_noun_modifier(paragraph.text, mention, end):
            speaker = NOBODY_KNOWN  # "Gadget lovers are …", "Trade barriers and subsidies …"
        else:
            speaker = self.resolve(mention, position)
        if speaker.name == mention[4:] and mention.startswith("The ") and MID_SENTENCE.search(paragraph.text, max(start - 3, 0), start):
            speaker = Speaker(mention, speaker.type, speaker.affiliation)  # "…, The Game described": the name holds "The"
        if speaker.type == "person" and speaker.name and speaker.affiliation is None:
            affiliation = affiliation_after(paragraph.text, start, end)  # "said Rupert Adams of William Hill"
            if affiliation is not None:
                speaker = Speaker(speaker.name, "person", affiliation)
        if speaker.name and speaker.type == "person" and (pronoun in FEMALE_PRONOUNS or pronoun in MALE_PRONOUNS):
            self.names.gender_of.setdefault(speaker.name.split()[-1], "f" if pronoun in FEMALE_PRONOUNS else "m")
        return self.attributed(speaker, position, paragraph.base + end, cue)

    def is_noun_modifier(self, text: str, mention: str, end: int) -> bool:
        """One capitalised word before a lower-case word that is no verb, and no name the article
        knows: a common word opening its sentence ("Gadget lovers", "Between tasks"), not a speaker."""
        if " " in mention or not mention[:1].isupper() or mention.isupper():
            return False
        following = NEXT_WORD.match(text, end)
        if following is None or VERB_LIKE.fullmatch(following.group(1)) or CUE.fullmatch(following.group(1)):
            return False
        if read_mention(mention).kind != "name":
            return False
        word = without_possessive(mention)
        return not self.names.is_surname(word) and word not in self.names.gender_of and not self.entities.is_organisation(word)

    @staticmethod
    def attributed(speaker: Speaker | None, start: int, end: int, cue: str | None) -> Attribution:
        if speaker is None or speaker.name is None:
            return Attribution(None, start, end, cue, "unknown", None)
        return Attribution(speaker.name, start, end, cue, speaker.type, speaker.affiliation)

    def subject_antecedent(self, paragraph: Paragraph, position: int, pronoun: str) -> Speaker | None:
        """Who "he"/"she" is: in its own sentence, else in each sentence before it, the speaker of a
        quotation there, else the named subject (a contrasting clause's first), else a role that speaks there.

        "“…,” said Scott Grogin. “…,” he added"; "Cross said he is left with …, whom he called …";
        "A spokesman for Apacs said … “…,” he said": news prose keeps the speaker and the subject in
        focus, which recency alone misses. A subject that is the same pronoun passes the question back
        a sentence, unless a person is named before it ("Henson himself says he …"); a pronoun that
        opens its paragraph ("“History,” he wrote") looks into the previous one. Otherwise recency decides.
        """
        wanted = "f" if pronoun in FEMALE_PRONOUNS else "m" if pronoun in MALE_PRONOUNS else ""  # "": anyone
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
            spoken = self.spoken_in(paragraph.base + sentence_start, paragraph.base + end, wanted)
            if spoken is not None:
                return spoken
            subjects = [subject for subject in SUBJECT_VERB.finditer(text, sentence_start, end) if not paragraph.inside_quote(subject.start())]
            # the first subject, but a later clause's ("Bogdanov won …, but McIlroy is unfazed") first
            later = [subject for subject in subjects[1:] if CLAUSE_OPENER.search(text, sentence_start, subject.start())]
            same_pronoun = False
            for subject in later[::-1] + subjects:
                mention = subject.group("np")
                if mention.lower() == pronoun:
                    opening = self.opening_person(paragraph, sentence_start, subject.start(), wanted)  # "Henson himself says he"
                    if opening is not None:
                        return opening
                    same_pronoun = True
                    break  # the same pronoun: look a sentence further back
                if mention.lower() in MALE_PRONOUNS or mention.lower() in FEMALE_PRONOUNS:
                    if not wanted:  # "He conceded the win …. “…,” the Irishman said": who "he" is
                        return self.subject_antecedent(paragraph, subject.start("np"), mention.lower())
                    return None  # the other gender's pronoun: no one this one can be sure of
                if PRONOUN.fullmatch(mention):
                    continue  # "… showed that it believed": a thing, not a person
                if mention.startswith(("The ", "A ", "An ")):  # "The French star was …", "A spokesman said …"
                    reading = read_mention(mention)
                    described = self.role_speaker(reading, paragraph.base + subject.start("np"))
                    kinds = ("person",) if reading.definite else ("person", "role")  # "the striker": someone named
                    if described.type in kinds and self.gender_fits(described, wanted):
                        return described
                    continue
                name = strip_titles(mention.split())
                full = name and self.names.fullest(name, paragraph.base + subject.start("np"))
                if not full or not self.names.is_person(full):
                    continue  # "In his", "the Polish-Lithuanian Commonwealth occupied": no one "he" stands for
                return self.person(full) if self.names.gender_of.get(full.split()[-1], wanted) == wanted else None
            speaking = None if same_pronoun else self.speaking_subject(paragraph, sentence_start, end, wanted)
            if speaking is not None:
                return speaking
            end = sentence_start
        return None

    def record(self, position: int, attribution: Attribution) -> None:
        """The quotation at document offset ``position`` was attributed: a later "he said" may stand for its speaker."""
        if attribution.speaker is not None and attribution.speaker_type in ("person", "role"):
            self.spoken.append((position, attribution))

    def spoken_in(self, start: int, end: int, wanted: str) -> Speaker | None:
        """The speaker of the last quotation between document offsets ``start`` and ``end``, when the gender fits."""
        for position, attribution in reversed(self.spoken):
            if position < start:
                return None
            if position < end and attribution.speaker is not None:
                speaker = Speaker(attribution.speaker, attribution.speaker_type, attribution.affiliation)
                if speaker.type == "person" and speaker.name is not None:
                    known = self.names.gender(speaker.name)  # "“…,” said Bernie Sanders … his …. She said" is not Sanders
                    return speaker if known is None or not wanted or known == wanted else None
                return speaker if self.gender_fits(speaker, wanted) else None
        return None

    def opening_person(self, paragraph: Paragraph, start: int, end: int, wanted: str) -> Speaker | None:
        """A person named at the opening of the sentence text[start:end] ("Henson himself says he …",
        not "And, unlike Mr. Putin …, he"), when the gender fits."""
        found = SENTENCE_OPENING_NAME.match(paragraph.text, start, end)
        name = strip_titles(found.group("name").split()) if found else None
        if found is None or not name:
            return None
        full = self.names.fullest(name, paragraph.base + found.start("name"))
        if not self.names.is_person(full):
            return None
        speaker = self.person(full)
        return speaker if self.gender_fits(speaker, wanted) else None

    def speaking_subject(self, paragraph: Paragraph, start: int, end: int, wanted: str) -> Speaker | None:
        """The subject of the sentence's first cue when it is a person ("Mr Johnson, MP for Henley-on-Thames,
        said …") or a role ("A spokesman for Apacs … said …"), or the person a definite role stands for."""
        text = paragraph.text
        cue = CUE.search(text, start, end)
        if cue is None or paragraph.inside_quote(cue.start()):
            return None
        if text[start:cue.start()].rstrip().endswith(","):  # "…, observed Jack Boorman, adviser to …"
            np_start = TAIL_LEAD.match(text, cue.end(), end).end()  # type: ignore[union-attr]  # always matches
            subject: tuple[int, int] | None = (np_start, phrase_end(text, np_start, end)) if np_start < end else None
        else:
            subject = subject_before(text, start, cue.start())
        if subject is None:
            return None
        span_start, span_end = speaker_span(text, *subject)
        reading = read_mention(text[span_start:span_end])
        if reading.kind == "name":  # "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said"
            speaker = self.named_speaker(reading, paragraph.base + span_start)
            known = speaker.name is not None and speaker.type == "person" and self.names.is_person(speaker.name)
            return speaker if known and self.gender_fits(speaker, wanted) else None
        if reading.kind != "role" or reading.head not in PERSON_ROLES:
            return None
        speaker = self.role_speaker(reading, paragraph.base + span_start)
        if reading.definite and speaker.type == "role":
            return None  # "The prime minister said …": someone the article names, found by recency
        return speaker if speaker.name and self.gender_fits(speaker, wanted) else None

    def gender_fits(self, speaker: Speaker, wanted: str) -> bool:
        """A person of that gender or of none known; a role that names no other ("spokeswoman" is no "he")."""
        if speaker.name is None:
            return False
        if not wanted:
            return True
        if speaker.type == "person":
            return self.names.gender_of.get(speaker.name.split()[-1], wanted) == wanted
        head = speaker.name.rsplit(" ", 1)[-1]
        if head.endswith(("woman", "women")):
            return wanted == "f"
        return wanted == "m" or not head.endswith(("man", "men"))

    def antecedent(self, paragraph: Paragraph, who_start: int) -> Speaker | None:
        """Who "who" is: the phrase before ", who", past an "according to …" aside and a leading cue."""
        before = ACCORDING_TO_ASIDE.sub("", paragraph.text[:who_start].rstrip().rstrip(","))
        segment_start = max(before.rfind(mark) for mark in ",;“”\"") + 1
        lead_end = ANTECEDENT_LEAD.match(before, segment_start).end()  # type: ignore[union-attr]  # always matches
        if lead_end >= len(before):
            return None
        start, end = speaker_span(before, lead_end, len(before))
        return self.resolve(before[start:end], paragraph.base + start)
