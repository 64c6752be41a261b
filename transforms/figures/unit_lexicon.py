"""Word lists of the units: currency words, percentages, measures, durations and other units.

Each surface form (lower case) maps to the unit as reported; ``UNITS`` joins them with
their category. Kept apart from ``lexicon`` so that each list module stays small.
"""

from typing import Final

# Unit surface form (lower case) -> (unit as reported, category).
# Currency words after the amount.
MONEY_UNITS: Final[dict[str, str]] = {
    "dollars": "dollars", "dollar": "dollars", "euros": "euros", "euro": "euros",
    "pounds sterling": "pounds", "yen": "yen", "yuan": "yuan", "renminbi": "yuan",
    "rupees": "rupees", "rupee": "rupees", "ringgit": "ringgit", "shekels": "shekels",
    "shekel": "shekels", "cents": "cents", "cent": "cents", "pence": "pence",
    "francs": "francs", "rubles": "rubles", "roubles": "rubles", "hryvnias": "hryvnias",
    "hryvnia": "hryvnias", "lira": "lira", "krone": "kroner", "kroner": "kroner",
    "kronor": "kronor", "crowns": "crowns", "pesos": "pesos", "rand": "rand",
    "won": "won", "bitcoin": "bitcoin", "bitcoins": "bitcoin",
    "australian dollars": "Australian dollars", "canadian dollars": "Canadian dollars",
    "new zealand dollars": "New Zealand dollars", "hong kong dollars": "Hong Kong dollars",
    "us dollars": "dollars", "u.s. dollars": "dollars", "usd": "dollars", "jpy": "yen",
    "eur": "euros", "gbp": "pounds", "inr": "rupees", "cny": "yuan", "sen": "sen", "€": "euros",
    "danish crowns": "Danish kroner", "danish kroner": "Danish kroner", "swedish crowns": "Swedish kronor",
    "swedish kronor": "Swedish kronor", "norwegian crowns": "Norwegian kroner", "norwegian kroner": "Norwegian kroner",
    "baht": "baht", "naira": "naira", "rupiah": "rupiah", "zlotys": "zlotys", "zloty": "zlotys",
    "dirhams": "dirhams", "riyals": "riyals", "dinars": "dinars", "shillings": "shillings", "swiss francs": "Swiss francs",
    "reais": "reais",
}
PERCENT_UNITS: Final[dict[str, str]] = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pc": "percent",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "basis points": "basis points", "basis point": "basis points", "bps": "basis points",
}
DISTANCE_UNITS: Final[dict[str, str]] = {
    "miles": "miles", "mile": "miles", "km": "kilometres", "kms": "kilometres",
    "kilometres": "kilometres", "kilometers": "kilometres", "kilometre": "kilometres",
    "kilometer": "kilometres", "metres": "metres", "meters": "metres", "metre": "metres",
    "meter": "metres", "feet": "feet", "foot": "feet", "ft": "feet", "inches": "inches",
    "inch": "inches", "yards": "yards", "yard": "yards", "yd": "yards", "cm": "centimetres",
    "centimetres": "centimetres", "centimeters": "centimetres", "mm": "millimetres",
    "millimetres": "millimetres", "millimeters": "millimetres", "millimeter": "millimetres",
    "millimetre": "millimetres", "nanometres": "nanometres", "nanometers": "nanometres",
    "nanometer": "nanometres", "nm": "nanometres", "μm": "micrometres",
    "micrometres": "micrometres", "micrometers": "micrometres", "microns": "micrometres",
    "nautical miles": "nautical miles", "light years": "light years",
    "light-years": "light years", "square miles": "square miles",
    "square kilometres": "square kilometres", "square kilometers": "square kilometres",
    "square metres": "square metres", "square meters": "square metres",
    "square feet": "square feet", "sq m": "square metres", "sqm": "square metres",
    "sq ft": "square feet", "acres": "acres", "hectares": "hectares", "″": "inches",
    "m2": "square metres", "m²": "square metres", "km2": "square kilometres", "km²": "square kilometres",
    "cubic feet": "cubic feet", "cubic metres": "cubic metres", "cubic meters": "cubic metres",
}
DURATION_UNITS: Final[dict[str, str]] = {
    "seconds": "seconds", "second": "seconds", "secs": "seconds", "minutes": "minutes",
    "minute": "minutes", "mins": "minutes", "min": "minutes", "hours": "hours",
    "hour": "hours", "hrs": "hours", "days": "days", "day": "days", "weeks": "weeks",
    "week": "weeks", "months": "months", "month": "months", "years": "years",
    "year": "years", "decades": "decades", "decade": "decades", "centuries": "centuries",
    "milliseconds": "milliseconds", "nights": "nights", "quarters": "quarters",
}
OTHER_UNITS: Final[dict[str, str]] = {
    "mph": "miles per hour", "m.p.h.": "miles per hour", "miles per hour": "miles per hour",
    "parts per million": "parts per million", "parts per billion": "parts per billion",
    "barrel-a-day": "barrels per day", "barrels-a-day": "barrels per day",
    "pounds": "pounds", "pound": "pounds",
    "miles an hour": "miles per hour", "km/h": "kilometres per hour", "m/s": "metres per second",
    "km/hr": "kilometres per hour", "kph": "kilometres per hour",
    "kilometres per hour": "kilometres per hour", "kilometers per hour": "kilometres per hour",
    "kg": "kilograms", "kilograms": "kilograms", "kilos": "kilograms", "grams": "grams",
    "g": "grams", "mg": "milligrams", "μg": "micrograms", "lb": "pounds", "lbs": "pounds",
    "tonnes": "tonnes", "tons": "tons", "tonne": "tonnes", "ton": "tons",
    "gigatonnes": "gigatonnes", "gigatons": "gigatonnes", "megatons": "megatons",
    "litres": "litres", "liters": "litres", "litre": "litres", "liter": "litres",
    "l": "litres", "ml": "millilitres", "millilitres": "millilitres",
    "gallons": "gallons", "gallon": "gallons", "pints": "pints", "pint": "pints", "quarts": "quarts", "quart": "quarts", "barrels": "barrels", "barrel": "barrels",
    "barrels a day": "barrels per day", "barrels per day": "barrels per day",
    "bpd": "barrels per day", "w": "watts", "watts": "watts", "kw": "kilowatts",
    "kilowatts": "kilowatts", "mw": "megawatts", "megawatts": "megawatts",
    "megawatt": "megawatts", "gw": "gigawatts", "gigawatts": "gigawatts",
    "gigawatt": "gigawatts", "kwh": "kilowatt hours", "mwh": "megawatt hours",
    "gwh": "gigawatt hours", "twh": "terawatt hours", "mah": "milliampere hours",
    "v": "volts", "volts": "volts", "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz",
    "ghz": "gigahertz", "hertz": "hertz", "kb": "kilobytes", "mb": "megabytes",
    "gb": "gigabytes", "tb": "terabytes", "mbps": "megabits per second",
    "gbps": "gigabits per second", "kbps": "kilobits per second", "kbit/s": "kilobits per second",
    "mbit/s": "megabits per second", "gbit/s": "gigabits per second", "hp": "horsepower", "bhp": "brake horsepower",
    "horsepower": "horsepower", "nm": "newton metres", "lb-ft": "foot pound-force",
    "pound-feet": "pound-feet", "rpm": "revolutions per minute", "ksi": "ksi",
    "psi": "psi", "gpa": "gigapascals", "gigapascals": "gigapascals", "mpa": "megapascals",
    "ppm": "parts per million", "ppb": "parts per billion", "db": "decibels",
    "decibels": "decibels", "mpg": "miles per gallon", "miles per gallon": "miles per gallon",
    "degrees": "degrees", "degree": "degrees", "°": "degrees", "°c": "degrees Celsius",
    "°f": "degrees Fahrenheit", "degrees celsius": "degrees Celsius",
    "degrees fahrenheit": "degrees Fahrenheit", "degrees c": "degrees Celsius",
    "degrees f": "degrees Fahrenheit", "celsius": "degrees Celsius",
    "fahrenheit": "degrees Fahrenheit", "points": "points", "point": "points",
    "pts": "points", "ppg": "points per game", "rpg": "rebounds per game",
    "apg": "assists per game", "times": "times", "fold": "times", "calories": "calories",
    "kcal": "calories", "ounces": "ounces", "ounce": "ounces", "oz": "ounces", "kv": "kilovolts",
    "degf": "degrees Fahrenheit", "degc": "degrees Celsius", "deg f": "degrees Fahrenheit",
    "deg c": "degrees Celsius", "deg": "degrees", "knots": "knots", "mmbtu": "million British thermal units",
    "btu": "British thermal units", "kv/cm": "kilovolts per centimetre", "carats": "carats", "megapixels": "megapixels", "mp": "megapixels",
}
# Abbreviations whose meaning depends on case ("450 Nm" torque, "7 nm" length; "300 PS").
CASED_UNITS: Final[dict[str, tuple[str, str]]] = {
    "Nm": ("newton metres", "other"), "PS": ("horsepower", "other"),
    "WAR": ("wins above replacement", "other"), "TDs": ("touchdowns", "other"),
    "TD": ("touchdowns", "other"), "p": ("pence", "money"),
    "G": ("generations", "other"),  # "5G", "4G networks": mobile network generations, not grams
}

# Units that may sit directly against the digits ("164p", "5kW", "45g") but are too
# ambiguous to accept after a space.
ATTACHED_ONLY_UNITS: Final[dict[str, tuple[str, str]]] = {
    "p": ("pence", "money"), "g": ("grams", "other"), "l": ("litres", "other"),
    "w": ("watts", "other"), "v": ("volts", "other"), "c": ("degrees Celsius", "other"),
    "f": ("degrees Fahrenheit", "other"),
    "h": ("hours", "duration"), "in": ("inches", "distance"), "m": ("metres", "distance"),
    "kps": ("kilobits per second", "other"),  # "256kps", a bit rate
    "ins": ("inches", "distance"),  # "5ft 9ins"
}


def _unit_table() -> dict[str, tuple[str, str]]:
    """Every unit surface (lower case) -> (unit name, category); the first listing wins."""
    table: dict[str, tuple[str, str]] = {}
    for units, category in (
        (MONEY_UNITS, "money"), (PERCENT_UNITS, "percent"), (DISTANCE_UNITS, "distance"),
        (DURATION_UNITS, "duration"), (OTHER_UNITS, "other"),
    ):
        for surface, name in units.items():
            table.setdefault(surface, (name, category))
    return table


UNITS: Final[dict[str, tuple[str, str]]] = _unit_table()
