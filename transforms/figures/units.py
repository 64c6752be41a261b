"""The unit of a figure: a measurement unit, a currency, a rate or an age, and a unit stated once for two numbers.

The token after the number is looked up in ``lexicon.UNITS`` (up to three words, the
longest wins): "15 miles", "$58.24 per barrel", "72-year-old", "5GB/month" (the unit before
a slash, the rate after it); an age bound ("under-18s") is an age; an "x" or "×" against
the number is a multiple ("9x faster"), not in a size ("4x4"); a bare number between a
person's full name and a comma before their home is an age ("Mara Klein 27, of Westbrook").
A number without a unit is read for its counted noun instead (``counted``). An age may also be a bare
number ("aged 35", "Denys Derchachev, 36,"), and a bare number takes the unit its
neighbour states ("7- or 8-inch"). "won" before its object is the verb, no currency ("Burnout 3 won
three awards", "Fahrenheit 9/11 won the award"; ``_verb_won``).
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.figure import Figure, previous_word, word_before

# Up to three tokens after a number, looked up in the unit lexicon (longest first).
UNIT_TOKEN_RE: Final = re.compile(r"(?P<gap>[ \t\u00a0]?-?[ \t\u00a0]?)(?P<w1>[^\s\d()\[\]\"“]+)")
_UNIT_MORE_TOKENS_RE: Final = re.compile(r"(?:[ \t\u00a0]+(?P<w2>[^\s\d]+))?(?:[ \t\u00a0]+(?P<w3>[^\s\d]+))?")
_TRAILING_PUNCTUATION: Final = ".,;:!?)]\"'’”"
_UNIT_PHRASE_STARTS: Final = {surface.split()[0] for surface in lex.UNITS if " " in surface}
_AGE_RE: Final = re.compile(r"(?i)(?:\s|-)*(?P<unit>year|month|week|day)s?(?:\s|-)+olds?\b")
_RATE_RE: Final = re.compile(
    r"(?i)(?:\s*(?:per\b|/)\s*(?P<per>(?:square\s+)?[a-z]+)|\s+(?:an?|each)[\s-]+(?P<a>hour|day|week|month|year|"
    r"share|barrel|gallon|gram|ounce|night|minute|second|kilogram|kilo|pound|tonne|ton|litre|liter|"
    r"head|person|piece|game))\b(?!\s+(?:earlier|ago|before|later|after|prior|on|from)\b)"
)
_AGE_UNIT_INITIALS: Final = set("ymwdYMWD")
# A multiple written with a sign against the number: "9x faster", "~3x", "3× the dose"; not a size or a
# relay ("4x4", "4x100m", "2 x 3 metres").
_MULTIPLE_RE: Final = re.compile(r"[x×](?![\w×]|[ \u00a0]?[x×]?[ \u00a0]?\d)")
# An age bound naming a group: "the under-18s", "an under-21 side", "the over-50s".
_AGE_BOUND_BEFORE_RE: Final = re.compile(r"(?i)(?<![a-z])(?:under|over)-$")
_AGE_BOUND_AFTER_RE: Final = re.compile(r"s?(?![\w-])|(?=-)")
_RATE_INITIALS: Final = set("pPaAeE/")
_BRACKETED_RE: Final = re.compile(r" \([^()\n]{1,30}\)")
_AGE_OF_BEFORE_RE: Final = re.compile(r"(?i)(?<![a-z])age\s+of\s+$")
_NAME_AGE_RE: Final = re.compile(r"[A-Z][a-z]+,\s$")
# What may follow an age set off after a name: its closing comma, or the end of the sentence or a dash
# ("the deaths of Ann Ellis, 18, and Letisha Shaw, 17.", "the killer, Warren Lee, 17 - who was jailed").
_AFTER_NAME_AGE_RE: Final = re.compile(r",|[.;](?:\s|$)|\s[-\u2013\u2014]\s|$")
# An age after a full name without its first comma, before the person's home: "Mara Klein 27, of Westbrook".
_FULL_NAME_BEFORE_RE: Final = re.compile(r"(?<![\w.'’-])[A-Z][a-z]+[ \u00a0](?:[A-Z]\.[ \u00a0])?[A-Z][a-z'’-]*[a-z][ \u00a0]$")
_HOME_AFTER_RE: Final = re.compile(r",[ \u00a0]+(?:of|from)[ \u00a0]+[A-Z]")
_PERSON_WILL_BE_RE: Final = re.compile(
    r"(?i)(?<![a-z])(?:he|she|i|you|we|they)\s+(?:will|would|could|might|may|shall|should|must|won['’]t|wouldn['’]t)"
    r"(?:\s+(?:soon|then|only|just|still|already|not))?\s+be\s+$|(?i:he|she|i|you|we|they)['’]ll\s+be\s+$"
)
_COORDINATION_RE: Final = re.compile(r"-?,?\s*(?:,|or|and|to|nor|(?:out\s+)?of(?:\s+the)?)?\s*")
_INDEX_CONTEXT_RE: Final = re.compile(r"(?i)\bindex\b|\bpoints\b")
_TWO_DECIMALS_RE: Final = re.compile(r"\d\.\d\d")
_ELLIPSIS_GAP_RE: Final = re.compile(
    r"[^.;:!?]{0,20}\b(?:and|while|but|whereas|including|compared\s+with|from|against|versus)\b[^.;:!?]{0,15}"
)


_WORD_AFTER_M_RE: Final = re.compile(r"(?:-|[ \t\u00a0]+)([A-Za-z][A-Za-z'’-]*)")
_CONVERSION_AFTER_RE: Final = re.compile(r"[ \u00a0]?\([ \u00a0]?\d[\d.,]*[ \u00a0]?(?:ft|feet|foot|in|inches|yards?|yds?|miles?)\b")
_CONVERSION_BEFORE_RE: Final = re.compile(r"(?:ft|feet|foot|in|inches|yards?|yds?|miles?)\.?\)?[ \u00a0]?[(/][ \u00a0]?$")
_ATHLETICS_RE: Final = re.compile(lex.ATHLETICS_CONTEXT)
# Money written with a scale elsewhere in the paragraph ("£53m", "$2bn", "3 million"): its bare "m" is a million too.
_MILLIONS_NEARBY_RE: Final = re.compile(r"[£$€¥][ \u00a0]?\d[\d.,]*[ \u00a0]?(?:m|bn|million|billion)\b|\b(?:million|billion)s?\b|\dbn\b")
# A measure of length in the words after the number: "stretches for about 300m and is longer than".
_LENGTH_AFTER_RE: Final = re.compile(r"(?i)[^.;!?]{0,50}?\b(?:longer|longest|taller|tallest|higher|highest|wider|widest|deeper|deepest)\b")
# Another distance beside it: "the 800m and 1000m", "1500m and 800m gold".
_DISTANCE_BEFORE_RE: Final = re.compile(r"\d[\d,]*m,?[ \u00a0]+(?:and|or|to)[ \u00a0]+$")
_DISTANCE_AFTER_RE: Final = re.compile(r",?[ \u00a0]+(?:and|or|to)[ \u00a0]+\d[\d,]*m\b")
# "won" is a currency, and the verb before a race ("won 200m gold").
_NOT_CURRENCY_BEFORE: Final = {"won"}


def m_means_metres(text: str, start: int, end: int, value: float) -> bool:
    """Whether the "m" of a number without currency (``start``..``end``, "m" included) is metres, not a million.

    Million: a currency word before or after ("648m ($492m)" after "Australian dollars",
    "5.45m Euros"), "of" or a counted noun after ("4m viewers"). Metres: an event or a
    measure of length after ("60m hurdles", "508m tall", "17m/s", "300m and is longer"), a
    relay ("4x100m"), a jump or clearance before ("cleared 4.88m"), a conversion to feet
    beside it ("30ft (10m)"), or a paragraph about athletics or swimming. A bare "m"
    ("ratings drop by 4m") is a million unless it names a race ("the 60m", "women's
    400m", "the 800m and 1000m") in a paragraph without money in millions.
    """
    after = _WORD_AFTER_M_RE.match(text, end)
    word = after.group(1) if after else ""
    low = word.lower()
    if (after and lex.UNITS.get(low, ("", ""))[1] == "money") or _money_word_before(text, start):
        return False
    if low in lex.METRE_WORDS_AFTER or text[end:end + 2] in ("/s", "/h") or text[end:end + 1] in ("2", "²") or text[start - 1:start] in ("x", "×") and text[start - 2:start - 1].isdigit():
        return True  # "60m hurdles", "17m/s", "32m2", "4x100m"
    before = text[max(0, start - 30):start].lower().split()
    if any(word_before.strip(".,;:") in lex.METRE_WORDS_BEFORE for word_before in before[-2:]):
        return True
    if _CONVERSION_AFTER_RE.match(text, end) or _CONVERSION_BEFORE_RE.search(text, max(0, start - 12), start):
        return True
    if _ATHLETICS_RE.search(text) or _LENGTH_AFTER_RE.match(text, end):
        return True  # "the fastest indoor 400m of all time"
    race = value in lex.ATHLETICS_DISTANCES
    if race and (_DISTANCE_BEFORE_RE.search(text, max(0, start - 20), start) or _DISTANCE_AFTER_RE.match(text, end)):
        return True  # "the 800m and 1000m"
    if low == "of" or word and word[0].islower() and low not in lex.PHRASE_STOPWORDS:
        return False  # "2m of", "35m devices"
    # A race's distance ("the 60m", "women's 400m", "60m:" opening a list of results) where no money runs in millions
    return race and not _MILLIONS_NEARBY_RE.search(text) and (not before or before[-1] in lex.EVENT_MARKERS_BEFORE)


def _money_word_before(text: str, start: int) -> bool:
    """ "Australian dollars 648m", "euros 5m": a currency named before the number."""
    words = text[max(0, start - 25):start].lower().split()
    return bool(words) and words[-1] not in _NOT_CURRENCY_BEFORE and (
        lex.UNITS.get(words[-1], ("", ""))[1] == "money" or lex.UNITS.get(" ".join(words[-2:]), ("", ""))[1] == "money"
    )


def _singular_unit(name: str) -> str:
    """ "barrels" -> "barrel", "square feet" -> "square foot", for the denominator of a rate."""
    words = name.split()
    last = words[-1]
    if last in ("feet", "inches"):
        last = {"feet": "foot", "inches": "inch"}[last]
    elif last.endswith("s") and not last.endswith(("ss", "us", "Celsius")) and last != "hertz":
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def _set_unit(figure: Figure, name: str, category: str, end: int) -> None:
    figure.unit, figure.category, figure.has_unit = name, category, True
    figure.end = figure.unit_end = end


def unit_at(text: str, pos: int, token: re.Match[str] | None = None) -> tuple[str, str, int, int] | None:
    """The measurement unit or currency word right after ``pos``: (name, category, start, end).

    ``token`` is a match that already read the token at ``pos`` (groups "gap" and "w1").
    """
    if token is None:
        token = UNIT_TOKEN_RE.match(text, pos)
        if not token:
            return None
    gap, first = token.group("gap", "w1")
    if first is None:
        return None
    first_start = token.start("w1")
    key = (first, not gap)
    if key in _UNIT_OF_TOKEN:
        found = _UNIT_OF_TOKEN[key]
        known = found and (found[0], found[1], first_start, first_start + found[2])
        return None if _verb_won(text, known) else known
    first_bare = first.rstrip(_TRAILING_PUNCTUATION) or first
    if first_bare.lower() not in _UNIT_PHRASE_STARTS:
        if len(_UNIT_OF_TOKEN) > 50_000:
            _UNIT_OF_TOKEN.clear()
        unit = _unit_of_words(token, [first], [first_start])
        _UNIT_OF_TOKEN[key] = unit and (unit[0], unit[1], unit[3] - first_start)
        return None if _verb_won(text, unit) else unit
    more = _UNIT_MORE_TOKENS_RE.match(text, token.end("w1"))
    assert more is not None  # every group is optional
    words, starts = [first], [first_start]
    for name in ("w2", "w3"):
        if more.group(name):
            words.append(more.group(name))
            starts.append(more.start(name))
    return _unit_of_words(token, words, starts)


# After "won", the object of the verb, not more words of an amount in won: "Burnout 3 won three awards",
# "Fahrenheit 9/11 won the award" (but "100 trillion won ($96bn)", "12 trillion won of debt").
_OBJECT_OF_WON_RE: Final = re.compile(
    r"[ \u00a0]+(?:the|his|her|its|their|our|my|your|this|that|these|those|both|every|each|another|over|against|\d|"
    + "|".join(sorted((*lex.SMALL_NUMBERS, *lex.TENS), key=len, reverse=True)) + r")\b"
)


def _verb_won(text: str, unit: tuple[str, str, int, int] | None) -> bool:
    """Whether a unit "won" is the verb "won" before its object (see ``_OBJECT_OF_WON_RE``)."""
    return unit is not None and unit[0] == "won" and _OBJECT_OF_WON_RE.match(text, unit[3]) is not None


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
    head, slash, per = first_bare.partition("/")
    if slash and per[:1].isalpha() and head.lower() in lex.UNITS and head.lower() not in lex.ATTACHED_ONLY_UNITS:
        return (*lex.UNITS[head.lower()], first_start, first_start + len(head))  # "5GB/month": the rate reads "/month"
    return None


def read_unit(text: str, figure: Figure, token: re.Match[str] | None = None) -> None:
    """Attach an age, a measurement unit, a currency or a rate (``figure.has_unit`` says whether one was found).

    ``token``: the number's match, when it read ahead the token after the number.
    """
    pos = figure.number_end
    age = text[pos + 1:pos + 2] in _AGE_UNIT_INITIALS and _AGE_RE.match(text, pos)
    if age:
        _set_unit(figure, age.group("unit").lower() + "s", "age", age.end())
        return
    if text[figure.start - 1:figure.start] == "-" and _AGE_BOUND_BEFORE_RE.search(text, max(0, figure.start - 6), figure.start):
        bound = _AGE_BOUND_AFTER_RE.match(text, pos)
        if bound:  # "the under-18s", "an under-21 side", "the over-50s"
            _set_unit(figure, "years", "age", bound.end())
            return
    if text[pos:pos + 1] in ("x", "×") and not figure.currency and _MULTIPLE_RE.match(text, pos):
        _set_unit(figure, "times", "other", pos + 1)
        return
    if (
        text[pos:pos + 1] == "," and not figure.currency and figure.value is not None and _is_bare_age(figure)
        and _HOME_AFTER_RE.match(text, pos) and _is_full_name_before(text, figure.start)
    ):
        _set_unit(figure, "years", "age", pos)
        return
    unit = unit_at(text, pos, token)
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
            per_unit = unit_at(text, rate.start("per")) if rate.group("per") else None
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


def _is_full_name_before(text: str, start: int) -> bool:
    """A person's first and last name just before ``start`` ("Mara Klein 27"), not a thing's name ("The Windows 10")."""
    name = _FULL_NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    if name is None:
        return False
    words = name.group().split()
    return (
        words[0].lower() not in lex.PHRASE_STOPWORDS and words[-1].lower() not in lex.LABEL_WORDS
        and previous_word(text, name.start()) not in lex.THING_DETERMINERS  # not "the Galaxy Note 7, from Samsung"
    )


def read_bare_age(text: str, figure: Figure) -> None:
    """An age stated by a bare number: "aged 35", "the singer turns 60", "Denys Derchachev, 36," (or 36 ending the sentence)."""
    if figure.category in ("other", "count", "duration") and _follows_age_word(text, figure):
        figure.unit, figure.category = figure.unit if figure.category == "duration" else "years", "age"
    elif (
        _AFTER_NAME_AGE_RE.match(text, figure.end) and figure.category == "other" and not figure.is_word
        and figure.value is not None and 0 < figure.value < 120
        and _NAME_AGE_RE.search(text, max(0, figure.start - 20), figure.start)
    ):
        figure.unit, figure.category = "years", "age"


def _follows_age_word(text: str, figure: Figure) -> bool:
    """ "aged 35", "ages 5 to 11", "the age of 5 years": an age, stated as a bare number or in years.

    A bare whole number after "turns" or after a person "will be" ("He will be 35 by
    the end of the year") is an age too.
    """
    word = word_before(text, figure)
    if word == "of":
        return _AGE_OF_BEFORE_RE.search(text, max(0, figure.start - 10), figure.start) is not None
    if word in ("aged", "ages", "age"):
        return figure.category != "duration"
    if word in lex.BARE_AGE_VERBS and figure.category == "other" and figure.unit is None and _is_bare_age(figure):
        return word != "be" or _PERSON_WILL_BE_RE.search(text, max(0, figure.start - 30), figure.start) is not None
    return False


def _is_bare_age(figure: Figure) -> bool:
    value = figure.value
    return value is not None and not figure.is_word and value == int(value) and 0 < value < 120 and figure.scale == 1


def share_units(text: str, figures: list[Figure]) -> None:
    """Give a bare number the unit its neighbour states once for both.

    "7- or 8-inch", "eight or nine euros", "30 million of the 90 million euros": the unit
    written after the second number; "435 homes by open sale and 187 by tender", "5.1 million
    units, up from 4.2 million": the counted noun of the first.
    """
    for index, figure in enumerate(figures):
        if figure.unit is not None or figure.value is None or figure.is_fraction():
            continue  # "half of the $20bn" is no amount of dollars
        following = figures[index + 1] if index + 1 < len(figures) else None
        if (
            following is not None and following.unit and _COORDINATION_RE.fullmatch(text, figure.number_end, following.number_start)
            and not (figure.scale > following.scale and following.category == "percent")  # "11.9m and 49.2% of the audience"
        ):
            figure.unit, figure.category, figure.counted = following.unit, following.category, following.counted
            continue
        previous = figures[index - 1] if index else None
        if (
            previous is not None and previous.unit and previous.category in ("count", "money")
            and _ELLIPSIS_GAP_RE.fullmatch(text, max(previous.end, previous.unit_end or 0), figure.start)
        ):
            figure.unit, figure.category, figure.counted = previous.unit, previous.category, previous.counted


def mark_index_levels(text: str, figures: list[Figure]) -> None:
    """Bare levels with two decimals ("to 4,577.10") where the paragraph talks of an index or points."""
    levels = [
        figure for figure in figures
        if figure.unit is None and figure.value is not None and figure.value >= 100
        and _TWO_DECIMALS_RE.fullmatch(text, figure.number_end - 4, figure.number_end)
    ]
    if levels and _INDEX_CONTEXT_RE.search(text):
        for figure in levels:
            figure.unit, figure.category = "points", "other"
