"""Numeric figures in paragraphs: counts, money, percentages, distances, durations, ages.

A rule grammar over compiled ``re`` patterns. Each paragraph is scanned for number
cores (digits, number words, vague plurals, with currency and scale); each core is
filtered (dates, years, clock times, ordinals, labels such as "Day 25"), given its
unit or counted noun, joined to a neighbour into a range, and given its qualifier,
direction and predicate from the words around it. Offsets are code points, so
``document_text[start_char:end_char] == text``.
"""

import re
from typing import Final

import polars as pl

from transforms import frames
from transforms import number_words as lex
from transforms.word_trie import first_letter_branches

_ONES: Final = "|".join(sorted(lex.SMALL_NUMBERS, key=len, reverse=True))
_TENS: Final = "|".join(lex.TENS)
_SCALES: Final = "|".join(lex.SCALE_WORDS)
_UNDER_HUNDRED: Final = rf"(?:(?:{_TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:{_ONES})\b)"
_WORD_NUMBER: Final = (
    rf"{_UNDER_HUNDRED}(?:\s+(?:and\s+a\s+half\s+)?(?:{_SCALES})\b(?:\s+(?:and\s+)?{_UNDER_HUNDRED}(?=\s+(?:{_SCALES})\b|(?!\s+(?:{_SCALES}))))?)*"
    rf"|(?:a|an|half\s+a|a\s+half)\s+(?:{_SCALES})\b(?:\s+(?:{_SCALES})\b)*"
)
_VAGUE: Final = (
    r"(?:tens|dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"(?:\s+of\s+(?:thousands|millions|billions))?"
    r"|(?:several|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)\b"
)
_FRACTION_WORDS: Final = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}
_FRACTION: Final = (
    r"(?:a|one|two|three|four|five|six|seven|eight|nine)[- ](?:half|third|thirds|quarter|quarters|fourth|fourths|"
    r"fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths)\b(?=\s+(?:of|the)\b)"
    r"|half(?=\s+(?:of|the)\s)"
)
_SCALE_ABBREVIATION: Final = r"(?:bn|tn|mn|mln|mil|k|m|b)(?![A-Za-z])"

NUMBER_RE: Final = re.compile(
    rf"(?<![\w.,:/'’])(?P<currency>{lex.CURRENCY_PREFIX})?"
    r"(?P<sign>[-+−](?=[\d.])|(?i:minus)[- ]?)?"
    r"(?:(?P<fraction_digits>[1-9]\d?\s?[/⁄]\s?[1-9]\d{0,2})(?![\d/⁄])"
    r"|(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?![\d,]\d)(?:\s?[×x]\s?10\^?(?P<power>[-−]?\d{1,3}))?"
    rf"|(?P<vague>\b(?i:{_VAGUE})\b)"
    rf"|(?P<fraction>\b(?i:{_FRACTION}))"
    rf"|(?P<words>\b(?i:{_WORD_NUMBER})))"
    rf"(?P<scale>(?:\s?(?i:hundred|thousand|million|billion|trillion)\b)+|(?i:{_SCALE_ABBREVIATION})"
    r"|\s(?:B|M|bn)(?=\s+[a-z]))?"
    # The token after the number, read ahead for the unit lexicon (as ``_UNIT_TOKEN_RE``):
    # one regex call per number instead of two.
    r"(?=(?:(?P<gap>[ \t\u00a0]?-?[ \t\u00a0]?)(?P<w1>[^\s\d()\[\]\"“]+))?)"
)


# Where a number core can start, matched on the lower-cased text. Every alternative
# starts with a literal, so the offsets to try are found for a batch at once (see
# ``_START_LITERALS``); a word found inside a longer word ("often") is dropped by the caller.
_START_WORDS: Final = [*lex.SMALL_NUMBERS, *lex.TENS, *lex.VAGUE_PLURALS, "several", "half"]
_SCALE_AFTER_ARTICLE: Final = "dozen|hundred|thousand|million|billion|trillion|half|third|quarter|fourth|fifth|sixth|eighth|tenth|few"
_CURRENCY_SYMBOLS: Final = "$£€¥₹₴₽₪"
_DIGIT_START_ALTERNATIVES: Final = (
    [re.escape(symbol) for symbol in _CURRENCY_SYMBOLS]
    + [re.escape(sign) + r"(?=\.?\d)" for sign in "-+−"]
    + [digit + r"[\d,.]*" for digit in "0123456789"]
    + [r"\.\d[\d,.]*"]
)
_START_RE: Final = re.compile("|".join(
    [branch + r"(?![a-z])" for branch in first_letter_branches(_START_WORDS)]
    + [rf"an?(?=\s+(?:{_SCALE_AFTER_ARTICLE})\b)", r"minus(?=[- ]?\d)"]
    + _DIGIT_START_ALTERNATIVES
))
# The same without the words, for paragraphs that have no number word (found for a
# whole batch at once by ``NUMBER_WORD_PATTERN``): no lower-cased copy, fewer branches.
_DIGIT_START_RE: Final = re.compile("|".join(_DIGIT_START_ALTERNATIVES))
NUMBER_WORD_PATTERN: Final = "(?i)(?:^|[^a-z])(?:" + "|".join([*_START_WORDS, *_SCALE_AFTER_ARTICLE.split("|"), "minus"]) + ")"
# Where ``_START_RE`` can match, found for a whole batch in Rust (``_number_start_offsets``):
# literals that begin its alternatives (a word's shortest form: "six" stands for "sixty"),
# looked up by Aho-Corasick, ignoring ASCII case. Under 64 literals, the search stays on
# its SIMD path. Signs and articles are found from the literal after them (``_start_positions``).
_START_LITERAL_WORDS: Final = {*_START_WORDS, *_SCALE_AFTER_ARTICLE.split("|"), "minus"}
_START_LITERALS: Final = [
    *_CURRENCY_SYMBOLS, *"0123456789",
    *sorted(word for word in _START_LITERAL_WORDS if not any(word != other and word.startswith(other) for other in _START_LITERAL_WORDS)),
]
# Where the literals cannot stand for the start regex: digits beyond ASCII (a sign's
# lookahead reads them) and "İ", whose lower case is two code points. There every offset is tried.
_TRY_EVERY_OFFSET_PATTERN: Final = r"[\d--0-9]|\u0130"
# A currency written in letters just before a "$" or the digits: "US$", "HK $", "PS8", "RM 3".
_LETTER_CURRENCY_BEFORE_RE: Final = re.compile(
    r"(?<![A-Za-z])(?:US|U\.S\.|AU|NZ|HK|CA|C|S|R|A|PS|RM|Y=|Rs\.?|USD|EUR|GBP|JPY|AUD|CAD|CNY|RMB|INR|SGD|HKD)\s?$"
)
# Cheap paragraph filter: digits or number words anywhere. "(?:^|\W)" is the word boundary
# before a word: spelled out, Rust's regex keeps its fast automaton on non-ASCII text
# (a Unicode "\b" makes it fall back to a slow engine there: 30x on PolNeAR).
CANDIDATE_PATTERN: Final = (
    r"(?i)\d|(?:^|\W)(?:" + "|".join(list(lex.SMALL_NUMBERS) + list(lex.TENS))
    + r"|dozens?|hundreds?|thousands?|millions?|billions?|half|third|quarter)"
)

# Up to three tokens after a number, looked up in the unit lexicon (longest first).
_UNIT_TOKEN_RE: Final = re.compile(r"(?P<gap>[ \t\u00a0]?-?[ \t\u00a0]?)(?P<w1>[^\s\d()\[\]\"“]+)")
_UNIT_MORE_TOKENS_RE: Final = re.compile(r"(?:[ \t\u00a0]+(?P<w2>[^\s\d]+))?(?:[ \t\u00a0]+(?P<w3>[^\s\d]+))?")
_TRAILING_PUNCTUATION: Final = ".,;:!?)]\"'’”"
_UNIT_PHRASE_STARTS: Final = {surface.split()[0] for surface in lex.UNITS if " " in surface}
_AGE_RE: Final = re.compile(r"(?i)(?:\s|-)*(?P<unit>year|month|week|day)s?(?:\s|-)+olds?\b")
_RATE_RE: Final = re.compile(
    r"(?i)(?:\s*(?:per|/)\s*(?P<per>(?:square\s+)?[a-z]+)|\s+(?:an?|each)[\s-]+(?P<a>hour|day|week|month|year|"
    r"share|barrel|gallon|gram|ounce|night|minute|second|kilogram|kilo|pound|tonne|ton|litre|liter|"
    r"head|person|piece|game))\b(?!\s+(?:earlier|ago|before|later|after|prior|on|from)\b)"
)
# Up to five words after a number, stopping at punctuation: the counted noun phrase.
_PHRASE_RE: Final = re.compile(
    r"[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*)(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*)"
    r"(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*)(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*)"
    r"(?:[ \t\u00a0]+([A-Za-z][A-Za-z'’\-]*))?)?)?)?"
)
_PHRASE_WORDS: Final = 5
_AGE_UNIT_INITIALS: Final = set("ymwdYMWD")
_RATE_INITIALS: Final = set("pPaAeE/")
_HYPHEN_NOUN_RE: Final = re.compile(r"-([a-z]+)\b")
_SCALED_NOUN_AFTER_RE: Final = re.compile(
    r"\s?of\b|\s(?!(?:hurdles|freestyle|backstroke|breaststroke|butterfly|relays?|sprints?|races?|dash|finals?|"
    r"medley|titles?|champions?|championships?|gold|silver|bronze|records?|runs?|swims?|steeplechase|events?|"
    r"mark|long|high|wide|deep|tall|away|from|in|on|at|to|and|or|by|for)\b)[a-z]"
)
_PARTITIVE_RE: Final = re.compile(
    r"[ \t\u00a0]of[ \t\u00a0]+(?:(?P<owner>[A-Z][A-Za-z]+['’]s)|(?:the|my|your|his|her|its|our|their|these|those))"
    r"(?=[ \t\u00a0]+[a-z])"
)
_BRACKETED_RE: Final = re.compile(r" \([^()\n]{1,30}\)")
_OF_RE: Final = re.compile(r"\s+of(?:\s+(?:the|their|its|his|her|our))?(?=\s)")
# A fraction's whole may follow without "of" ("half the flats") or after "a" ("a third of a mile").
_FRACTION_OF_RE: Final = re.compile(r"\s+(?:of(?:\s+(?:the|their|its|his|her|our|an?))?|the)(?=\s)")
_SENTENCE_END_RE: Final = re.compile(r"[.!?]\s*$")
_LETTERS_BEFORE_RE: Final = re.compile(r"[A-Za-z]+$")
_WORD_SPLIT_RE: Final = re.compile(r"[\s-]+")
_FRACTION_SLASH_RE: Final = re.compile(r"\s?[/⁄]\s?")
_MONTH_BEFORE_RE: Final = re.compile(rf"\b{lex.MONTHS}\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–]|and|to)\s*)?$")
_MONTH_AFTER_RE: Final = re.compile(rf"(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{lex.MONTHS}(?![a-z])")
_CLOCK_AFTER_RE: Final = re.compile(
    r"\s?(?:[ap]\.m\.|[AaPp][Mm]\b|o['’]clock\b|GMT\b|[AP]ST\b|[ECMP][SD]T\b|BST\b|UTC\b|local time\b)"
    r"|[:/]\d|(?:st|nd|rd|th)\b|\s?(?:A\.D\.|AD\b|B\.C\.|BC\b|BCE\b|CE\b)"
)
_ERA_BEFORE_RE: Final = re.compile(r"(?:A\.D\.|\bAD)\s*$")
_AGE_OF_BEFORE_RE: Final = re.compile(r"(?i)(?<![a-z])age\s+of\s+$")
_NAME_AGE_RE: Final = re.compile(r"[A-Z][a-z]+,\s$")
_BARE_AGE_VERBS: Final = {"turns", "turned", "turning", "turn", "be"}
_PERSON_WILL_BE_RE: Final = re.compile(
    r"(?i)(?<![a-z])(?:he|she|i|you|we|they)\s+(?:will|would|could|might|may|shall|should|must|won['’]t|wouldn['’]t)"
    r"(?:\s+(?:soon|then|only|just|still|already|not))?\s+be\s+$|(?i:he|she|i|you|we|they)['’]ll\s+be\s+$"
)
_QUALIFIER_OF_CUE: Final = {cue.lower(): name for name, cues in lex.QUALIFIER_CUES.items() for cue in cues}
_LONGEST_CUE: Final = max(len(cue.split()) for cue in _QUALIFIER_OF_CUE)
_OPENING_PUNCTUATION: Final = "([{\"“'‘"
_QUALIFIER_AFTER_RE: Final = re.compile(r"(?i)\s+or\s+(?P<at_least>more|above)\b|\s+or\s+(?P<approx>so)\b|(?P<more_than>\+|-plus\b)")
_RANGE_OPENER_RE: Final = re.compile(r"(?i)\b(?P<cue>between|from)\s+$")
_DIRECTION_VERB_RE: Final = re.compile(rf"(?i)(?P<up>{lex.UP_VERBS})|(?P<down>{lex.DOWN_VERBS})")
_LETTERS_RE: Final = re.compile(r"(?i)[a-z]+")
_RANGE_JOINER_RE: Final = re.compile(r"(?i)\s*(?:(?P<to>to|through)|(?P<dash>[-–—])|(?P<and>and)|(?P<or>or))\s*")
_APPOSITION_RE: Final = re.compile(r",?\s+or\s+|\s*[(/]\s*")
_LONGEST_JOINER: Final = 16  # " through " with generous spacing: gaps longer than this join nothing
# After "from", up to four words before "to" ("from $120 at noon on Friday to $95").
_FROM_GAP_RE: Final = re.compile(r"(?i)(?:\s+[^\s,;:!?]+){0,4}?\s+(?:up\s+)?to\s+")
_LONGEST_FROM_GAP: Final = 40
_PREDICATE_RE: Final = re.compile(
    r"(?i)(?:,?\s+(?:who|that|which))?"
    r"(?P<aux>\s+(?:(?:have|has|had)\s+(?:now\s+|also\s+|already\s+)?been|were|was|are|is|"
    r"(?:will|would|could|may|might|had|have|has)(?:\s+be)?|being|got|get))?"
    r"(?:\s+(?:reportedly|also|now|already|been|all|since|allegedly|still))*\s+(?P<verb>[a-z]+)\b"
)
_NOT_PREDICATES: Final = {
    "compared", "based", "according", "adjusted", "excluding", "including", "listed",
    "priced", "valued", "estimated", "expected", "related", "dated", "aged", "ended",
    "combined", "used", "needed", "required", "planned", "scheduled",
}
_ONE_NOT_COUNT_BEFORE_RE: Final = re.compile(
    r"(?i)\b(?:no|the|this|that|any|every|each|which|someone|anyone|everyone|another|such|"
    r"little|big|new|right|wrong|last|first|next|same)\s+$"
)
_HALF_NOT_COUNT_BEFORE_RE: Final = re.compile(r"(?i)\b(?:the|first|second|other|latter|back|front|a|one)\s+$")
_ONE_NOT_COUNT_AFTER_RE: Final = re.compile(
    r"(?i)\s+of\b|\s+(?:another|other|thing|day|way|time|point|side|more|after|or\s+two|"
    r"or\s+more|by\s+one)\b|-(?!year|month|week|day)"
)
# "one to three weeks": a bare "one" that opens a range is a figure.
_ONE_OPENS_RANGE_RE: Final = re.compile(r"(?i)\s+(?:to|[-–])\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d)\b")
_LABEL_PREFIXES: Final = {"sub", "now", "pre", "post", "over", "under", "mid", "minus", "almost", "nearly"}
_CALENDAR_WORDS: Final = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar.", "apr", "apr.", "jun",
    "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov",
    "nov.", "dec", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
_YEAR_MIN: Final = 1800
_YEAR_MAX: Final = 2099
_CAPITALISED_CUES: Final = {w.lower() for cues in lex.QUALIFIER_CUES.values() for cue in cues for w in cue.split()}
# Last words of the qualifier cues and direction verbs: a cheap gate before the regexes.
_QUALIFIER_LAST_WORDS: Final = {cue.split()[-1].lower() for cues in lex.QUALIFIER_CUES.values() for cue in cues}
_CLOCK_INITIALS: Final = set("apAPoGBUECMlsnrt:/")
_MONTH_INITIAL_RE: Final = re.compile("[JFMASOND]")
_MONTH_AFTER_INITIALS: Final = set("JFMASONDstnrao-–")  # after a space, or the ordinal or range word


def _qualifier_before(text: str, figure: "_Figure") -> tuple[str, int] | None:
    """The qualifier cue ending just before the figure ("more than", "some", "~"): (qualifier, cue start)."""
    pos = figure.start
    if _word_before(text, figure) not in _QUALIFIER_LAST_WORDS:
        return None
    window_start = max(0, pos - 30)
    words = text[window_start:pos].split()
    if window_start and words and not text[window_start - 1].isspace() and not text[window_start].isspace():
        del words[0]  # the window cut it in two
    for count in range(min(_LONGEST_CUE, len(words)), 0, -1):
        first = words[-count]
        bare = first.lstrip(_OPENING_PUNCTUATION)
        cue = " ".join([bare, *words[len(words) - count + 1:]]).lower()
        if cue in _QUALIFIER_OF_CUE:
            cue_start = pos
            for word in reversed(words[-count:]):
                cue_start = text.rfind(word, window_start, cue_start)
            return _QUALIFIER_OF_CUE[cue], cue_start + len(first) - len(bare)
    return None


def _direction_before(text: str, pos: int) -> str | None:
    """ "up" or "down" from the verb before ``pos``: "rose 5%", "fell sharply by 3 points", "cut to 2%"."""
    words = text[max(0, pos - 40):pos].split()
    if pos > 40 and words and not text[pos - 41].isspace():
        del words[0]  # the window cut it in two
    if not words:
        return None
    last = words[-1].lower()
    if last == "to":
        verbs = words[-2:-1]
    elif last == "by":
        verbs = []  # the verb, then up to two plain words ("rose sharply by"), nearest first
        for word in reversed(words[-4:-1]):
            verbs.append(word)
            if not _LETTERS_RE.fullmatch(word):
                break
    else:
        verbs = [words[-1]]
    for verb in verbs:
        direction = _direction_of(verb.lstrip(_OPENING_PUNCTUATION))
        if direction and not (last == "to" and verb.lower() == "up"):  # "up to 400" is a bound
            return direction
    return None


_DIRECTION_OF_WORD: Final[dict[str, str | None]] = {}


def _direction_of(word: str) -> str | None:
    """ "up", "down" or None for one word, memoised: the same verbs come back in every paragraph."""
    if word not in _DIRECTION_OF_WORD:
        if len(_DIRECTION_OF_WORD) > 50_000:
            _DIRECTION_OF_WORD.clear()
        found = _DIRECTION_VERB_RE.fullmatch(word)
        _DIRECTION_OF_WORD[word] = found.lastgroup if found else None
    return _DIRECTION_OF_WORD[word]


def _word_before(text: str, figure: "_Figure") -> str:
    """``_previous_word`` at the figure's start, computed once per start."""
    start = figure.start
    word = figure.word_before
    if word is None or figure.word_before_at != start:
        word = _previous_word(text, start)
        figure.word_before_at, figure.word_before = start, word
    return word


def _previous_word(text: str, pos: int) -> str:
    """The word (or symbol) just before ``pos``, lower-cased; "" at the start."""
    head = text[max(0, pos - 40):pos].rstrip()
    if not head:
        return ""
    token = head.rsplit(None, 1)[-1]
    if token.isalpha():
        return token.lower()
    begin = len(token)
    while begin > 0 and (token[begin - 1].isalpha() or token[begin - 1] == "."):
        begin -= 1
    return token[begin:].lower() if begin < len(token) else token[-1]


class _Figure:
    """A figure while it is being assembled; offsets are paragraph-local."""

    __slots__ = (
        "start", "end", "number_start", "number_end", "unit_start", "unit_end", "value", "low", "high",
        "scale", "currency", "sign", "vague", "is_word", "year_like", "has_unit",
        "qualifier", "direction", "unit", "category", "predicate", "opener", "counted", "word_before",
        "word_before_at",
    )

    def __init__(self, start: int, end: int, sign: str | None, is_word: bool):
        self.start: int = start
        self.number_start: int = start
        self.end: int = end
        self.number_end: int = end
        self.unit_start: int | None = None
        self.unit_end: int | None = None
        self.value: float | None = None
        self.low: float | None = None
        self.high: float | None = None
        self.scale: float = 1.0
        self.currency: str | None = None
        self.sign: str | None = sign
        self.vague: bool = False
        self.year_like: bool = False
        self.has_unit: bool = False
        self.is_word: bool = is_word
        self.qualifier: str | None = None
        self.direction: str | None = None
        self.unit: str | None = None
        self.category: str | None = None
        self.predicate: str | None = None
        self.counted: str | None = None  # the whole counted noun phrase ("public housing properties"), for counts
        self.opener: str | None = None  # "between" or "from" before a range
        self.word_before: str | None = None  # the word before the figure, see _word_before
        self.word_before_at: int | None = None  # where that word starts

    def is_fraction(self) -> bool:
        return self.value is not None and 0 < abs(self.value) < 1


def _word_number_value(phrase: str) -> float:
    """Value of "three million", "twenty-one", "two dozen", "half a million", "a dozen"."""
    tokens = _WORD_SPLIT_RE.split(phrase.lower())
    if tokens[0] == "half":
        return _word_number_value(" ".join(tokens[1:])) / 2
    total = current = 0.0
    for token in tokens:
        if token in lex.SMALL_NUMBERS:
            current += lex.SMALL_NUMBERS[token]
        elif token in lex.TENS:
            current += lex.TENS[token]
        elif token in ("a", "an"):
            current = current or 1.0
        elif token == "half":  # "two and a half million"
            current += 0.5
        elif token in lex.SCALE_WORDS:
            current = (current or 1.0) * lex.SCALE_WORDS[token]
            if lex.SCALE_WORDS[token] >= 1000:
                total, current = total + current, 0.0
    return total + current


def _trailing_scale(phrase: str) -> float:
    """The scale a word number ends with: "five thousand" -> 1e3, "forty-two" -> 1."""
    scale = 1.0
    for token in reversed(_WORD_SPLIT_RE.split(phrase.lower())):
        if token not in lex.SCALE_WORDS:
            break
        scale *= lex.SCALE_WORDS[token]
    return scale


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` starts a sentence (or the paragraph)."""
    return pos == 0 or _SENTENCE_END_RE.search(text, max(0, pos - 4), pos) is not None


def _vague_bounds(phrase: str) -> tuple[float, float]:
    """Order-of-magnitude bounds: "dozens" 12..120, "hundreds of thousands" 1e5..1e6."""
    words = phrase.lower().split()
    if words[0] in ("several", "a"):
        scale = lex.SCALE_WORDS[words[-1]]
        return 2 * scale, 10 * scale
    low = lex.VAGUE_PLURALS[words[0]]
    if len(words) == 3:
        low *= lex.VAGUE_PLURALS[words[2]]
    return low, low * 10


def _fraction_value(phrase: str) -> float:
    words = _WORD_SPLIT_RE.split(phrase.lower())
    if len(words) == 1:
        return 0.5
    numerator = 1 if words[0] == "a" else lex.SMALL_NUMBERS[words[0]]
    return numerator / _FRACTION_WORDS[words[1]]


def _scale_value(scale: str | None) -> float:
    if not scale:
        return 1.0
    value = 1.0
    for token in scale.lower().split():
        value *= lex.SCALE_WORDS.get(token) or lex.SCALE_ABBREVIATIONS[token]
    return value


def _stops_phrase(word: str) -> bool:
    low = word.lower()
    return (
        low in lex.PHRASE_STOPWORDS or low in lex.SMALL_NUMBERS or low in lex.TENS
        or low in lex.SCALE_WORDS or (low.endswith("ly") and "-" not in low) or "'" in low or "’" in low
        or (word[0].isupper() and low in _CALENDAR_WORDS)
    )


def _is_participle(word: str) -> bool:
    low = word.lower()
    return low.endswith(("ed", "ing")) or low in lex.IRREGULAR_PARTICIPLES


def _is_superlative(word: str) -> bool:
    low = word.lower()
    return low in ("best", "worst") or len(low) > 5 and low.endswith("est")


def _looks_plural(word: str) -> bool:
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) or low.endswith("men") or low in lex.UNMARKED_PLURALS


def _singular_unit(name: str) -> str:
    """ "barrels" -> "barrel", "square feet" -> "square foot", for the denominator of a rate."""
    words = name.split()
    last = words[-1]
    if last in ("feet", "inches"):
        last = {"feet": "foot", "inches": "inch"}[last]
    elif last.endswith("s") and not last.endswith(("ss", "us", "Celsius")) and last != "hertz":
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def _set_unit(figure: _Figure, name: str, category: str, end: int) -> None:
    figure.unit, figure.category, figure.has_unit = name, category, True
    figure.end = figure.unit_end = end


def _unit_at(text: str, pos: int, token: re.Match[str] | None = None) -> tuple[str, str, int, int] | None:
    """The measurement unit or currency word right after ``pos``: (name, category, start, end).

    ``token`` is a match that already read the token at ``pos`` (groups "gap" and "w1").
    """
    if token is None:
        token = _UNIT_TOKEN_RE.match(text, pos)
        if not token:
            return None
    gap, first = token.group("gap", "w1")
    if first is None:
        return None
    first_start = token.start("w1")
    key = (first, not gap)
    if key in _UNIT_OF_TOKEN:
        found = _UNIT_OF_TOKEN[key]
        return found and (found[0], found[1], first_start, first_start + found[2])
    first_bare = first.rstrip(_TRAILING_PUNCTUATION) or first
    if first_bare.lower() not in _UNIT_PHRASE_STARTS:
        if len(_UNIT_OF_TOKEN) > 50_000:
            _UNIT_OF_TOKEN.clear()
        unit = _unit_of_words(token, [first], [first_start])
        _UNIT_OF_TOKEN[key] = unit and (unit[0], unit[1], unit[3] - first_start)
        return unit
    more = _UNIT_MORE_TOKENS_RE.match(text, token.end("w1"))
    assert more is not None  # every group is optional
    words, starts = [first], [first_start]
    for name in ("w2", "w3"):
        if more.group(name):
            words.append(more.group(name))
            starts.append(more.start(name))
    return _unit_of_words(token, words, starts)


# One token after a number -> its unit as (name, category, length) or None, memoised:
# the same few hundred words follow numbers everywhere.
_UNIT_OF_TOKEN: Final[dict[tuple[str, bool], tuple[str, str, int] | None]] = {}


def _unit_of_words(token: re.Match[str], words: list[str], starts: list[int]) -> tuple[str, str, int, int] | None:
    """The longest unit that ``words`` (after a number, at ``starts``) begin with."""
    gap, first = token.group("gap", "w1")
    first_start = starts[0]
    first_bare = first.rstrip(_TRAILING_PUNCTUATION) or first
    if first_bare in lex.CASED_UNITS and (len(first) == len(first_bare) or first[len(first_bare)] not in "-'’"):
        return (*lex.CASED_UNITS[first_bare], first_start, first_start + len(first_bare))
    attached = not gap
    for count in range(len(words), 0, -1):
        if count > 1 and words[count - 2][-1:] in _TRAILING_PUNCTUATION.replace(".", ""):
            continue
        last = words[count - 1]
        for candidate in (last, last.rstrip(_TRAILING_PUNCTUATION)):
            if not candidate:
                continue
            surface = " ".join(words[:count - 1] + [candidate]).lower()
            found = lex.UNITS.get(surface)
            if found is None and count == 1 and attached:
                found = lex.ATTACHED_ONLY_UNITS.get(surface)
            elif found is not None and count == 1 and surface in lex.ATTACHED_ONLY_UNITS and not attached:
                found = None
            if found is not None:
                return (*found, first_start, starts[count - 1] + len(candidate))
    head, hyphen, _ = first_bare.partition("-")
    if hyphen and head.lower() in lex.UNITS and head.lower() not in lex.ATTACHED_ONLY_UNITS:
        return (*lex.UNITS[head.lower()], first_start, first_start + len(head))  # "43.4 percent-owned"
    return None


def _read_unit(text: str, figure: _Figure, token: re.Match[str] | None = None) -> None:
    """Attach an age, a measurement unit, a currency, a rate or the counted noun.

    ``token``: the number's match, when it read ahead the token after the number.
    """
    pos = figure.number_end
    age = text[pos + 1:pos + 2] in _AGE_UNIT_INITIALS and _AGE_RE.match(text, pos)
    if age:
        _set_unit(figure, age.group("unit").lower() + "s", "age", age.end())
        return
    unit = _unit_at(text, pos, token)
    if figure.currency:
        figure.unit, figure.category, figure.has_unit = figure.currency, "money", True
        if unit and unit[1] == "money":
            figure.end = unit[3]
    elif unit:
        name, category, start, end = unit
        _set_unit(figure, name, category, end)
        figure.unit_start = start
    if figure.has_unit:
        rate_at = figure.end
        if text[rate_at:rate_at + 2] == " (" and figure.category != "age":
            # "C$6 (US$4.46) per share", "9 billion shekels ($2.4 billion) a year": the rate
            # after a bracketed conversion is the rate of both; the span stays the figure's.
            closing = _BRACKETED_RE.match(text, rate_at)
            rate_at = closing.end() if closing else rate_at
        rate = text[rate_at:rate_at + 4].lstrip()[:1] in _RATE_INITIALS and _RATE_RE.match(text, rate_at)
        if rate and figure.category != "age":
            per_unit = _unit_at(text, rate.start("per")) if rate.group("per") else None
            if per_unit:
                figure.unit = f"{figure.unit} per {_singular_unit(per_unit[0])}"
                if rate_at == figure.end:
                    figure.end = per_unit[3]
            else:
                per = (rate.group("per") or rate.group("a")).lower()
                if per not in lex.PHRASE_STOPWORDS:
                    figure.unit = f"{figure.unit} per {per}"
                    if rate_at == figure.end:
                        figure.end = rate.end()
        figure.unit_end = figure.end
        return
    _read_counted_noun(text, figure)


def _read_counted_noun(text: str, figure: _Figure) -> None:
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
            unit = _unit_at(text, pos)
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
        if group == 1 and word in ("other", "US") and phrase.group(2) is not None:
            # "eight other employees", "300 US shareholders" (the country, not the pronoun): part of the counted phrase
            words.append((group, word))
            continue
        if word == "and" and words and _coordinates_modifiers(phrase, group, words):
            words.append((group, word))  # "40 Ford and Toyota trucks": both modify the counted noun
            continue
        if word is None or _stops_phrase(word):
            break
        if words and _is_participle(word):
            # "people evacuated through" ends the phrase; a gerund modifier ("public housing properties") does not.
            following = phrase.group(group + 1) if group < _PHRASE_WORDS else None
            if not (
                word.lower().endswith("ing") and following and _looks_plural(following)
                and not _stops_phrase(following) and not _is_participle(following)
                and not any(_looks_plural(earlier) for _, earlier in words)
            ):
                break
        words.append((group, word))
    while words and _is_participle(words[-1][1]):
        words.pop()
    if words and words[-1][1] in ("other", "US"):
        words.pop()
    if len(words) > 1 and (figure.value != 1 or partitive):
        # "8.5 bathrooms finish", "19 fouls proves": the head is the last plural noun.
        plurals = [index for index, (_, word) in enumerate(words) if _looks_plural(word)]
        if plurals:
            del words[plurals[-1] + 1:]
    if partitive and words and (not _looks_plural(words[-1][1]) or figure.value == 1 and _is_superlative(words[0][1])):
        return  # "two of the team" counts no team; "one of the best players" ranks, it does not count
    if words:
        group, head = words[-1]
        figure.unit_start, figure.unit_end = phrase.start(words[0][0]), phrase.end(group)
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
    if any(_looks_plural(word) for _, word in words):
        return False
    for later in range(group + 1, _PHRASE_WORDS + 1):
        word = phrase.group(later)
        if word is None or _stops_phrase(word) or _is_participle(word):
            return False
        if _looks_plural(word):
            return later > group + 1
    return False


def _read_predicate(text: str, figure: _Figure) -> None:
    """The participle saying what happened to a count: "7,295 people were evacuated"."""
    match = _PREDICATE_RE.match(text, figure.unit_end or figure.end)
    if not match:
        return
    verb = match.group("verb").lower()
    if verb in _NOT_PREDICATES:
        return
    if verb.endswith("ed") or verb in lex.IRREGULAR_PARTICIPLES or (
        match.group("aux") and verb.endswith(("en", "wn"))
    ):
        figure.predicate = verb


def _label_word_before(text: str, pos: int) -> tuple[int, str]:
    """The token right before ``pos`` (one space allowed) that could name a number: "Day", "S&P", "#"."""
    end = pos - 1 if pos and text[pos - 1] == " " else pos
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "&.-_#"):
        begin -= 1
    word = text[begin:end]
    if not word or not (word[0].isalpha() or word == "#") or (begin > 0 and text[begin - 1] not in " \t\n([\"“/"):
        return begin, ""
    return begin, word


def _is_label(text: str, figure: _Figure) -> bool:
    """A number naming something ("Day 25", "Section 427", "S-300", "(4)") rather than counting it."""
    start = figure.number_start
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        prefix = _LETTERS_BEFORE_RE.search(text, max(0, start - 12), start - 1)
        return prefix is not None and prefix.group().lower() not in _LABEL_PREFIXES
    if figure.currency or figure.has_unit:
        return False
    unit = figure.unit
    if figure.category == "count" and unit is not None and unit.lower() in lex.ADDRESS_WORDS and unit[0].isupper():
        return True
    if text[start - 1:start] == "(" and text[figure.number_end:figure.number_end + 1] == ")":
        return True
    word_start, word = _label_word_before(text, start)
    if not word:
        return False
    low = word.lower()
    if low in lex.LABEL_WORDS:
        return True
    return (
        word[0].isupper() and low not in lex.PHRASE_STOPWORDS and low not in _CAPITALISED_CUES
        and low not in ("us", "u.s.", "uk", "eu") and low not in _CALENDAR_WORDS
        and word_start > 0 and not _sentence_start(text, word_start)
    )


def _is_date_or_time(text: str, figure: _Figure, digits: str) -> bool:
    """Calendar dates, clock times, ordinals, eras, "09"-style codes; marks four-digit years."""
    start, end = figure.number_start, figure.number_end
    following = text[end:end + 1]
    if following.isspace():
        following = text[end + 1:end + 2]
    if following in _CLOCK_INITIALS and _CLOCK_AFTER_RE.match(text, end) or text[start - 1:start] in (":", "/"):
        return True
    if "A" in text[max(0, start - 6):start] and _ERA_BEFORE_RE.search(text, max(0, start - 6), start):
        return True
    plain = "," not in digits and "." not in digits
    if not plain:
        return False
    if len(digits) > 1 and digits[0] == "0":
        return True
    value = int(digits)
    if value <= 31 and (
        _MONTH_INITIAL_RE.search(text, max(0, start - 16), start) and _MONTH_BEFORE_RE.search(text, max(0, start - 16), start)
        or following in _MONTH_AFTER_INITIALS and _MONTH_AFTER_RE.match(text, end)
    ):
        return True
    if len(digits) == 2 and text[start - 1:start] in ("'", "’"):
        return True
    figure.year_like = len(digits) == 4 and _YEAR_MIN <= value <= _YEAR_MAX and figure.scale == 1
    return False


def _core(text: str, match: re.Match[str]) -> _Figure | None:
    """A figure from one NUMBER_RE match, or None when the number is not a quantity."""
    # One call for every group (in pattern order) instead of one call per group.
    currency, sign, fraction_digits, digits, power, vague, fraction, words, scale, _, _ = match.groups()
    figure = _Figure(match.start(), match.end(), sign, words is not None)
    if currency:
        figure.currency = lex.CURRENCY_SYMBOLS.get("".join(currency.split()).lower())
    if digits is not None:
        if scale in ("m", "b") and not currency and not _SCALED_NOUN_AFTER_RE.match(text, match.end()):
            scale = None  # "100m champion" is a distance; "35m devices", "2m of" are scaled
            figure.end = figure.number_end = match.end("digits")
        if scale:
            figure.scale = _scale_value(scale)
            figure.value = float(digits.replace(",", "")) * figure.scale
        else:
            figure.value = float(digits.replace(",", "") if "," in digits else digits)
        if power:  # "1.99×10−30"
            figure.value *= 10.0 ** int(power.replace("−", "-"))
        if not currency and not sign and _is_date_or_time(text, figure, digits):
            return None
    elif vague is not None:
        figure.vague = True
        figure.low, figure.high = _vague_bounds(vague)
    elif fraction is not None:
        if fraction.lower() == "half" and _HALF_NOT_COUNT_BEFORE_RE.search(text, max(0, match.start() - 10), match.start()):
            return None  # "the second half of"
        figure.value = _fraction_value(fraction)
        figure.is_word = True
    elif fraction_digits is not None:
        numerator, denominator = (int(part) for part in _FRACTION_SLASH_RE.split(fraction_digits))
        if numerator >= denominator:
            return None  # "9/11", "24/7"
        figure.value = numerator / denominator
    else:
        figure.scale = _scale_value(scale) * _trailing_scale(words)
        figure.value = _word_number_value(words) * _scale_value(scale)
    if sign and figure.value is not None and (sign[0] in "-−" or sign.lower().startswith("minus")):
        figure.value = -figure.value
    return figure


def _start_positions(lowered: str, number_words: bool, offsets: list[int] | None) -> list[int]:
    """Where ``finditer`` of the start regex matches ``lowered``, trying it only near ``offsets``.

    ``offsets`` (ascending) holds every offset where a literal of ``_START_LITERALS``
    begins, or is None to try every offset. The starts that no literal shows sit just
    before one: the sign or point of "-5", ".5", "-.5", the article of "a million".
    """
    pattern = _START_RE if number_words else _DIGIT_START_RE
    positions = []
    end = 0  # where the last match ended: finditer looks on from there
    for offset in offsets if offsets is not None else range(len(lowered)):
        if offset < end:
            continue
        lead = offset
        if lowered[offset].isdigit():
            while lead and lowered[lead - 1] in "-+−.":
                lead -= 1
        elif number_words:
            gap = offset
            while gap and lowered[gap - 1].isspace():
                gap -= 1
            if gap < offset and lowered[gap - 1:gap] in ("a", "n"):
                lead = gap - 1 if lowered[gap - 1] == "a" else gap - 2
        for position in range(max(lead, end), offset + 1):
            found = pattern.match(lowered, position) if position >= end else None
            if found:
                positions.append(position)
                end = found.end()
    return positions


def _scan(text: str, number_words: bool, start_offsets: list[int] | None) -> list[_Figure]:
    """All single figures in one paragraph, before ranges are joined."""
    figures = []
    lowered = text.lower() if number_words else text
    offsets = _code_point_offsets(text, sorted(start_offsets)) if start_offsets is not None else None
    covered = 0
    for start in _start_positions(lowered, number_words, offsets):
        position = start
        if position < covered or (position and lowered[position - 1].isalpha() and lowered[position].isalpha()):
            continue
        before = text[position - 2:position] if position >= 2 else text[:position]
        if before and before.rstrip()[-1:] in lex.CURRENCY_LETTER_ENDINGS and (text[position] == "$" or text[position].isdigit()):
            prefix = _LETTER_CURRENCY_BEFORE_RE.search(text, max(covered, position - 5), position)
            if prefix:
                position = prefix.start()
        match = NUMBER_RE.match(text, position)
        if not match and position != start:
            match = NUMBER_RE.match(text, start)
        if not match:
            continue
        covered = match.end()
        figure = _core(text, match)
        if figure is None:
            continue
        _read_unit(text, figure, match if figure.number_end == match.end() else None)
        is_one = figure.is_word and (match.group("words") or "").lower() == "one"
        if figure.end < len(text) and text[figure.end].isalpha() and not figure.has_unit and figure.unit is None:
            continue  # "5G", "737MAX", "3s": part of a name
        if (
            figure.is_word and figure.number_start > 0 and text[figure.number_start].isupper()
            and not _sentence_start(text, figure.number_start) and text[max(0, figure.number_start - 3):figure.number_start].rstrip()[-1:] != ":"
        ):
            continue  # "the Six Nations", "BBC One": part of a name
        if is_one and (
            figure.unit is None and not _ONE_OPENS_RANGE_RE.match(text, figure.number_end)
            or _ONE_NOT_COUNT_BEFORE_RE.search(text, max(0, figure.start - 15), figure.start)
            or _ONE_NOT_COUNT_AFTER_RE.match(text, figure.number_end) and not _counts_a_part(text, figure)
        ):
            continue
        if _is_label(text, figure):
            continue
        if figure.category is None:
            figure.category = "other"
        if figure.category in ("other", "count", "duration") and _follows_age_word(text, figure):
            figure.unit, figure.category = figure.unit if figure.category == "duration" else "years", "age"
        elif (
            text[figure.end:figure.end + 1] == "," and figure.category == "other" and not figure.is_word
            and figure.value is not None and 0 < figure.value < 120
            and _NAME_AGE_RE.search(text, max(0, figure.start - 20), figure.start)
        ):
            figure.unit, figure.category = "years", "age"
        figures.append(figure)
    return figures


def _counts_a_part(text: str, figure: _Figure) -> bool:
    """ "one of the players": a count read through "of" (see ``_read_counted_noun``)."""
    return figure.category == "count" and text[figure.number_end + 1:figure.number_end + 3] == "of"


def _follows_age_word(text: str, figure: _Figure) -> bool:
    """ "aged 35", "ages 5 to 11", "the age of 5 years": an age, stated as a bare number or in years.

    A bare whole number after "turns" or after a person "will be" ("He will be 35 by
    the end of the year") is an age too.
    """
    word = _word_before(text, figure)
    if word == "of":
        return _AGE_OF_BEFORE_RE.search(text, max(0, figure.start - 10), figure.start) is not None
    if word in ("aged", "ages", "age"):
        return figure.category != "duration"
    if word in _BARE_AGE_VERBS and figure.category == "other" and figure.unit is None and _is_bare_age(figure):
        return word != "be" or _PERSON_WILL_BE_RE.search(text, max(0, figure.start - 30), figure.start) is not None
    return False


def _is_bare_age(figure: _Figure) -> bool:
    value = figure.value
    return value is not None and not figure.is_word and value == int(value) and 0 < value < 120 and figure.scale == 1


def _joinable(text: str, first: _Figure, second: _Figure) -> str | None:
    """How two figures join into one range ("to", "dash", "and", "or"), or None when they do not.

    "252 to 287 miles"; after "from", the first end may carry words of its own before
    "to" ("from $120 at noon to $95", "from 6 goals last season to 9"), and a bare
    second end takes the first end's unit ("from 240 pounds to 205").
    """
    if first.vague or second.vague or first.value is None or second.value is None:
        return None
    gap_start = first.number_end if first.category == "count" else first.end
    gap = second.start - gap_start
    joiner = _RANGE_JOINER_RE.fullmatch(text, gap_start, second.start) if gap <= _LONGEST_JOINER else None
    word_before = _word_before(text, first)
    opener = word_before in ("from", "between")
    if joiner is not None:
        kind = joiner.lastgroup
    elif word_before == "from" and gap <= _LONGEST_FROM_GAP and _FROM_GAP_RE.fullmatch(text, gap_start, second.start):
        kind = "to"
    else:
        return None
    same_unit = first.currency == second.currency and (
        first.unit == second.unit or bool(second.unit and first.unit and second.unit.startswith(first.unit + " per "))
    )
    bare_second = opener and second.unit is None and second.currency is None and kind != "dash"
    if not (same_unit or bare_second or (not first.has_unit and first.category != "count")):
        return None
    if kind == "and" and not opener:
        return None
    if kind == "to" and first.has_unit and word_before == "by":
        return None  # "increased by $43.6 billion to $419.2 billion": a change, then a level
    if kind == "or" and (second.currency or first.has_unit or not second.has_unit):
        return None
    return kind


def _join_ranges(text: str, figures: list[_Figure]) -> list[_Figure]:
    """Join "between 20 and 30", "252 to 287 miles", "5-10W", "$62 and $68" into one range."""
    joined = []
    index = 0
    while index < len(figures):
        first = figures[index]
        second = figures[index + 1] if index + 1 < len(figures) else None
        joiner = _joinable(text, first, second) if second is not None else None
        if (
            joiner is None and second is not None and second.year_like and not second.has_unit
            and index + 2 < len(figures) and _word_before(text, first) == "from"
        ):
            # "from 4 tonnes in 2019 to 6 tonnes in 2021": the year between the ends is dropped
            joiner = _joinable(text, first, figures[index + 2])
            if joiner is not None:
                index += 1
                second = figures[index + 1]
        if joiner is None or second is None:
            if not first.year_like or first.has_unit or _qualifier_before(text, first):
                joined.append(first)
            index += 1
            continue
        index += 2
        assert second is not None  # a joiner needs a second figure, and both values (see _joinable)
        if joiner == "dash" and not first.has_unit and not second.has_unit:
            continue  # "2-0", "45-6 demolition", "16-18 Industrial Avenue": a score or a label
        if first.year_like and not _qualifier_before(text, first):
            if not second.year_like or second.has_unit:
                joined.append(second)  # "in 2008 to 29 mpg": the year goes, the figure stays
            continue  # "between 1600 and 1900", "2014-15"
        if second.unit is None and second.currency is None and first.unit is not None:
            second.unit, second.category, second.counted = first.unit, first.category, first.counted
            second.currency, second.has_unit = first.currency, first.has_unit
            second.unit_start, second.unit_end = first.unit_start, first.unit_end
        low, high = first.value or 0.0, second.value or 0.0
        if first.scale == 1 and second.scale > 1 and low < high / second.scale:
            low *= second.scale  # "between 3 and 4 million", "$10 to $15 billion"
        opener = _RANGE_OPENER_RE.search(text, max(0, first.start - 10), first.start)
        second.start = opener.start("cue") if opener else first.start
        second.opener = opener.group("cue").lower() if opener else None
        second.low, second.high = min(low, high), max(low, high)
        second.value = None
        second.qualifier = "range"
        joined.append(second)
    return joined


def _qualify(text: str, figure: _Figure, previous: _Figure | None) -> None:
    """Qualifier and direction from the words just before (and after) the figure."""
    check_direction = figure.opener != "between"  # "increase between 5% and 6%" states a range, not the change
    if figure.qualifier == "range":
        qualifier = figure.opener is None and _qualifier_before(text, figure)
        if qualifier and qualifier[0] == "approx":
            figure.start = qualifier[1]  # "about 2000 - 2500 Calories": the span keeps the approximator
    else:
        qualifier = _qualifier_before(text, figure)
        following = not qualifier and text[figure.end:figure.end + 1]
        after = following and (
            following in "+-" or following == " " and (text[figure.end + 1:figure.end + 3].lower() == "or" or text[figure.end + 1:figure.end + 2].isspace())
        ) and _QUALIFIER_AFTER_RE.match(text, figure.end)
        if qualifier:
            figure.qualifier, figure.start = qualifier
        elif figure.start >= 4 and text[figure.start - 1] == "-" and text[figure.start - 4:figure.start].lower() == "sub-":
            figure.qualifier, figure.start = "less_than", figure.start - 4  # "sub-300 sq m office space"
        elif after:
            figure.qualifier = after.lastgroup
            if after.lastgroup == "more_than":
                figure.end = after.end()
        else:
            figure.qualifier = "vague" if figure.vague else "exact"
    # Only a direction verb, "to" or "by" just before the figure can give it a direction:
    # the cached word before gates the 40-character window split.
    before = check_direction and _word_before(text, figure)
    direction = before and (before in ("to", "by") or _direction_of(before)) and _direction_before(text, figure.start)
    if direction:
        figure.direction = direction
    elif figure.sign and figure.sign.strip() == "+":
        figure.direction = "up"
    elif figure.sign and figure.sign.strip() in ("-", "−") and figure.category == "percent":
        figure.direction = "down"
    elif (
        previous is not None and figure.start - max(previous.end, previous.unit_end or 0) <= _LONGEST_JOINER
        and _APPOSITION_RE.fullmatch(text, max(previous.end, previous.unit_end or 0), figure.start)
    ):
        # "lost 190 points, or 0.6%", "more than 100 kilometers (60 miles)": same change, restated.
        # A bound holds for the bracketed conversion too; a hedge ("some five miles (8 km)")
        # is on the figure as written, and its conversion is stated as computed.
        figure.direction = previous.direction
        if (
            figure.qualifier == "exact" and previous.qualifier != "approx"
            and text[previous.end:figure.start].strip() in ("(", "/")
        ):
            figure.qualifier = previous.qualifier
    if figure.qualifier in ("range", "vague"):
        return
    value = figure.value
    if figure.qualifier in ("more_than", "at_least"):
        figure.low, figure.high = value, None
    elif figure.qualifier in ("less_than", "up_to"):
        figure.low, figure.high = None, value
    else:
        figure.low = figure.high = value


_COORDINATION_RE: Final = re.compile(r"-?,?\s*(?:,|or|and|to|nor|(?:out\s+)?of(?:\s+the)?)?\s*")
_INDEX_CONTEXT_RE: Final = re.compile(r"(?i)\bindex\b|\bpoints\b")
_TWO_DECIMALS_RE: Final = re.compile(r"\d\.\d\d")
_ELLIPSIS_GAP_RE: Final = re.compile(
    r"[^.;:!?]{0,20}\b(?:and|while|but|whereas|including|compared\s+with|from|against|versus)\b[^.;:!?]{0,15}"
)


def _share_units(text: str, figures: list[_Figure]) -> None:
    """Give a bare number the unit its neighbour states once for both.

    "7- or 8-inch", "eight or nine euros", "30 million of the 90 million euros": the unit
    written after the second number; "435 homes by open sale and 187 by tender", "5.1 million
    units, up from 4.2 million": the counted noun of the first.
    """
    for index, figure in enumerate(figures):
        if figure.unit is not None or figure.value is None or figure.is_fraction():
            continue  # "half of the $20bn" is no amount of dollars
        following = figures[index + 1] if index + 1 < len(figures) else None
        if following is not None and following.unit and _COORDINATION_RE.fullmatch(text, figure.number_end, following.number_start):
            figure.unit, figure.category, figure.counted = following.unit, following.category, following.counted
            continue
        previous = figures[index - 1] if index else None
        if (
            previous is not None and previous.unit and previous.category in ("count", "money")
            and _ELLIPSIS_GAP_RE.fullmatch(text, max(previous.end, previous.unit_end or 0), figure.start)
        ):
            figure.unit, figure.category, figure.counted = previous.unit, previous.category, previous.counted


def _mark_index_levels(text: str, figures: list[_Figure]) -> None:
    """Bare levels with two decimals ("to 4,577.10") where the paragraph talks of an index or points."""
    levels = [
        figure for figure in figures
        if figure.unit is None and figure.value is not None and figure.value >= 100
        and _TWO_DECIMALS_RE.fullmatch(text, figure.number_end - 4, figure.number_end)
    ]
    if levels and _INDEX_CONTEXT_RE.search(text):
        for figure in levels:
            figure.unit, figure.category = "points", "other"


def _number_start_offsets(text: pl.Expr) -> pl.Expr:
    """UTF-8 byte offsets where a number can start in each text (see ``_START_LITERALS``), or null."""
    return (
        pl.when(text.str.contains(_TRY_EVERY_OFFSET_PATTERN))
        .then(None)
        .otherwise(text.str.find_many(_START_LITERALS, ascii_case_insensitive=True, overlapping=True))
    )


def _code_point_offsets(text: str, byte_offsets: list[int]) -> list[int]:
    """The code point offsets of ascending UTF-8 byte offsets into ``text``."""
    if text.isascii():
        return byte_offsets
    encoded = text.encode()
    offsets = []
    code_points = previous = 0
    for byte_offset in byte_offsets:
        code_points += len(encoded[previous:byte_offset].decode())
        previous = byte_offset
        offsets.append(code_points)
    return offsets


def _figures(text: str, number_words: bool, start_offsets: list[int] | None) -> list[_Figure]:
    """The finished figures of one paragraph (paragraph-local offsets).

    ``number_words=False`` promises that the text has no match of ``NUMBER_WORD_PATTERN``;
    ``start_offsets`` are its byte offsets from ``_number_start_offsets``.
    """
    found = _join_ranges(text, _scan(text, number_words, start_offsets))
    _share_units(text, found)
    _mark_index_levels(text, found)
    previous = None
    for figure in found:
        _qualify(text, figure, previous)
        if figure.category == "count":
            _read_predicate(text, figure)
        previous = figure
    return found


def figures_in_text(text: str) -> list[dict]:
    """Figures of one paragraph as dicts with paragraph-local offsets (``local_start``, ``local_end``)."""
    return [
        {
            "local_start": figure.start, "local_end": figure.end, "text": text[figure.start:figure.end],
            "value": figure.value, "value_low": figure.low, "value_high": figure.high,
            "qualifier": figure.qualifier, "direction": figure.direction, "unit": figure.unit,
            "category": figure.category, "predicate": figure.predicate,
            "unit_start": figure.unit_start, "unit_end": figure.unit_end if figure.unit_start is not None else None,
            "counted": figure.counted if figure.category == "count" else None,
        }
        for figure in _figures(text, True, pl.select(_number_start_offsets(pl.lit(text))).to_series().to_list()[0])
    ]


def extract_figures(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Figures of every non-boilerplate paragraph, with document offsets.

    ``unit_start``/``unit_end`` are the document offsets of the unit or counted noun
    phrase; ``counted`` is that phrase for counts ("public housing properties").
    """
    candidates = paragraphs.filter(
        ~pl.col("is_boilerplate") & pl.col("text").str.contains(CANDIDATE_PATTERN)
    ).select(
        "paragraph_id", "article_id", "document_id", "start_char", "text",
        number_words=pl.col("text").str.contains(NUMBER_WORD_PATTERN),
        start_offsets=_number_start_offsets(pl.col("text")),
    )
    rows = []
    for paragraph_id, article_id, document_id, start_char, text, number_words, offsets in candidates.iter_rows():
        for figure in _figures(text, number_words, offsets):
            has_span = figure.unit_start is not None
            rows.append((
                f"{paragraph_id}-f{figure.start}", document_id, article_id, paragraph_id,
                start_char + figure.start, start_char + figure.end, text[figure.start:figure.end],
                figure.value, figure.low, figure.high, figure.qualifier, figure.direction,
                figure.unit, figure.category, figure.predicate,
                start_char + figure.unit_start if has_span else None,
                start_char + figure.unit_end if has_span else None,
                figure.counted if figure.category == "count" else None,
            ))
    if not rows:
        return frames.empty(frames.FIGURES)
    return pl.DataFrame(dict(zip(frames.FIGURES, map(list, zip(*rows)))), schema=frames.FIGURES)
