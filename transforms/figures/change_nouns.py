"""Direction of a change that no verb just before the figure states.

Three shapes, read by ``qualifiers.qualify`` only when nothing closer gave a direction:

1. The change named by a noun: after the amount ("a 5% rise", "£4bn tax cuts", "£35bn of
   cuts", "£50bn in spending cuts", "a 50-point fall") or before it with "of" or "at" ("a rise of
   60%", "cuts of £35bn", "growth at 8.1%"). Only for money, percentages and points: after a count the noun is
   what is counted ("1,000 job cuts"). A word between the amount and the noun must be a
   singular modifier ("tax", "pay"): after a plural ("5% of prices rise") the noun is a verb,
   after a comparative ("a 19% greater drop") the amount compares two changes.
2. A verb of change with its object before "by" ("cutting costs by $1bn", "reduced Nissan's
   overheads by 20%", "raise interest rates by 0.25%", "cutting output by another 10,000 cars"):
   up to eight words back from "by", within the clause and before any auxiliary ("lost laptops
   has leapt by 71%"). ``cues.direction_before`` reads only up to three plain words.
   With "to" instead of "by", the figure is the level the change ends at: "cut GM's holding to 10%",
   "halve its stake to between 3% and 5%", "a fall in the rate of inflation to 2.3%"; after a
   determiner only a noun of change or a gerund is the change ("a lowering of the age to 16", not
   "the speed of the lifts translates to 38mph"). Not after "up", "compared", "close" and the like
   before "to" (``change_lex.BEFORE_TO_NO_OBJECT``), nor for an age ("lost his place to 18-year-old X") or a
   compound modifier ("boost markets to nine-month highs").
   A direction verb before the rate of the change has the same role: "rose at an annual rate of
   2.4%" (for money, percentages and points).
3. A level with the level it moved from after it, any category: "54 million people, up from 34
   million", "unemployment was 6.1%, down from 6.4%", "77m euros (£53m), up from 38m"; the level
   moved from takes no direction.
4. A level a change sets as a record: "slid to a record $1.3666", "rose to a fresh high of 52".
5. A level with the change that led to it after "after" or "following": "stands at £163,748 after a 0.8%
   rise", "was 5.1%, following a fall of 0.2 points" (``level_direction``); not a time ("in the three months
   after a rate rise").

Word lists live in ``lexicon`` (``UP_NOUNS``, ``DOWN_NOUNS``, ``OBJECT_UP_VERBS``, ``OBJECT_DOWN_VERBS``).
"""

import re
from typing import Final

import transforms.figures.change_lexicon as change_lex
import transforms.figures.lexicon as lex
from transforms.figures.cues import direction_of
from transforms.figures.figure import Figure, word_before

_NOUNS: Final = "|".join(sorted(lex.UP_NOUNS | lex.DOWN_NOUNS, key=len, reverse=True))
# After the amount: "of"/"in" and up to two modifier words, then the noun, not a phrasal verb's
# particle or a compound after it ("fall short", "drop out", "cut-off"). "1% of growth" is a share
# of the growth, not a change ("£35bn of cuts" is).
_NOUN_AFTER_RE: Final = re.compile(
    rf"(?:\s+(?P<linker>of|in))?(?P<modifiers>(?:\s+[a-z]+){{0,2}}?)\s+(?P<noun>{_NOUNS})(?![\w-])"
    r"(?!\s+(?:short|out|off|behind|through|apart|back|away)\b)"
)
_NOUN_BEFORE_OF_RE: Final = re.compile(rf"(?i)\b(?P<noun>{_NOUNS})\s+(?:of|at)\s+$")  # "growth at 8.1%" too
# A direction verb, then the rate it moved at: "rose at an annual rate of 2.4%", "grew at a rate of 3%".
_VERB_AT_RATE_RE: Final = re.compile(r"(?i)\b(?P<verb>[a-z]+)\s+at\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?rate\s+of\s+$")
# A level, then the level it moved from: "54 million people, up from 34 million", "6.1%, down from 6.4%".
# A bracketed conversion may come between: "77m euros (£53m; $100m), up from 38m".
_LEVEL_BEFORE_FROM_RE: Final = re.compile(
    r"(?:[ \u00a0]?\([^()]{1,40}\))?,?\s+(?:(?P<up>up)|(?P<down>down))\s+from\s+[^\s\d]{0,2}\d"
)
# A level, then the change that led to it: "£163,748 after a 0.8% rise", "5.1%, following a fall of 0.2 points".
_LEVEL_AFTER_CHANGE_RE: Final = re.compile(
    rf",?\s+(?:after|following)\s+an?\s+(?:[^\s\d]{{0,2}}\d[\d.,]*(?:%|\s+per\s?cent)?\s+|(?:[a-z]+\s+)?)(?P<noun>{_NOUNS})\b(?![\w-])"
)
# A direction verb, "to" and a record the level sets: "slid to a record $1.3666", "rose to a fresh high of 52".
_RECORD_LEVEL_RE: Final = re.compile(
    rf"(?i)\b(?P<verb>[a-z]+)\s+to\s+an?\s+(?:(?:{'|'.join(sorted(change_lex.RECORD_WORDS))})\s+)+"
    rf"(?:(?:{'|'.join(sorted(change_lex.RECORD_NOUNS))})\s+(?:of\s+)?)?$"
)
_WORDS_BACK_FROM_BY: Final = 8
_BY_ANOTHER_RE: Final = re.compile(r"\bby\s+(?:a\s+|an\s+)?[a-z]+\s+$")  # "by another 10,000", "by a further 2%"
_CLAUSE_END: Final = ",;:.!?()\"“”"
_CATEGORIES: Final = frozenset(("money", "percent"))
# Reading back from "by", an auxiliary ends the search: the verb of "by" came after it.
_AUXILIARIES: Final = frozenset((
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "may",
    "might", "must", "can", "did", "does", "do",
))


def _measured(figure: Figure) -> bool:
    return figure.category in _CATEGORIES or figure.unit == "points"


def _direction_of_noun(noun: str) -> str:
    return "up" if noun.lower() in lex.UP_NOUNS else "down"


def noun_direction(text: str, figure: Figure) -> str | None:
    """ "up" or "down" from a noun of change after the amount ("a 5% rise") or before it ("a rise of 5%")."""
    if not _measured(figure):
        return None
    after = _NOUN_AFTER_RE.match(text, max(figure.end, figure.unit_end or 0))
    if after is not None and not (after.group("linker") and after.group("noun") == "growth") and not any(
        word in lex.PHRASE_STOPWORDS or word in lex.COMPARATIVES or word.endswith("s") for word in after.group("modifiers").split()
    ):
        return _direction_of_noun(after.group("noun"))
    linker = word_before(text, figure)
    if linker in ("of", "at"):
        before = _NOUN_BEFORE_OF_RE.search(text, max(0, figure.start - 20), figure.start)
        if before is not None:
            return _direction_of_noun(before.group("noun"))
    if linker == "of":
        rate = _VERB_AT_RATE_RE.search(text, max(0, figure.start - 60), figure.start)
        if rate is not None:
            return direction_of(rate.group("verb"))
    return None


def level_direction(text: str, figure: Figure) -> str | None:
    """ "up" or "down" for a level followed by the level it moved from: "54 million, up from 34 million"."""
    end = max(figure.end, figure.unit_end or 0)
    following = _LEVEL_BEFORE_FROM_RE.match(text, end)
    if following is not None:
        return following.lastgroup
    if figure.category in ("duration", "age") or text[end:end + 8].lstrip(", ")[:1] not in ("a", "f"):
        return None  # "in the three months after a rate increase": a time, not a level
    change = _LEVEL_AFTER_CHANGE_RE.match(text, end)
    return _direction_of_noun(change.group("noun")) if change is not None else None


def record_direction(text: str, figure: Figure) -> str | None:
    """ "up" or "down" for a level a change sets as a record: "slid to a record $1.3666"."""
    if word_before(text, figure) not in change_lex.RECORD_WORDS | change_lex.RECORD_NOUNS | {"of"}:
        return None
    record = _RECORD_LEVEL_RE.search(text, max(0, figure.start - 60), figure.start)
    return direction_of(record.group("verb")) if record is not None else None


def object_verb_direction(text: str, figure: Figure) -> str | None:
    """ "up" or "down" from a verb of change before the object that "by" or "to" and the figure follow.

    "cut costs by $1bn" states the change, "cut GM's holding to 10%" the level it ends at.
    """
    before = word_before(text, figure)
    further = before in lex.ADDED_AMOUNT_WORDS and _BY_ANOTHER_RE.search(text, max(0, figure.start - 20), figure.start)
    if before not in ("by", "to") and not further:
        return None
    linker = "to" if before == "to" else "by"
    if linker == "to" and (figure.category == "age" or text[figure.number_end:figure.number_end + 1] == "-"):
        return None  # "lost his place to 18-year-old Aiden": the rival; "boost markets to nine-month highs": a modifier
    linker_at = text.rfind(linker, max(0, figure.start - 20), figure.start)
    words = text[max(0, linker_at - 120):linker_at].split()[-_WORDS_BACK_FROM_BY:]
    if linker == "to" and (not words or words[-1].lower() in change_lex.BEFORE_TO_NO_OBJECT):
        return None  # "up to 30", "compared to 5%", "close to 40%": no object of a verb before "to"
    for back in range(len(words) - 1, -1, -1):
        word = words[back]
        if word[-1] in _CLAUSE_END or any(character.isdigit() for character in word):
            return None  # another clause, or another figure, before the verb
        bare = word.strip(_CLAUSE_END).lower()
        if bare in lex.CLAUSE_LINKS or bare in _AUXILIARIES or bare == linker:
            return None  # "the numbers of lost laptops has leapt by 71%": "lost" is not the verb of "by"
        if linker == "to" and back and words[back - 1].lower() in lex.THING_DETERMINERS:
            # after a determiner, a noun: one of change ("a fall in profits to £1bn", "a lowering of the age
            # to 16"), else read on ("the speed of the lifts translates to 38mph")
            if bare in lex.UP_NOUNS or bare in lex.DOWN_NOUNS:
                return _direction_of_noun(bare)
            if not bare.endswith("ing"):
                continue
        direction = direction_of(bare) if bare != "by" else None
        if direction is None:
            direction = "up" if bare in lex.OBJECT_UP_VERBS else "down" if bare in lex.OBJECT_DOWN_VERBS else None
        if direction is not None:
            return direction
    return None

