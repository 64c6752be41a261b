"""From a speaker mention in its paragraph to an attribution: what "he", "she", "they" and "who" stand for.

``Resolver`` (``resolution``) reads a mention on its own and against the article's people and
organisations; ``AntecedentResolver`` adds what the mention's place in the text says:

1. the mention's words (``phrases.speaker_span``); "who" is the name closing the phrase before it ("… will only
   get harder for Holmes, who"; not the place in "Marco Rubio of Florida, who"), else that phrase (the agent of a
   passive: "denied by UKIP spokesman, who said");
2. "they" with a cue: the organisation or group that speaks in its sentence or the one before, else (when "they" is
   its cue's subject) the organisation or plural group named last in its sentence or the two before
   (``plural_groups``), else the group quoted last since the paragraph before (``groups``); "it" with a cue: the organisation so named
   there ("The FER says …. The FER blames …. It said") or whose document speaks there ("Mr Crosby's statement
   said: “…” It added"), else, opening its sentence, the organisation that is the subject of the sentence before
   (``organisation_subject``), else what ``resolution`` finds; "he"/"she": the person the sentences
   before are about (``pronoun_antecedents``);
3. "the 34-year-old", "the American": the person the article so describes, else the subject;
   "the Oscar-nominated actor", "the home secretary", "the star of Rain Man and Tootsie": the person
   named in the role (``person_roles``; first, for no office, in a paragraph about someone else than the article's
   main person, that paragraph's subject: ``paragraph_role_subjects``), else for no office the person the sentences before are about
   (not after a restrictive "who": "The barrister who had represented …" is someone new); "the Tory
   leader", a role of an organisation or place described so nowhere, the person the sentences before are
   about when the article ties them elsewhere to no other (``person_roles.affiliated_holder``); a bare "a
   spokesman" right after a sentence whose subject is an organisation speaks for it; a first name after
   a role noun ("Fletcher's daughter Jill said") is a person "she" can stand for; a "his" or "her" owning a person's
   role that opens its clause ("His agent told …", "“…,” his son said") is whom "he" or "she" there stands for
   (``owner_of``);
4. one capitalised word before a noun is no speaker ("Gadget lovers");
5. a capitalised "The" mid-sentence stays in a name ("The Game"); a person's affiliation from
   what follows the mention ("Rupert Adams of William Hill").
"""

import re

from transforms.quotes.affiliations import affiliation_after
from transforms.quotes.cues import ACCORDING_TO_ASIDE, AGENT_BEFORE_RELATIVE, ANTECEDENT_LEAD, CUE
from transforms.quotes.entity_words import DOCUMENT_NOUNS, FEMALE_ROLES, MALE_ROLES, OFFICES, PERSON_ROLES
from transforms.quotes.groups import last_group
from transforms.quotes.lexicon import FEMALE_PRONOUNS, MALE_PRONOUNS
from transforms.quotes.named_things import after_speech_cue
from transforms.quotes.name_runs import without_possessive
from transforms.quotes.names import NAME, PRONOUN
from transforms.quotes.organisation_spoken import last_organisation
from transforms.quotes.kind_noun_names import name_after_kind_noun
from transforms.quotes.organisation_subject import CONJUNCTION_SUBJECT, is_dummy, opens_sentence, says_nothing
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.person_roles import is_affiliated_role, is_person_role, is_work_role
from transforms.quotes.places import is_country_name
from transforms.quotes.plural_groups import plural_group_before
from transforms.quotes.phrases import SUBJECT_VERB, speaker_span
from transforms.quotes.subjects import subject_before
from transforms.quotes.paragraph_role_subjects import ParagraphRoleResolver
from transforms.quotes.pronoun_antecedents import OPENING_CLAUSE, PARAGRAPH_LEAD, UNNAMED_PEOPLE
from transforms.quotes.resolution import Attribution, is_person_description
from transforms.quotes.role_genders import other_gender
from transforms.quotes.speakers import NOBODY_KNOWN, Reading, Speaker, read_mention
from transforms.quotes.unnamed_speakers import anonymous_after, anonymous_subjects, unnamed_gender, unnamed_since

# The lower-case word after a mention, and words that make it the verb of a clause ("Wimpey has", "Ofcom now says").
NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
VERB_LIKE = re.compile(
    r"[a-z]+(?:ed|ly)|has|had|have|is|was|are|were|will|would|can|could|may|might|should|must|did|does|do|also|then|now|"
    r"went|goes|came|comes|gave|took|made|got|began|wrote|spoke|left|led|won|lost|ran|saw|felt|found|kept|knew|thought|"
    r"brought|held|stood|sat|put|set|became|sold|bought|paid|sent|spent|met|fell|rose|hit|let|quit|chose|drew|drove|"
    r"grew|threw|broke|struck|sought|fought|taught|caught|meant|heard|read|"
    r"later|meanwhile|still|yesterday|today|itself|himself|herself|themselves|who|which|of|for|at|from"
)
# Roles that speak for an organisation.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A relative clause right after a role, without a comma: it introduces someone new.
RESTRICTIVE_RELATIVE = re.compile(r"\s+(?:who|whose|that)\b")
# A name closing the phrase before ", who".
CLOSING_NAME = re.compile(rf"(?<![\w’'\-])(?:{NAME.pattern})$")
# "Sen. Marco Rubio of Florida, who": a name after another and a preposition is a place or a body, not who "who" is.
PLACE_LEAD = re.compile(r"\b[A-Z][\w’'\-]*\s+(?:of|from|in|at)\s+(?:the\s+)?$")
# A word or a comma right before a mention: it is not at a sentence's start.
MID_SENTENCE = re.compile(r"[\w,]\s+$")
# A bare "the man" or "the woman" as the subject of a clause that a speech cue before it reports: "He said the man
# shouted: “…”" is someone the reporter met, not the reporter nor the person the article is about.
REPORTED_BARE_PERSON = re.compile(r"\b(?:said|says|told\s+[\w ]{1,30}?|claimed|claims|added|adds|insisted|explained)\s+(?:that\s+)?$")


def reported_unnamed_person(text: str, sentence_start: int, start: int) -> bool:
    """A speech cue right before text[start:] reports a clause whose subject this is ("He said the man shouted"),
    not one that closes a quotation with its subject after it ("“…,” said the woman")."""
    cue = REPORTED_BARE_PERSON.search(text, sentence_start, start)
    before = text[sentence_start:cue.start()].rstrip() if cue is not None else ""
    return bool(before) and before[-1] not in ",\"”’'"


# What may stand before a "his" or "her" that owns a speaker and opens its clause: nothing, a conjunction, or a
# quotation it reports ("“…,” his son said"); not a clause of its own ("…, where his supporters were shown").
OWNER_CLAUSE_LEAD = re.compile(r"(?:(?:And|But|Yet|So)\s+|[“\"][^“”\"]*[”\"]\s*)?")
# A quotation alone before a pronoun that opens its paragraph's reporting clause: "“…,” they said".
QUOTATION_LEAD = re.compile(r"\s*[“\"][^“”\"]*[”\"]\s*")


class AntecedentResolver(ParagraphRoleResolver):
    """Resolves speaker mentions in their paragraphs: pronouns, "who", descriptions, the quotations before."""

    def __init__(self) -> None:
        super().__init__()
        self.owner_at: tuple[Paragraph, int] | None = None  # the paragraph and offset of the mention being attributed

    def attribution(self, paragraph: Paragraph, np_start: int, np_end: int, cue: str | None) -> Attribution:
        start, end = speaker_span(paragraph.text, np_start, np_end)
        mention = paragraph.text[start:end]
        position = paragraph.base + start
        self.owner_at = (paragraph, start)  # where a "his" or "her" opening the mention stands (``owner_of``)
        if mention == "who":
            return self.attributed(self.antecedent(paragraph, start), position, paragraph.base + end, cue)
        pronoun = mention.lower()
        if pronoun == "it" and is_dummy(paragraph.text[end : end + 60], cue):
            return self.attributed(NOBODY_KNOWN, position, paragraph.base + end, cue)  # "It has been called “…”"
        gendered = pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS
        antecedent = self.subject_antecedent(paragraph, start, pronoun) if gendered else None
        if pronoun == "they" and cue is not None:
            floor = self.previous_paragraph.base if self.previous_paragraph is not None else paragraph.base
            opens_paragraph = paragraph.sentence_of(start)[0] == 0
            # sentence by sentence, nearest first: the group speaking there, else the group named there
            antecedent = (
                self.group_antecedent(paragraph, start, sentences=1)
                or plural_group_before(paragraph, self.previous_paragraph, start, self.resolve, opens_paragraph, sentences=1)
                or self.group_antecedent(paragraph, start)
                or plural_group_before(paragraph, self.previous_paragraph, start, self.resolve, opens_paragraph)
                or last_group(self.spoken, floor, position)
            )
        elif pronoun == "it" and cue is not None:
            # "The FER blames this …. It said": the organisation named as speaking before; "Mr Crosby's statement said …. It
            # added": whose the document is
            antecedent = last_organisation(self.spoken, self.sentence_before_start(paragraph, start), position)  # "“…,” said the magazine. “…,” it concluded"
            group = None if antecedent is not None else self.group_antecedent(paragraph, start, documents=True)
            if group is not None and group.name and (group.type == "person" or group.type == "organisation" and group.name[:1].isupper()):
                antecedent = group
        if pronoun == "it" and antecedent is None and opens_sentence(paragraph, start):
            # "“…,” said the radio station. It added that … and said: “…”": the body quoted in the sentence before
            antecedent = last_organisation(self.spoken, self.sentence_before_start(paragraph, start), position) if cue is None else None
            organisation = None if antecedent is not None else self.organisation_subject_before(paragraph, start)  # "The committee said …. It blamed …"
            antecedent = Speaker(organisation, "organisation") if organisation is not None else antecedent
        reading = read_mention(mention)
        # one person's role ("one of those advisers" names a group's member, which resolution reads as it can)
        anonymous = anonymous_after(paragraph.text, end) if reading.kind == "role" and antecedent is None and not reading.head.endswith("s") else None
        if anonymous is not None:  # "said the woman, who declined to give her name": no one the article names
            resolved = self.resolve(mention, position)
            antecedent = resolved if resolved.type == "role" and resolved.name else Speaker(reading.head, "role")
            self.anonymous[position] = unnamed_gender(reading.head, anonymous)
        if antecedent is None and is_person_description(reading):
            # "said the 34-year-old", "the American": the person the article describes so, else its subject
            antecedent = self.described(reading, position) or self.subject_antecedent(paragraph, start, "")
        elif antecedent is None and (is_person_role(reading) or is_work_role(reading)):
            # "Jo Hart will captain the side …. And the striker said": the paragraph's subject before the main person
            own = None if RESTRICTIVE_RELATIVE.match(paragraph.text, end) or not is_person_role(reading) else self.paragraph_subject_in_role(paragraph, start, reading)
            antecedent = own or self.person_in_role(paragraph, start, reading) or self.subject_of_description(paragraph, start, end, reading)
            if antecedent is not None and antecedent.name:
                self.roles_found.setdefault(antecedent.name, reading.text)
        elif antecedent is None and is_affiliated_role(reading) and not RESTRICTIVE_RELATIVE.match(paragraph.text, end) and self.resolve(mention, position).type == "role":
            # "the Tory leader", described so nowhere: the person the sentences before its own are about
            subject = self.subject_antecedent(paragraph, paragraph.sentence_of(start)[0], "")
            antecedent = self.affiliated_holder(reading, subject)
        if antecedent is not None and antecedent.type == "person" and reading.kind == "role" and other_gender(self.names, self.entities, antecedent.name, reading.head):
            antecedent = None  # "the woman" is no man the article names
        if antecedent is not None:
            speaker = antecedent
        elif pronoun == "it" and says_nothing(paragraph.text[end : end + 40], cue):
            speaker = NOBODY_KNOWN  # "It would mean that “blues” …"
        elif self.is_noun_modifier(paragraph.text, mention, end):
            speaker = NOBODY_KNOWN  # "Gadget lovers are …", "Trade barriers and subsidies …"
        else:
            speaker = self.resolve(mention, position)
            named = name_after_kind_noun(paragraph.text, end, mention) if speaker.type == "organisation" else None
            if named is not None:  # "consultancy 4Cast said": the body named after the noun
                body = self.resolve(paragraph.text[named[0] : named[1]], paragraph.base + named[0])
                speaker = body if body.type == "organisation" and body.name else Speaker(paragraph.text[named[0] : named[1]], "organisation")
            if gendered and speaker.name is None:  # no person: a role that is the subject before ("The … spokeswoman said")
                speaker = self.role_subject_before(paragraph, start, "f" if pronoun in FEMALE_PRONOUNS else "m") or speaker
        if gendered and speaker.type == "person" and speaker.name:
            # unnamed people quoted before, and those the sentences before bring in ("A cashier, who declined to give her name, said")
            candidates = self.unnamed + anonymous_subjects(paragraph, start)
            if self.previous_paragraph is not None and self.previous_paragraph is not paragraph:
                candidates = sorted(candidates + anonymous_subjects(self.previous_paragraph, len(self.previous_paragraph.text)))
            unnamed = unnamed_since(candidates, self.names, speaker.name, position, "f" if pronoun in FEMALE_PRONOUNS else "m")
            if unnamed is not None:  # "“…,” said the woman, who spoke on the condition of anonymity. … “…,” she said"
                speaker = Speaker(unnamed, "role")
        if speaker.type == "role" and reading.head in SPOKESPEOPLE and reading.text == reading.head and not (reading.definite or reading.owner or reading.affiliation):
            # "But the Home Office defended the measures. A spokesman said": the spokesman of the organisation before
            organisation = self.organisation_subject_before(paragraph, start)
            if organisation is not None:
                speaker = Speaker(f"{organisation} {reading.text}", "role", organisation)
        if (
            speaker.type == "person" and mention.lower()[4:] in UNNAMED_PEOPLE and mention.lower().startswith("the ")
            and reported_unnamed_person(paragraph.text, paragraph.sentence_of(start)[0], start)
        ):
            speaker = Speaker(mention.lower()[4:], "role")  # "He said the man shouted: “…”": the man, unnamed
        if speaker.name == mention[4:] and mention.startswith("The ") and MID_SENTENCE.search(paragraph.text, max(start - 3, 0), start):
            speaker = Speaker(mention, speaker.type, speaker.affiliation)  # "…, The Game described": the name holds "The"
        if speaker.type == "person" and speaker.name and speaker.affiliation is None:
            affiliation = affiliation_after(paragraph.text, start, end)  # "said Rupert Adams of William Hill"
            if affiliation is not None:
                speaker = Speaker(speaker.name, "person", affiliation)
        if speaker.name and speaker.type == "person" and (pronoun in FEMALE_PRONOUNS or pronoun in MALE_PRONOUNS):
            self.names.learn_gender(speaker.name, "f" if pronoun in FEMALE_PRONOUNS else "m")
        return self.attributed(speaker, position, paragraph.base + end, cue)

    def owner_of(self, reading: Reading, position: int) -> Speaker:
        """A possessive "his" or "her" opening the mention being attributed is the person the sentences before are
        about, as "he" or "she" there would be: "…, but Pullman has denied it. His agent told" is Pullman's agent, not
        the article's main person's (``pronoun_antecedents``); other owners are read as ``resolution`` reads them."""
        owner = (reading.owner or "").lower()  # "he" for "his", "she" for "her" (``speakers.read_mention``)
        at = self.owner_at
        if owner in ("he", "she") and reading.head in PERSON_ROLES and at is not None and at[0].base + at[1] == position and OWNER_CLAUSE_LEAD.fullmatch(
            at[0].text, at[0].sentence_of(at[1])[0], at[1]
        ):
            found = self.subject_antecedent(at[0], at[1], owner)
            if found is not None and found.type == "person" and found.name:
                return found
        return super().owner_of(reading, position)

    def sentence_before_start(self, paragraph: Paragraph, start: int) -> int:
        """The document offset of the sentence before the one at ``start``: the previous paragraph's last, for a
        paragraph's first."""
        sentence_start = paragraph.sentence_of(start)[0]
        if sentence_start > 0:
            return paragraph.base + paragraph.sentence_of(sentence_start - 1)[0]
        previous = self.previous_paragraph
        if previous is None or previous is paragraph or not previous.text.strip():
            return paragraph.base
        return previous.base + previous.sentence_of(len(previous.text.rstrip()) - 1)[0]

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
        lead_end = OPENING_CLAUSE.match(paragraph.text, before).end()  # type: ignore[union-attr]  # always matches
        if subject is None or subject.start() > lead_end:
            subject = CONJUNCTION_SUBJECT.match(paragraph.text, lead_end, sentence_start)  # "But an all-party committee said"
            if subject is None:
                return None
        np_start, np_end = speaker_span(paragraph.text, *subject.span("np"))  # "The committee", of "The committee reached its conclusions"
        speaker = self.resolve(paragraph.text[np_start:np_end], paragraph.base + np_start)
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

    def group_antecedent(self, paragraph: Paragraph, position: int, documents: bool = False, sentences: int = 2) -> Speaker | None:
        """Who "they" is: the organisation or the group (a plural role) that is the subject of the first cue
        in its sentence before it, else in the sentence before (the previous paragraph's last when "they" opens
        its paragraph): "A statement from the band's record company Universal said …. However they said that …"
        is Universal's. With ``documents``, also whose document that subject is ("Mr Crosby's statement said")."""
        text = paragraph.text
        end = position
        for _ in range(sentences):
            if end <= 0:  # "They say …" opening its paragraph: the last sentence of the one before
                if paragraph is self.previous_paragraph or self.previous_paragraph is None or (
                    PARAGRAPH_LEAD.fullmatch(text, 0, position) is None and not QUOTATION_LEAD.fullmatch(text, 0, position)
                ):
                    return None  # "“…,” they said" opening its paragraph reads on into the one before too
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
                if speaker is not None and documents and speaker.name and read_mention(mention).head in DOCUMENT_NOUNS:
                    return speaker
            end = sentence_start
        return None

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
        closing = CLOSING_NAME.search(before, lead_end)
        if closing is not None and not is_country_name(closing.group()) and not PLACE_LEAD.search(before, lead_end, closing.start()):
            start, end = closing.span()  # "… will only get harder for Holmes, who": the name right before it
        else:
            start, end = speaker_span(before, lead_end, len(before))
        return self.resolve(before[start:end], paragraph.base + start)
