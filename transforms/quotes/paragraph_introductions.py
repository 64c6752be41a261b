"""Who a quotation opening a sentence continues: the speaker the paragraph before introduces, or the person the
sentences before it in its own paragraph are about.

``article_quotes`` asks ``introduction_before`` for a quotation opening a sentence of its paragraph: a cue closing the
paragraph before ("He said:") comes first; then, for a quotation that is a whole sentence after sentences of its own
paragraph, the person those sentences are about (a named one, not a pronoun, after a quoting paragraph), unless the
quotation speaks of a "he" or "she" or of that person by name (``speaks_about``); else the subject of the last
sentence before.
"""

import re
from typing import Final

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.names import PRONOUN
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.phrases import SENTENCE_OPENER
from transforms.quotes.resolution import Attribution


def introduction_before(finder: AttributionFinder, previous: Paragraph, paragraph: Paragraph, sentence: int, start: int, end: int) -> Attribution | None:
    """The speaker the paragraph before introduces for a quotation opening a sentence of ``paragraph``.

    After sentences of its own paragraph, a person those sentences are about is nearer than the subject of the
    last sentence before ("The event is split into two groups." then "Mauresmo's win was her ninth. … “Since
    then, I feel …”"), for a quotation that is a whole sentence; a cue closing the paragraph before ("He
    said:") still comes first."""
    if sentence == 0 or not opens_with_sentence(paragraph.text, sentence, start, end):
        return finder.introduction(previous)
    found = finder.introduction(previous, subject=False)
    if found is None and not previous.pieces:
        subject = finder.person_subject_before(paragraph, sentence)
        found = subject if subject is not None and not speaks_about(paragraph.text[start:end], subject.speaker) else finder.introduction(previous)
    elif found is None:
        # after a quoting paragraph, only a person its own sentences name ("Hart expects three launches. “…”"), not a pronoun
        subject = finder.person_subject_before(paragraph, sentence)
        if subject is not None and subject.mention_start is not None and subject.mention_end is not None:
            mention = paragraph.text[subject.mention_start - paragraph.base:subject.mention_end - paragraph.base]
            if mention[:1].isupper() and PRONOUN.fullmatch(mention) is None and not speaks_about(paragraph.text[start:end], subject.speaker):
                found = subject
    return found


def opens_with_sentence(text: str, sentence: int, start: int, end: int) -> bool:
    """The piece at ``start``-``end`` opens the sentence at ``sentence`` and is a whole sentence of its own or more."""
    quoted = text[start:end].rstrip()
    return (sentence >= start - 1 or SENTENCE_OPENER.fullmatch(text, sentence, start - 1) is not None) and quoted[:1].isupper() and quoted.endswith((".", "!", "?"))


THIRD_PERSON: Final[frozenset[str]] = frozenset("he him his himself she her hers herself".split())


def speaks_about(quoted: str, person: str | None) -> bool:
    """The quotation speaks of a third person, or names ``person``: the sentence before is about whom it describes."""
    words = set(re.findall(r"[\w’'\-]+", quoted))
    return bool({word.lower() for word in words} & THIRD_PERSON) or bool(person and words & set(person.split()))
