"""The source a phrase inside the sentence names for a short quotation it gives, over the sentence's subject
or an outer cue's.

Matches, in the words right before a quotation (its sentence only, no other quotation between):

1. A speech noun (``lexicon.SPEECH_NOUNS``) with its source after "by" or "from", and a "that" clause the
   quotation sits in: "Eric Trump knocked a statement by actor Jo Hart that an “obscene amount” was raised" is
   Jo Hart's, not the subject's; "shrugged off claims from Tory leader Jo Hart that he led a “grubby
   government”". The source holds a capitalised word ("a potential president" is left to the other rules),
   and no cue stands between "that" and the quotation ("a claim by X that Y said “…”" is Y's).
2. The person a relative clause with "who" stands for, the clause reporting or naming the quoted words: "the
   support of a retired general who suggested the US should “segregate” radicals", "actor Jo Hart who said
   the whole thing was “demeaning”". The antecedent is the phrase right before "who" (from its determiner, or
   from the first capitalised word after a preposition or verb), ending in a role noun or a name; no
   comma before "who" (", who" after a name is ``relative_speakers``), no cue after the verb, and no second
   "that" after the verb, which opens an outer verb's clause ("told a woman who suggested that … that “…”").
3. The subject of a naming verb after "what": "what Jo Hart calls its “infant stage”", "what former staff have
   called a “fraudulent scheme”", "what multiple lawmakers called “fraud”" — a name or a role phrase (a pronoun
   there is the cue rules' to resolve, and "what some call", "what we call" name no one).

Runs in step 2 of the rule order, right after the cue search around the quotation: the phrase is nearer the
quotation than any cue of the sentence outside it. The sources of rules 1 and 2 speak in their phrase only: no
later "he" or piece of the paragraph takes them up; rule 3's subject is the paragraph's speaker like a cue's.
"""

import re
from typing import Final

from transforms.quotes.antecedents import AntecedentResolver
from transforms.quotes.cues import CUE
from transforms.quotes.lexicon import RELATIVE_SPEECH_VERBS, SPEECH_NOUNS
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Attribution
from transforms.quotes.speakers import is_role
from transforms.word_trie import word_alternation

WINDOW: Final = 220
# "a statement by actor Jo Hart that an " right before the quotation's opening mark.
SOURCED_NOUN: Final[re.Pattern[str]] = re.compile(
    rf"\b{word_alternation(frozenset(SPEECH_NOUNS.split()))}\s+(?:made\s+)?(?:by|from)\s+"
    r"(?P<np>[^,;:.!?“”\"‘’()\-–—]{1,80}?)\s+that\s+(?P<gap>[^.!?;:“”\"]{0,160})$"
)
# Verbs of a relative clause that give words: the ones ``relative_speakers`` reads, and a few more of speech.
WHO_VERBS: Final[frozenset[str]] = RELATIVE_SPEECH_VERBS | frozenset(
    "suggested suggests argued argues wrote writes complained complains promised promises vowed vows "
    "predicted predicts described describes called calls".split()
)
# "a retired general who suggested over the summer that the US should " right before the opening mark.
WHO_CLAUSE: Final[re.Pattern[str]] = re.compile(
    r"(?<=[\w.’'])\s+who\s+(?:(?:[a-z]+ly|also|has|have|had|then|once|later|recently|publicly|even)\s+)*"
    rf"{word_alternation(WHO_VERBS)}\b(?P<gap>[^,;:.!?“”\"()\-–—]{{0,140}})$"
)
DETERMINERS: Final[frozenset[str]] = frozenset("a an the one another his her their its this that".split())
# Words before a relative clause's antecedent: where the phrase starts looking back from "who".
PHRASE_BREAKS: Final[frozenset[str]] = frozenset(
    "of to for by from with in on at as and or but including like than about against among between over under "
    "is was are were be been being has have had said says told".split()
)
THAT: Final[re.Pattern[str]] = re.compile(r"\bthat\b")
# "what former staff have called a " right before the opening mark: the subject between "what" and the verb.
WHAT_CLAUSE: Final[re.Pattern[str]] = re.compile(
    r"\bwhat\s+(?P<np>(?:[\w’'.\-]+\s+){0,4}?[\w’'.\-]+)\s+(?:(?:has|have|had)\s+)?"
    r"(?:calls|called|call|describes|described(?:\s+as)?|terms|termed|dubs|dubbed|labels|labell?ed|brands|branded)\s+"
    r"(?:(?:it|its|their|his|her|them|him)\s+)?(?:as\s+)?(?:(?:an?|the)\s+)?$"
)
# Subjects of WHAT_CLAUSE that are no one in particular, or the cue rules' to resolve.
NO_SOURCE_WORDS: Final[frozenset[str]] = frozenset(
    "some many others we you i it he she they one people is are was were be been being".split()
)


def antecedent_start(text: str, floor: int, end: int) -> int | None:
    """Where the phrase ending at ``end`` right before "who" starts: at its determiner, or after the word
    that breaks it off (a preposition, a verb), at most six words back; None when no phrase is left."""
    words = list(re.finditer(r"[\w’'.\-]+", text[floor:end]))[-7:]
    start = None
    for word in reversed(words):
        token = word.group()
        lower = token.lower()
        if lower in PHRASE_BREAKS or lower.endswith("ing"):
            break
        start = floor + word.start()
        if lower in DETERMINERS:
            break
    return start


def sourced_noun(finder: AntecedentResolver, paragraph: Paragraph, floor: int, lead_end: int) -> Attribution | None:
    """Rule 1: the source of a speech noun whose "that" clause holds the quotation."""
    text = paragraph.text
    window_start = max(floor, lead_end - WINDOW)
    if text.find("that", window_start, lead_end) < 0:
        return None  # the pattern's "that" is missing (most sentences): it is not tried at every offset
    found = SOURCED_NOUN.search(text, window_start, lead_end)
    if found is None or CUE.search(found.group("gap")) or not re.search(r"\b[A-Z]", found.group("np")):
        return None
    attribution = finder.attribution(paragraph, *found.span("np"), None)
    return attribution if attribution.speaker is not None else None


def who_antecedent(finder: AntecedentResolver, paragraph: Paragraph, floor: int, lead_end: int) -> Attribution | None:
    """Rule 2: the person or role a "who" clause reporting the quotation stands for."""
    text = paragraph.text
    window_start = max(floor, lead_end - WINDOW)
    if text.find("who", window_start, lead_end) < 0:
        return None  # no "who" (most sentences): the pattern is not tried at every offset
    clause = WHO_CLAUSE.search(text, window_start, lead_end)
    if clause is None:
        return None
    gap = clause.group("gap")
    if CUE.search(gap) or len(THAT.findall(gap)) > 1:
        return None
    start = antecedent_start(text, floor, clause.start())
    if start is None:
        return None
    phrase = text[start:clause.start()]
    head = phrase.split()[-1]
    if not (is_role(phrase) or is_role(head) or head[:1].isupper() or phrase.split()[0].lower() in DETERMINERS):
        return None
    attribution = finder.attribution(paragraph, start, clause.start(), None)
    if head[:1].islower() and attribution.mention_end != paragraph.base + clause.start():
        return None  # "an Abraham Lincoln impersonator who promises": the name qualifies the head noun, it is not the speaker
    return attribution if attribution.speaker is not None and attribution.speaker_type in ("person", "role") else None


def what_subject(finder: AntecedentResolver, paragraph: Paragraph, floor: int, lead_end: int) -> Attribution | None:
    """Rule 3: the name or role that names the quoted words after "what"."""
    text = paragraph.text
    window_start = max(floor, lead_end - 120)
    if text.find("what", window_start, lead_end) < 0:
        return None  # no "what" (most sentences): the pattern is not tried at every offset
    clause = WHAT_CLAUSE.search(text, window_start, lead_end)
    if clause is None:
        return None
    words = clause.group("np").split()
    if any(word.lower() in NO_SOURCE_WORDS for word in words):
        return None
    if not (words[0][:1].isupper() or is_role(clause.group("np"))):
        return None
    attribution = finder.attribution(paragraph, *clause.span("np"), None)
    return attribution if attribution.speaker is not None and attribution.speaker_type in ("person", "role", "organisation") else None


def word_source(finder: AntecedentResolver, paragraph: Paragraph, start: int) -> tuple[Attribution, bool] | None:
    """The source a phrase of the quotation's sentence names for the quotation at ``start``, and whether it speaks
    in that phrase only (rules 1 and 2: the sentence around it has a subject of its own), or None."""
    floor = paragraph.floor_before(start)
    lead_end = max(start - 1, floor)
    if lead_end - floor < 8:
        return None
    embedded = sourced_noun(finder, paragraph, floor, lead_end) or who_antecedent(finder, paragraph, floor, lead_end)
    if embedded is not None:
        return embedded, True
    subject = what_subject(finder, paragraph, floor, lead_end)
    return (subject, False) if subject is not None else None
