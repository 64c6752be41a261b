"""A short noun phrase in quotation marks after an article, in a clause that reports no one: the writer's distancing
quote of a term, no one's words.

"Trump became the first candidate to purchase a “promoted trend” on Twitter", "gave Fiat a “put option”", "equal
access to the “local loop”": ``extract`` asks this (``set_off_by_writer``) of a quotation whose speaker is only a guess (no reporting clause,
no "according to", no agent), or after "other" of one whose reporting clause stands before it ("…,” says the
narrator, going on to detail a series of other “gifts.”": ``follows_other``), and makes it ``scare`` when no later
quotation of its sentence names a speaker.
It matches, in this order:

1. the quoted words are a term (``classify.is_term``; a comma or a full stop inside the closing mark, US style, is
   punctuation of the sentence: “gifts.”) that opens with no word of degree or superlative ("less painful", "warmest
   congratulations", "greatest": someone's judgement) and is no lone word qualifying the noun after it ("monumental"
   production costs: ``term_modifiers`` leaves those to the speaker too);
2. an article or "other" stands right before the opening mark ("a", "an", "the", "other", "another"); a
   possessive ("his “warmest congratulations”") ties the words to their owner, who may be saying them;
3. the article follows no "as" ("heralded the deal as a “breakthrough”", "casting him as an “honorable choice”": a
   characterisation is someone's), but for "as well as";
4. the clause before it, back to the sentence's start or the last comma, holds no verb of speech, judgement,
   naming or thought and no noun for someone's words (``SAYING_WORDS``): "his call for a “pause”", "condemned the
   “complete irresponsibility”" keep their speaker; nor does a reporting clause close its sentence ("… operating a
   “vote-rigging factory”, an Election Court has heard"), nor the sentence before it hold a reporting cue ("…, a
   spokesman said. The aim was to provide a “medium range” of penalties" goes on with the spokesman's words).
"""

import re
from typing import Final

from transforms.quotes.classify import is_term
from transforms.quotes.lexicon import (
    CUE_SET, DEGREE_WORDS, EXPRESSION_VERBS, FINDING_VERBS, JUDGED_FOR_VERBS, LEAD_STANCE_VERBS, OWNING_VERBS, RELATIVE_SPEECH_VERBS,
    SAYING_EXTRA_WORDS, SPEECH_NOUNS,
)

# An article or "other" right before the opening mark, and the word before it.
ARTICLE_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?:\b(?P<previous>[\w’'\-]+)\s+)?\b(?P<article>a|an|the|other|another)\s+[“\"]$", re.IGNORECASE)
# Relative pronouns: a quotation holding one is a clause, no term ("the “polluter who pays”").
RELATIVE_WORDS: Final[frozenset[str]] = frozenset({"who", "which", "whom", "whose"})
# Where a sentence before the quotation ends.
SENTENCE_END: Final[re.Pattern[str]] = re.compile(r"[.!?][”\"’']?\s+(?=[“\"‘']?[A-Z])")
WORD: Final[re.Pattern[str]] = re.compile(r"[A-Za-z][\w’'\-]*")
# Words that make the clause someone's speech, judgement or thought.
SAYING_WORDS: Final[frozenset[str]] = (
    CUE_SET | OWNING_VERBS | JUDGED_FOR_VERBS | RELATIVE_SPEECH_VERBS | EXPRESSION_VERBS | LEAD_STANCE_VERBS | frozenset(FINDING_VERBS)
    | frozenset(SPEECH_NOUNS.split()) | SAYING_EXTRA_WORDS
)
# How far back the clause before the quotation is read.
CLAUSE_REACH: Final[int] = 200
# A word right after the closing mark, past a space: what a lone quoted word qualifies.
WORD_AFTER: Final[re.Pattern[str]] = re.compile(r"[”\"’']\s[^\s,.;:!?)—–-]")


def set_off_by_writer(text: str, start: int, end: int, unreported: bool, cue_before: bool) -> bool:
    """A direct quotation is a term the writer sets off: its speaker only guessed and no report around it
    (``unreported``), or "other" right before it after a reporting clause earlier in its sentence (``cue_before``),
    and its words read as a term (``is_distancing_term``)."""
    return (unreported or cue_before and follows_other(text, start)) and is_distancing_term(text, start, end)


def is_distancing_term(text: str, start: int, end: int) -> bool:
    """The quotation ``text[start:end]`` is a term set off by the writer (rules 1-4 above)."""
    quoted = text[start:end].rstrip(".,")
    if not is_term(quoted):
        return False
    words = WORD.findall(quoted)
    first = words[0].lower() if words else ""
    if not first or first in DEGREE_WORDS or first.endswith("est") and len(first) > 5 or any(word.lower() in RELATIVE_WORDS for word in words):
        return False
    if len(words) == 1 and text[end - 1] not in ".," and WORD_AFTER.match(text, end):
        return False  # a lone word qualifying what follows it: the “full” £7.4m, a “lyin'” Ted Cruz
    article = ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if article is None or (article.group("previous") or "").lower() == "as" and not text.endswith("as well as ", 0, article.start("article")):
        return False
    reach = max(0, start - CLAUSE_REACH)
    clause_start = max(text.rfind(mark, reach, article.start()) for mark in (". ", ", ", "; ", ": ", "? ", "! ", "\n", "—", " - "))
    clause = text[max(clause_start, reach):article.start("article")]
    if any(word.lower() in SAYING_WORDS for word in WORD.findall(clause)):
        return False
    return not reports_before(text, article.start()) and not reports_after(text, end)


def reports_after(text: str, end: int) -> bool:
    """A reporting clause closes the quotation's sentence, its verb last: "… operating a “vote-rigging factory”, an
    Election Court has heard." reports the court's words."""
    if text[end - 1:end] in ".!?":
        return False  # the quotation closes its sentence
    stop = SENTENCE_END.search(text, end, end + CLAUSE_REACH)
    words = WORD.findall(text, end, stop.start() if stop else end + CLAUSE_REACH)
    return bool(words) and words[-1].lower() in SAYING_WORDS


# "other" right before the opening mark, not in "each other" or "one another".
OTHER_BEFORE: Final[re.Pattern[str]] = re.compile(r"(?<!\beach\s)(?<!\bone\s)\bother\s+[“\"]$", re.IGNORECASE)


def follows_other(text: str, start: int) -> bool:
    """"other" stands right before the quotation ("a series of other “gifts.”"): the writer sets the word off as
    the speaker's label for more of the same, even in a sentence whose reporting clause, before it, names a speaker."""
    return OTHER_BEFORE.search(text, max(0, start - 12), start) is not None


def reports_before(text: str, position: int) -> bool:
    """The sentence before the one ``position`` is in holds a reporting cue: "…, a spokesman said. The aim was to
    provide a “medium range” of penalties" goes on reporting the spokesman's words."""
    ends = [found.end() for found in SENTENCE_END.finditer(text, max(0, position - 2 * CLAUSE_REACH), position)]
    if not ends:
        return False
    before = text[ends[-2] if len(ends) > 1 else max(0, position - 2 * CLAUSE_REACH):ends[-1]]
    return any(word in CUE_SET for word in WORD.findall(before))
