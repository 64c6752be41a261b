"""Where a quotation's speaker is named: the search for a speaker mention around a quotation.

In the order ``article_quotes`` asks: a cue right after the quotation (``after``), a
cue earlier in its sentence (``before``), a cue after a later embedded quotation
(``later_in_sentence``), the previous paragraph's introduction ("He said:"), and for
quotations without a reporting clause the source of an "according to" (``outer_source``),
the owner of the words (``possessor``) or the sentence's subject (``sentence_subjects``).
"""

import re
from typing import Final

from transforms.quotes.cues import (
    ACCORDING_TO, CLAUSE_BEFORE_CUE, CUE, CUE_MODIFIER_RUN, DETERMINER_BEFORE, COORDINATED_VERB, DASH_SIGNATURE, INTRODUCES_NEXT, INVERTED_CUE, CLOSING_CUE,
    AGENT_AFTER, OBJECT_QUOTE_GAP, SPEECH_CUES, PASSIVE_AGENT, PASSIVE_CUE_LEAD, JUDGED_AS, PASSIVE_LEAD, POSSESSED_WORDS, PREDICATE_COPULA, SPEAKER_THEN_VERB, SPEAKER_TRAILER,
    VERB_THEN_SPEAKER, cue_text, cues_in, infinitive_in_report, is_participle, REPORTED_AFTER_CUE, reports_words,
)
from transforms.quotes.inverted_subjects import holds_clause, is_inverted_subject
from transforms.quotes.lexicon import ADDRESSEE_CUES, EXPRESSION_VERBS, POSSESSIVE_PRONOUNS
from transforms.quotes.name_runs import POSSESSIVE, strip_titles
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.participles import name_right_before, subject_before_participle
from transforms.quotes.phrases import (
    NOT_AFTER_QUOTE, NOUN_PHRASE, NOUN_PHRASE_TEXT, SENTENCE_OPENER,
    SUBJECT_VERB, SUBORDINATE_OPENING, TAIL_LEAD, phrase_end,
)
from transforms.quotes.subjects import SPEAKER_START, closing_report_subject, is_bare_group, subject_before
from transforms.quotes.reported_clauses import heads_people, quoted_as_saying, reported_subject, sentences_back
from transforms.quotes.signature_lines import digest_source
from transforms.quotes.resolution import Attribution
from transforms.quotes.sentence_subjects import NAMED_SUBJECT, SentenceSubjectFinder

# Marks that close a quoted piece: a piece ended by none stopped at a sentence end (``marks`` rules 2 and 3).
CLOSING_MARKS: Final[tuple[str, ...]] = ('"', "”", "'", "’")

# What may follow a reporting verb that ends its clause: "Hannity pressed.", "Trump went on, as if …".
CLAUSE_ENDS = re.compile(r"(?:\s+[a-z]+ly)?(?:\s+(?:to|at|in|on|from|during|after|before)\s[^.!?,;“”\"]{0,40})?\s*(?:[.,;:!?“”\"]|$)")
# A new sentence opened by a conjunction after a quotation that ended its own: "“….” And Jo Hart said …".
CONJUNCTION_OPENING = re.compile(r"\s*(?:And|But|Meanwhile|However)\b")
# Between a passive "was asked" and the question it introduces: a comma or a colon.
ASKED_GAP = re.compile(r"\s*[,:]?\s*")
# "reported to have resigned", "said to be": a cue word whose subject is what is reported, not who reports it.
RAISED_INFINITIVE = re.compile(r"\s+to\s+(?:be|have)\b")
# "… after claiming", "… by saying": a cue in a clause that has no subject of its own.
PREPOSITION_BEFORE = re.compile(r"\b(?:after|before|by|while|when|since|despite|without|on|in)\s+$")


# "“…”, the report found.": a verb of finding that closes the sentence right after its subject reports the quotation
# ("found" is no cue elsewhere: "found that", "found himself").
FINDING_CLOSE = re.compile(r"\b(?:found|finds)(?=[.!?](?:\s|$))")

class AttributionFinder(SentenceSubjectFinder):
    """Finds speaker and cue of the quotations of one article, resolving pronouns and titles."""

    def possessor(self, paragraph: Paragraph, start: int) -> Attribution | None:
        """Whose words a quotation gives: "his promise to be “neutral”", "Trump's claim that … “…”"; a copula before a
        colon introduces them ("His message to the board was: “…”")."""
        text = paragraph.text
        floor = paragraph.floor_before(start)
        words = POSSESSED_WORDS.search(text, max(floor, start - 150), max(start - 1, floor))
        gap = words.group("gap") if words else ""
        introduced = gap.rstrip().endswith(":")
        content = gap.lstrip().startswith("that ")  # "Trump's accusation that Clinton is playing the “…”": the words' content
        if words is None or len(gap.split()) > 8 or CUE.search(gap) or (PREDICATE_COPULA.search(gap) and not introduced and not content) or JUDGED_AS.search(gap):
            return None  # "Trump's statement was “true”", "branded Chelsea's complaint as “pathetic”": the quotation judges the words
        np_start, np_end = words.span("np")
        pronoun = POSSESSIVE_PRONOUNS.get(text[np_start:np_end].lower())
        if pronoun is None:
            np_end = np_start + len(POSSESSIVE.sub("", text[np_start:np_end]))
            return self.attribution(paragraph, np_start, np_end, None)
        antecedent = self.subject_antecedent(paragraph, np_start, pronoun) if pronoun in ("he", "she") else None
        speaker = antecedent or self.pronoun_speaker(pronoun, paragraph.base + np_start)
        return self.attributed(speaker, paragraph.base + np_start, paragraph.base + np_end, None)

    def passive_agent(self, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
        """The agent of a passive that judges or names, after the quotation: "were labelled a “big
        misjudgement” by the Conservatives", "described as “irresponsible” and “outrageous” by the IHRC"."""
        text = paragraph.text
        floor = paragraph.floor_before(start)
        if not PASSIVE_LEAD.search(text, max(floor, start - 60), max(start - 1, floor)):
            return None
        sentence_end = paragraph.sentence_of(min(end + 1, len(text)))[1]
        agent = AGENT_AFTER.match(text, min(end + 1, len(text)), sentence_end)
        if agent is None:
            return None
        return self.attribution(paragraph, agent.end(), phrase_end(text, agent.end(), sentence_end), None)

    def outer_source(self, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
        """An "according to X" in the quotation's sentence, outside quotations: X reports the words.

        Only for quotations without a reporting clause: in "“…,” Obama said, according to a
        pool report" the speaker stays Obama (PolNeAR credits the report).
        """
        text = paragraph.text
        sentence_start = paragraph.sentence_of(max(start - 1, 0))[0]
        sentence_end = paragraph.sentence_of(min(end + 1, len(text)))[1]
        for according in ACCORDING_TO.finditer(text, sentence_start, sentence_end):
            if paragraph.inside_quote(according.start()):
                continue
            np_end = phrase_end(text, according.end(), sentence_end)
            if NOUN_PHRASE.match(text, according.end(), np_end):
                return self.attribution(paragraph, according.end(), np_end, "according to")
        return None

    def after(self, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
        """Cue right after the quotation: "“…,” Mr. Zelensky said", "“…?” asked Volodymyr Zelensky"."""
        text = paragraph.text
        quoted = text[start:end].rstrip()
        close = min(end + 1, len(text))
        lead = TAIL_LEAD.match(text, close).end()  # type: ignore[union-attr]  # always matches
        following = paragraph.next_quote_start(end)
        next_open = len(text) if following is None else following - 1
        sentence_end = paragraph.sentence_of(lead)[1]
        tail_end = max(min(next_open, sentence_end), lead)
        sources = quoted_as_saying(text, lead, tail_end)
        if sources:
            source = sources[0]  # "“…,” the newspaper quoted Qantas chief executive Geoff Dixon as saying"
            return self.attribution(paragraph, *source.span("np"), "quoted")
        signature = DASH_SIGNATURE.match(text, close, tail_end)
        if signature:
            return self.attribution(paragraph, *signature.span("np"), None)
        ends_open = not quoted.endswith(".") or text[close:close + 1] == ","
        floor = paragraph.floor_before(start)
        opens_sentence = floor >= start - 1 or SENTENCE_OPENER.fullmatch(text, floor, start - 1) is not None
        if not opens_sentence and quoted.endswith(("!", "?", ".")) and text[lead:lead + 1].isupper():
            return None  # "… telling her, “you are an all-star!” She replied": the next sentence's speaker
        # "“… missing.” Trump said." — a closed sentence, then a short attribution sentence.
        short_clause = next_open >= sentence_end and len(text[lead:tail_end].split()) <= 6
        if not (ends_open or short_clause or text[lead:lead + 1].islower()):
            return None
        cue = CUE.search(text, lead, min(tail_end, lead + 200)) or FINDING_CLOSE.search(text, lead, min(tail_end, lead + 60))
        if cue and INTRODUCES_NEXT.match(text, cue.end()):
            return None  # "… Trump said: “…”" introduces the next quotation
        if cue:
            between = text[lead:cue.start()]
            if CUE_MODIFIER_RUN.fullmatch(between) and is_participle(cue.group()):
                return None  # "… to “madness”, saying two were being held": the participle's clause follows, its subject is before
            if CUE_MODIFIER_RUN.fullmatch(between) and cue.group() not in ADDRESSEE_CUES:  # cue first: "said Mr. Zelensky"
                np_start = TAIL_LEAD.match(text, cue.end() + (3 if cue.group().lower() == "according" else 0), tail_end).end()  # type: ignore[union-attr]  # always matches
                np_end = phrase_end(text, np_start, tail_end)
                if NOUN_PHRASE.match(text, np_start, tail_end) and not holds_clause(text, np_start, np_end):  # not "“…”, has said the vote could be held"
                    return self.attribution(paragraph, np_start, np_end, cue_text(text, cue))
            else:  # speaker first: "Mr. Zelensky (reportedly) said", "former speechwriter Noam Neusner wrote"
                if quoted.endswith(("?", "!")) and text[lead:lead + 1].isupper() and cue.group() not in ADDRESSEE_CUES and REPORTED_AFTER_CUE.match(text, cue.end()):
                    return None  # "“… chasing away?” Jo Hart said that the law was …": a new sentence reports its own words
                speaker = SPEAKER_TRAILER.sub("", between)
                raised = RAISED_INFINITIVE.match(text, cue.end()) is not None  # "Acme, widely reported to have": no one speaks
                punctuated = quoted.endswith((",", "?", "!", "—", "-", "–", "…")) or text[close:close + 1] == ","
                if (
                    NOUN_PHRASE_TEXT.fullmatch(speaker)
                    and (SPEAKER_START.match(speaker) or (is_bare_group(speaker) and (punctuated or quoted.endswith("."))))
                    and not NOT_AFTER_QUOTE.match(speaker)
                    and len(speaker.split()) <= (20 if punctuated else 4)
                    and (punctuated or "," not in speaker)
                    and not raised
                ):
                    return self.attribution(paragraph, lead, lead + len(speaker), cue_text(text, cue))
        # Any verb only after a quotation that opens its sentence: "Trump summed up Clinton as
        # “terrible,” denounced her record" has its speaker before.
        if not opens_sentence:
            return None
        verb = SPEAKER_THEN_VERB.match(text, lead, tail_end)
        if verb and ends_open and not (quoted.endswith(("?", "!")) and text[lead:lead + 1].isupper() and not CLAUSE_ENDS.match(text, verb.end())):
            # "“…?” Hannity pressed.", but "“Who wants to …?” Wippit offers a service" is a new sentence
            return self.attribution(paragraph, *verb.span("np"), verb.group("cue"))
        verb = VERB_THEN_SPEAKER.match(text, lead, tail_end)  # "“…,” remembered Roy Verley"
        if verb and ends_open:
            np_start = verb.start("np")
            return self.attribution(paragraph, np_start, phrase_end(text, np_start, tail_end), verb.group("cue"))
        return None

    def before(self, paragraph: Paragraph, start: int) -> Attribution | None:
        """Cue earlier in the sentence: "Kaczynski said: “…”", "the alliance “supports peace efforts”"."""
        text = paragraph.text
        floor = paragraph.floor_before(start)
        window_end = max(start - 1, floor)
        sources = quoted_as_saying(text, floor, window_end)
        source = sources[-1] if sources else None
        if source is not None and not paragraph.inside_quote(source.start()):  # "Reuters quoted a central bank official as saying: “…”"
            return self.attribution(paragraph, *source.span("np"), "quoted")
        # "When Trump announced his candidacy, he referred to … as “criminals”": the opening
        # clause's cue does not govern the main clause.
        opening = SUBORDINATE_OPENING.match(text, floor, window_end)
        opening_end = opening.end() if opening and opening.end() > floor else floor
        cues = cues_in(text, floor, window_end)
        for index in range(len(cues) - 1, -1, -1):
            cue = cues[index]
            earlier = cues[:index]  # the cues before this one, as cues_in(text, floor, cue.start()) finds them
            if cue.end() <= opening_end:
                break
            if not reports_words(text, cue) or infinitive_in_report(text, cue, window_end, earlier):
                continue
            if DETERMINER_BEFORE.search(text, max(floor, cue.start() - 8), cue.start()):
                continue  # "the reported average income had “risen …”"
            if cue.group().lower() == "according":
                np_start = TAIL_LEAD.match(text, cue.end() + 3, window_end).end()  # type: ignore[union-attr]  # always matches
                np_end = phrase_end(text, np_start, window_end)
                if text[cue.end():cue.end() + 3] == " to" and np_end > np_start:
                    return self.attribution(paragraph, np_start, np_end, "according to")
                continue
            if cue.group().endswith("ing") and (text[floor:cue.start()].rstrip().endswith(",") or PREPOSITION_BEFORE.search(text, floor, cue.start())):
                # "after claiming the Welshman was “…”": the main clause's subject speaks
                # "a strategist said …, saying “…”": the clause's own cue names the subject
                main = next((found for found in reversed(earlier) if not found.group().endswith("ing") and reports_words(text, found)), None)
                subject = main and subject_before(text, floor, main.start())
                if subject:
                    return self.attribution(paragraph, subject[0], subject[1], cue.group())
                clause_subject = self.sentence_subject(paragraph, cue.start())  # "Trump attacked Romney, calling him “…”"
                if clause_subject is None or clause_subject.speaker is None and not self.is_it(paragraph, clause_subject):
                    # "The trouble began …, with Jo Hart marching up to him, saying “…”": a subject that is no one
                    # leaves the participle to the person named last before it
                    clause_subject = self.person_before_participle(paragraph, floor, cue.start()) or clause_subject
                if clause_subject:
                    return clause_subject.with_cue(cue.group())
                continue
            if cue.group().endswith("ing"):
                named = self.person_right_before(paragraph, floor, cue)
                if named is not None:  # "footage of Jo Hart saying, “…”": the participle's own subject, past a preposition
                    return named
            agent = PASSIVE_AGENT.match(text, cue.end(), window_end)
            if agent:  # "Rubio was asked by moderator Gerard Baker whether …"
                return self.attribution(paragraph, agent.start("np"), phrase_end(text, agent.start("np"), window_end), cue.group())
            if PASSIVE_CUE_LEAD.search(text, max(floor, cue.start() - 30), cue.start()):
                if cue.group().lower() == "asked" and ASKED_GAP.fullmatch(text, cue.end(), window_end):
                    return Attribution(None, None, None, cue.group())  # "Jo Hart was asked, “…?”": the question of someone unnamed
                continue  # "The album was described as a “revelatory debut”": the subject is what is described
            inverted = INVERTED_CUE.match(text, cue.end(), window_end)
            if (
                inverted and cue.group() not in ADDRESSEE_CUES and text[floor:cue.start()].rstrip().endswith(",")
                and is_inverted_subject(text, *inverted.span("np"))  # not "Jo Hart, a member, said Friday that …"
            ):  # "The paradox, says Carl Anthony, is …"
                return self.attribution(paragraph, inverted.start("np"), inverted.end("np"), cue.group())
            closing = CLOSING_CUE.fullmatch(text, cue.end(), window_end)
            if closing and cue.group() not in ADDRESSEE_CUES and not is_participle(cue.group()) and text[floor:cue.start()].rstrip().endswith(","):
                return self.attribution(paragraph, closing.start("np"), closing.end("np"), cue.group())
            reported = self.reported_speaker(paragraph, floor, cue, earlier)
            if reported is not None:
                return reported
            subject = subject_before(text, floor, cue.start())
            if subject:
                return self.attribution(paragraph, subject[0], subject[1], cue.group())
            if COORDINATED_VERB.search(text, floor, cue.start()):
                if floor > paragraph.sentence_of(floor)[0]:
                    return None  # "“hyena of Europe” and called for its “denazification”": same speaker
                clause_subject = self.sentence_subject(paragraph, cue.start())  # "Massie …, but now said"
                if clause_subject:
                    return clause_subject.with_cue(cue.group())
        lead = text[floor:window_end].rstrip()
        if lead.endswith(":"):  # "Rubio fired back forcefully: “…”", "Then there was …:"
            owner = self.possessor(paragraph, start)
            if owner is not None and owner.speaker is not None:  # "His message to the board was: “…”"
                return owner
            if signed := digest_source(lead):  # "Media shares blame in Iowa poll overhype - HuffPollster: “…”"
                return self.attribution(paragraph, floor + signed[0], floor + signed[1], None)
            clause_start = floor + max(lead.rfind(","), -1) + 1
            if 0 < len(lead.split()) <= 10 and SPEAKER_START.match(lead) and not SUBJECT_VERB.search(lead):
                return self.attribution(paragraph, floor, floor + len(lead) - 1, None)
            subject_verb = SUBJECT_VERB.search(text, clause_start, window_end) or SUBJECT_VERB.search(text, floor, window_end)
            if subject_verb and strip_titles(subject_verb.group("np").split()):
                return self.attribution(paragraph, *subject_verb.span("np"), None)
        return None

    def is_it(self, paragraph: Paragraph, attribution: Attribution) -> bool:
        """The attribution's mention is "it": a body the article names no nearer, not the person the clause goes on to name
        ("Meanwhile, it attacked Jo Hart, saying she …")."""
        if attribution.mention_start is None or attribution.mention_end is None:
            return False
        return paragraph.text[attribution.mention_start - paragraph.base:attribution.mention_end - paragraph.base].lower() == "it"

    def person_before_participle(self, paragraph: Paragraph, floor: int, cue_start: int) -> Attribution | None:
        """The person named last in the sentence before a participle cue at ``cue_start`` (``participles``)."""
        span = subject_before_participle(paragraph, floor, cue_start, self.is_name)
        named = self.attribution(paragraph, span[0], span[1], None) if span is not None else None
        return named if named is not None and named.speaker_type == "person" else None

    def person_right_before(self, paragraph: Paragraph, floor: int, cue: re.Match[str]) -> Attribution | None:
        """The person a participle cue follows at once ("of Jo Hart saying": ``participles.name_right_before``)."""
        span = name_right_before(paragraph, floor, cue.start(), self.is_name)
        named = self.attribution(paragraph, span[0], span[1], cue.group()) if span is not None else None
        return named if named is not None and named.speaker_type == "person" else None

    def reported_speaker(self, paragraph: Paragraph, floor: int, cue: re.Match[str], earlier: list[re.Match[str]]) -> Attribution | None:
        """The speaker of a cue in the clause an earlier speech cue reports (``reported_subject``), when it is a
        person, an organisation or a role of people ("the police"), not a thing ("data from tribunals suggested")."""
        subject = None if is_participle(cue.group()) else reported_subject(paragraph, floor, cue, earlier)
        if subject is None:
            return None
        found = self.attribution(paragraph, subject[0], subject[1], cue.group())
        if found.speaker is None or found.speaker_type not in ("person", "organisation", "role"):
            return None
        return found if found.speaker_type != "role" or heads_people(paragraph.text[subject[0]:subject[1]]) else None

    def reported_before(self, paragraph: Paragraph, sentence: int, floor: int, speech_only: bool = True) -> Attribution | None:
        """The speaker reported in the nearest of the few sentences before the one starting at ``sentence``,
        back to ``floor`` and never past a sentence that quotes: "Barbarians coach Bob Dwyer warned that
        Burger needed a break. Burger, 21, was crowned … . “It's his first year …”" is Dwyer's. Only a
        cue of speech counts, unless ``speech_only`` is False; then any cue of the nearest sentence with one.
        A question the writer puts is passed over: "So is its aim to …, as Jo Hart once declared? “No. …”" is the
        answer of someone else, not the words of the person the question reports."""
        for start in sentences_back(paragraph, sentence, floor):
            if paragraph.text[:start].rstrip().endswith("?"):
                continue
            prior = self.before(paragraph, start)
            if prior is not None and (prior.cue in SPEECH_CUES or not speech_only):
                return prior
        return None

    def person_subject_before(self, paragraph: Paragraph, sentence: int, floor: int = 0) -> Attribution | None:
        """A person who is the subject of one of the few sentences before the one starting at ``sentence``
        (back to ``floor``, never past a sentence that quotes): "But Redford knows this and started … . “When …”"."""
        for start in sentences_back(paragraph, sentence, floor):
            subject = self.sentence_subject(paragraph, start)
            if subject is not None and subject.speaker_type == "person":
                return subject
        return None

    def expressing_subject_before(self, paragraph: Paragraph, sentence: int, floor: int = 0) -> Attribution | None:
        """A person named as the subject of a verb of stating a view (``lexicon.EXPRESSION_VERBS``) in one of the
        few sentences before the one starting at ``sentence`` (back to ``floor``, never past one that quotes)."""
        text = paragraph.text
        for start in sentences_back(paragraph, sentence, floor):
            before = paragraph.sentence_of(start - 1)[0]
            for found in SUBJECT_VERB.finditer(text, before, start):
                if found.group().rsplit(None, 1)[-1] in EXPRESSION_VERBS and NAMED_SUBJECT.match(found.group("np")) and not paragraph.inside_quote(found.start()):
                    subject = self.attribution(paragraph, *found.span("np"), None)
                    if subject.speaker_type == "person":
                        return subject
        return None

    def introduction(self, paragraph: Paragraph, subject: bool = True) -> Attribution | None:
        """A paragraph's last cue introduces a quotation opening the next: "He said:", "Ash argued in his email".

        Without a cue, the subject of a last sentence that quotes no one ("Mr Howard was dismissive.") when
        ``subject``: not for a quotation after sentences of its own paragraph, which are nearer ("The event is
        split into two groups." then "Mauresmo's win was her ninth. … “Since then, I feel …”")."""
        text = paragraph.text.rstrip()
        if text.endswith(":") or not paragraph.pieces:
            return self.before(paragraph, len(text) + 1) or (None if paragraph.pieces or not subject else self.sentence_subject(paragraph, len(text) + 1))
        return None

    def later_in_sentence(self, paragraph: Paragraph, end: int) -> Attribution | None:
        """Cue after an embedded quotation: "… “common history” …, Mr. Medvedev asserted".

        A cue past a later quotation belongs to that one ("“duped” … what he called “sex
        tape”") unless it closes the sentence with its subject after it ("…, said Abramowitz").
        """
        text = paragraph.text
        if text[end:end + 1] not in CLOSING_MARKS:
            return None  # a piece ended at its last sentence end, with no closing mark: its sentence is over
        close = min(end + 1, len(text))
        sentence_end = paragraph.sentence_of(close)[1]
        following = paragraph.next_quote_start(end)
        next_open = len(text) if following is None else following
        ended = text[max(0, end - 4):end].rstrip("'’ ").endswith((".", "!", "?"))  # the quotation ends its sentence
        for cue in CUE.finditer(text, close, sentence_end):  # the first cue outside quotations decides
            if paragraph.inside_quote(cue.start()):
                continue
            if cue.start() < next_open < len(text) and OBJECT_QUOTE_GAP.fullmatch(text, cue.end(), next_open - 1):
                return None  # "… what Machado called her “best years”": the cue introduces the next quotation
            if ended and INTRODUCES_NEXT.match(text, cue.end()):
                return None  # "“… a great year.” Hayes said: “…”": a new sentence introduces the next quotation
            if ended and CONJUNCTION_OPENING.match(text, close, cue.start()) and not CLAUSE_ENDS.match(text, cue.end()):
                return None  # "“… a year.” And Jo Hart said the figures did not add up": a new sentence reports its own clause
            if RAISED_INFINITIVE.match(text, cue.end()):
                return None  # "the “failing” agency widely reported to have …": the agency is what is reported
            clause = CLAUSE_BEFORE_CUE.match(text, close, cue.start())
            lead = clause.end() if clause else close  # "“…” once he realised it, said Mr Blair": the clause is no subject
            subject = subject_before(text, lead, cue.start()) if cue.start() < next_open and cue.start() > lead else None
            if subject is None and next_open < cue.start():
                subject = closing_report_subject(text, next_open, cue, sentence_end)
            if subject:
                return self.attribution(paragraph, subject[0], subject[1], cue_text(text, cue))
            if text[close:cue.start()].rstrip().endswith(",") and cue.group() not in ADDRESSEE_CUES and not is_participle(cue.group()):
                np_start = TAIL_LEAD.match(text, cue.end(), sentence_end).end()  # type: ignore[union-attr]  # always matches
                if NOUN_PHRASE.match(text, np_start, sentence_end):
                    return self.attribution(paragraph, np_start, phrase_end(text, np_start, sentence_end), cue_text(text, cue))
            return self.closing_clause(paragraph, cue.end(), min(next_open, sentence_end), sentence_end)
        return None

    def closing_clause(self, paragraph: Paragraph, start: int, end: int, sentence_end: int) -> Attribution | None:
        """A reporting clause closing the sentence after a comma, past a cue word that reports nothing of its own
        (an infinitive's): "It was “too early” to predict whether …, the council said." """
        text = paragraph.text
        last = None
        for cue in CUE.finditer(text, start, end):
            if not paragraph.inside_quote(cue.start()):
                last = cue
        if last is None or is_participle(last.group()) or last.group() in ADDRESSEE_CUES:
            return None
        subject = closing_report_subject(text, start, last, sentence_end)
        if subject is None:
            return None
        found = self.attribution(paragraph, subject[0], subject[1], cue_text(text, last))
        return found if found.speaker is not None else None  # "a leading industry figure has said": left to who is named next
