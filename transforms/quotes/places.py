"""Whether a name is a place's: a country, a US state or a seat of government (``entity_words``' lists).

A place speaks for its people or government only as an organisation does ("Washington has claimed"), and a name of
several words that is a place's is no person's, however its words read ("New Hampshire", "Saudi Arabia").
"""

from transforms.quotes.entity_words import COUNTRIES, SEATS_OF_GOVERNMENT, US_STATES


def is_country_name(name: str | None) -> bool:
    return name is not None and name.lower().replace(" ", "-") in COUNTRIES


def is_us_state(name: str | None) -> bool:
    """"California", "New Hampshire": a US state's name (``entity_words.US_STATES``)."""
    return name is not None and name in US_STATES


def is_seat_of_government(name: str | None) -> bool:
    """"Washington", "Downing Street": a place that speaks for its government (``entity_words.SEATS_OF_GOVERNMENT``)."""
    return name is not None and name in SEATS_OF_GOVERNMENT


def is_place(name: str | None) -> bool:
    """A country, a US state or a seat of government."""
    return is_us_state(name) or is_seat_of_government(name) or is_country_name(name)
