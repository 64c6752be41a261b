"""Contact details written in digits: phone numbers and street addresses, which state no amount.

A phone number is a run of digit groups led by a country code ("+49 (0)40 890 85-433",
"+1 212 555 0100"), an area code in brackets ("(555) 123-4567") or a trunk code with its
leading zero ("0800 028 9276", "0845 8 505 505"), nine digits or more in all: ``phone_spans``
finds them, and ``extract`` drops every figure inside one. A street address is a house number
before a street's name and its street word, with an optional compass point ("3170 W. Main St",
"250 E Jefferson Blvd", "12 Downing Street"): ``is_street_address`` drops its number, unless
the name is made of small words, as in a title-cased headline ("These 3 Words On Highway Signs").
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.figure import Figure

_PHONE_RE: Final = re.compile(
    r"(?<![\w.,+])(?:\+\d{1,3}(?:[ \u00a0.-]?\(\d{1,5}\))?|\(\d{2,5}\)|0\d{2,4}(?=[ \u00a0.-]\d))"
    r"(?:[ \u00a0.-]?\d{1,5}){2,5}(?![\w%]|[.,]\d)"
)
_PHONE_DIGITS: Final = 9
_STREET_WORDS: Final = "|".join(sorted(lex.STREET_WORDS, key=len, reverse=True))
_STREET_AFTER_RE: Final = re.compile(
    r"[ \u00a0]+(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \u00a0]+)?"
    rf"(?P<name>(?:[A-Z][\w'’-]*[ \u00a0]+){{1,3}})(?:{_STREET_WORDS})\b"
)
_LONGEST_HOUSE_NUMBER: Final = 5


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where the phone numbers of a paragraph are, in text order."""
    if not _may_hold_a_phone(text):
        return []
    return [
        phone.span() for phone in _PHONE_RE.finditer(text)
        if sum(character.isdigit() for character in phone.group()) >= _PHONE_DIGITS
    ]


def is_street_address(text: str, figure: Figure) -> bool:
    """Whether the figure is a house number: digits before a street's name ("3170 W. Main St")."""
    end = figure.number_end
    if figure.is_word or figure.currency or not text[end + 1:end + 2].isupper() or end - figure.number_start > _LONGEST_HOUSE_NUMBER:
        return False
    street = _STREET_AFTER_RE.match(text, end)
    return street is not None and not any(word.lower() in lex.PHRASE_STOPWORDS for word in street.group("name").split())


def _may_hold_a_phone(text: str) -> bool:
    """A cheap gate before the regex: a "+", a "(" or a " 0" before a digit ("+49", "(555)", " 0800")."""
    for marker in ("+", "(", " 0"):
        at = text.find(marker)
        while at >= 0:
            if text[at + len(marker):at + len(marker) + 1].isdigit():
                return True
            at = text.find(marker, at + 1)
    return text[:1] == "0"
