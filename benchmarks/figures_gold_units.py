"""Map our figures onto NewsQuant's annotation vocabulary (CQE's normalised units, change symbols).

NewsQuant normalises units to singular, British-spelled names ("mile per hour",
"kilometre", "percentage", "japanese yen") and counted nouns to their lemma
("children" -> "child"); ages are "<unit> of age"; a share in words is "% <whole>". This is the adapter that the
CQE evaluation applies to every system (its taggers carry similar tables).
"""

from transforms.figures.lexicon import QUALIFIER_CUES

IRREGULAR_SINGULARS = {
    "children": "child", "people": "people", "men": "man", "women": "woman",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "staff": "staff",
    "series": "series", "species": "species", "news": "news", "fishermen": "fisherman",
    "police": "police", "cattle": "cattle", "data": "data", "media": "media",
    "yen": "yen", "yuan": "yuan", "ringgit": "ringgit", "hertz": "hertz",
    "horsepower": "horsepower", "celsius": "celsius", "fahrenheit": "fahrenheit",
    "percent": "percent", "bitcoin": "bitcoin", "sheep": "sheep", "aircraft": "aircraft",
    "personnel": "personnel", "ksi": "ksi", "lira": "lira", "rand": "rand", "won": "won",
    "pence": "pence", "times": "time", "analyses": "analysis", "crises": "crisis",
    "calories": "calorie", "movies": "movie", "cookies": "cookie", "rookies": "rookie",
    "goalies": "goalie", "pies": "pie", "ties": "tie", "zombies": "zombie",
    "viruses": "virus", "bonuses": "bonus", "campuses": "campus", "buses": "bus", "surpluses": "surplus",
    "statuses": "status", "censuses": "census",
}

# Our unit names (singular) -> NewsQuant normalised names where they differ.
NEWSQUANT_NAMES = {
    "percent": "percentage", "percentage point": "percentage point",
    "pound": "pound sterling", "yen": "japanese yen", "yuan": "chinese yuan",
    "ringgit": "malaysian ringgit", "rupee": "indian rupee", "krone": "danish krone",
    "kroner": "danish krone", "crown": "danish krone", "real": "brazilian real",
    "pence": "point", "tonne": "metric ton", "gigatonne": "gigaton",
    "kilowatt hour": "kilowatt hour", "milliampere hour": "milliampere-hour",
    "newton metre": "newton metre", "ksi": "kilopound per square inch",
    "degree celsius": "celsius", "degree fahrenheit": "fahrenheit", "time": "count",
    "degrees celsius": "celsius", "degrees fahrenheit": "fahrenheit", "pound-feet": "pound-foot",
    "revolutions per minute": "revolutions per minute", "parts per billion": "parts-per-billion",
    "parts per million": "part per million", "calorie": "calorie", "ounce": "ounce",
    "light year": "light year", "kilo": "kilogram", "hryvnia": "ukrainian hryvnia",
    "ruble": "russian ruble", "franc": "swiss franc", "peso": "mexican peso",
    "touchdown": "touch down", "generation": "generation wireless", "danish kroner": "danish krone",
    "million british thermal unit": "mega british thermal unit",
}
WEIGHT_POUND = "pound-mass"
APPROXIMATORS = tuple(cue.lower() for cue in QUALIFIER_CUES["approx"])


def singular(word: str) -> str:
    """English singular of one word, by the regular rules plus a small irregular table."""
    low = word.lower()
    if low in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[low]
    if low.endswith("men") and len(low) > 4:
        return low[:-3] + "man"
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 2:
        return low[:-1]
    return low


def newsquant_unit(unit: str | None, category: str | None) -> str:
    """Our (unit, category) as NewsQuant's ``normalized_unit``; "-" when there is none."""
    if not unit:
        return "-"
    if category == "age":
        return f"{singular(unit)} of age"
    whole = unit.lower()
    if whole in ("pound", "pounds") and category != "money":
        return WEIGHT_POUND
    if whole in NEWSQUANT_NAMES:
        return NEWSQUANT_NAMES[whole]
    names = []
    for part in whole.split(" per "):
        name = " ".join(singular(word) for word in part.split())
        if name == "pound" and category != "money":
            name = WEIGHT_POUND
        names.append(NEWSQUANT_NAMES.get(name, name))
    return " per ".join(names)


def newsquant_counted(phrase: str) -> str:
    """A counted noun phrase as CQE's noun-based unit ("first-team players" -> "first-team player").

    Every word is lemmatised (a possessive loses its "'s"), and leading past participles ("300 recorded songs") are
    left out, as CQE's noun chunks leave out verbs; so is a conjunction ("Ford and Toyota trucks" -> "Ford Toyota truck").
    """
    words = [word[:-2] if word.endswith(("'s", "’s")) else word for word in phrase.split() if word != "and"]  # "Johnson's deputies"
    while len(words) > 1 and words[0].lower().endswith("ed") and not words[0].lower().endswith("eed") and "-" not in words[0]:
        del words[0]
    return " ".join(singular(word) for word in words)


def newsquant_share(counted: str | None) -> str:
    """A share written in words ("a third of the population", "half the flats") as CQE's
    "% <what it is a share of>" ("% population"), "% -" when the whole is not named."""
    return "% " + (newsquant_counted(counted) if counted else "-")


def newsquant_change(qualifier: str | None, direction: str | None, text: str) -> str:
    """CQE's change symbol: a bound or approximation first ("up about 19%" is "~"), then the direction.

    NewsQuant gives a "from ... to ..." range no direction ("rose from 240 to 273" is "="),
    and an approximated range ("about 2000 - 2500") "~".
    """
    lowered = text.lower()
    if qualifier == "range" and lowered.startswith(APPROXIMATORS):
        return "~"
    if qualifier == "range" and lowered.startswith("from "):
        return "="
    bound = {"approx": "~", "more_than": ">", "at_least": ">", "less_than": "<", "up_to": "<"}.get(qualifier or "")
    return bound or direction or "="
