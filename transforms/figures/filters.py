"""Numbers that are no quantity: dates, clock times, years, ordinals, labels, stages, parts of names, an idiomatic "one".

Dates and times are dropped as the core is read; a four-digit year is only marked
(``year_like``: 1800 to 2099, or older after a preposition of time, "founded in 1360")
and dropped when no range, unit or count claims it (see ``ranges``). Labels ("Day 25",
"S&P 500", "(4)", a link of "4-4-2", "5-1A"), places in a chart or a ranking ("entered the chart at four"), stages of a competition ("the last eight") and name parts ("5G", "the Six Nations", "Doom 3",
"Fathers 4 Justice", "Maroon 5's", "50 Cent") are dropped once the unit is known, as is a "one"
that counts nothing ("no one", "one of the players", "not one bit", "one can", "in one case", an unnamed
source "said one trader", ``unnamed_sources``) and a
number word in an idiom ("one or two", "a year or two", "next to zero", "knocked for six", "a two-way
street"). Clock times ("at 12.30") and versions ("2.6.11") are dropped with the dates; "dating from 1695" is a year.
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.counted import looks_plural
from transforms.figures.figure import Figure, previous_word, sentence_start, word_before
from transforms.figures.units import unit_at
from transforms.figures.unnamed_sources import is_unnamed_source

_LETTERS_BEFORE_RE: Final = re.compile(r"[A-Za-z]+$")
_MONTH_BEFORE_RE: Final = re.compile(rf"\b{lex.MONTHS}\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:[-–]|and|to|or)\s*)?$")
_MONTH_AFTER_RE: Final = re.compile(rf"(?:st|nd|rd|th)?(?:\s*(?:-|–|to|and|or)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?:of\s+)?{lex.MONTHS}(?![a-z])")
CLOCK_AFTER_RE: Final = re.compile(
    r"\s?(?:[ap]\.m\.|[AaPp][Mm]\b|o['’]clock\b|GMT\b|[AP]ST\b|[ECMP][SD]T\b|BST\b|UTC\b|local time\b)"
    r"|[:/]\d|(?:st|nd|rd|th)\b|\s?(?:A\.D\.|AD\b|B\.C\.|BC\b|BCE\b|CE\b)"
)
_ERA_BEFORE_RE: Final = re.compile(r"(?:A\.D\.|\bAD)\s*$")
_ONE_NOT_COUNT_BEFORE_RE: Final = re.compile(
    r"(?i)\b(?:no|the|this|that|any|every|each|which|someone|anyone|everyone|another|such|"
    r"little|big|new|right|wrong|last|first|next|same|can|could|would|should|must|may|might|if|unless)\s+$"
)
_HALF_NOT_COUNT_BEFORE_RE: Final = re.compile(r"(?i)\b(?:the|first|second|other|latter|back|front|a|one)\s+$")
_ONE_NOT_COUNT_AFTER_RE: Final = re.compile(
    r"(?i)\s+of\b|\s+(?:another|other|thing|day(?!\s+(?:after|before|later|earlier)\b)|way|time|point|side|more|after|or\s+two|"
    r"or\s+more|by\s+one|bit(?!\s+of\b)|iota|jot|whit|can|could|would|should|must|may|might|cannot|can['’]t)\b|-(?!year|month|week|day)"
)
# "In one case, an email showed …": "in one" before a noun of instance is "in a certain", no count
# ("one case of flu was found" is one).
_IN_ONE_BEFORE_RE: Final = re.compile(r"(?i)(?<![\w-])in\s+$")
_ONE_INSTANCE_AFTER_RE: Final = re.compile(rf"(?i)\s+(?:{'|'.join(lex.ONE_INSTANCE_NOUNS)})\b(?!\s+of\b)")
# "one to three weeks": a bare "one" that opens a range is a figure.
_ONE_OPENS_RANGE_RE: Final = re.compile(r"(?i)\s+(?:to|[-–])\s+(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d)\b")
# A dash and digits glued to capitals that are no unit after a number: the rest of a code ("Class 5-1A";
# not the range "5-10W").
_CODE_AFTER_DASH_RE: Final = re.compile(r"[-–]\d+(?P<letters>[A-Z]+)\b")
# The second of two labels after one label word: "at number seven or eight", "pages 10 and 11".
_SECOND_LABEL_BEFORE_RE: Final = re.compile(
    rf"(?i)(?<![\w-])(?P<word>[a-z.#]+)\s+(?:\d+|{'|'.join(lex.SMALL_NUMBERS)})\s+(?:or|and)\s+$"
)
_YEAR_MIN: Final = 1800
_YEAR_MAX: Final = 2099
_OLD_YEAR_MIN: Final = 1000
_DASHES: Final = "-–"
# A lower-case word after the number that is not a function word: what it counts ("in 1500 cases").
_COUNTED_AFTER_RE: Final = re.compile(r"\s+(?!(?:" + "|".join(sorted(lex.PHRASE_STOPWORDS)) + r")\b)[a-z]")
_DASH_SPLIT_RE: Final = re.compile("[-–]")
_CAPITALISED_CUES: Final = {w.lower() for cues in lex.QUALIFIER_CUES.values() for cue in cues for w in cue.split()}
_CLOCK_INITIALS: Final = set("apAPoGBUECMlsnrt:/")
_MONTH_INITIAL_RE: Final = re.compile("[JFMASOND]")
_MONTH_AFTER_INITIALS: Final = set("JFMASONDstnrao-–")  # after a space, or the ordinal or range word
# A time of day written with a point ("at 12.30", "until 9.45") or as 24-hour digits ("at 1330").
_DOTTED_CLOCK_RE: Final = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_FOUR_DIGIT_CLOCK_RE: Final = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_WORDS: Final = ("at", "until", "till", "before", "after", "by", "about", "around")  # the last word before a time
_CLOCK_BEFORE_RE: Final = re.compile(r"(?i)(?<![a-z])(?P<before>[a-z]+\s+)?(?:at|until|till|before|after|by)\s+(?:about\s+|around\s+)?$")
# A paragraph that gives times in 24-hour digits ("kick-off at 1030 GMT").
_TWENTY_FOUR_HOUR_RE: Final = re.compile(r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:GMT|BST|UTC|CET|hrs|hours|local)\b")
_POSITION_CUE_RE: Final = re.compile(rf"(?i){lex.POSITION_CUES}")
_LOWEST_POSITION: Final = 200
_POSITION_WORDS_BEFORE: Final = frozenset(("at", "to", "from", "in"))
# Ten digits or more with no separator count nothing: amounts that large are written "1,200,000,000" or "1.2bn".
_CODE_DIGITS: Final = 10
_WORD_AFTER_RE: Final = re.compile(r"[ \u00a0]+([A-Za-z]+)")
_RANGE_GOES_ON_RE: Final = re.compile(r"[ \u00a0]+(?:or|to)[ \u00a0]+\w")
_CAPITALISED_AFTER_RE: Final = re.compile(r"[ \u00a0]([A-Z][a-z]+)(?![\w-])")
# "dating from 1695", "dates back to 1360": a year, however old.
_DATING_BEFORE_RE: Final = re.compile(r"(?i)\bdat(?:ing|es|ed|e)\s+(?:back\s+)?(?:from|to)\s+$")
# A number word in an idiom: "one or two product lines" (a few), "next to zero" (almost none).
# "a year or two", "an inch or two" (one or two of them) as well.
_IDIOM_BEFORE_RE: Final = re.compile(r"(?i)\b(?:(?P<few>one|an?)(?:\s+[a-z]+)?\s+or|next\s+to)\s+$")
# Set idioms with a number word in them ("knocked for six", "a two-way street"): ``lexicon.NUMBER_IDIOMS``.
_NUMBER_IDIOM_RE: Final = re.compile(rf"(?i){lex.NUMBER_IDIOMS}")
_IDIOM_REACH: Final = 40  # characters an idiom runs on either side of its number word


def is_date_or_time(text: str, figure: Figure, digits: str) -> bool:
    """Calendar dates, clock times, ordinals, eras, "09"-style and long codes, character references; marks four-digit years."""
    start, end = figure.number_start, figure.number_end
    following = text[end:end + 1]
    if following.isspace():
        following = text[end + 1:end + 2]
    if following in _CLOCK_INITIALS and CLOCK_AFTER_RE.match(text, end) or text[start - 1:start] in (":", "/"):
        return True
    if text[start - 2:start] == "&#":
        return True  # a character reference in unconverted HTML: "caf&#233;"
    if "A" in text[max(0, start - 6):start] and _ERA_BEFORE_RE.search(text, max(0, start - 6), start):
        return True
    if text[end:end + 1] == "." and text[end + 1:end + 2].isdigit():
        return True  # a version or an address: "2.6.11", "192.168.0.1"
    if _is_clock_time(text, start, end, digits):
        return True
    plain = "," not in digits and "." not in digits
    if not plain:
        return False
    if len(digits) > 1 and digits[0] == "0" or len(digits) >= _CODE_DIGITS:
        return True  # "09", an id, a timestamp or a phone number: "tweet-id="783499116076687360""
    value = int(digits)
    if value <= 31 and (
        _MONTH_INITIAL_RE.search(text, max(0, start - 16), start) and _MONTH_BEFORE_RE.search(text, max(0, start - 16), start)
        or following in _MONTH_AFTER_INITIALS and _MONTH_AFTER_RE.match(text, end)
    ):
        return True
    if len(digits) == 2 and text[start - 1:start] in ("'", "’"):
        return True
    figure.year_like = len(digits) == 4 and figure.scale == 1 and (
        _YEAR_MIN <= value <= _YEAR_MAX
        or value >= _OLD_YEAR_MIN and (
            previous_word(text, start) in lex.YEAR_PREPOSITIONS and not _COUNTED_AFTER_RE.match(text, end)
            or _DATING_BEFORE_RE.search(text, max(0, start - 25), start) is not None
        )
    )
    return False


def _is_clock_time(text: str, start: int, end: int, digits: str) -> bool:
    """ "at 12.30", "until 9.45", "at 1330" (in a paragraph of 24-hour times): a time of day, not an amount.

    Only after a preposition of time, and not after a level ("shares closed at 12.30")
    or before a unit ("at 12.30%").
    """
    if len(digits) not in (4, 5) or text[start - 1:start] != " " or not text.endswith(_CLOCK_WORDS, max(0, start - 7), start - 1):
        return False
    dotted = _DOTTED_CLOCK_RE.fullmatch(digits) is not None
    if not dotted and _FOUR_DIGIT_CLOCK_RE.fullmatch(digits) is None:
        return False
    before = _CLOCK_BEFORE_RE.search(text, max(0, start - 30), start)
    return bool(
        before and not text[end:end + 1].isalpha() and unit_at(text, end) is None
        and (before.group("before") or "").strip().lower() not in lex.LEVEL_WORDS
        and (dotted or _TWENTY_FOUR_HOUR_RE.search(text) is not None)
    )


def is_idiom(text: str, figure: Figure, words: str | None) -> bool:
    """A number word in an idiom: the "two" of "one or two" or "a year or two" (a few), the "zero" of "next to zero"
    (almost none), the "six" of "knocked for six" (``lexicon.NUMBER_IDIOMS``)."""
    low = (words or "").lower()
    if figure.is_word and _in_set_idiom(text, figure.number_start):
        return True
    if low not in ("two", "zero") or text[figure.number_start - 3:figure.number_start] not in ("or ", "to "):
        return False
    idiom = _IDIOM_BEFORE_RE.search(text, max(0, figure.number_start - 30), figure.number_start)
    return idiom is not None and (low == "two") == (idiom.group("few") is not None)


def _in_set_idiom(text: str, start: int) -> bool:
    """Whether the number word at ``start`` is inside a set idiom: "knocked for six", "on cloud nine"."""
    window = max(0, start - _IDIOM_REACH)
    return any(idiom.start() <= start < idiom.end() for idiom in _NUMBER_IDIOM_RE.finditer(text, window, start + _IDIOM_REACH))


def half_names_a_part(text: str, start: int) -> bool:
    """ "the second half of", "the other half": a half that names a part, not a quantity."""
    return _HALF_NOT_COUNT_BEFORE_RE.search(text, max(0, start - 10), start) is not None


def is_part_of_name(text: str, figure: Figure) -> bool:
    """A number inside a name: "5G", "737MAX", "3s", "Maroon 5's", "Fathers 4 Justice"; a capitalised
    number word within a sentence: "the Six Nations", "BBC One"."""
    end = figure.end
    if end < len(text) and text[end].isalpha() and not figure.has_unit and figure.unit is None:
        return True
    if text[figure.number_end:figure.number_end + 2] in ("'s", "’s") and not figure.has_unit:
        return True  # "Maroon 5's album", "the 1990's"
    if text[figure.number_end + 1:figure.number_end + 2].isupper() and _is_capitalised_singular_unit(text, figure):
        return True  # "50 Cent", "Three Mile Island"
    return (
        figure.is_word and figure.number_start > 0 and text[figure.number_start].isupper()
        and not sentence_start(text, figure.number_start) and text[max(0, figure.number_start - 3):figure.number_start].rstrip()[-1:] != ":"
    )


def _is_capitalised_singular_unit(text: str, figure: Figure) -> bool:
    """A unit word written capitalised and singular after a number other than one: "50 Cent('s)", a name."""
    word = _CAPITALISED_AFTER_RE.match(text, figure.number_end)
    if word is None or figure.value == 1:
        return False
    low = word.group(1).lower()
    if low not in lex.UNITS or lex.UNITS[low][0] != low + "s" or sentence_start(text, word.start(1)):
        return False  # not "300 Hz", "2.7 Fahrenheit"
    if lex.UNITS[low][1] == "money" and low != "cent":
        # A currency written capitalised ("49.95 Euro", "20 Dollar and"), unless a name goes on ("12 Euro zone countries")
        after = _WORD_AFTER_RE.match(text, word.end(1))
        return after is not None and after.group(1).lower() not in lex.PHRASE_STOPWORDS
    return True


def is_idiomatic_one(text: str, figure: Figure, words: str | None) -> bool:
    """A lone "one" (``words``, the number as written) that counts nothing: "no one", "one day", "one of the best".

    Without a unit it counts only when it opens a range ("one to three weeks"); opening a sentence
    before a noun that is no measure it means "a certain" ("One problem identified was …").
    """
    if not (figure.is_word and (words or "").lower() == "one"):
        return False
    if (
        not figure.has_unit and text[figure.number_start] == "O" and text[figure.number_end + 1:figure.number_end + 2].islower()
        and sentence_start(text, figure.number_start) and not _ONE_OPENS_RANGE_RE.match(text, figure.number_end)
    ):
        return True  # "One problem identified by Wipro was …", "One analyst suggested …": "one" as "a certain"
    if is_unnamed_source(text, figure):
        return True  # "said one trader", "but one insider pointed out"
    return bool(
        figure.unit is None and not _ONE_OPENS_RANGE_RE.match(text, figure.number_end)
        or _ONE_NOT_COUNT_BEFORE_RE.search(text, max(0, figure.start - 15), figure.start)
        or _ONE_NOT_COUNT_AFTER_RE.match(text, figure.number_end)
        or _IN_ONE_BEFORE_RE.search(text, max(0, figure.start - 6), figure.start) is not None
        and _ONE_INSTANCE_AFTER_RE.match(text, figure.number_end) is not None
    )


def _in_dash_chain(text: str, start: int, end: int) -> bool:
    """A link of three or more numbers joined by dashes: "4-4-2", "0207-123-4567", "2004-05-12"."""
    left, right = start, end
    while left > 0 and (text[left - 1].isdigit() or text[left - 1] in _DASHES):
        left -= 1
    while right < len(text) and (text[right].isdigit() or text[right] in _DASHES):
        right += 1
    return right - left > 4 and len([part for part in _DASH_SPLIT_RE.split(text[left:right]) if part]) >= 3


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


def is_label(text: str, figure: Figure) -> bool:
    """A number naming something ("Day 25", "Section 427", "S-300", "(4)", "Doom 3", "4-4-2") rather than counting it."""
    start, end = figure.number_start, figure.number_end
    if not figure.is_word and (text[start - 1:start] in ("-", "–") or text[end:end + 1] in ("-", "–")) and _in_dash_chain(text, start, end):
        return True
    code = _CODE_AFTER_DASH_RE.match(text, end) if not figure.is_word else None
    if code is not None and unit_at(text, code.start("letters")) is None:
        return True  # "5-1A", "3-2B": a class or model code whose last part is glued to letters
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        prefix = _LETTERS_BEFORE_RE.search(text, max(0, start - 12), start - 1)
        return prefix is not None and prefix.group().lower() not in lex.LABEL_PREFIXES
    if figure.currency or figure.has_unit:
        return False
    unit = figure.unit
    if figure.category == "count" and unit is not None and unit.lower() in lex.ADDRESS_WORDS and unit[0].isupper():
        return True
    if text[start - 1:start] == "(" and text[figure.number_end:figure.number_end + 1] == ")":
        return True
    if unit is None and figure.value is not None and figure.value <= _LOWEST_POSITION and _is_position(text, figure):
        return True
    second = _SECOND_LABEL_BEFORE_RE.search(text, max(0, start - 40), start)
    if second is not None and (label := second.group("word").lower()) in lex.LABEL_WORDS and label not in lex.TIME_LABEL_WORDS:
        return True
    word_start, word = _label_word_before(text, start)
    if not word:
        return False
    low = word.lower()
    if low in lex.STAGE_WORDS and previous_word(text, word_start) == "the" and not _names_what_it_counts(text, end):
        return True  # "reached the last eight", "into the last 16 of the Champions League": a stage, not an amount
    if low in lex.LABEL_WORDS:
        # "Last year 185,000 people", "Every day 78 million messages": the word names a time, not the number
        return low not in lex.TIME_LABEL_WORDS or previous_word(text, word_start) not in lex.DETERMINERS_OF_TIME
    # A capitalised word before the number names it ("Windows 8", "Doom 3 sold"); one opening a
    # sentence may be any word, so it names only a bare number ("Halo 2 dropped", not "Today 5
    # people") or one the name goes on after ("Fathers 4 Justice": a capitalised singular). A word
    # ending the sentence before names nothing ("… said Max Jones. Six candidates were interviewed").
    return (
        word[0].isupper() and low not in lex.PHRASE_STOPWORDS and low not in _CAPITALISED_CUES
        and low not in ("us", "u.s.", "uk", "eu") and low not in lex.CALENDAR_WORDS
        and (word_start > 0 and not sentence_start(text, word_start) or low not in lex.NOT_NAMES_BEFORE and _name_goes_on(figure))
        and not sentence_start(text, start)
    )


def _is_position(text: str, figure: Figure) -> bool:
    """A place in a chart or a ranking: "entered the chart at four", "slipped to 64 in the world"."""
    value = figure.value
    if value is None or figure.scale != 1 or not 0 < value <= _LOWEST_POSITION or value != int(value):
        return False
    end = figure.number_end
    if text.startswith(" in the world", end):
        return True
    if word_before(text, figure) not in _POSITION_WORDS_BEFORE:
        return False
    sentence_start_at = max(text.rfind(". ", 0, figure.start), text.rfind("\n", 0, figure.start)) + 1
    sentence_end = text.find(". ", end)
    return _POSITION_CUE_RE.search(text, sentence_start_at, sentence_end if sentence_end >= 0 else len(text)) is not None


def _names_what_it_counts(text: str, end: int) -> bool:
    """A word after the number that is no function word ("the last four points", "the last 10 Six Nations
    titles"), or the other end of a range that goes on to one ("the last four or five years")."""
    word = _WORD_AFTER_RE.match(text, end)
    return word is not None and (word.group(1).lower() not in lex.PHRASE_STOPWORDS or _RANGE_GOES_ON_RE.match(text, end) is not None)


def _name_goes_on(figure: Figure) -> bool:
    """No unit after the number, or a capitalised singular one: "Halo 2 dropped", "Fathers 4 Justice"."""
    unit = figure.unit
    return unit is None or figure.category == "count" and unit[:1].isupper() and not unit.isupper() and not looks_plural(unit)
