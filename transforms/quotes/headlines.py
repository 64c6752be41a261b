"""Headline quotations: "Golden rule 'intact' says ex-aide", "Rover deal 'may cost 2,000 jobs'".

A headline quotes someone's words in short, and never with a guessed speaker (its first
word is no subject: "Rover deal"). In this order, a headline quotation is said by:

1. the headline's own reporting cue ("says ex-aide", "Blair: '…'"; the subject after a label's colon, "The Latest:
   Sanders declares '…'"; not a mention that names no one, "A lesson from Jo Hart: '…'"), else (once the whole
   article is read) the person a label opening it names before a colon, the claim after it theirs ("Paul Ryan: FBI
   Decision … 'Defies Explanation'", ``colon_label``; it takes the kind ``direct``);
2. the speaker of the first quotation in the body that holds the same words (and it
   takes that quotation's kind);
3. the speaker a reporting clause names in the first of the body's opening sentences (four at most, in
   its first two paragraphs) that shares a content word with the quotation (by its first five letters:
   "scrutiny", "scrutinise"): "'UK will stand firm on EU rebate'" over "Britain's £3bn EU rebate is not
   up for renegotiation …, Jack Straw said"; "Economy 'stronger than forecast'" over "… suggest a
   stronger economy than official estimates, Ms Lomax said"; a reporting clause that closes that sentence
   counts ("Fannie Mae 'should restate books'" over "Fannie Mae should restate its earnings, …, watchdogs
   have said", "…, say MPs");
4. when none of those sentences shares a word with it, the speaker the body's first sentence names by a
   reporting clause: the lead restates the headline in other words ("Worldcom boss 'left books alone'" over
   "Bernie Ebbers … never made accounting decisions, a witness has told jurors");
5. nobody.
"""

import re
from collections.abc import Callable
from typing import Final

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.cues import SPEECH_CUES
from transforms.quotes.lexicon import HEADLINE_CUES
from transforms.quotes.paragraph import Paragraph, is_subhead
from transforms.quotes.phrases import is_group_role
from transforms.quotes.places import is_country_name
from transforms.quotes.resolution import Attribution
from transforms.word_trie import word_alternation

WORDS: Final[re.Pattern[str]] = re.compile(r"\w+")
# A bare plural role and its speech cue closing a sentence: ", watchdogs have said.", ", analysts warn."
CLOSING_PLURAL: Final[re.Pattern[str]] = re.compile(
    rf",\s+(?P<np>(?:[a-z\-]+\s+)?[a-z\-]+s)\s+(?:have\s+|had\s+)?(?:also\s+)?(?P<cue>{word_alternation(sorted(SPEECH_CUES))})[.!]?\s*$"
)
# A headline's opening label, a run of capitalised words and a colon: "Paul Ryan: ", "OK Gov Fallin: ".
HEADLINE_LABEL: Final[re.Pattern[str]] = re.compile(r"(?P<label>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4}):\s")
# The words a subhead opens with, a name among them, before a capitalised verb.
SUBHEAD_OPENING: Final[re.Pattern[str]] = re.compile(r"(?P<name>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){1,3})\s")
# After a headline's label, its colon, then a subject of up to four capitalised words and the cue.
LABELLED_SUBJECT: Final[re.Pattern[str]] = re.compile(r":\s+(?P<np>[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3})\s+(?P<cue>[a-z]+)\b")
# A word a headline quotation and its lead may share: not "the", "will", "over".
CONTENT_WORD: Final[re.Pattern[str]] = re.compile(r"\w{5,}")
# How far into the body a headline quotation's words are looked for: the lead and the paragraph after it, four sentences at most.
OPENING_PARAGRAPHS: Final = 2
OPENING_SENTENCES: Final = 4


def headline_cue(finder: AttributionFinder, paragraph: Paragraph, start: int, end: int) -> Attribution | None:
    """The speaker a present-tense reporting cue in the headline names, or a label before a colon; no guess.

    ``after`` reads any verb after a quotation that opens a sentence ("'Strong dollar'
    call halts slide"), and a past form is passive in a headline ("Parties warned over
    'grey vote'"), so only ``lexicon.HEADLINE_CUES`` count.
    """
    found = finder.after(paragraph, start, end) or finder.before(paragraph, start)
    if found is None or (found.cue is not None and found.cue not in HEADLINE_CUES):
        return None
    if found.mention_end is not None and found.cue is not None and paragraph.text.startswith(": ", found.mention_end - paragraph.base):
        # "The Latest: Sanders declares 'revolution'": the label before the colon is no subject; the words after it are
        subject = LABELLED_SUBJECT.match(paragraph.text, found.mention_end - paragraph.base)
        if subject is not None and subject.group("cue") == found.cue:
            return finder.attribution(paragraph, *subject.span("np"), found.cue)
    return found


def subhead_subject(finder: AttributionFinder, paragraph: Paragraph, start: int) -> Attribution | None:
    """The person a list article's subhead opens with, by the full name the article gives them, before the subhead's
    verb and its quotation ("Zoe Saldana Asked Men Everywhere To “Redefine Masculinity.”")."""
    opening = SUBHEAD_OPENING.match(paragraph.text, 0, start)
    words = opening.group("name").split() if opening is not None else []
    finder.names.scan()  # the paragraphs after the subhead name its person too
    named = next((" ".join(words[:count]) for count in (3, 2) if " ".join(words[:count]) in finder.names.indexes_of_name), None)
    if named is None or not finder.names.is_person(named):
        return None
    return Attribution(named, paragraph.base, paragraph.base + len(named), None, "person")


def colon_label(finder: AttributionFinder, paragraph: Paragraph, start: int, subhead: bool = False) -> Attribution | None:
    """The person a headline's opening label names before its colon, for a quotation later in the claim the label
    gives them ("Paul Ryan: FBI Decision Not to Indict Hillary 'Defies Explanation'", "OK Gov Fallin: Trump Is
    'Trying …'"): US headlines put the source first so. The label ends with the surname of a person the article
    names in full, and no other word of it is anyone's surname ("Carly Fiorina Endorses Ted Cruz:" is a claim,
    not a label); the words before the name are a description that names no body ("McCain Challenger"). A list
    article's subhead (``subhead``: a line after the headline) has no colon: the person it opens with
    (``subhead_subject``)."""
    label = HEADLINE_LABEL.match(paragraph.text, 0, start)
    if label is None:
        return subhead_subject(finder, paragraph, start) if subhead and is_subhead(paragraph.text) else None
    words = label.group("label").split()
    named = next((" ".join(words[at:]) for at in range(max(len(words) - 3, 0), len(words) - 1) if " ".join(words[at:]) in finder.names.indexes_of_name), None)
    full = named or finder.names.fullest(words[-1], paragraph.base + label.end("label"))  # "Bill Clinton:" over a Hillary Clinton
    if " " not in full or not finder.names.is_person(full):
        return None
    name_words = set(full.split())
    if any(finder.names.is_surname(word) for word in words[:-1] if word not in name_words):
        return None
    first = len(words) - 1
    while first > 0 and words[first - 1] in name_words:
        first -= 1
    mention_start = paragraph.base + label.end("label") - len(" ".join(words[first:]))
    return Attribution(full, mention_start, paragraph.base + label.end("label"), None, "person")


def words_of(text: str) -> str:
    """Lower-case words, space-separated and space-framed, to find a run of words in another."""
    return " " + " ".join(WORDS.findall(text.lower())) + " "


def same_words_in_body(headline_quote: dict, body_quotes: list[dict]) -> dict | None:
    """The first body quotation that holds every word of a headline quotation, in order."""
    wanted = words_of(headline_quote["text"])
    for quote in body_quotes:
        if wanted in words_of(quote["text"]):
            return quote
    return None


def stems(text: str) -> set[str]:
    """The first five letters of the content words: "scrutiny" and "scrutinise" share "scrut"."""
    return {word.lower()[:5] for word in CONTENT_WORD.findall(text)}


def opening_report(finder: AttributionFinder, opening: list[Paragraph], headline_quote: dict) -> Attribution | None:
    """The speaker a reporting clause names in the first of the body's opening sentences that shares a content
    word with the quotation, else (none shares one) in the body's first sentence."""
    lead = lead_sentence(opening, headline_quote)
    return sentence_report(finder, *lead) if lead is not None else None


def lead_sentence(opening: list[Paragraph], headline_quote: dict) -> tuple[Paragraph, int, int] | None:
    """The first of the body's opening sentences that shares a content word with the quotation, else (none shares
    one) the body's first sentence: its paragraph, start and end."""
    wanted = stems(headline_quote["text"])
    seen = 0
    for paragraph in opening:
        start = 0
        while start < len(paragraph.text) and seen < OPENING_SENTENCES:
            sentence_end = paragraph.sentence_of(start)[1]
            seen += 1
            if wanted & stems(paragraph.text[start:sentence_end]):
                return paragraph, start, sentence_end  # a later sentence reports something else
            start = sentence_end
    return (opening[0], 0, opening[0].sentence_of(0)[1]) if opening else None


def names_speaker(found: Attribution | None) -> bool:
    """A reporting clause (a speech cue or "according to") names who speaks: a person, an organisation or a role,
    never a country ("UK media reports say")."""
    return (
        found is not None and (found.cue in SPEECH_CUES or found.cue == "according to") and found.speaker is not None
        and found.speaker_type in ("person", "organisation", "role") and not is_country_name(found.speaker)
    )


def sentence_report(
    finder: AttributionFinder, paragraph: Paragraph, start: int, end: int, names: Callable[[Attribution | None], bool] = names_speaker
) -> Attribution | None:
    """The speaker a reporting clause names in the sentence from ``start`` to ``end`` (by default a speech cue or
    "according to", never a country: ``names`` tells): before the sentence's end, as if a quotation opened right
    after it, else before a quotation in it, else closing it after its last comma ("…, watchdogs have said", "…, say MPs")."""
    found = finder.before(paragraph, end)
    if names(found):
        return found
    quoted = paragraph.next_quote_start(start)
    found = finder.before(paragraph, quoted) if quoted is not None and quoted < end else None
    if names(found):  # "But an all-party committee said it was “not confident” …": before the quotation
        return found
    comma = paragraph.text.rfind(",", start, end)
    if comma <= start:
        return None
    found = finder.after(paragraph, start, comma)  # the words before the comma as the quotation
    if found is None:
        plural = CLOSING_PLURAL.match(paragraph.text, comma, end)  # "…, watchdogs have said": no capital or article
        found = finder.attribution(paragraph, plural.start("np"), plural.end("np"), plural.group("cue")) if plural and is_group_role(plural.group("np")) else None
    return found if names(found) else None
