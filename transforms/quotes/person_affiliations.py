"""A quoted person's affiliation from anywhere the article ties them to a body, once its quotations are attributed.

Resolution takes a person's affiliation from the mention it resolves and the mentions near it; a later "Mr
Jameson said" or "he said" far from "BPI chairman Peter Jameson" loses it. ``person_affiliations`` runs after
``fullest_forms`` (so speakers carry the name the descriptions use) and before ``checked_affiliations``, and gives a
person's quotation that has no affiliation, in this order:

1. the affiliation another of the article's quotations of the same person carries, the most frequent one (the
   earliest on a tie) of those the article reads as a body (the tests of rule 2);
2. else the affiliation of the first mention of the person that ties them to a body: a body before the name or
   its role ("Arsenal's Edu") or after it ("Jack Law, chief executive of Alcohol Focus Scotland,"), else the body
   before a member's role right before the person's full name, outside quotations ("Brentford boss Martin Allen",
   not "Hollywood star Tom Hanks"), when the article's own text reads it as a body (``reads_as_body``): not a place it writes
   after "in" or before "-based" ("in San Diego") or before or after an office held for a place ("Vermont Sen.",
   "governor of New Mexico") or a seat held for it ("MP for West Ham"), not where the person was ("Sanders at the Vatican"), not a nationality
   ("Mexican-American"), not the last word of an event, a law or a portfolio ("Athens
   Olympics", "Gambling Bill"), not a lone word (but a party's) it also writes in lower case ("New", "Save"), a weekday, or a run
   it always writes inside a longer capitalised name ("Committee" of "Committee to Protect Bloggers", "Black" of
   "All Blacks").

Organisations, roles and unknown speakers are left alone: their affiliation is read from their own mention.
"""

import re
from collections import Counter

from transforms.quotes.affiliations import is_party
from transforms.quotes.entities import ArticleEntities
from transforms.quotes.entity_words import COUNTRIES, DEMONYMS, MEMBER_ROLE_WORDS, NOT_BODY_LAST_WORDS, PERSON_ROLES, PLACE_OFFICE_WORDS, SEAT_WORDS
from transforms.quotes.lexicon import DATE_WORDS, TITLES
from transforms.quotes.names import ArticleNames
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.person_descriptors import PREMODIFIER, PREMODIFIER_WINDOW
from transforms.quotes.premodifier_affiliations import premodifier_affiliation

# A capitalised word next to a run, so that the run is part of a longer name ("Committee to Protect", "All Blacks").
CAPITAL_BEFORE = re.compile(r"(?:^|[^\w’'])([A-Z][\w’'\-]*) $")
EXTENDED_AFTER = re.compile(r"s\b| (?:of |for |to |and |& )?([A-Z][a-z][\w’'\-]*)")
# A capitalised word that opens its sentence ("Earlier Conservative Graham Brady") extends no name.
SENTENCE_END = re.compile(r"(?:^|[.!?\n][\"”’']?\s*)$")
OPENERS = frozenset({"The", "A", "An", "But", "And", "In", "At", "For", "Of", "On", "By", "With", "From", "As", "To"})


def person_affiliations(quotes: list[dict], entities: ArticleEntities) -> None:
    """Fill each person's quotation without an affiliation by rules 1-2 (in place)."""
    wanting = [quote for quote in quotes if quote["speaker_type"] == "person" and quote["speaker"] and not quote.get("speaker_affiliation")]
    if not wanting:
        return
    carried: dict[str, Counter[str]] = {}
    for quote in quotes:
        if quote["speaker_type"] == "person" and quote["speaker"] and quote.get("speaker_affiliation"):
            carried.setdefault(quote["speaker"], Counter())[quote["speaker_affiliation"]] += 1
    text = "\n".join(paragraph.text for paragraph in entities.paragraphs if not paragraph.is_headline)
    # Each test reads the whole article with patterns built for the name: asked once per name and person.
    tested: dict[tuple[str, str], bool] = {}

    def is_body(name: str, person: str) -> bool:
        if (name, person) not in tested:
            tested[name, person] = reads_as_body(name, person, text)
        return tested[name, person]

    speakers = {quote["speaker"] for quote in wanting}
    described: dict[str, str] | None = None
    looked_before: set[str] = set()
    for quote in wanting:
        speaker = quote["speaker"]
        counts = carried.get(speaker)
        if counts:
            # the most frequent that reads as a body: "Tory" once over "Henley-on-Thames" twice from "MP for Henley-on-Thames"
            carried_affiliation = next((name for name, _count in counts.most_common() if is_body(name, speaker)), None)
            if carried_affiliation is not None:
                quote["speaker_affiliation"] = carried_affiliation
            continue
        if described is None:
            described = {}
            # a person once described is dropped from ``speakers``, so their later mentions are not described
            for person, affiliation in entities.affiliations_given(speakers):
                if affiliation and affiliation != person and person not in described and is_body(affiliation, person):
                    described[person] = affiliation
                    speakers.discard(person)
        if speaker not in described and speaker not in looked_before:
            looked_before.add(speaker)
            before = body_before_name(speaker, entities.paragraphs, entities.names)
            if before and is_body(before, speaker):
                described[speaker] = before
        if speaker in described:
            quote["speaker_affiliation"] = described[speaker]


def body_before_name(person: str, paragraphs: list[Paragraph], names: ArticleNames) -> str | None:
    """The body named before a member's role (``MEMBER_ROLE_WORDS``) right before the person's full name, outside
    quotations: "Brentford boss Martin Allen" -> "Brentford"; never a person ("Jo Hart's friend")."""
    if " " not in person:
        return None
    length = len(person)
    for paragraph in paragraphs:
        if paragraph.is_headline:
            continue
        text = paragraph.text
        at = text.find(person)
        while at >= 0:
            if not at_boundary(text, at + length):
                at = text.find(person, at + 1)
                continue
            window = text[max(at - PREMODIFIER_WINDOW, 0):at]
            last = window.rsplit(None, 1)[-1:]
            if last and last[0].lower() in MEMBER_ROLE_WORDS and not paragraph.inside_quote(at):
                before = PREMODIFIER.search(window)
                body = premodifier_affiliation(before.group(1).split()) if before else None
                if body and not names.is_person(body):
                    return body
            at = text.find(person, at + length)
    return None


def is_word(char: str) -> bool:
    """Whether ``char`` is a regex word character (``\\w``)."""
    return char.isalnum() or char == "_"


def at_boundary(text: str, at: int) -> bool:
    """Whether ``at`` is a word boundary of ``text`` (``\\b``)."""
    left = at > 0 and is_word(text[at - 1])
    right = at < len(text) and is_word(text[at])
    return left != right


def occurrences(text: str, name: str) -> list[int]:
    """Every start of ``name`` in ``text``, overlapping ones included."""
    found: list[int] = []
    at = text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + 1)
    return found


# The word before "of"/"from" or "for" that ends right before a name ("governor of", "MP for").
WORD_OF_BEFORE = re.compile(r"\b(\w+) (?:of|from) \Z")
WORD_FOR_BEFORE = re.compile(r"\b(\w+) for \Z")
# The word after a name, past a possessive ("Vermont Sen.", "Vermont's governor").
WORD_AFTER = re.compile(r"['’]?s? ([A-Z][\w.]*|[a-z]+)")
# Where the person was, between their last name and the name ("Sanders at the Vatican").
AT_PLACE = (" at ", " at the ", " was at ", " was at the ", " is at ", " is at the ")
# A window wide enough for any word the tests compare with a word list.
WORD_WINDOW = 80


def words_before(pattern: re.Pattern[str], text: str, starts: list[int], length: int) -> list[str]:
    """The word ``pattern`` reads right before each of the name's starts that ends at a word boundary, as
    ``re.finditer`` over the whole text would find them (never overlapping)."""
    words: list[str] = []
    end = 0
    for at in starts:
        if not at_boundary(text, at + length):
            continue
        found = pattern.search(text, max(at - WORD_WINDOW, 0), at)
        if found and found.start() >= end:
            words.append(found.group(1))
            end = at + length
    return words


def reads_as_body(name: str, person: str, text: str) -> bool:
    """Whether the article's text reads ``name`` as a body's name (rule 2's tests)."""
    words = name.split()
    if words[-1].lower() in NOT_BODY_LAST_WORDS or name in DATE_WORDS:
        return False
    if any(part.lower() in DEMONYMS or part.lower() in COUNTRIES for part in name.split("-")):
        return False  # "Mexican-American"
    starts = occurrences(text, name)
    if not starts:
        return False
    length = len(name)
    party = is_party(name)
    if len(words) == 1 and not party:
        lower = name.lower()
        if any(at_boundary(text, at) and at_boundary(text, at + length) for at in occurrences(text, lower)):
            return False  # "New", "Save", "Observes": a common word capitalised
    last = person.split()[-1]
    end = 0
    for at in starts:
        bounded = at_boundary(text, at)
        ends_word = at_boundary(text, at + length)
        if ends_word and not text.startswith(("’s", "'s"), at + length):
            for cue in ("in ", "near "):
                if text.endswith(cue, 0, at) and at_boundary(text, at - len(cue)):
                    return False  # "in San Diego"
        if bounded and text.startswith("-based", at + length) and at_boundary(text, at + length + 6):
            return False
        if ends_word:
            for place in AT_PLACE:
                if text.endswith(place, 0, at):
                    was = at - len(place)
                    if text.endswith(last, 0, was) and at_boundary(text, was - len(last)):
                        return False  # "Sanders at the Vatican", "Mr. Obama at Harvard Law School": where the person was
        if not party and bounded and at >= end:
            after = WORD_AFTER.match(text, at + length)
            if after:
                end = after.end()
                if after.group(1).lower() in PLACE_OFFICE_WORDS:
                    return False  # "Vermont Sen. Bernie Sanders": a place
    if any(word.lower() in PLACE_OFFICE_WORDS for word in words_before(WORD_OF_BEFORE, text, starts, length)):
        return False  # "a two-term governor of New Mexico"
    if any(word.lower() in SEAT_WORDS for word in words_before(WORD_FOR_BEFORE, text, starts, length)):
        return False  # "Labour MP for West Ham": a constituency
    at = -1
    while True:
        at = text.find(name, at + 1)
        if at < 0:
            return False
        if not (at_boundary(text, at) and at_boundary(text, at + length)):
            continue
        before = CAPITAL_BEFORE.search(text, max(at - 40, 0), at)
        if before and before.group(1) not in OPENERS and not before.group(1).endswith(("'s", "’s")) and not SENTENCE_END.search(text, max(before.start(1) - 4, 0), before.start(1)):
            at += length - 1
            continue
        after = EXTENDED_AFTER.match(text, at + length)
        if after and not (after.group(1) and (after.group(1) in person.split() or after.group(1) in TITLES or after.group(1).lower() in PERSON_ROLES)):
            at += length - 1
            continue  # but "Tory Dominic Grieve", "Exhibitor Relations President Paul Dergarabedian": the body before its person
        return True
