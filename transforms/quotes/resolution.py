"""From a mention to a speaker: pronouns, titles, surnames and "who" resolved to the fullest name.

"he"/"she" is the named subject of its own sentence or of the sentences before it,
else the most recent person whose known gender fits; "it" stays "it"; a surname or a
titled name becomes its fullest form in the article; "who" stands for the phrase
before it. Anything else is the phrase without a leading article.
"""

import re
from dataclasses import dataclass

from transforms.quotes.cues import ACCORDING_TO_ASIDE, ANTECEDENT_LEAD
from transforms.quotes.lexicon import FEMALE_PRONOUNS, FEMALE_TITLES, MALE_PRONOUNS, MALE_TITLES
from transforms.quotes.names import NAME, PRONOUN, ArticleNames, strip_titles
from transforms.quotes.paragraph import Paragraph, opens_paragraph
from transforms.quotes.phrases import SUBJECT_VERB, speaker_span

LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    """Who said a quotation: document offsets of the mention, canonical name, cue as written."""

    speaker: str | None
    mention_start: int | None
    mention_end: int | None
    cue: str | None


NOBODY = Attribution(None, None, None, None)


class Resolver:
    """Resolves the speaker mentions of one article's quotations to speakers."""

    def __init__(self) -> None:
        self.names = ArticleNames()
        self.previous_paragraph: Paragraph | None = None  # where "he" at a paragraph start looks back to

    def resolve(self, mention: str, position: int) -> str:
        """Canonical speaker: pronouns to a recent person, names to their fullest form, else the phrase."""
        if mention in ("it", "It"):
            return mention  # an organisation or a document, never a person
        if PRONOUN.fullmatch(mention):
            return self.names.recent_person(position, mention) or mention
        name = NAME.match(mention)
        if name and name.end() == len(mention):
            tokens = mention.split()
            core = strip_titles(tokens)
            if core:
                if tokens[0] in FEMALE_TITLES or tokens[0] in MALE_TITLES:
                    self.names.gender_of.setdefault(core.split()[-1], "f" if tokens[0] in FEMALE_TITLES else "m")
                return self.names.fullest(core, position)
        return LEADING_ARTICLE.sub("", mention)

    def attribution(self, paragraph: Paragraph, np_start: int, np_end: int, cue: str | None) -> Attribution:
        start, end = speaker_span(paragraph.text, np_start, np_end)
        mention = paragraph.text[start:end]
        position = paragraph.base + start
        if mention == "who":
            return Attribution(self.antecedent(paragraph, start), position, paragraph.base + end, cue)
        pronoun = mention.lower()
        speaker = (pronoun in MALE_PRONOUNS or pronoun in FEMALE_PRONOUNS) and self.subject_antecedent(paragraph, start, pronoun)
        speaker = speaker or self.resolve(mention, position)
        if speaker != mention and (pronoun in FEMALE_PRONOUNS or pronoun in MALE_PRONOUNS):
            self.names.gender_of.setdefault(speaker.split()[-1], "f" if pronoun in FEMALE_PRONOUNS else "m")
        return Attribution(speaker, position, paragraph.base + end, cue)

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

    def antecedent(self, paragraph: Paragraph, who_start: int) -> str | None:
        """Who "who" is: the phrase before ", who", past an "according to …" aside and a leading cue."""
        before = ACCORDING_TO_ASIDE.sub("", paragraph.text[:who_start].rstrip().rstrip(","))
        segment_start = max(before.rfind(mark) for mark in ",;“”\"") + 1
        lead_end = ANTECEDENT_LEAD.match(before, segment_start).end()  # type: ignore[union-attr]  # always matches
        if lead_end >= len(before):
            return None
        start, end = speaker_span(before, lead_end, len(before))
        return self.resolve(before[start:end], paragraph.base + start)
