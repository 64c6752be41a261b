"""The speaker of a quotation in a sentence without a reporting clause: the sentence's subject ("Bush … described his
skills as a “work in progress”").

``article_quotes`` asks ``sentence_subject`` last, after the cue searches of ``AttributionFinder`` and the
owner of the words (``possessor``). Read from the sentence's opening, past a leading adverbial:

1. the first name, pronoun or named role followed by a finite verb, unless that subject is judged for the words
   ("Acme has been criticised for “…”": ``cues.JUDGED_FOR``) or a passive's ("It is being billed as “…”"); a person
   before "of" and a place keeps the person (``person_of_body``), a role before a preposition and a body's name keeps
   the role (``role_of_body``), and a capitalised run ending in a role noun is that role ("Legal observers note";
   after "The" only before a plural role noun: "The GOP leaders have", not "The Tory leader brands");
2. no one when the sentence is passive ("… was described as …");
3. else a personal pronoun opening the clause before a word in lower case ("He cut into Bush, calling him a “stiff”"),
   whatever its verb but a copula ("They are also conscious of …", "He would be …");
4. else the first name or pronoun within 60 characters of the opening that the article knows as a name
   (``is_name``: "Often" opening a sentence is none), unless it is a name that is no person's qualifying the noun
   after it ("HDTV programmes": ``modifier_names``).
"""

import re

from transforms.quotes.antecedents import AntecedentResolver
from transforms.quotes.cues import CLAUSE_AFTER_COMMA, JUDGED_FOR, PASSIVE_VOICE
from transforms.quotes.entity_words import GROUP_ROLES
from transforms.quotes.modifier_names import owning_verb_between, qualifies_noun_after
from transforms.quotes.name_runs import strip_titles
from transforms.quotes.names import NAME, PRONOUN
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.person_of_body import person_before_of
from transforms.quotes.phrases import LEADING_ADVERBIAL, SUBJECT_VERB, role_words_end
from transforms.quotes.resolution import Attribution
from transforms.quotes.role_of_body import role_before_body
from transforms.quotes.speakers import is_role

# A personal pronoun opening the clause, then a word in lower case (its verb): "He cut into Bush, …".
# Not before a copula ("They are also conscious of …", "He would be …"): a state, not a deed.
OPENING_PRONOUN = re.compile(
    r"(?P<pronoun>He|She|They|he|she|they)\s+(?:[a-z]+ly\s+)?(?!(?:(?:would|could|should|might|may|must|can|will)\s+)?(?:is|are|was|were|be|been)\b)[a-z]"
)
# A participle right before a name, the name its object: "portraying Mexican immigrants" (a pronoun after "adding"
# is a clause's subject); not a time of day
# ("Thursday morning Trump said") nor a noun in "-thing".
PARTICIPLE_BEFORE = re.compile(r"\b(?!(?:morning|evening|spring|\w*thing)\s)[a-z]{2,}ing\s+$")
# A preposition of place or movement right before a name: the name is where something happens.
PLACE_PREPOSITION = re.compile(r"\b(?:through|across|around|past|outside|inside|near|into|along|towards?)\s+(?:the\s+)?$")
# The name set off by commas after an office alone: "The Lord Chancellor|, Lord Falconer,".
APPOSED_NAME = re.compile(rf",\s+(?P<name>{NAME.pattern}),")
# A subject that is a name, not "The …" or "A …".
NAMED_SUBJECT = re.compile(r"(?!(?:The|A|An)\s)[A-Z]")
# "The" and capitalised words only: before a plural role noun ("The British producers are", "The GOP leaders have")
# they qualify that noun, which SUBJECT_VERB took for the verb.
THE_CAPITALISED = re.compile(r"The(?:\s[A-Z][\w'’\-]*)+")


class SentenceSubjectFinder(AntecedentResolver):
    """The sentence's subject as the speaker of a quotation without a cue (see the module docstring)."""

    def sentence_subject(self, paragraph: Paragraph, start: int) -> Attribution | None:
        """A partial quote in a sentence without a cue belongs to the sentence's subject.

        The subject is the first name or pronoun followed by a verb ("Bush … described his
        skills as a “work in progress”"), else the first name after a leading adverbial.
        """
        text = paragraph.text
        floor = paragraph.sentence_of(max(start - 1, 0))[0]
        lead_end = max(start - 1, floor)
        if not text[floor:lead_end].strip():
            return None
        clause = LEADING_ADVERBIAL.match(text, floor, lead_end)
        offset = clause.end() if clause else floor
        for found in SUBJECT_VERB.finditer(text, offset, lead_end):
            subject = found.group("np")
            judged = JUDGED_FOR.match(text, found.end("np"))
            if judged is not None and not CLAUSE_AFTER_COMMA.search(text, judged.end(), lead_end):
                # "Acme has been criticised for “…”": the critic's words, not Acme's (but after "…, though he used
                # stronger language, saying" the subject a pronoun there takes up speaks)
                return None
            if PASSIVE_VOICE.match(text, found.end("np")):
                continue  # "It is being billed as “…”": the subject is what is described
            if subject[:1].isupper() and PARTICIPLE_BEFORE.search(text, max(offset, found.start("np") - 24), found.start("np")):
                continue  # "…, portraying Mexican immigrants as “…”": the participle's object, not a subject
            person = person_before_of(text, offset, found.start("np")) if NAME.fullmatch(subject) else None
            if person is not None:  # "Jo Hart of West Virginia lauded": the person, not the place they are from
                return self.attribution(paragraph, *person, None)
            role_start = role_before_body(text, offset, found.start("np")) if NAME.fullmatch(subject) else None
            if role_start is not None:  # "A prospective candidate for the Green Party has resigned": the role
                return self.attribution(paragraph, role_start, found.end("np"), None)
            verb = text[found.end("np"):found.end()].split()[-1]
            if (NAMED_SUBJECT.match(subject) and is_role(verb)) or (THE_CAPITALISED.fullmatch(subject) and verb in GROUP_ROLES):
                # "Legal observers note", "Newcastle boss Graeme Souness has", "The GOP leaders have": a role noun,
                # not the verb
                words_end = role_words_end(text, found.end("np")) or found.end()
                named = NAME.match(text, words_end + 1) if text[words_end:words_end + 1] == " " else None
                return self.attribution(paragraph, found.start("np"), named.end() if named else words_end, None)
            if (PRONOUN.fullmatch(subject) or strip_titles(subject.split())) and not paragraph.inside_quote(found.start()):
                return self.attribution(paragraph, *found.span("np"), None)
            apposed = APPOSED_NAME.match(text, found.end("np")) if not strip_titles(subject.split()) else None
            if apposed is not None:  # "The Lord Chancellor, Lord Falconer, agreed": the office's holder
                return self.attribution(paragraph, *apposed.span("name"), None)
        if PASSIVE_VOICE.search(text, offset, lead_end):
            return None  # "Keane's Hopes and Fears was described as …": no one in the sentence speaks
        opening = OPENING_PRONOUN.match(text, offset, lead_end)
        if opening is not None and not paragraph.inside_quote(opening.start()):
            # "He cut into Bush, calling him a “stiff”": a personal pronoun opening the clause is its subject, even
            # before a verb SUBJECT_VERB does not list, not a name later in the clause
            return self.attribution(paragraph, *opening.span("pronoun"), None)
        for candidate in (NAME, PRONOUN):
            for found in candidate.finditer(text, offset, lead_end):
                if found.start() > offset + 60:
                    break
                if paragraph.inside_quote(found.start()) or (candidate is NAME and not self.is_name(found, offset)):
                    continue
                if candidate is NAME and PLACE_PREPOSITION.search(text, max(found.start() - 10, offset), found.start()):
                    continue  # "marched through Center City, chanting": where, not who
                role_start = role_before_body(text, offset, found.start()) if candidate is NAME and not qualifies_noun_after(text, found) else None
                if role_start is not None:  # "A candidate for the UK Independence Party (UKIP) has resigned", not "… the Acme brand"
                    return self.attribution(paragraph, role_start, found.end(), None)
                role_end = role_words_end(text, found.end()) if candidate is NAME else None  # "Legal observers", "The England coach"
                if (
                    candidate is NAME and role_end is None and qualifies_noun_after(text, found)
                    and not self.names.is_surname(found.group().split()[-1]) and not owning_verb_between(text, found.end(), lead_end)
                ):
                    # "HDTV programmes", "TV sets": a name (no person's) before a noun that is no role qualifies
                    # the subject's head; a name later in the sentence is no subject either
                    return None
                return self.attribution(paragraph, found.start(), found.end() if role_end is None else role_end, None)
        return None

    def is_name(self, found: re.Match[str], sentence_start: int) -> bool:
        """A capitalised word opening a sentence ("Often", "Good information") is a name only if the article names it."""
        tokens = found.group().split()
        if not strip_titles(tokens):
            return False
        return len(tokens) > 1 or found.start() > sentence_start or self.names.is_surname(tokens[0])
