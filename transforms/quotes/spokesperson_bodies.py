"""A bare spokesman the body named just before speaks for: "But the Home Office defended the measures. A spokesman
said: “…”" is a "Home Office spokesman"; "Acme Steel has denied the claims, with a spokeswoman saying …" an "Acme
Steel spokeswoman".

After an article's speakers are found, ``name_spokesperson_bodies`` gives a role speaker that is a bare
"spokesman", "spokeswoman" or "spokesperson" (its mention "a spokesman" or "the spokeswoman", owned by no one and
for no one: "the rapper's spokesman", "a spokesman for her lawyers" stay as they are) the body, when:

1. the sentence holding the mention, before it, or else the sentence right before that one (in its paragraph, or
   the last of the paragraph before; past one more that a bare spokesperson opens: "Scotland Yard said …. A
   spokesman said …. “…,” said the spokesman") opens with an organisation as its subject: after at most a conjunction or an
   adverb and a comma ("But", "However,", "Last year") and "the", the organisation's name, an apposition closed by
   a comma at most, and a lower-case word (its verb: "said", "defended", "would not comment");
2. that run names an organisation (``affiliations.organisation_of``: no person, place or nationality; or a body
   named by its seat, "Downing Street", "Scotland Yard": ``entity_words.SEAT_BODIES``), which an
   acronym gives in full ("MAB" the "Muslim Association of Britain" the article spells out).

A pronoun the article then uses for that spokesman ("he said") keeps the bare role: only the mention is read.
"""

import re
from typing import Final

from transforms.quotes.affiliations import organisation_of
from transforms.quotes.entity_words import ORGANISATION_NAME_WORDS, SEAT_BODIES, SPOKESPERSONS
from transforms.quotes.paragraph import Paragraph, index_at
from transforms.quotes.resolution import Resolver

# A bare spokesperson mention, owned by no one.
BARE_MENTION: Final[re.Pattern[str]] = re.compile(r"(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)")
# A sentence a bare spokesperson opens: "However a spokesman pointed out …" passes on to the sentence before it.
BARE_OPENING: Final[re.Pattern[str]] = re.compile(r"\s*(?:(?:But|And|However),?\s+)?(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+[a-z]")
# The words after a bare mention that name whom it speaks for: "a spokesman for the council".
FOR_AFTER: Final[re.Pattern[str]] = re.compile(r"\s+(?:for|from|at|of)\b")
# A sentence opening with a body's name as its subject: at most a conjunction or an adverb, a short time phrase, a
# noun for the body's kind ("Environmental group") and "the" before it; group "run" the name, through its connectors
# ("Department for Education and Skills") and a number ("Transport 2000").
SUBJECT_OPENING: Final[re.Pattern[str]] = re.compile(
    r"\s*(?:(?:But|And|However|Meanwhile|Now|Instead|Last\s+(?:year|week|month)|On\s+[A-Z][a-z]+day),?\s+)?"
    r"(?:(?:[A-Za-z][\w\-]*\s+)?(?:group|firm|company|body|watchdog|charity|organisation|regulator|union|agency)\s+)?(?:[Tt]he\s+)?"
    r"(?P<run>[A-Z][\w&\-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?(?:[A-Z][\w&\-]*|\d+)\b)*)"
)
# What follows the subject: an apposition closed by a comma at most, then a lower-case word.
AFTER_SUBJECT: Final[re.Pattern[str]] = re.compile(r"(?:,[^,.;“”\"]{1,80},)?\s+(?!(?:the|a|an|of|for|and|to|in|on|at|by|with)\b)[a-z]")


def name_spokesperson_bodies(resolver: Resolver, paragraphs: list[Paragraph], quotes: list[dict]) -> None:
    """Give each bare spokesperson speaker of ``quotes`` the body the sentence before names as its subject (see
    the module docstring)."""
    found: dict[int, str | None] = {}
    for quote in quotes:
        start = quote["speaker_mention_start"]
        if quote["kind"] != "direct" or quote["speaker_type"] != "role" or start is None or quote["speaker"] not in SPOKESPERSONS:
            continue
        if start not in found:
            found[start] = body_before(resolver, paragraphs, start, quote["speaker_mention_end"], quote["start_char"])
        body = found[start]
        if body is not None:
            quote.update(speaker=f"{body} {quote['speaker']}", speaker_affiliation=body)


def body_before(resolver: Resolver, paragraphs: list[Paragraph], start: int, end: int, quote_start: int) -> str | None:
    """The organisation a bare spokesperson mention from the document offset ``start`` to ``end`` speaks for: the
    subject of its sentence before it, else of the sentence before (see the module docstring)."""
    index = index_at(paragraphs, start)
    if index is None:
        return None
    paragraph = paragraphs[index]
    text, base = paragraph.text, paragraph.base
    if not BARE_MENTION.fullmatch(text, start - base, end - base) or FOR_AFTER.match(text, end - base):
        return None
    sentence = paragraph.sentence_of(max(min(start, quote_start) - base, 0))[0]
    body = opening_body(resolver, paragraph, sentence, start - base)
    for _ in range(2):  # the sentence before, and past one that a bare spokesman opens, the one before that
        if body is not None:
            return body
        found = body_opening_before(resolver, paragraphs, index, sentence)
        if found is None:
            return None
        index, sentence, sentence_end, body = found
        if body is None and not BARE_OPENING.match(paragraphs[index].text, sentence, sentence_end):
            return None
    return body


def body_opening_before(resolver: Resolver, paragraphs: list[Paragraph], index: int, sentence: int) -> tuple[int, int, int, str | None] | None:
    """The sentence before the one starting at ``sentence`` in paragraph ``index`` (``sentence_before``), with the
    organisation that opens it as its subject (``opening_body``), if any."""
    found = sentence_before(paragraphs, index, sentence)
    if found is None:
        return None
    index, sentence, sentence_end = found
    return index, sentence, sentence_end, opening_body(resolver, paragraphs[index], sentence, sentence_end)


def sentence_before(paragraphs: list[Paragraph], index: int, sentence: int) -> tuple[int, int, int] | None:
    """The paragraph index, start and end of the sentence before the one starting at ``sentence`` in paragraph
    ``index``: in its paragraph, else the last of the paragraph before (not a headline)."""
    if sentence > 0:
        return index, paragraphs[index].sentence_of(sentence - 1)[0], sentence
    if index == 0 or paragraphs[index - 1].is_headline or not paragraphs[index - 1].text.strip():
        return None
    previous = paragraphs[index - 1]
    last = len(previous.text.rstrip())
    return index - 1, previous.sentence_of(last - 1)[0], last


def opening_body(resolver: Resolver, paragraph: Paragraph, start: int, end: int) -> str | None:
    """The organisation the text of ``paragraph`` from ``start`` to ``end`` opens with as its subject, or None."""
    opening = SUBJECT_OPENING.match(paragraph.text, start, end)
    if opening is None or not AFTER_SUBJECT.match(paragraph.text, opening.end(), end):
        return None
    run = opening.group("run")
    words = run.split()
    name = organisation_of(run, sentence_initial=opening.start("run") == start and " " not in run)
    if name is None and (run in SEAT_BODIES or len(words) > 1 and words[-1] in ORGANISATION_NAME_WORDS):
        name = run  # "Downing Street"; "The Justice Department": a title word first is no titled person here
    names = resolver.names
    if name is None or name not in SEAT_BODIES and (names.is_person(name) or name.split()[-1] in names.person_of_surname):
        return None
    resolver.entities.scan_organisations()
    return resolver.entities.full_names.get(name, name)
