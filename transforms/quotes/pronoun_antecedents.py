"""What "he" and "she" stand for, from the pronoun's place in the text. A name joined to the same pronoun ("she and Anton
Dolin founded …") is its partner: the chain passes back a sentence, as for the pronoun itself.

``AntecedentResolver`` (``antecedents``) asks ``subject_antecedent`` for a gendered pronoun (and, with no gender,
for the person a description or a role stands for): in its own sentence, else in each sentence before it (a
quotation of several sentences read as one), the speaker of a quotation there, else the named subject (one before
a modal too: "Saulnier will move into …"; a contrasting clause's first: "…, but McIlroy is unfazed"; never a name after "at", "of", "for", "from" or
"with": "William Corr of the Campaign for Tobacco-Free Kids urged"; the subject of
the sentence's reporting cue before a subject of the clause the cue reports: "A … spokeswoman said Lord Woolf
agreed";
never the subject of an opening participle or subordinate clause, nor "the Birchfield Harrier"; a person a sentence opens on
with "For", "But for Jo Hart, a director at Acme, the future …": ``viewpoint_holders``), else a role a
possessive owns at the sentence's opening ("Tony Blair's official spokesman declined …"), else a person or role
that speaks there ("A spokesman for Apacs said …", the person "The 66-year-old criticised …" describes, "the Lib Dems' spokesman, Mark Oaten, accused …", "The prime
minister's official spokesman said …" when no named person holds the role); the same pronoun opening a clause after "and"/"but" is the
owner of the sentence's opening ("Edu's deal expires … and he"), elsewhere it passes the question a sentence
back; a pronoun that opens its paragraph (after "But" or a short time or place phrase at most, "In it, he says", or the
first of a chain of the same pronoun that does, or one closing the paragraph's first sentence right after a partial
quotation with no person named before it, when the previous paragraph quotes someone: ``closes_unnamed_opening``) looks
into the previous one, and a chain whose first pronoun opens that one, both narration without quotations, on into the
paragraph before it (``paragraph.chain_goes_back``); else recency
(``names.recent_person``: never a preposition's object), counted from the earliest same pronoun of the chain ("He has worked on … Indiana
Jones. “…,” he told" is not Indiana Jones; a main clause's pronoun after a clause opening its sentence whose subject is
the same pronoun chains from that one: "Though he did not name Jo Hart, he made it clear …" is not Jo Hart); a lone name as subject and, when no one is found, a role as subject
before are ``pronoun_subjects``. Never the person the pronoun's own cue addresses ("he told Hannity"), nor, for
the pronoun of a reporting clause set off inside the sentence it reports ("Mr Blair has failed, he claimed, …"), a
name in that sentence (``parenthetical_antecedent``), nor one before the pronoun of a reporting clause closing its
sentence ("Mr Blair has “…” as in 1997, he said."). A pronoun right after a subordinate clause opening its sentence
is that clause's named subject ("When 50 Cent appeared …, he said": ``subordinate_person``), or the one its verb aims at
("When Jo Hart accused Ann Lee of …, she said"); a pronoun right after a question put to it opening its sentence
("Asked if Jo Hart could return, he replied") is the one asked, and the question passes back from that sentence's start
(into the paragraph before when it opens its paragraph); that and the other openings of a sentence are read by
``opening_subjects``. The quotations attributed so far (``record``) are what "he said" after a quotation reads first.
"""

import re
from bisect import bisect_right

from transforms.quotes.closing_reporters import closing_reporter
from transforms.quotes.contrasted_quotes import contrasted_subject
from transforms.quotes.cues import CUE
from transforms.quotes.kin_first_names import follows_kin_noun
from transforms.quotes.identity_sentences import identified_person
from transforms.quotes.entity_words import FEMALE_ROLES, MALE_ROLES, PERSON_ROLES
from transforms.quotes.lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS
from transforms.quotes.named_things import names_a_thing
from transforms.quotes.opening_subjects import ASKED_OPENING, OpeningSubjectResolver, opening_pronoun
from transforms.quotes.name_runs import strip_titles
from transforms.quotes.names import NAME, PRONOUN
from transforms.quotes.paragraph import Paragraph, chain_goes_back, opens_paragraph
from transforms.quotes.partial_openings import THE_BEFORE, closes_unnamed_opening
from transforms.quotes.set_off_reports import set_off_report_start
from transforms.quotes.person_roles import is_person_role
from transforms.quotes.viewpoint_holders import viewpoint_holder
from transforms.quotes.unnamed_speakers import unnamed_gender
from transforms.quotes.phrases import SUBJECT_VERB, TAIL_LEAD, phrase_end, speaker_span
from transforms.quotes.subjects import subject_before
from transforms.quotes.resolution import Attribution, is_person_description
from transforms.quotes.speakers import Speaker, read_mention

# A participle or a subordinate clause opening a sentence, whose subject is not the sentence's: "Speaking … after
# Mr Brown had delivered …, Mr Kennedy acknowledged", "If James Brown was …, then Ray Charles was".
OPENING_CLAUSE = re.compile(
    r"(?:(?:(?:And|But)\s+)?(?:[A-Z][a-z]+ing|When|After|Before|While|Since|If|Although|Though|Because|Once|Until|As|Despite|Following)\b"
    r"[^,“”\"]{0,150},\s*)?"
)
# A short time or place phrase opening a sentence before its subject: "In Wednesday's Budget, Mr Brown doubled …", "In
# it, he says …" (its capitalised words are no subject, and a pronoun after it still opens its paragraph).
PREPOSITIONAL_LEAD = re.compile(
    r"(?:(?:And|But|So|Yet)\s+)?(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Uu]nder|[Tt]hroughout|[Ll]ast|[Ee]arlier|[Ll]ater)\s+[^,;:“”\"]{1,40},\s*"
)
# A name opening a sentence before a modal and its verb ("Saulnier will move", "Mendes could not believe"):
# the sentence's subject, which ``SUBJECT_VERB`` (a finite verb) misses.
MODAL_SUBJECT = re.compile(
    rf"(?!(?:He|She|It|They|We|I|You)\b)(?P<np>{NAME.pattern})(?:,[^,“”\"]{{1,100}},)?\s+(?:[a-z]+ly\s+)?(?:can|could|may|might|must|should|will|would)\s+"
    r"(?:not\s+)?(?:[a-z]+ly\s+)?(?!(?:be|have)\b)[a-z]{2,}\b"
)
# A lower-case role noun right before a name: "daughter Jill", "striker Mido".
ROLE_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# A conjunction or a linking adverb before a pronoun that opens its paragraph: "But he blamed …".
PARAGRAPH_LEAD = re.compile(r"(?:(?:And|But|So|Yet|Then|Now|Still|However|Meanwhile|Later|Earlier|Instead)\b,?\s+)?")
# "… and" or "… but" right before a pronoun: it opens a clause coordinated with the sentence's first.
COORDINATED_PRONOUN = re.compile(r"\s(?:and|but)\s+$")
# What opens a contrasting clause before its subject: "…, but McIlroy is unfazed".
CLAUSE_OPENER = re.compile(r"(?:\bbut|;|\b(?:while|whereas|although|though))\s+$")
# A conjunction opening a temporal or causal clause right before its subject: "… fell when he was home secretary".
SUBORDINATE_BEFORE = re.compile(r"\b(?:when|while|because|since|after|before|although|though|until|unless|once)\s+$")
# A preposition right before a name: the name is its object ("manager at Snappy Snaps believes"), not a subject.
PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|for|from|with)\s+$")
# A gendered pronoun joined to the name after it ("she and Anton Dolin founded …"): the name is the pronoun's partner,
# so the same pronoun later stands for whom that one did, never for the partner.
PARTNER_OF_PRONOUN = re.compile(r"\b(?P<pronoun>[Hh]e|[Ss]he)\s+and\s+$")
# The person a pronoun's own cue addresses, right after it: "he told Hannity".
ADDRESSEE = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:told|asked|assured|reminded|warned|thanked|urged|answered)\s+(?P<name>{NAME.pattern})")
# What may stand between a cue and the subject of the clause it reports: "said Lord Woolf and Lord Falconer agreed";
# not a comma, which may close a clause the cue opened ("When a reporter asked Trump if …, Trump deflected").
REPORTED_CLAUSE_LEAD = re.compile(r"[^,;:“”\"]*")
# A name set off by commas right before a cue, after the words it names: "the Liberal Democrat's shadow home
# secretary, Mark Oaten, accused Mr Clarke" is the subject's apposition, not a clause the cue closes ("…, observed Jack Boorman").
APPOSED_NAME = re.compile(rf"[\w’']\s*,\s+(?:{NAME.pattern}),\s*$")
UNNAMED_PEOPLE = frozenset({"man", "woman", "boy", "girl"})  # bare nouns for a person no one names: "the man"
FOCUS_REACH, FOCUS_REACH_CHAINED = 4, 7  # sentences ``focus_antecedent`` reads back; a chain of one pronoun stretches it


class PronounAntecedentResolver(OpeningSubjectResolver):
    """Who "he"/"she" is, from the sentences before and the quotations attributed so far."""

    def __init__(self) -> None:
        super().__init__()
        self.previous_paragraph: Paragraph | None = None  # where "he" at a paragraph start looks back to
        # the paragraph before that: where a chain of the same pronoun opening the previous paragraph goes on
        self.earlier_paragraph: Paragraph | None = None
        self.spoken: list[tuple[int, Attribution]] = []  # (document offset of a quotation, its attribution)
        self.unnamed: list[tuple[int, str, str]] = []  # (document offset of the mention, role, gender): ``unnamed_speakers``
        self.anonymous: dict[int, str] = {}  # document offset of a mention a clause says is unnamed -> its gender

    def subject_antecedent(self, paragraph: Paragraph, position: int, pronoun: str) -> Speaker | None:
        """Who "he"/"she" is (``focus_antecedent``), never the person the pronoun's own cue addresses: "Hannity asked
        Trump how high the wall would be. “…,” he told Hannity" is Trump, whom recency then finds."""
        found = self.parenthetical_antecedent(paragraph, position, pronoun)
        if found is None:
            found = self.focus_antecedent(paragraph, position, pronoun)
        addressed = ADDRESSEE.match(paragraph.text, position + len(pronoun)) if pronoun and found is not None and found.type == "person" else None
        if addressed is None or found is None:
            return found
        name = strip_titles(addressed.group("name").split())
        if not name or self.names.fullest(name, paragraph.base + addressed.start("name")) != found.name:
            return found
        recent = self.recent_speaker(pronoun, paragraph.base + position) if pronoun in FEMALE_PRONOUNS or pronoun in MALE_PRONOUNS else None
        return recent if recent is not None and recent.name != found.name else None

    def parenthetical_antecedent(self, paragraph: Paragraph, position: int, pronoun: str) -> Speaker | None:
        """Who the pronoun of a reporting clause set off inside or closing the sentence it reports is
        (``set_off_reports``): the question goes to the sentences before, then to recency from the sentence's start."""
        if not (pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS):
            return None
        sentence_start = set_off_report_start(paragraph, position, pronoun)
        if sentence_start is None:
            return None
        found = self.focus_antecedent(paragraph, sentence_start, pronoun)
        return found if found is not None else self.recent_speaker(pronoun, paragraph.base + sentence_start)

    def focus_antecedent(self, paragraph: Paragraph, position: int, pronoun: str) -> Speaker | None:
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
        if wanted:  # "When Cole arrived at the ground, he said: “…”": the subject of the clause opening its sentence
            own_start = paragraph.sentence_of(position)[0]
            if OPENING_CLAUSE.match(text, own_start, position).end() == position:  # type: ignore[union-attr]  # always matches
                opening = self.subordinate_person(paragraph, own_start, position, wanted)
                if opening is not None:
                    return opening
            if ASKED_OPENING.fullmatch(text, own_start, position) is not None and not paragraph.inside_quote(own_start):
                # "Asked if Jo Hart could return, he replied": the one asked answers; no one the question names
                end = own_start
                chained = paragraph.base + own_start  # recency, too, counts from before the question
        step, reach = 0, FOCUS_REACH
        while step < reach:
            if end == 0:  # "“History,” he wrote" opening a paragraph: the previous one's subjects
                # the pronoun, or the earliest same pronoun of its chain when that opens this paragraph ("He sees Owen
                # as …. “…,” he told" looks back past "He sees" into the paragraph before)
                at = position if chained is None or chained < paragraph.base else chained - paragraph.base
                leads = (
                    opens_paragraph(paragraph, at) or PARAGRAPH_LEAD.fullmatch(paragraph.text, 0, at) is not None
                    or OPENING_CLAUSE.fullmatch(paragraph.text, 0, at) is not None  # "Raising a point of order, he said"
                    or bool(wanted) and PREPOSITIONAL_LEAD.fullmatch(paragraph.text, 0, at) is not None  # "In it, he says"
                    or bool(wanted) and self.closes_unnamed_opening(paragraph, at)  # "Right now, the team is “…,” he said"
                )
                earlier = self.earlier_paragraph
                if paragraph is self.previous_paragraph and earlier is not None and chain_goes_back(paragraph, earlier, chained, wanted):
                    # "Jo Hart graduated …. She paid …." then "She plans …." then "“…,” she said": the chain of the
                    # same pronoun opening the previous paragraph goes on into the one before it
                    paragraph = earlier
                elif paragraph is self.previous_paragraph or paragraph is earlier or self.previous_paragraph is None or not leads:
                    break
                else:
                    paragraph = self.previous_paragraph
                text = paragraph.text
                end = len(text)
            sentence_start = self.quotation_sentence_start(paragraph, paragraph.sentence_of(max(end - 1, 0))[0])
            spoken = self.spoken_in(paragraph.base + sentence_start, paragraph.base + end, wanted)
            if spoken is not None:  # "… a “gutful”, but Jo Hart rejected his comments. “…,” he said": the contrasting clause's
                return contrasted_subject(self, paragraph, sentence_start, end, wanted) or spoken
            reporter = closing_reporter(self.names, paragraph, sentence_start, end)  # "Mr Blair has failed, Michael Howard has said."
            if reporter is not None:
                return self.person(reporter) if not wanted or (self.names.firm_gender(reporter) or wanted) == wanted else None
            # "Speaking … after Mr Brown had delivered …, Mr Kennedy acknowledged": not a subject of the opening clause
            clause_end = OPENING_CLAUSE.match(text, sentence_start, end).end()  # type: ignore[union-attr]  # always matches
            lead = PREPOSITIONAL_LEAD.match(text, clause_end, end) if clause_end == sentence_start else None
            clause_end = lead.end() if lead is not None else clause_end  # "In Wednesday's Budget, Mr Brown doubled …"
            identified = identified_person(self.names, text, clause_end, end, paragraph.base, wanted)
            if identified is not None:  # "The musical's director is Matthew Warchus. “…,” he said"
                return self.person(identified)
            subjects = [subject for subject in SUBJECT_VERB.finditer(text, clause_end, end) if not paragraph.inside_quote(subject.start())]
            modal = MODAL_SUBJECT.match(text, clause_end, end)
            if modal is not None and not paragraph.inside_quote(modal.start()) and not (subjects and subjects[0].start() == modal.start()):
                subjects.insert(0, modal)  # "Saulnier will move into …": a name opening its sentence before a modal
            if not subjects:  # "The shadow foreign secretary, Michael Ancram, welcomed …. But he said"
                apposed = self.apposed_subject(paragraph, clause_end, end, wanted)
                if apposed is not None:
                    return apposed
            aside = self.aside_subject(paragraph, clause_end, end, wanted) if wanted else None
            if aside is not None:  # "Westmacott, who will retire after serving in Iran, Turkey and France, praised …"
                return aside
            holder = viewpoint_holder(text, sentence_start, end) if wanted else None
            if holder is not None:  # "But for Jo Hart, a director at Acme, the future is …. “…,” he said"
                name = strip_titles(holder.group("name").split())
                held = name and self.names.fullest(name, paragraph.base + holder.start("name"))
                if held and self.names.is_person(held) and (self.names.firm_gender(held) or wanted) == wanted:
                    return self.person(held)
            # the first subject, but a later clause's ("Bogdanov won …, but McIlroy is unfazed") first
            later = [subject for subject in subjects[1:] if CLAUSE_OPENER.search(text, sentence_start, subject.start())]
            same_pronoun = False
            reporting = self.first_cue(paragraph, clause_end, end) if subjects else None  # read only for a subject
            for subject in later[::-1] + subjects:
                mention = subject.group("np")
                if PREPOSITION_BEFORE.search(text, max(sentence_start, subject.start("np") - 12), subject.start("np")):
                    continue  # "Ann Simpson, marketing manager at Snappy Snaps believes": the object of a preposition, no subject
                if reporting is not None and subject.start() >= reporting.end() and not PRONOUN.fullmatch(mention) and REPORTED_CLAUSE_LEAD.fullmatch(text, reporting.end(), subject.start()):
                    # "A … spokeswoman said Lord Woolf and Lord Falconer agreed …": a subject of the clause the
                    # sentence's cue reports; who "she" is, is the cue's own subject first
                    speaking = self.speaking_subject(paragraph, sentence_start, end, wanted)
                    if speaking is not None:
                        return speaking
                    reporting = None
                if SUBORDINATE_BEFORE.search(text, max(sentence_start, subject.start("np") - 12), subject.start("np")) and PRONOUN.fullmatch(mention):
                    continue  # "A Labour spokesman criticised …, saying numbers fell when he was home secretary": not the sentence's subject
                partner = PARTNER_OF_PRONOUN.search(text, max(sentence_start, subject.start("np") - 9), subject.start("np")) if wanted else None
                if partner is not None and partner.group("pronoun").lower() == pronoun:  # "she and Anton Dolin established …. “…,” she said"
                    same_pronoun = True
                    chained = paragraph.base + partner.start()
                    break
                if mention.lower() == pronoun or mention.lower() in (FEMALE_PRONOUNS if wanted == "f" else MALE_PRONOUNS if wanted else ()):  # "Her forms have …, she said"
                    inserted = self.parenthetical_antecedent(paragraph, subject.start("np"), mention.lower())
                    if inserted is not None:  # "The problem with Gibson's film, he believed, was …. “…,” he said"
                        return inserted if self.gender_fits(inserted, wanted) else None
                    coordinated = COORDINATED_PRONOUN.search(text, sentence_start, subject.start()) is not None
                    opening = self.opening_person(paragraph, sentence_start, subject.start(), wanted, coordinated)  # "Henson himself says he"
                    if opening is None and subject.start() == clause_end:
                        opening = self.subordinate_person(paragraph, sentence_start, clause_end, wanted)  # "When Cole arrived, he said"
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
                    # "Though he did not name Jo Hart, he made it clear": the chain starts at the opening clause's own "he"
                    first = opening_pronoun(paragraph, sentence_start, clause_end, mention.lower()) if subject.start() == clause_end else None
                    chained = paragraph.base + (subject.start("np") if first is None else first)
                    break  # the same pronoun: look a sentence further back
                if mention.lower() in MALE_PRONOUNS or mention.lower() in FEMALE_PRONOUNS:
                    if not wanted:  # "He conceded the win …. “…,” the Irishman said": who "he" is
                        return self.subject_antecedent(paragraph, subject.start("np"), mention.lower())
                    return None  # the other gender's pronoun: no one this one can be sure of
                if PRONOUN.fullmatch(mention):
                    continue  # "… showed that it believed": a thing, not a person
                if mention.startswith(("The ", "A ", "An ")):  # "The French star was …", "A spokesman said …"
                    reading = read_mention(mention)
                    if reading.kind == "name" and reading.descriptors and "organisation" not in reading.descriptors:
                        # "The Attorney General Lord Goldsmith has …": the person the office is written before
                        named = self.named_speaker(reading, paragraph.base + subject.start("np") + mention.rfind(reading.text))
                        if named.type == "person" and named.name and self.names.is_person(named.name):
                            return named if self.gender_fits(named, wanted) else None
                        continue
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
                full = name and self.names.fullest_of_gender(name, paragraph.base + subject.start("np"), wanted)
                role = ROLE_BEFORE.search(text, max(sentence_start, subject.start() - 30), subject.start()) if full and " " not in full and not full.isupper() else None
                if full and role is not None and role.group(1) in PERSON_ROLES:  # "Fletcher's daughter Jill said": a person by a first name
                    gender = "f" if role.group(1) in FEMALE_ROLES else "m" if role.group(1) in MALE_ROLES else None
                    return self.person(full) if not wanted or (gender or wanted) == wanted else None
                if not full or not (self.subject_person(paragraph, full, subject) or step <= 1 and self.opening_lone_person(paragraph, full, subject)) or names_a_thing(text, subject.start("np"), mention, name or ""):
                    continue  # "In his", "the Polish-Lithuanian Commonwealth occupied", "Under My Ask Jeeves users": no one "he" stands for
                return self.person(self.full_form(full) if full == mention else full) if not wanted or (self.names.firm_gender(full) or wanted) == wanted else None
            speaking = None if same_pronoun else self.owned_role_subject(paragraph, sentence_start, end, wanted) or self.speaking_subject(paragraph, sentence_start, end, wanted)
            if speaking is not None:
                return speaking
            if same_pronoun:  # "He said …. He also stressed …. Borrowing rose …. “…,” he said": a chain is one focus
                reach = min(reach + 1, FOCUS_REACH_CHAINED)
            end = sentence_start
            step += 1
        if chained is not None and wanted:
            # "He has worked on … Finding Nemo and Indiana Jones. “…,” he told": the names after the
            # earliest "he" of the chain are no antecedent of it, so recency counts from there
            return self.recent_speaker(pronoun, chained)
        return None

    def closes_unnamed_opening(self, paragraph: Paragraph, position: int) -> bool:
        """``partial_openings.closes_unnamed_opening``, when the paragraph before quotes someone: only the speaker of a
        quotation there goes on ("Jo Hart and Ann Lee argued …" is two people)."""
        previous = self.previous_paragraph
        if previous is None or not closes_unnamed_opening(paragraph, position, self.names):
            return False
        return self.spoken_in(previous.base, previous.base + len(previous.text), "") is not None

    def recent_speaker(self, pronoun: str, position: int) -> Speaker | None:
        """The person "he"/"she" stands for by recency at document offset ``position``."""
        speaker = self.pronoun_speaker(pronoun, position)
        return speaker if speaker.name else None

    def record(self, position: int, attribution: Attribution) -> None:
        """The quotation at document offset ``position`` was attributed: a later "he said" (or "they said") may stand for its speaker."""
        # an unnamed "man" a reporter met ("He said the man shouted: “…”") is no one a later "he" can be sure of
        unnamed = attribution.speaker_type == "role" and attribution.speaker in UNNAMED_PEOPLE
        at = attribution.mention_start
        if attribution.speaker is not None and at is not None and attribution.speaker_type == "role":
            if at in self.anonymous and self.anonymous[at]:  # "a cashier, who declined to give her name, said"
                self.unnamed.append((at, attribution.speaker, self.anonymous[at]))
            elif unnamed and at > position:  # "“…,” said the woman": its own cue, no one a speaker reports
                self.unnamed.append((at, attribution.speaker, unnamed_gender(attribution.speaker)))
        if attribution.speaker is not None and attribution.speaker_type in ("person", "role", "organisation") and not unnamed:
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
                    known = self.names.any_gender(speaker.name) or self.entities.role_gender(speaker.name)
                    return speaker if known is None or not wanted or known == wanted else None
                return speaker if self.gender_fits(speaker, wanted) else None
        return None

    def quotation_sentence_start(self, paragraph: Paragraph, start: int) -> int:
        """Where the sentence starting at ``start`` begins, read as one with the quotation it lies in: "“It's a
        lifetime achievement award,” DiCaprio said. “But what has it been? Almost 17 years now.”" is one step
        back for "he", not three."""
        index = bisect_right(paragraph.piece_starts, start) - 1
        if index < 0 or start >= paragraph.pieces[index][1] or paragraph.pieces[index][0] >= start:
            return start
        return paragraph.sentence_of(paragraph.pieces[index][0])[0]

    def first_cue(self, paragraph: Paragraph, start: int, end: int) -> re.Match[str] | None:
        """The first finite cue of text[start:end] outside quotations ("said", not "saying")."""
        cue = next((found for found in CUE.finditer(paragraph.text, start, end) if not paragraph.inside_quote(found.start())), None)
        return cue if cue is not None and not cue.group().endswith("ing") else None

    def speaking_subject(self, paragraph: Paragraph, start: int, end: int, wanted: str) -> Speaker | None:
        """The subject of the sentence's first cue when it is a person ("Mr Johnson, MP for Henley-on-Thames,
        said …") or a role ("A spokesman for Apacs … said …"), or the person a definite role stands for."""
        text = paragraph.text
        cue = CUE.search(text, start, end)
        if cue is None or paragraph.inside_quote(cue.start()):
            return None
        if text[start:cue.start()].rstrip().endswith(",") and not APPOSED_NAME.search(text, start, cue.start()):  # "…, observed Jack Boorman, adviser to …"
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
            # "his wife, Jane, called …": a lone first name the kinship noun before it makes a person's
            known = speaker.name is not None and speaker.type == "person" and (self.names.is_person(speaker.name) or follows_kin_noun(text, span_start))
            return speaker if known and self.gender_fits(speaker, wanted) else None
        if is_person_description(reading):
            # "The 66-year-old criticised …": the person the article describes so, else whom the sentences before are about
            described = self.described(reading, paragraph.base + span_start) or self.subject_antecedent(paragraph, span_start, "")
            return described if described is not None and described.type == "person" and self.gender_fits(described, wanted) else None
        if reading.kind != "role" or reading.head not in PERSON_ROLES:
            return None
        speaker = self.role_speaker(reading, paragraph.base + span_start)
        if reading.definite and speaker.type == "role" and is_person_role(reading):
            # "The prime minister said …": the person named in the role, else someone found by recency
            person = self.person_in_role(paragraph, span_start, reading)
            return person if person is not None and self.gender_fits(person, wanted) else None
        if reading.definite and speaker.type == "role" and not reading.owner:
            return None  # "the Tory leader", "the Tory spokesman": a role some named person holds, whom recency finds
        # "The prime minister's official spokesman said …. But he added": a role no named person holds speaks as itself
        return speaker if speaker.name and self.gender_fits(speaker, wanted) else None
