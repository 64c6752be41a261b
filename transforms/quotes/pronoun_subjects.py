"""Who "he" or "she" is when the article names no person in full for it: a lone name or a role as subject.

``PronounAntecedentResolver`` asks these after its own rules (``pronoun_antecedents``), in this order:

1. ``subject_person``: a name the sentences before give as the subject of a verb of speech counts as a
   person even when the article never gives it in full ("But Parry, speaking exclusively to BBC Sport, also admits … . He told
   BBC Five Live: “…”", "Michelle, a mother of twins, said … . “…,” she said"), when the name reads as a
   person on its own (no organisation, country or common word: ``Resolver.named_speaker``); so is a lone first
   name apposed to a kinship noun, whatever its verb ("Her father, Brad, 39, worried … . “…,” he said");
2. ``opening_lone_person``: a lone name that opens its paragraph as the subject of any verb, in a sentence with no "he"
   or "she" of its own, is a person for the pronoun of the sentence right after it ("Carson defied the question, and
   made no choice. “…,” he said"; "Tiegen was also troubled by …" then "“…,” he wondered"), when it reads as a person
   on its own, no plural's or group's noun ("Harsh comments are", "People fell"), and no copula's subject but a
   passive's ("Security is the one problem left"); a capitalised word opening a sentence mid-paragraph is too often no
   name ("Bigger attacks were rarely seen, he said");
3. ``role_subject_before``: when neither the sentences before nor recency find a person, a role of that
   gender that is the subject of a reporting verb (or the source of an "according to") in the pronoun's sentence or of one of the two before it in its paragraph
   ("The Trafford Centre spokeswoman said … . “…,” she added").

``gender_fits`` tells whether a person or a role can be "he" or "she".
"""

import re

from transforms.quotes.cues import CUE, SPEECH_CUES
from transforms.quotes.entity_words import GROUP_ROLES
from transforms.quotes.groups import ends_plural
from transforms.quotes.kin_first_names import follows_kin_noun
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.person_roles import PersonRoleResolver
from transforms.quotes.subjects import subject_before
from transforms.quotes.speakers import Reading, Speaker

# A capitalised word, a possessive or "the" right before a name: the name is part of a longer one.
NAME_PART_BEFORE = re.compile(r"(?:\b[A-Z][\w\-]*|['’]s?|\b[Tt]he)\s+$")
# The source after "according": "according to an ntl spokesman, are …".
SOURCE_AFTER = re.compile(r"\s+to\s+(?P<np>(?:[Aa]n?|[Tt]he)\s[^,.;:“”\"]{1,60})")
# What may open a paragraph before a lone name that is its subject: a conjunction at most ("And Obama, …, seems").
PARAGRAPH_OPENING = re.compile(r"(?:(?:And|But|Yet|So|Still)\s+)?")
# A plural's ending or a hyphen before a lower-case word: a lone capitalised word so written is a noun ("Ministers",
# "Smoke-free"), more often than a surname the article never writes in full.
NOT_LONE_NAME = re.compile(r"s$|-[a-z]")
# Verbs ending in "s" that follow a singular subject, where a plural noun's "s" is no verb.
SINGULAR_AUXILIARIES = frozenset({"is", "was", "has", "does"})
# A copula, and the participle of a passive after it ("Tiegen was also troubled by …"): a copula before anything else
# describes its subject, which is as often a thing.
COPULAS = frozenset({"is", "was"})
PARTICIPLE_AFTER = re.compile(r"\s+(?:(?:also|not|still|never|[a-z]+ly)\s+)*[a-z]+(?:ed|en|wn)\b")
# A gendered subject pronoun: a sentence that has one speaks of someone else too.
GENDERED_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
# How many sentences before the pronoun's own a role subject may stand.
ROLE_REACH = 2


class PronounSubjectResolver(PersonRoleResolver):
    """The fallbacks for "he"/"she" named above."""

    def subject_person(self, paragraph: Paragraph, name: str, subject: re.Match[str]) -> bool:
        """``name``, read from the ``subject`` (a ``SUBJECT_VERB`` match), is a person: one the article names as
        a person, or a lone name that speaks (a cue of speech), opens its phrase ("Information Commissioner's
        Office said" is no "Office") and reads as a person on its own."""
        if self.names.is_person(name):
            return True
        if " " not in name and follows_kin_noun(paragraph.text, subject.start("np")):  # "Her father, Brad, 39, worried …"
            return self.named_speaker(Reading("name", name), paragraph.base + subject.start("np")).type == "person"
        return (
            subject.group().rsplit(None, 1)[-1] in SPEECH_CUES and " " not in name and not name.isupper()
            and not NAME_PART_BEFORE.search(paragraph.text, max(subject.start() - 40, 0), subject.start())
            and self.named_speaker(Reading("name", name), paragraph.base + subject.start("np")).type == "person"
        )

    def opening_lone_person(self, paragraph: Paragraph, name: str, subject: re.Match[str]) -> bool:
        """``name``, read from the ``subject`` (a ``SUBJECT_VERB`` match), is a lone name that opens its paragraph, with
        no "he" or "she" in the rest of its sentence, and reads as a person on its own."""
        text = paragraph.text
        if " " in name or name.isupper() or NOT_LONE_NAME.search(name) or PARAGRAPH_OPENING.fullmatch(text, 0, subject.start("np")) is None:
            return False  # "Ministers would not", "Smoke-free areas will": a noun, not a name
        verb = subject.group().rsplit(None, 1)[-1]
        if verb.endswith("s") and verb not in SINGULAR_AUXILIARIES:
            return False  # "Harsh comments are", "Opinion polls see": a noun's modifier before a plural noun
        if verb in COPULAS and not PARTICIPLE_AFTER.match(text, subject.end()):
            return False  # "Security is the one problem left": a thing described, not someone acting
        if name.lower() in GROUP_ROLES or self.entities.is_common_word(name):
            return False  # "People practically fell": a group's noun, or a word the article also writes in lower case
        sentence_end = paragraph.sentence_of(subject.start("np"))[1]
        if any(not paragraph.inside_quote(found.start()) for found in GENDERED_PRONOUN.finditer(text, subject.end("np"), sentence_end)):
            return False
        return self.named_speaker(Reading("name", name), paragraph.base + subject.start("np")).type == "person"

    def role_subject_before(self, paragraph: Paragraph, start: int, wanted: str) -> Speaker | None:
        """A role of the ``wanted`` gender that is the subject of the sentence holding ``start`` or of one before it."""
        text = paragraph.text
        end = start
        for _ in range(ROLE_REACH + 1):
            if end <= 0:
                return None
            sentence_start = paragraph.sentence_of(end - 1)[0]
            for cue in CUE.finditer(text, sentence_start, end):
                source = SOURCE_AFTER.match(text, cue.end()) if cue.group().lower() == "according" else None  # "according to an ntl spokesman"
                subject = source.span("np") if source else None if paragraph.inside_quote(cue.start()) else subject_before(text, sentence_start, cue.start())
                mention = text[subject[0]:subject[1]].strip() if subject else ""
                if not mention.lower().startswith(("the ", "a ", "an ")):
                    continue
                speaker = self.resolve(mention, paragraph.base + subject[0])  # type: ignore[index]  # a subject was found
                if speaker.type == "role" and not ends_plural(speaker.name or "") and self.gender_fits(speaker, wanted):  # "analysts" is no "he"
                    return speaker
            end = sentence_start
        return None

    def gender_fits(self, speaker: Speaker, wanted: str) -> bool:
        """A person of that gender or of none known; a role that names no other ("spokeswoman" is no "he")."""
        if speaker.name is None:
            return False
        if not wanted:
            return True
        if speaker.type == "person":
            return (self.names.firm_gender(speaker.name) or wanted) == wanted
        head = speaker.name.rsplit(" ", 1)[-1]
        if head.lower() in GROUP_ROLES or ends_plural(head):
            return False  # "police", "analysts": a group is no "he" or "she"
        if head.endswith(("woman", "women")):
            return wanted == "f"
        return wanted == "m" or not head.endswith(("man", "men"))
