"""The counted noun phrase after a number without a unit: "13,500 Russian soldiers", "two of Smith's aides".

Up to five words after the number, stopping at a stop word, a participle ("people
evacuated through") or the last plural noun; its head noun is the figure's unit and
the whole phrase its ``counted``.
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.figure import Figure
from transforms.figures.units import unit_at

# Up to five words after a number, stopping at punctuation: the counted noun phrase.
_PHRASE_RE: Final = re.compile(
    r"[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*)(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*)"
    r"(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*)(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*)"
    r"(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?)?)?)?"
)
_PHRASE_WORDS: Final = 5
_HYPHEN_NOUN_RE: Final = re.compile(r"-([a-z]+)\b")
_PARTITIVE_RE: Final = re.compile(
    r"[ \t\u00a0]of[ \t\u00a0]+(?:(?P<owner>[A-Z][A-Za-z]+['’]s)|(?:the|my|your|his|her|its|our|their|these|those))"
    r"(?=[ \t\u00a0]+[a-z])"
)
_OF_RE: Final = re.compile(r"\s+of(?:\s+(?:the|their|its|his|her|our))?(?=\s)")
# A fraction's whole may follow without "of" ("half the flats") or after "a" ("a third of a mile").
_FRACTION_OF_RE: Final = re.compile(r"\s+(?:of(?:\s+(?:the|their|its|his|her|our|an?))?|the)(?=\s)")


def _stops_phrase(word: str) -> bool:
    low = word.lower()
    return (
        low in lex.PHRASE_STOPWORDS or low in lex.SMALL_NUMBERS or low in lex.TENS
        or low in lex.SCALE_WORDS or (low.endswith("ly") and "-" not in low) or "'" in low or "’" in low
        or (word[0].isupper() and low in lex.CALENDAR_WORDS)
    )


def _is_participle(word: str) -> bool:
    low = word.lower()
    return low.endswith(("ed", "ing")) or low in lex.IRREGULAR_PARTICIPLES


def _is_superlative(word: str) -> bool:
    low = word.lower()
    return low in ("best", "worst") or len(low) > 5 and low.endswith("est")


def looks_plural(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) or low.endswith("men") or low in lex.UNMARKED_PLURALS


def read_counted_noun(text: str, figure: Figure) -> None:
    """The head noun of the phrase after the number: "13,500 Russian soldiers" -> soldiers."""
    pos = figure.number_end
    hyphen = text[pos:pos + 1] == "-" and _HYPHEN_NOUN_RE.match(text, pos)
    if hyphen:  # "four-cylinder", "a 5-year plan"
        word = hyphen.group(1)
        if not _stops_phrase(word):
            figure.unit = figure.counted = word
            figure.category, figure.unit_start, figure.unit_end = "count", hyphen.start(1), hyphen.end()
        return
    if figure.vague or figure.scale > 1 or figure.is_fraction():
        of = (_FRACTION_OF_RE if figure.is_fraction() else _OF_RE).match(text, pos)
        if of:
            pos = of.end()
            unit = unit_at(text, pos)
            if unit:
                figure.unit, figure.category, figure.has_unit = unit[0], unit[1], True
                figure.unit_start, figure.unit_end = unit[2], unit[3]
                return
    partitive = None
    if text[pos + 1:pos + 3] == "of" and not figure.vague and figure.scale == 1 and not figure.is_fraction():
        # "two of Johnson's deputies", "one of the players": the deputies, the players are counted
        partitive = _PARTITIVE_RE.match(text, pos)
        if partitive:
            pos = partitive.end()
    phrase = _PHRASE_RE.match(text, pos)
    if not phrase:
        return
    words = []  # (index of the regex group, word)
    for group in range(1, _PHRASE_WORDS + 1):
        word = phrase.group(group)
        if group == 1 and word in lex.COUNT_PREMODIFIERS and phrase.group(2) is not None:
            # "eight other employees", "three more models", "300 US shareholders" (the country, not the
            # pronoun): part of the counted phrase; alone ("40 more than") they count nothing and are dropped
            words.append((group, word))
            continue
        if word == "and" and words and _coordinates_modifiers(phrase, group, words):
            words.append((group, word))  # "40 Ford and Toyota trucks": both modify the counted noun
            continue
        if word is None or _stops_phrase(word):
            break
        if words and _is_participle(word) and not _modifies_after_premodifier(phrase, group, words):
            # "people evacuated through" ends the phrase; a gerund modifier ("public housing properties") does not.
            following = phrase.group(group + 1) if group < _PHRASE_WORDS else None
            if not (
                word.lower().endswith("ing") and following and looks_plural(following)
                and not _stops_phrase(following) and not _is_participle(following)
                and not any(looks_plural(earlier) for _, earlier in words)
            ):
                break
        words.append((group, word))
    while words and _is_participle(words[-1][1]):
        words.pop()
    if words and words[-1][1] in lex.COUNT_PREMODIFIERS:
        words.pop()
    if len(words) > 1 and (figure.value != 1 or partitive):
        # "8.5 bathrooms finish", "19 fouls proves": the head is the last plural noun.
        plurals = [index for index, (_, word) in enumerate(words) if looks_plural(word)]
        if plurals:
            del words[plurals[-1] + 1:]
    if partitive and words and (not looks_plural(words[-1][1]) or figure.value == 1 and _is_superlative(words[0][1])):
        return  # "two of the team" counts no team; "one of the best players" ranks, it does not count
    if len(words) > 1 and words[0][1] in ("other", "more") and figure.value != 1 and not looks_plural(words[-1][1]):
        return  # "two more top 20 hits", "14 more ready to": the phrase is cut before its noun
    if words:
        group, head = words[-1]
        first = 1 if words[0][1] == "more" and len(words) > 1 else 0  # "eight more picks" counts picks
        figure.unit_start, figure.unit_end = phrase.start(words[first][0]), phrase.end(group)
        measure = lex.UNITS.get(head.lower()) if len(words) > 1 and not partitive else None  # "two of the busiest months" counts
        if measure is not None and head.lower() not in lex.ATTACHED_ONLY_UNITS:
            figure.unit, figure.category = measure  # "517 rushing yards", "50 previous years"
            return
        if partitive and partitive.group("owner"):
            figure.unit_start = partitive.start("owner")
        figure.unit, figure.category = head.strip("-"), "count"
        figure.counted = text[figure.unit_start:figure.unit_end].rstrip("-")


def _coordinates_modifiers(phrase: re.Match, group: int, words: list[tuple[int, str]]) -> bool:
    """Whether "and" at ``group`` joins two modifiers of one plural head ("Ford and Toyota trucks").

    Not when a plural comes before it ("5 men and women": two counted nouns) or none after it.
    """
    if any(looks_plural(word) for _, word in words):
        return False
    for later in range(group + 1, _PHRASE_WORDS + 1):
        word = phrase.group(later)
        if word is None or _stops_phrase(word) or _is_participle(word):
            return False
        if looks_plural(word):
            return later > group + 1
    return False


def _modifies_after_premodifier(phrase: re.Match, group: int, words: list[tuple[int, str]]) -> bool:
    """A participle right after "other" or "more" that modifies a noun after it: "three other freed detainees"."""
    following = phrase.group(group + 1) if group < _PHRASE_WORDS else None
    return (
        len(words) == 1 and words[0][1] in lex.COUNT_PREMODIFIERS and following is not None
        and not _stops_phrase(following) and not _is_participle(following)
    )
