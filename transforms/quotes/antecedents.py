"""From a speaker mention in its paragraph to an attribution: what "he", "she" and "who" stand for.

``Resolver`` (``resolution``) reads a mention on its own and against the article's people and
organisations; ``AntecedentResolver`` adds what the mention's place in the text says:

1. the mention's words (``phrases.speaker_span``); "who" is the phrase before it (the agent of a
   passive: "denied by UKIP spokesman, who said");
2. "they" with a cue: the organisation or group that speaks in its sentence or the one before, else
   the group quoted last since the paragraph before (``groups``);
   "he"/"she": in its own sentence, else in each sentence before it, the speaker of a quotation
   there, else the named subject (a contrasting clause's first: "…, but McIlroy is unfazed"; never the
   subject of an opening participle or subordinate clause, nor "the Birchfield Harrier"), else a role a
   possessive owns at the sentence's opening ("Tony Blair's official spokesman declined …"), else a person
   or role that speaks there ("A spokesman for Apacs said …"); the same pronoun opening a clause after
   "and"/"but" is the owner of the sentence's opening ("Edu's deal expires … and he"), elsewhere it passes
   the question a sentence back; a pronoun that opens its paragraph (after "But" at most) looks into the
   previous one; else recency (``names.recent_person``), counted from the earliest same pronoun of the
   chain ("He has worked on … Indiana Jones. “…,” he told" is not Indiana Jones); a lone name as subject
   and, when no one is found, a role as subject before are ``pronoun_subjects``;
3. "the 34-year-old", "the American": the person the article so describes, else the subject;
   "the Oscar-nominated actor", "the home secretary", "the star of Rain Man and Tootsie": the person
   named in the role (``person_roles``), else for no office the person the sentences before are about
   (not after a restrictive "who": "The barrister who had represented …" is someone new); "the Tory
   leader", a role of an organisation or place described so nowhere, the person the sentences before are
   about when the article ties them elsewhere to no other (``person_roles.affiliated_holder``); a bare "a
   spokesman" right after a sentence whose subject is an organisation speaks for it; a first name after
   a role noun ("Fletcher's daughter Jill said") is a person "she" can stand for;
4. one capitalised word before a noun is no speaker ("Gadget lovers");
5. a capitalised "The" mid-sentence stays in a name ("The Game"); a person's affiliation from
   what follows the mention ("Rupert Adams of William Hill").
"""

import re

from transforms.quotes.affiliations import affiliation_after
from transforms.quotes.cues import ACCORDING_TO_ASIDE, AGENT_BEFORE_RELATIVE, ANTECEDENT_LEAD, CUE
from transforms.quotes.entity_words import FEMALE_ROLES, MALE_ROLES, OFFICES, PERSON_ROLES
from transforms.quotes.groups import last_group
from transforms.quotes.lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS
from transforms.quotes.named_things import after_speech_cue, names_a_thing
from transforms.quotes.names import NAME, PRONOUN, strip_titles, without_possessive
from transforms.quotes.paragraph import Paragraph, opens_paragraph
from transforms.quotes.person_roles import is_affiliated_role, is_person_role, is_work_role
from transforms.quotes.pronoun_subjects import PronounSubjectResolver
from transforms.quotes.phrases import SUBJECT_VERB, TAIL_LEAD, phrase_end, speaker_span, subject_before
from transforms.quotes.resolution import Attribution, is_country_name, is_person_description
from transforms.quotes.speakers import NOBODY_KNOWN, Reading, Speaker, read_mention

# The lower-case word after a mention, and words that make it the verb of a clause ("Wimpey has", "Ofcom now says").
NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
VERB_LIKE = re.compile(
    r"[a-z]+(?:ed|ly)|has|had|have|is|was|are|were|will|would|can|could|may|might|should|must|did|does|do|also|then|now|"
    r"went|goes|came|comes|gave|took|made|got|began|wrote|spoke|left|led|won|lost|ran|saw|felt|found|kept|knew|thought|"
    r"brought|held|stood|sat|put|set|became|sold|bought|paid|sent|spent|met|fell|rose|hit|let|quit|chose|drew|drove|"
    r"grew|threw|broke|struck|sought|fought|taught|caught|meant|heard|read|"
    r"later|meanwhile|still|yesterday|today|itself|himself|herself|themselves|who|which|of|for|at|from"
)
# A name opening a sentence, after a conjunction at most: "Henson himself says he …".
SENTENCE_OPENING_NAME = re.compile(rf"(?:(?:And|But|So|Yet|Now|Then)\s+)?(?P<name>{NAME.pattern})")
# What a possessive opening a sentence owns: its lower-case words up to the verb ("Edu's deal expires",
# "Tony Blair's official spokesman declined"), after a time or place lead ("On Monday, ").
OWNED_WORDS = re.compile(r"['’]s?((?:\s+[a-z][\w\-]*){1,3}?)\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|es|s)|has|had|was|is|will|would|could|said|told)\b")
SENTENCE_LEAD = re.compile(r"(?:(?:On|In|At|Last|Earlier|Later|By) [\w ]{1,30}, )?")
# A participle or a subordinate clause opening a sentence, whose subject is not the sentence's: "Speaking … after
# Mr Brown had delivered …, Mr Kennedy acknowledged", "If James Brown was …, then Ray Charles was".
OPENING_CLAUSE = re.compile(
    r"(?:(?:(?:And|But)\s+)?(?:[A-Z][a-z]+ing|When|After|Before|While|Since|If|Although|Though|Because|Once|Until|As|Despite|Following)\b"
    r"[^,“”\"]{0,150},\s*)?"
)
# A lower-case role noun right before a name: "daughter Jill", "striker Mido".
ROLE_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# Roles that speak for an organisation.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A relative clause right after a role, without a comma: it introduces someone new.
RESTRICTIVE_RELATIVE = re.compile(r"\s+(?:who|whose|that)\b")
# A conjunction or a linking adverb before a pronoun that opens its paragraph: "But he blamed …".
PARAGRAPH_LEAD = re.compile(r"(?:(?:And|But|So|Yet|Then|Now|Still|However|Meanwhile|Later|Earlier|Instead)\b,?\s+)?")
# "the Birchfield Harrier", "the Shore Club": a run of one or two capitalised words after "the" describes or names a
# thing, not a person ("the Treasury Paul Boateng" is an office before a name).
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A word or a comma right before a mention: it is not at a sentence's start.
# "… and" or "… but" right before a pronoun: it opens a clause coordinated with the sentence's first.
COORDINATED_PRONOUN = re.compile(r"\s(?:and|but)\s+$")
POSSESSIVE_END = re.compile(r"['’]s?$")
MID_SENTENCE = re.compile(r"[\w,]\s+$")
# What opens a contrasting clause before its subject: "…, but McIlroy is unfazed".
CLAUSE_OPENER = re.compile(r"(?:\bbut|;|\b(?:while|whereas|although|though))\s+$")


class AntecedentResolver(PronounSubjectResolver):
    """Resolves speaker mentions in their paragraphs: pronouns, "who", descriptions, the quotations before."""

    def __init__(self) -> None:
        super().__init__()
        self.previous_paragraph: Paragraph | None = None  # where "he" at a paragraph start looks back to
        self.spoken: list[tuple[int, Attribution]] = []  # (document offset of a quotation, its attribution)

    def attribution(self, paragraph: Paragraph, np_start: int, np_end: int, cue: str | None) -> Attribution:
        start, end = speaker_span(paragraph.text, np_start, np_end)
        mention = paragraph.text[start:end]
        position = paragraph.base + start
        if mention == "who":
            return self.attributed(self.antecedent(paragraph, start), position, paragraph.base + end, cue)
        pronoun = mention.lower()
        gendered = pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS
        antecedent = self.subject_antecedent(paragraph, start, pronoun) if gendered else None
        if pronoun == "they" and cue is not None:
            floor = self.previous_paragraph.base if self.previous_paragraph is not None else paragraph.base
            antecedent = self.group_antecedent(paragraph, start) or last_group(self.spoken, floor, position)
        reading = read_mention(mention)
        if antecedent is None and is_person_description(reading):
            # "said the 34-year-old", "the American": the person the article describes so, else its subject
            antecedent = self.described(reading, position) or self.subject_antecedent(paragraph, start, "")
        elif antecedent is None and (is_person_role(reading) or is_work_role(reading)):
            antecedent = self.person_in_role(paragraph, start, reading) or self.subject_of_description(paragraph, start, end, reading)
            if antecedent is not None and antecedent.name:
                self.roles_found.setdefault(antecedent.name, reading.text)
        elif antecedent is None and is_affiliated_role(reading) and not RESTRICTIVE_RELATIVE.match(paragraph.text, end) and self.resolve(mention, position).type == "role":
            # "the Tory leader", described so nowhere: the person the sentences before its own are about
            subject = self.subject_antecedent(paragraph, paragraph.sentence_of(start)[0], "")
            antecedent = self.affiliated_holder(reading, subject)
        if antecedent is not None:
            speaker = antecedent
        elif self.is_noun_modifier(paragraph.text, mention, end):
            speaker = NOBODY_KNOWN  # "Gadget lovers are …", "Trade barriers and subsidies …"
        else:
            speaker = self.resolve(mention, position)
            if gendered and speaker.name is None:  # no person: a role that is the subject before ("The … spokeswoman said")
                speaker = self.role_subject_before(paragraph, start, "f" if pronoun in FEMALE_PRONOUNS else "m") or speaker
        if speaker.type == "role" and reading.head in SPOKESPEOPLE and reading.text == reading.head and not (reading.definite or reading.owner or reading.affiliation):
            # "But the Home Office defended the measures. A spokesman said": the spokesman of the organisation before
            organisation = self.organisation_subject_before(paragraph, start)
            if organisation is not None:
                speaker = Speaker(f"{organisation} {reading.text}", "role", organisation)
        if speaker.name == mention[4:] and mention.startswith("The ") and MID_SENTENCE.search(paragraph.text, max(start - 3, 0), start):
            speaker = Speaker(mention, speaker.type, speaker.affiliation)  # "…, The Game described": the name holds "The"
        if speaker.type == "person" and speaker.name and speaker.affiliation is None:
            affiliation = affiliation_after(paragraph.text, start, end)  # "said Rupert Adams of William Hill"
            if affiliation is not None:
                speaker = Speaker(speaker.name, "person", affiliation)
        if speaker.name and speaker.type == "person" and (pronoun in FEMALE_PRONOUNS or pronoun in MALE_PRONOUNS):
            self.names.learn_gender(speaker.name, "f" if pronoun in FEMALE_PRONOUNS else "m")
        return self.attributed(speaker, position, paragraph.base + end, cue)

    def organisation_subject_before(self, paragraph: Paragraph, start: int) -> str | None:
        """The organisation that is the subject of the sentence before the one at ``start`` (of the previous
        paragraph's last sentence, for a paragraph's first)."""
        sentence_start = paragraph.sentence_of(start)[0]
        if sentence_start == 0:
            if self.previous_paragraph is None or self.previous_paragraph is paragraph or not self.previous_paragraph.text.strip():
                return None
            paragraph, sentence_start = self.previous_paragraph, len(self.previous_paragraph.text.rstrip())
        before = paragraph.sentence_of(sentence_start - 1)[0]
        subject = next((found for found in SUBJECT_VERB.finditer(paragraph.text, before, sentence_start) if not paragraph.inside_quote(found.start())), None)
        if subject is None or subject.start() > OPENING_CLAUSE.match(paragraph.text, before).end():  # type: ignore[union-attr]  # always matches
            return None
        speaker = self.resolve(subject.group("np"), paragraph.base + subject.start("np"))
        name = speaker.name
        if speaker.type != "organisation" or name is None or is_country_name(name) or not (" " in name or name.isupper()):
            return None  # not "Paver", a surname the article never gives a title
        return name

    def subject_of_description(self, paragraph: Paragraph, start: int, end: int, reading: Reading) -> Speaker | None:
        """"said the giant winger": the person the sentences before it are about; for an office, only the
        article's main person (``person_roles.office_holder``)."""
        if RESTRICTIVE_RELATIVE.match(paragraph.text, end):
            return None  # "The barrister who had represented Mr Martin": someone new
        if reading.head in OFFICES:
            return self.office_holder(reading, self.subject_antecedent(paragraph, paragraph.sentence_of(start)[0], ""), paragraph.base + start)
        wanted = "f" if reading.head in FEMALE_ROLES else "m" if reading.head in MALE_ROLES else ""
        subject = self.subject_antecedent(paragraph, start, wanted)
        return subject if subject is not None and subject.type == "person" else None

    def is_noun_modifier(self, text: str, mention: str, end: int) -> bool:
        """One capitalised word before a lower-case word that is no verb, and no name the article
        knows: a common word opening its sentence ("Gadget lovers", "Between tasks"), not a speaker."""
        if " " in mention or not mention[:1].isupper() or mention.isupper() or after_speech_cue(text, end - len(mention)):
            return False  # "said Jurgen den Hartog": a speaker's name, not a word opening its sentence
        following = NEXT_WORD.match(text, end)
        if following is None or VERB_LIKE.fullmatch(following.group(1)) or CUE.fullmatch(following.group(1)):
            return False
        if read_mention(mention).kind != "name":
            return False
        word = without_possessive(mention)
        return not self.names.is_surname(word) and word not in self.names.gender_of and not self.entities.is_organisation(word)

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
        chained: int | None = None  # document offset of the earliest same pronoun that passed the question back
        for _ in range(4):
            if end == 0:  # "“History,” he wrote" opening a paragraph: the previous one's subjects
                leads = (
                    opens_paragraph(paragraph, position) or PARAGRAPH_LEAD.fullmatch(paragraph.text, 0, position) is not None
                    or OPENING_CLAUSE.fullmatch(paragraph.text, 0, position) is not None  # "Raising a point of order, he said"
                )
                if paragraph is self.previous_paragraph or self.previous_paragraph is None or not leads:
                    break
                paragraph = self.previous_paragraph
                text = paragraph.text
                end = len(text)
            sentence_start = paragraph.sentence_of(max(end - 1, 0))[0]
            spoken = self.spoken_in(paragraph.base + sentence_start, paragraph.base + end, wanted)
            if spoken is not None:
                return spoken
            # "Speaking … after Mr Brown had delivered …, Mr Kennedy acknowledged": not a subject of the opening clause
            clause_end = OPENING_CLAUSE.match(text, sentence_start, end).end()  # type: ignore[union-attr]  # always matches
            subjects = [subject for subject in SUBJECT_VERB.finditer(text, clause_end, end) if not paragraph.inside_quote(subject.start())]
            # the first subject, but a later clause's ("Bogdanov won …, but McIlroy is unfazed") first
            later = [subject for subject in subjects[1:] if CLAUSE_OPENER.search(text, sentence_start, subject.start())]
            same_pronoun = False
            for subject in later[::-1] + subjects:
                mention = subject.group("np")
                if mention.lower() == pronoun or mention.lower() in (FEMALE_PRONOUNS if wanted == "f" else MALE_PRONOUNS if wanted else ()):  # "Her forms have …, she said"
                    coordinated = COORDINATED_PRONOUN.search(text, sentence_start, subject.start()) is not None
                    opening = self.opening_person(paragraph, sentence_start, subject.start(), wanted, coordinated)  # "Henson himself says he"
                    if opening is not None:
                        return opening
                    cue = CUE.search(text, sentence_start, subject.start()) if not coordinated else None
                    if cue is not None and not cue.group().endswith("ing") and not paragraph.inside_quote(cue.start()):
                        # "…, the chancellor said the cuts proposed by Oliver Letwin were …, he told activists": the
                        # sentence's first cue, a finite one, names who the same pronoun later in it is
                        speaking = self.speaking_subject(paragraph, sentence_start, subject.start(), wanted)
                        if speaking is not None and speaking.type == "person":
                            return speaking
                    same_pronoun = True
                    chained = paragraph.base + subject.start("np")
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
                    if is_person_description(reading) and described.type == "person":
                        # "The 29-year-old had …": whom the sentences before it are about, not the latest name
                        described = self.subject_antecedent(paragraph, subject.start("np"), "") or described
                    kinds = ("person",) if reading.definite else ("person", "role")  # "the striker": someone named
                    if described.type in kinds and self.gender_fits(described, wanted):
                        return described
                    continue
                if len(mention.split()) <= 2 and THE_BEFORE.search(text, max(subject.start("np") - 5, 0), subject.start("np")):
                    continue  # "the Birchfield Harrier has": a description, no one's name
                name = strip_titles(mention.split())
                full = name and self.names.fullest(name, paragraph.base + subject.start("np"))
                role = ROLE_BEFORE.search(text, max(sentence_start, subject.start() - 30), subject.start()) if full and " " not in full and not full.isupper() else None
                if full and role is not None and role.group(1) in PERSON_ROLES:  # "Fletcher's daughter Jill said": a person by a first name
                    gender = "f" if role.group(1) in FEMALE_ROLES else "m" if role.group(1) in MALE_ROLES else None
                    return self.person(full) if not wanted or (gender or wanted) == wanted else None
                if not full or not self.subject_person(paragraph, full, subject) or names_a_thing(text, subject.start("np"), mention, name or ""):
                    continue  # "In his", "the Polish-Lithuanian Commonwealth occupied", "Under My Ask Jeeves users": no one "he" stands for
                return self.person(self.full_form(full) if full == mention else full) if not wanted or (self.names.known_gender(full) or wanted) == wanted else None
            speaking = None if same_pronoun else self.owned_role_subject(paragraph, sentence_start, end, wanted) or self.speaking_subject(paragraph, sentence_start, end, wanted)
            if speaking is not None:
                return speaking
            end = sentence_start
        if chained is not None and wanted:
            # "He has worked on … Finding Nemo and Indiana Jones. “…,” he told": the names after the
            # earliest "he" of the chain are no antecedent of it, so recency counts from there
            return self.recent_speaker(pronoun, chained)
        return None

    def recent_speaker(self, pronoun: str, position: int) -> Speaker | None:
        """The person "he"/"she" stands for by recency at document offset ``position``."""
        speaker = self.pronoun_speaker(pronoun, position)
        return speaker if speaker.name else None

    def group_antecedent(self, paragraph: Paragraph, position: int) -> Speaker | None:
        """Who "they" is: the organisation or the group (a plural role) that is the subject of the first cue
        in its sentence before it, else in the sentence before (the previous paragraph's last when "they" opens
        its paragraph): "A statement from the band's record company Universal said …. However they said that …"
        is Universal's."""
        text = paragraph.text
        end = position
        for _ in range(2):
            if end <= 0:  # "They say …" opening its paragraph: the last sentence of the one before
                if paragraph is self.previous_paragraph or self.previous_paragraph is None or PARAGRAPH_LEAD.fullmatch(text, 0, position) is None:
                    return None
                paragraph = self.previous_paragraph
                text = paragraph.text
                end = len(text.rstrip())
            sentence_start = paragraph.sentence_of(end - 1)[0]
            cue = next((found for found in CUE.finditer(text, sentence_start, end) if not paragraph.inside_quote(found.start())), None)
            subject = subject_before(text, sentence_start, cue.start()) if cue is not None else None
            if subject is not None:
                span_start, span_end = speaker_span(text, *subject)
                mention = text[span_start:span_end]
                speaker = None if PRONOUN.fullmatch(mention) else self.resolve(mention, paragraph.base + span_start)
                if speaker is not None and (speaker.type == "organisation" or speaker.type == "role" and (speaker.name or "").endswith("s")):
                    return speaker
            end = sentence_start
        return None

    def record(self, position: int, attribution: Attribution) -> None:
        """The quotation at document offset ``position`` was attributed: a later "he said" (or "they said") may stand for its speaker."""
        if attribution.speaker is not None and attribution.speaker_type in ("person", "role", "organisation"):
            self.spoken.append((position, attribution))

    def spoken_in(self, start: int, end: int, wanted: str) -> Speaker | None:
        """The speaker of the last quotation between document offsets ``start`` and ``end``, when the gender fits."""
        for position, attribution in reversed(self.spoken):
            if position < start:
                return None
            if position < end and attribution.speaker is not None and attribution.speaker_type != "organisation":
                speaker = Speaker(attribution.speaker, attribution.speaker_type, attribution.affiliation)
                if speaker.type == "person" and speaker.name is not None:
                    # "“…,” said Bernie Sanders … his …. She said" is not Sanders, nor "her son Tom Clark" she
                    known = self.names.gender(speaker.name) or self.entities.role_gender(speaker.name)
                    return speaker if known is None or not wanted or known == wanted else None
                return speaker if self.gender_fits(speaker, wanted) else None
        return None

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
            # "The prime minister said …": the person named in the role, else someone found by recency
            person = self.person_in_role(paragraph, span_start, reading) if is_person_role(reading) else None
            return person if person is not None and self.gender_fits(person, wanted) else None
        return speaker if speaker.name and self.gender_fits(speaker, wanted) else None

    def antecedent(self, paragraph: Paragraph, who_start: int) -> Speaker | None:
        """Who "who" is: the phrase before ", who", past an "according to …" aside and a leading cue."""
        before = ACCORDING_TO_ASIDE.sub("", paragraph.text[:who_start].rstrip().rstrip(","))
        segment_start = max(before.rfind(mark) for mark in ",;“”\"") + 1
        agent = AGENT_BEFORE_RELATIVE.match(before, segment_start)
        if agent is not None:  # "the claim was denied by UKIP spokesman, who said"
            segment_start = agent.end()
        lead_end = ANTECEDENT_LEAD.match(before, segment_start).end()  # type: ignore[union-attr]  # always matches
        if lead_end >= len(before):
            return None
        start, end = speaker_span(before, lead_end, len(before))
        return self.resolve(before[start:end], paragraph.base + start)
