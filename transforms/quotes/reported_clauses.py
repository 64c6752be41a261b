"""The clause a speech cue reports without a "that", when a cue of its own heads it: whose words it quotes.

``AttributionFinder.before`` asks, for a cue that is not the first of its sentence, ``reported_subject``: the
subject of that cue, when it follows the sentence's speech cue before it with nothing but a short noun phrase (an
aside after it at most) and the cue's modifiers between them ("Mr Howard said the police had said ID cards could
“…”" quotes the police, "Mr Howard said Mr Blunkett had complained he had inherited a “giant mess”" Mr Blunkett);
never a pronoun ("Trump said he responded: “…”" quotes Trump), a negated cue ("Ms Cooper said Mr Sullivan had not
mentioned “…”" quotes Ms Cooper), a cue after "told" (its addressee comes first), nor one inside a relative clause.
``heads_people`` then keeps a role only when its head names people ("the police", not "data from tribunals").

``QUOTED_AS_SAYING``: whoever a reporter "quoted … as saying" says the words ("Reuters quoted a central bank
official as saying: “…”", "“…,” the newspaper quoted Qantas chief executive Geoff Dixon as saying"); ``after``
and ``before`` read it first in the quotation's clause.
"""

import re
from collections.abc import Iterator

from transforms.quotes.cues import CUE_MODIFIERS, SPEECH_CUES
from transforms.quotes.entity_words import GROUP_ROLES, PERSON_ROLES
from transforms.quotes.lexicon import ADDRESSEE_CUES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.names import PRONOUN
from transforms.quotes.subjects import subject_before

# "quoted a central bank official as saying", "quoted a spokesman complaining": the one quoted (not "quoted by the
# paper as saying", "quoted in it as saying").
QUOTED_AS_SAYING = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?P<np>(?!(?:as|by|in)\b)[^.,;:“”\"]{1,80}?)\s+(?:as\s+)?(?:saying|complaining|arguing|warning|claiming|insisting)\b"
)


def quoted_as_saying(text: str, start: int, end: int) -> list[re.Match[str]]:
    """``QUOTED_AS_SAYING``'s matches in text[start:end]: none where "quot" is not written, tested first as few clauses hold it."""
    return list(QUOTED_AS_SAYING.finditer(text, start, end)) if text.find("quot", start, end) >= 0 else []


# A relative pronoun as a cue's subject.
RELATIVE_PRONOUN = re.compile(r"who|which|that", re.IGNORECASE)
# A preposition after a phrase's head: "interviews with chief executives" is interviews.
PHRASE_QUALIFIER = re.compile(r"\s+(?:of|with|from|for|in|at|on|by)\s+")
# Speech cues whose clause may follow without a "that" ("told" takes an addressee first).
REPORTING_OUTER = SPEECH_CUES - ADDRESSEE_CUES
# A short noun phrase (an aside after it at most) and the modifiers of a cue: the whole of what stands between a
# speech cue and the next cue when the next one heads the clause the first reports ("said the police had said").
NOT_NOUN_WORD = (
    r"(?!(?:had|has|have|not|never|would|will|could|should|may|might|must|did|does|do|also|then|later|once|again|just|simply|"
    r"to|and|or|but|that|which|who|he|she|it|they|we|I|you|the|a|an|[a-z]+ed)\b)"
)
INNER_SUBJECT = re.compile(
    rf"\s+(?:that\s+)?(?P<np>(?:(?:the|a|an|his|her|its|their)\s+)?{NOT_NOUN_WORD}[\w’'\-.]+(?:\s+{NOT_NOUN_WORD}[\w’'\-.]+){{0,3}})"
    rf"(?:,[^,;“”\"]{{1,60}},)?\s+{CUE_MODIFIERS}"
)


def reported_subject(paragraph: Paragraph, floor: int, cue: re.Match[str], earlier: list[re.Match[str]]) -> tuple[int, int] | None:
    """The span of the subject of ``cue`` in the clause the sentence's speech cue before it (the last of ``earlier``
    outside quotations) reports, as the module's docstring says; None when there is no such clause."""
    text = paragraph.text
    outer = next((found for found in reversed(earlier) if not paragraph.inside_quote(found.start())), None)
    if outer is None or outer.group() not in REPORTING_OUTER:
        return None
    inner = INNER_SUBJECT.fullmatch(text, outer.end(), cue.start())
    if inner is None or PRONOUN.fullmatch(inner.group("np")):
        return None
    outer_subject = subject_before(text, floor, outer.start())
    if outer_subject is None or RELATIVE_PRONOUN.fullmatch(text[outer_subject[0]:outer_subject[1]].strip()):
        return None  # "the firm, which said last week it …, said": the relative clause reports nothing of the sentence's
    return inner.span("np")


def heads_people(phrase: str) -> bool:
    """The head of a noun phrase, before its qualifiers, is a role of a person or a group ("the police", not
    "interviews with chief executives")."""
    head = PHRASE_QUALIFIER.split(phrase)[0].rsplit(None, 1)[-1].lower()
    return head in PERSON_ROLES or head in GROUP_ROLES


# How many sentences back a quotation opening its sentence looks for the speaker reported before it.
REPORTED_REACH = 3


def sentences_back(paragraph: Paragraph, sentence: int, floor: int) -> Iterator[int]:
    """The start ``sentence`` and the starts of the sentences before it, up to REPORTED_REACH in all,
    while the sentence before each is past ``floor`` and quotes nothing: where the look-back for an
    earlier speaker may read the sentence before."""
    for _ in range(REPORTED_REACH):
        if sentence <= max(floor, 0):
            return
        previous = paragraph.sentence_of(sentence - 1)[0]
        if paragraph.has_piece_in(previous, sentence):
            return
        yield sentence
        sentence = previous
