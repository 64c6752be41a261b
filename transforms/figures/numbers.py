"""Number cores and their values: digits, number words, fractions and vague plurals, with currency, sign and scale.

``NUMBER_RE`` reads one core at a start position ("$8.1bn", "three million",
"a third", "a quarter of a million", "hundreds of thousands", "-5", "1/4", "twice",
"tenfold"); ``core`` turns the match into a
``Figure`` with its value ("and a half" after it joins it: "three and a half months", and
so does a fraction in digits: "1-1/2 year"; a hyphen may join a scale: "13.8-billion-year"),
or drops it when the filters say it is a date or a time. Digits around a slash are a
fraction only before "of" or a unit ("1/16 of a pint") or in 32nds or 64ths, a bond's price
("rose 7/32"), never "9/11" or "8/9 January". A
fraction in words needs "of" after it, a number word that no ordinal takes ("two-thirds
sold", "one sixth") or a qualifier before it ("almost a third are"): "a third set" is none.

Digits are read in every script that has decimal digits (Arabic-Indic "٢٣", full-width
"２３", …) with their values. A format character inside a run of digits (a zero-width
joiner or space, a word joiner, a soft hyphen) is ignored, and a no-break, narrow
no-break or thin space (or the Arabic thousands separator) groups thousands like a
comma: "2\u200d389" and "2\u00a0389" are one number, 2389. A number beyond the range of
a double (a 400-digit string, "1×10^999") is skipped: it would be stored as infinity,
and no quantity in news is that large.
"""

import math
import re
import unicodedata
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.figure import Figure
from transforms.figures.filters import half_names_a_part, is_date_or_time
from transforms.figures.units import m_means_metres, unit_at
from transforms.word_trie import word_alternation

_ONES: Final = "|".join(sorted(lex.SMALL_NUMBERS, key=len, reverse=True))
_TENS: Final = "|".join(lex.TENS)
_SCALES: Final = "|".join(lex.SCALE_WORDS)
_UNDER_HUNDRED: Final = rf"(?:(?:{_TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:{_ONES})\b)"
_WORD_NUMBER: Final = (
    rf"{_UNDER_HUNDRED}(?:\s+(?:and\s+a\s+half\s+)?(?:{_SCALES})\b(?:\s+(?:and\s+)?{_UNDER_HUNDRED}(?=\s+(?:{_SCALES})\b|(?!\s+(?:{_SCALES}))))?)*"
    rf"|(?:a|an|half\s+a|a\s+half)\s+(?:{_SCALES})\b(?:\s+(?:{_SCALES})\b)*"
)
_VAGUE: Final = (
    r"(?:(?:tens|scores)(?=\s+of\b)|dozens|hundreds|thousands|millions|billions|trillions)"  # "scores of", not "he scores"
    r"(?:\s+of\s+(?:thousands|millions|billions))?"
    r"|(?:several|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)\b"
)
# The last word of a qualifier before "a third" ("almost", "more than"), as lookbehinds of fixed width.
_CUE_BEFORE_ARTICLE: Final = "|".join(
    f"(?<={word} )" for word in ("almost", "nearly", "than", "about", "over", "under", "roughly", "around")
)
_FRACTION: Final = (
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine)[- ](?:half|third|thirds|quarter|quarters|fourth|fourths|"
    r"fifth|fifths|sixth|sixths|eighth|eighths|tenth|tenths)\b(?=\s+(?:of|the)\b)"
    # Without "of" after it, a fraction needs a number word that no ordinal takes ("two-thirds sold",
    # "one sixth", "three-quarters said"; not "three quarters" of a year) or a qualifier before
    # its article ("almost a third are", not "a third set").
    r"|(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:thirds?|fifths?|sixths?|eighths?|tenths?)\b(?!-\w)"
    r"|(?<!the )(?:two|three|four|five|six|seven|eight|nine)-quarters\b(?!-\w)|one[- ]quarter\b(?!-\w)"  # not a rugby "the three-quarters"
    rf"|(?:{_CUE_BEFORE_ARTICLE})an?[- ](?:third|quarter|fifth|sixth|eighth|tenth)\b(?!-\w)"
    r"|half(?=\s+(?:of|the)\s|-(?:" + "|".join(lex.HALF_COMPOUND_UNITS) + r")\b)"  # "half the staff", "half-year results"
)
# A fraction of a scale is one amount: "a quarter of a million", "a third of a billion".
_FRACTION_OF_SCALE: Final = r"(?:\s+of)?\s+an?\s+(?P<fraction_scale>(?i:thousand|million|billion|trillion))\b"
_MULTIPLIER: Final = word_alternation(lex.MULTIPLIER_WORDS)
_SCALE_ABBREVIATION: Final = r"(?:bn|tn|mn|mln|mil|k|m|b)(?![A-Za-z])"
# Inside a run of digits: format characters, ignored ("2\u200d389").
_FORMAT_CHARACTERS: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Between groups of three digits, as a comma: no-break, narrow no-break and thin spaces, the Arabic separator.
_GROUP_SEPARATORS: Final = "\u00a0\u202f\u2009\u066c"
_ARABIC_DECIMAL_SEPARATOR: Final = "\u066b"

NUMBER_RE: Final = re.compile(
    rf"(?:(?<![\w.,:/'’])|(?<=\dx)(?=\d{{2,5}}m\b))(?P<currency>{lex.CURRENCY_PREFIX})?"  # the leg of a relay ("4x100m")
    # A dash glued to a percent sign before it joins two percents ("an 8%-10% rise", "by 58%-33%"): no minus.
    r"(?P<sign>(?<!%)[-+−](?=[\d.])|(?i:minus)[- ]?)?"
    r"(?:(?P<fraction_digits>[1-9]\d?\s?[/⁄]\s?[1-9]\d{0,2})(?![\d/⁄])"
    rf"|(?P<digits>(?:\d{{1,3}}(?:[,{_GROUP_SEPARATORS}]\d{{3}})+|\d+(?:[{_FORMAT_CHARACTERS}]\d+)*)(?:[.{_ARABIC_DECIMAL_SEPARATOR}]\d+)?|\.\d+)"
    r"(?![\d,]\d)(?:\s?(?:×\s?10\^?|x\s?10\^)(?P<power>[-−]?\d{1,3}))?"  # "1.99×10−30", "3x10^8"; "4x100m" is a relay
    rf"|(?P<vague>\b(?i:{_VAGUE})\b)"
    rf"|(?P<fraction>\b(?i:{_FRACTION}))(?:{_FRACTION_OF_SCALE})?"
    rf"|(?P<multiplier>\b(?i:{_MULTIPLIER})\b)"
    rf"|(?P<words>\b(?i:{_WORD_NUMBER})))"
    rf"(?P<scale>(?:(?:\s?|-(?=(?i:million|billion|trillion)\b))(?i:hundred|thousand|million|billion|trillion)\b)+|(?i:{_SCALE_ABBREVIATION})"
    r"|\s(?:B|M|bn)(?=\s+[a-z]))?"
    # The token after the number, read ahead for the unit lexicon (as ``units.UNIT_TOKEN_RE``):
    # one regex call per number instead of two.
    r"(?=(?:(?P<gap>[ \t\u00a0]?-?[ \t\u00a0]?)(?P<w1>[^\s\d()\[\]\"“]+))?)"
)
# A currency written in letters just before a "$" or the digits: "US$", "HK $", "PS8", "RM 3".
_LETTER_CURRENCY_BEFORE_RE: Final = re.compile(
    r"(?<![A-Za-z])(?:US|U\.S\.|AU|NZ|HK|CA|C|S|R|A|PS|RM|Y=|Rs\.?|USD|EUR|GBP|JPY|AUD|CAD|CNY|RMB|INR|SGD|HKD)\s?$"
)
# "5b" is a billion before "of" or a lower-case word ("5b of", "2b users"), else no number of ours.
_BILLION_AFTER_RE: Final = re.compile(r"\s?of\b|\s(?!(?:from|in|on|at|to|and|or|by|for)\b)[a-z]")
# Digits with two decimals or more before a "b" name a standard or a version ("802.11b"), not billions.
_VERSION_DECIMALS_RE: Final = re.compile(r"\.\d\d")
# Scales that are powers of ten, by exponent: "8.2bn" is read as "8.2e9", exactly 8200000000.
_SCALE_EXPONENTS: Final[dict[float, int]] = {1e3: 3, 1e6: 6, 1e9: 9, 1e12: 12}
_WORD_SPLIT_RE: Final = re.compile(r"[\s-]+")
_FRACTION_SLASH_RE: Final = re.compile(r"\s?[/⁄]\s?")
# "three and a half months", "15-and-a-half miles": a half more, the unit after it.
_AND_A_HALF_RE: Final = re.compile(r"(?i)[ -]and[ -]a[ -]half\b")
_AND_A_HALF_OPENERS: Final = (" and a", "-and-a")
# After a fraction in digits, "of" ("1/16 of a pint"); without it or a unit, the slash joins
# two numbers that are no fraction: a date ("8/9 January", "9/11"), odds ("1/3 favourite").
_OF_AFTER_RE: Final = re.compile(r"\s+of\b")
# A whole number and a fraction in digits after it, joined by a dash or a space, are one mixed number:
# "a 1-1/2 year war", "4 3/4 inches" (1.5, 4.75).
_MIXED_FRACTION_RE: Final = re.compile(r"[- \u00a0](?P<numerator>[1-9])[/⁄](?P<denominator>[2-9]|1[0-6]|32|64)(?![\d/⁄.,]\d|[\d/⁄])")


def plain_digits(digits: str) -> str:
    """The digits as ASCII, with commas between groups and a point before decimals: "٢٬٣٨٩" -> "2,389"."""
    if digits.isascii():
        return digits
    characters = []
    for character in digits:
        if character in _GROUP_SEPARATORS:
            characters.append(",")
        elif character == _ARABIC_DECIMAL_SEPARATOR:
            characters.append(".")
        elif character not in _FORMAT_CHARACTERS:
            decimal = unicodedata.decimal(character, -1)
            characters.append(str(decimal) if decimal >= 0 else character)
    return "".join(characters)


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
    numerator = 1 if words[0] in ("a", "an") else lex.SMALL_NUMBERS[words[0]]
    return numerator / lex.FRACTION_WORDS[words[1]]


def _scale_value(scale: str | None) -> float:
    if not scale:
        return 1.0
    value = 1.0
    for token in scale.lower().replace("-", " ").split():
        value *= lex.SCALE_WORDS.get(token) or lex.SCALE_ABBREVIATIONS[token]
    return value


def number_at(text: str, start: int, covered: int) -> re.Match[str] | None:
    """``NUMBER_RE`` at ``start``, or from a currency written in letters just before it ("US$7", "RM 3").

    ``covered`` is where the previous number ended: the currency does not reach back past it.
    """
    position = start
    before = text[position - 2:position] if position >= 2 else text[:position]
    if before and before.rstrip()[-1:] in lex.CURRENCY_LETTER_ENDINGS and (text[position] == "$" or text[position].isdigit()):
        prefix = _LETTER_CURRENCY_BEFORE_RE.search(text, max(covered, position - 5), position)
        if prefix:
            position = prefix.start()
    match = NUMBER_RE.match(text, position)
    if not match and position != start:
        match = NUMBER_RE.match(text, start)
    return match


def _add_a_half(text: str, figure: Figure) -> None:
    """ "three and a half months": the half joins the number (a scaled one has it inside: "two and a half million")."""
    half = _AND_A_HALF_RE.match(text, figure.number_end)
    if half and figure.value is not None:
        figure.value += 0.5
        figure.end = figure.number_end = half.end()


def _add_a_fraction(text: str, figure: Figure) -> None:
    """ "1-1/2 year", "4 3/4 inches": a proper fraction in digits right after a whole number joins it."""
    fraction = _MIXED_FRACTION_RE.match(text, figure.number_end)
    if fraction and figure.value is not None:
        numerator, denominator = int(fraction.group("numerator")), int(fraction.group("denominator"))
        if numerator < denominator:
            figure.value += numerator / denominator
            figure.end = figure.number_end = fraction.end()


def core(text: str, match: re.Match[str]) -> Figure | None:
    """A figure from one NUMBER_RE match, or None when the number is not a quantity."""
    # One call for every group (in pattern order) instead of one call per group.
    currency, sign, fraction_digits, digits, power, vague, fraction, fraction_scale, multiplier, words, scale, _, _ = match.groups()
    figure = Figure(match.start(), match.end(), sign, words is not None)
    if currency:
        figure.currency = lex.CURRENCY_SYMBOLS.get("".join(currency.split()).lower())
    if digits is not None:
        if not digits.isascii():
            digits = plain_digits(digits)
        number = digits.replace(",", "") if "," in digits else digits
        if scale in ("m", "M", "b") and not currency and (
            m_means_metres(text, match.start("digits"), match.end(), float(number)) if scale != "b"
            else not _BILLION_AFTER_RE.match(text, match.end()) or _VERSION_DECIMALS_RE.search(number) is not None
        ):
            scale = None  # "the 60m hurdles" is a distance; "4m viewers", "ratings drop by 4m" are scaled
            figure.end = figure.number_end = match.end("digits")
        if not scale and not power:
            figure.value = float(number)
        else:
            figure.scale = _scale_value(scale) if scale else 1.0
            exponent = _SCALE_EXPONENTS.get(figure.scale, 0 if figure.scale == 1 else None)
            if exponent is None:  # "two dozen" and the like: no power of ten
                figure.value = float(number) * figure.scale
            else:
                # Read as "8.2e9", "1.99e-30": exact where a product would not be; beyond a double's
                # range float() gives infinity or zero, never an error.
                exponent += int(power.replace("−", "-")) if power else 0
                figure.value = float(f"{number}e{exponent}")
                if figure.value == 0 and float(number) != 0:
                    return None
        if not currency and not sign and is_date_or_time(text, figure, digits):
            return None
        if not scale and not power and "." not in number and text.startswith(_AND_A_HALF_OPENERS, figure.number_end):
            _add_a_half(text, figure)
        elif not scale and not power and "." not in number and "," not in number:
            _add_a_fraction(text, figure)
    elif vague is not None:
        figure.vague = True
        figure.low, figure.high = _vague_bounds(vague)
    elif fraction is not None:
        if fraction.lower() == "half" and text[match.end("fraction")] != "-" and half_names_a_part(text, match.start()):
            return None  # "the second half of"; "the first half-year" is a duration
        figure.value = _fraction_value(fraction)
        figure.is_word = True
        if fraction_scale is not None:
            figure.scale = lex.SCALE_WORDS[fraction_scale.lower()]
            figure.value *= figure.scale
    elif multiplier is not None:
        figure.value = float(lex.MULTIPLIER_WORDS[multiplier.lower()])
        figure.unit, figure.category, figure.has_unit, figure.is_word = "times", "other", True, True
    elif fraction_digits is not None:
        numerator, denominator = (int(part) for part in _FRACTION_SLASH_RE.split(fraction_digits))
        if numerator >= denominator or not (
            _OF_AFTER_RE.match(text, match.end()) or unit_at(text, match.end()) or denominator in lex.PRICE_FRACTION_DENOMINATORS
        ):
            return None  # "9/11", "24/7", "8/9 January", "odds of 1/3"
        figure.value = numerator / denominator
    else:
        figure.scale = _scale_value(scale) * _trailing_scale(words)
        figure.value = _word_number_value(words) * _scale_value(scale)
        if figure.scale == 1 and text.startswith(_AND_A_HALF_OPENERS, figure.number_end):
            _add_a_half(text, figure)
    if figure.value is not None:
        if not math.isfinite(figure.value):
            return None
        if sign and (sign[0] in "-−" or sign.lower().startswith("minus")):
            figure.value = -figure.value
    return figure
