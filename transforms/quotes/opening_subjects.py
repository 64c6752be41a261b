"""Who opens the sentence a "he" or "she" looks back into: the person or role a sentence's opening names as its subject.

``PronounAntecedentResolver.focus_antecedent`` (``pronoun_antecedents``) asks these of each sentence it reads back
into:

- ``subordinate_person``: the named subject of a subordinate clause opening the sentence right before the pronoun
  ("When 50 Cent appeared on the show, he said"), or the one its verb aims at ("When Jo Hart accused Ann Lee of …,
  she said": ``AIMED_AT``); asked first for the pronoun's own sentence;
- ``ASKED_OPENING``: a question put to the pronoun's person opening its sentence ("Asked if Jo Hart could return, he
  replied"): the pronoun is the one asked, and no name in the question is its antecedent;
- ``aside_subject``: a name opening the sentence before an aside and its verb ("Westmacott, who will retire after
  serving in Iran, Turkey and France, praised …");
- ``apposed_subject``: a name set off by commas after a role opening the sentence ("The shadow foreign secretary,
  Michael Ancram, welcomed …");
- ``opening_person``: a person named at the opening, after a conjunction at most ("Henson himself says he …"); the
  owner of a thing opening the sentence when the pronoun opens a coordinated clause ("Edu's deal expires … and he");
- ``opening_pronoun``: the same pronoun as the subject of a clause opening the sentence ("Though he did not name Jo
  Hart, he made it clear"), where the pronoun's chain starts;
- ``owned_role_subject``: a role a possessive owns at the sentence's opening, after a time or place lead at most
  ("Tony Blair's official spokesman declined …": the spokesman, not Blair).

Each answers only when the gender fits the pronoun.
"""

import re

from transforms.quotes.entity_words import PERSON_ROLES
from transforms.quotes.name_runs import strip_titles
from transforms.quotes.names import NAME
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.pronoun_subjects import PronounSubjectResolver
from transforms.quotes.speakers import Reading, Speaker, read_mention

# A name opening a sentence, after a conjunction at most: "Henson himself says he …".
SENTENCE_OPENING_NAME = re.compile(rf"(?:(?:And|But|So|Yet|Now|Then)\s+)?(?P<name>{NAME.pattern})")
# What a possessive opening a sentence owns: its lower-case words up to the verb ("Edu's deal expires",
# "Tony Blair's official spokesman declined"), after a time or place lead ("On Monday, ").
OWNED_WORDS = re.compile(r"['’]s?((?:\s+[a-z][\w\-]*){1,3}?)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|es|s)|has|had|was|is|will|would|could|said|told)\b")
SENTENCE_LEAD = re.compile(r"(?:(?:On|In|At|Last|Earlier|Later|By) [\w ]{1,30}, )?")
# A subordinate clause opening a sentence with a name as its subject, up to the comma before the main clause: "When
# 50 Cent appeared on the show, he said …" (the pronoun right after the comma is that person); not a participle's
# object ("Speaking after Mr Brown had delivered …, he").
SUBORDINATE_SUBJECT = re.compile(
    rf"(?:(?:And|But)\s+)?(?:When|After|Before|While|As|Once|Although|Though|Because)\s+(?P<name>(?:\d+\s)?{NAME.pattern})(?:['’]s)?"
    r"\s+(?:[a-z]+ly\s+)?(?:(?:had|has|was|is|had\s+been|would|could)\s+)?(?:not\s+)?[a-z]{2,}\b[^,“”\"]{0,150},\s*$"
)
# A question put to the pronoun's person opening its sentence, up to the comma right before the pronoun: "Asked if Jo
# Hart could return, he replied", "Pressed on Ann Lee's plans, she said". The pronoun is the one asked; names in the
# question are what it is about, no subject the pronoun takes up.
ASKED_OPENING = re.compile(r"(?:(?:And|But)\s+)?(?:Asked|Pressed|Questioned|Quizzed)\b[^.;:“”\"]{3,250},\s*")
# A verb aimed at someone in that clause, and its object: "When Jo Hart accused him of …, he said" is the one accused
# who answers, not the clause's subject.
AIMED_AT = re.compile(
    rf"\b(?:accused|attacked|criticised|criticized|challenged|pressed|questioned|slammed|blamed|confronted|mocked)\s+"
    rf"(?P<object>him|her|{NAME.pattern})"
)
# A possessive's ending: "Edu's".
POSSESSIVE_END = re.compile(r"['’]s?$")
# A role phrase opening a sentence with the person's name set off by commas after it, then a finite verb that is no
# cue: "The shadow foreign secretary, Michael Ancram, welcomed …" (the name is the subject; ``SUBJECT_VERB`` reads
# no subject across the commas). The role's last word must be a person's role noun.
APPOSED_SUBJECT = re.compile(
    r"(?:(?:And|But|So|Yet|Meanwhile)\s+)?(?:The|A|An|His|Her|Their|[A-Z][\w’'\-]*['’]s?)\s+(?:[\w’'\-]+\s+){0,5}?(?P<role>[a-z][a-z\-]*),\s+"
    rf"(?P<name>{NAME.pattern}),\s+(?:[a-z]+ly\s+)?(?:has\s+|had\s+|have\s+)?[a-z]{{2,}}(?:ed|es|s)\b"
)

# A name opening a sentence, set off by an aside up to the comma before its finite verb: "Westmacott, who will retire
# after serving in Iran, Turkey and France, praised …" (``SUBJECT_VERB`` reads no subject across an aside with commas
# of its own, and would take "Iran" for one).
ASIDE_SUBJECT = re.compile(
    rf"(?:(?:And|But|So|Yet|Meanwhile)\s+)?(?P<name>{NAME.pattern}),\s+(?:who|whose|a|an|the|his|her|\d+)\b[^“”\";:]{{1,200}}?,\s+"
    r"(?:[a-z]+ly\s+)?(?:(?:is|was)\s+[a-z]{3,}ing|(?:(?:has|had|have|is|was|will|would)\s+)?(?:[a-z]{2,}(?:ed|es|s)|said|told|wrote|made|took|gave|won|lost|led|left|became))\b"
)


def opening_pronoun(paragraph: Paragraph, start: int, end: int, pronoun: str) -> int | None:
    """Where the first of the same pronoun stands in the clause text[start:end] opening a sentence, outside quotations:
    "Though he did not name Jo Hart, he made it clear" chains from the first "he", so no name in the clause is his."""
    for found in re.finditer(rf"\b{pronoun}\b", paragraph.text[start:end], re.IGNORECASE):
        if not paragraph.inside_quote(start + found.start()):
            return start + found.start()
    return None


class OpeningSubjectResolver(PronounSubjectResolver):
    """The person or role opening a sentence, for a pronoun after it (see the module docstring)."""

    def opening_person(self, paragraph: Paragraph, start: int, end: int, wanted: str, coordinated: bool = False) -> Speaker | None:
        """A person named at the opening of the sentence text[start:end] ("Henson himself says he …",
        not "And, unlike Mr. Putin …, he"), when the gender fits."""
        found = SENTENCE_OPENING_NAME.match(paragraph.text, start, end)
        name = strip_titles(found.group("name").split()) if found else None
        if found is None or not name:
            return None
        full = self.names.fullest(name, paragraph.base + found.start("name"))
        # "Edu's deal expires … and he has": the owner of a thing opening the sentence, when the pronoun opens a coordinated clause
        owner = coordinated and POSSESSIVE_END.search(found.group("name")) is not None
        if owner and " " not in full and wanted and self.names.gender(full) is None and not self.entities.is_common_word(full):
            self.names.learn_gender(full, wanted)  # "Edu's deal expires … and he": the pronoun that follows tells who the owner is
        if not self.names.is_person(full):
            return None
        speaker = self.person(full)
        return speaker if self.gender_fits(speaker, wanted) else None

    def apposed_subject(self, paragraph: Paragraph, start: int, end: int, wanted: str) -> Speaker | None:
        """The person named in apposition to a role phrase opening the sentence text[start:end], as its subject ("The
        shadow foreign secretary, Michael Ancram, welcomed …"), when the name is a person's and the gender fits."""
        found = APPOSED_SUBJECT.match(paragraph.text, start, end)
        if found is None or found.group("role") not in PERSON_ROLES or paragraph.inside_quote(found.start("name")):
            return None
        name = strip_titles(found.group("name").split())
        full = name and self.names.fullest(name, paragraph.base + found.start("name"))
        if not full or not self.names.is_person(full):
            return None
        speaker = self.person(full)
        return speaker if self.gender_fits(speaker, wanted) else None

    def aside_subject(self, paragraph: Paragraph, start: int, end: int, wanted: str) -> Speaker | None:
        """The person named at the opening of the sentence text[start:end] before an aside and its verb, as its subject
        ("Westmacott, who will retire after serving in Iran, Turkey and France, praised Obama's presidency"), when the
        gender fits."""
        found = ASIDE_SUBJECT.match(paragraph.text, start, end)
        name = strip_titles(found.group("name").split()) if found else None
        if found is None or not name or paragraph.inside_quote(found.start("name")):
            return None
        full = self.names.fullest(name, paragraph.base + found.start("name"))
        if not self.names.is_person(full):
            return None
        speaker = self.person(full)
        return speaker if self.gender_fits(speaker, wanted) else None

    def subordinate_person(self, paragraph: Paragraph, start: int, end: int, wanted: str) -> Speaker | None:
        """The person named as the subject of a subordinate clause that opens the sentence text[start:end] and ends
        right before the pronoun ("When 50 Cent appeared on the station, he said …"), when the gender fits."""
        found = SUBORDINATE_SUBJECT.match(paragraph.text, start, end)
        name = strip_titles(found.group("name").split()) if found else None
        if found is None or not name or paragraph.inside_quote(found.start("name")):
            return None
        aimed = AIMED_AT.search(paragraph.text, found.end("name"), found.end())
        if aimed is not None:  # "After Jo Hart accused him of …, he warned": the one accused answers
            name = strip_titles(aimed.group("object").split()) if aimed.group("object")[0].isupper() else None
            if not name:
                return None
        found_at = aimed.start("object") if aimed is not None else found.start("name")
        speaker = self.named_speaker(Reading("name", name), paragraph.base + found_at)
        return speaker if speaker.type == "person" and self.gender_fits(speaker, wanted) else None

    def owned_role_subject(self, paragraph: Paragraph, start: int, end: int, wanted: str) -> Speaker | None:
        """The role a possessive owns at the sentence's opening, as its subject: "Tony Blair's official
        spokesman declined to say …. He said" is the spokesman's, not Blair's."""
        text = paragraph.text
        lead_end = SENTENCE_LEAD.match(text, start, end).end()  # type: ignore[union-attr]  # always matches
        found = SENTENCE_OPENING_NAME.match(text, lead_end, end)
        owned = OWNED_WORDS.match(text, found.end("name") - 2, end) if found and POSSESSIVE_END.search(found.group("name")) else None
        if found is None or owned is None or owned.group(1).split()[-1] not in PERSON_ROLES:
            return None
        reading = read_mention(text[found.start("name"):owned.end(1)])
        speaker = self.role_speaker(reading, paragraph.base + found.start("name"))
        return speaker if speaker.type in ("person", "role") and self.gender_fits(speaker, wanted) else None
