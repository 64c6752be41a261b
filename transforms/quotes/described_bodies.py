"""The body a definite description of one stands for: "French stock market regulator AMF has begun proceedings
…. The watchdog is said to believe …" is AMF; "UK Coal said it was making “significant progress” …. The company
said …" is UK Coal; "The Acme Foundation declined to comment, telling ABC News … “…,” the group said" is the
foundation, not ABC News.

``resolution`` answers "the company" or "the watchdog" from the organisation scan, which knows only names that
read as a body's ("UK Coal", "Radio 1" it never takes, and the speaker stays "company") and takes the latest body
that speaks, which may be one the subject told. After an article's speakers are found, ``name_described_bodies``
reads each direct quotation by an organisation whose mention is "the …" with a head of
``entity_words.DESCRIBED_BODY_HEADS`` (owned by no one: "the firm's board" is not read), in this order:

0. a periodical's noun or its piece still left the bare noun ("the newspaper's editorial" said before the article
   names "the editors of The Advocate") the one periodical the article names (``only_periodical``);

1. but for a periodical's noun ("the newspaper", answered by the periodical named last), the organisation that opens
   the mention's sentence before it as its subject, else the sentence right before
   (``spokesperson_bodies.opening_body``), when no other organisation speaks in that sentence ("GMAC has been a
   strong contributor … but GM said"): that body, whatever was found;
2. else, for a speaker still the bare noun ("company", "radio station"), the latest body named before the mention
   right after a noun of the head's kind ("regulator AMF" for "the watchdog": ``entity_words.KIND_FAMILIES``),
   within reach;
3. else the organisation an earlier quotation of the article was found to be said by, the latest within reach,
   when the article names no body of another kind before it ("media giant Vivendi" is no watchdog).

An "it" quoted right after (``organisation_spoken``: "“…,” said the radio station. It added …") that was left the
same noun takes the body found for the description.
"""

import re
from typing import Final

from transforms.quotes.entities import ArticleEntities
from transforms.quotes.entity_words import COUNTRIES, DESCRIBED_BODY_HEADS, KIND_FAMILIES, PARTIES, PERIODICAL_NOUNS, PERIODICAL_WORKS
from transforms.quotes.paragraph import Paragraph, index_at, text_at
from transforms.quotes.resolution import Resolver
from transforms.quotes.spokesperson_bodies import body_opening_before, opening_body

# Nouns of a periodical or a news outlet: "the newspaper" quotes a source more than it speaks.
PERIODICAL_HEADS: Final[frozenset[str]] = frozenset("outlet newspaper paper tabloid website".split())
# A periodical's noun, or one of its pieces: "the newspaper", "the paper's editorial" (``entity_words.PERIODICAL_WORKS``).
PERIODICAL_MENTION: Final[re.Pattern[str]] = re.compile(
    rf"[Tt]he\s+(?:[a-z][\w\-]*\s+)?(?:{'|'.join(sorted(PERIODICAL_NOUNS | {'paper'}))})(?:['’]s\s+(?:{'|'.join(sorted(PERIODICAL_WORKS))}))?"
)
# How far after a description's quotation an "it" may take it up.
PRONOUN_REACH: Final[int] = 600
# How far before the mention the body may be named or quoted.
REACH: Final[int] = 1500
# A definite description owned by no one: "the watchdog", "The radio station"; not "the firm's board".
DESCRIPTION: Final[re.Pattern[str]] = re.compile(r"[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}([a-z]+)")


def same_kind(noun: str, head: str) -> bool:
    """``noun`` and ``head`` name the same kind of body: the same word, or words of one family."""
    return noun == head or any(noun in family and head in family for family in KIND_FAMILIES)


def name_described_bodies(resolver: Resolver, paragraphs: list[Paragraph], quotes: list[dict]) -> None:
    """Give each quotation said by a bare body noun the body it describes, and an "it" that took up the noun the
    same body (see the module docstring)."""
    named: dict[str, tuple[int, str]] = {}  # a description's noun -> (offset, the body it was found to stand for)
    for quote in quotes:
        speaker, start = quote["speaker"], quote["speaker_mention_start"]
        if quote["kind"] != "direct" or quote["speaker_type"] != "organisation" or not speaker or start is None:
            continue
        mention = (text_at(paragraphs, start, quote["speaker_mention_end"]) or "").strip()
        if mention in ("it", "It"):
            if speaker in named and start - named[speaker][0] <= PRONOUN_REACH:
                quote.update(speaker=named[speaker][1])  # "said the radio station. It added …": the body named for it
            continue
        name_described_body(resolver, paragraphs, quotes, quote, mention)
        if speaker.islower() and quote["speaker"] != speaker:
            named[speaker] = (start, quote["speaker"])


def name_described_body(resolver: Resolver, paragraphs: list[Paragraph], quotes: list[dict], quote: dict, mention: str) -> None:
    """Give one quotation said by a bare body noun the body it describes."""
    entities = resolver.entities
    speaker, start = quote["speaker"], quote["speaker_mention_start"]
    if speaker.islower() and PERIODICAL_MENTION.fullmatch(mention):  # "the newspaper's editorial" before the paper is named
        periodical = only_periodical(entities)
        if periodical is not None:
            quote.update(speaker=periodical)
        return
    found = DESCRIPTION.fullmatch(mention)
    if found is None or found.group(1) not in DESCRIBED_BODY_HEADS:
        return
    # a periodical's noun is answered by the periodical named last (``entities.organisation_before``)
    subject = None if found.group(1) in PERIODICAL_HEADS else subject_before(resolver, paragraphs, start, quote["start_char"])
    if subject is not None and subject != speaker:
        quote.update(speaker=subject)
        return
    if not speaker.islower() or mention.split(" ", 1)[1].lower() != speaker.lower():
        return
    head = found.group(1)
    body = kind_named_before(entities, head, start)
    if body is None and not other_kind_before(entities, head, start):
        body = quoted_body_before(quotes, start)
    if body is not None:
        quote.update(speaker=body, speaker_type="organisation")


def only_periodical(entities: ArticleEntities) -> str | None:
    """The one periodical the article names, wherever (``periodicals``); None when it names none or several."""
    entities.scan_organisations()
    names = {name for _at, name in entities.periodicals}
    return names.pop() if len(names) == 1 else None


def kind_named_before(entities: ArticleEntities, head: str, position: int) -> str | None:
    """The latest body named right after a noun of ``head``'s kind before ``position``, within reach."""
    entities.scan_organisations()
    for at, name, noun in reversed(entities.kind_named):
        if position - REACH <= at < position and same_kind(noun, head):
            return name
    return None


def other_kind_before(entities: ArticleEntities, head: str, position: int) -> bool:
    """The article names a body of another kind before ``position``, within reach: "media giant Vivendi"."""
    return any(position - REACH <= at < position and not same_kind(noun, head) for at, _name, noun in entities.kind_named)


def quoted_body_before(quotes: list[dict], position: int) -> str | None:
    """The organisation the latest quotation before ``position`` said by a named body was found to be said by."""
    latest = None
    for quote in quotes:
        start = quote["speaker_mention_start"]
        speaker = quote["speaker"]
        if start is None or not (position - REACH <= start < position) or quote["speaker_type"] != "organisation" or not speaker:
            continue
        if speaker.islower() or speaker.lower() in COUNTRIES or speaker.lower() in PARTIES:
            continue
        if latest is None or start > latest[0]:
            latest = (start, speaker)
    return latest[1] if latest else None


def subject_before(resolver: Resolver, paragraphs: list[Paragraph], start: int, quote_start: int) -> str | None:
    """The organisation that opens the mention's sentence before it as its subject, else the sentence before."""
    index = index_at(paragraphs, start)
    if index is None:
        return None
    paragraph = paragraphs[index]
    sentence = paragraph.sentence_of(max(min(start, quote_start) - paragraph.base, 0))[0]
    body = opening_body(resolver, paragraph, sentence, start - paragraph.base)
    if body is not None:
        return body if only_speaker(resolver.entities, body, paragraph.base + sentence, start) else None
    found = body_opening_before(resolver, paragraphs, index, sentence)
    if found is None:
        return None
    index, sentence, sentence_end, body = found
    base = paragraphs[index].base
    return body if body is not None and only_speaker(resolver.entities, body, base + sentence, base + sentence_end) else None


def only_speaker(entities: ArticleEntities, body: str, start: int, end: int) -> bool:
    """No other organisation speaks between ``start`` and ``end``: "GMAC has been a strong contributor … but GM said"
    is GM's."""
    return not any(start <= at < end and speaks and name != body for at, name, _subject, speaks in entities.organisations)
