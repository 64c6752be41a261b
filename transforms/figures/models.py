"""Numbers naming a product's model rather than counting: "Boeing's 777 line", "their 7610 phone", "Porsche's 911".

A bare whole number of three or four digits (no separator, no unit, not glued to a hyphen: "a
300-seat plane" counts seats) names a model when:

1. a singular noun heads what follows it and a product noun is among its words ("its new 777 plane",
   "a US air force 767 tanker contract", "the 787 Dreamliner plane", ``model_lexicon.PRODUCT_NOUNS``): a
   count of more than one names a plural, and other singulars are measures or levels ("the 600 mark",
   "the 176 majority", "100 grand"). Not after "a" or "an", where number and noun are one measure
   ("a 500 jet fleet");
2. a maker's name comes right before it ("Porsche's 911 sports cars", "Nokia 6230", ``model_lexicon.MAKERS``);
3. the same digits name a model by (1) or (2) elsewhere in the paragraph and nothing is counted after
   them here ("the new 777 in Seattle"), or they follow "the" with a product noun a few words before
   ("its smallest airliner, the 717, and", ``model_lexicon.PRODUCT_NOUNS``).

``extract.scan`` asks (1) and (2) of every figure; ``drop_named_models`` applies (3) to the paragraph.
"""

import re
from typing import Final

import transforms.figures.model_lexicon as lex
from transforms.figures.counted import looks_plural
from transforms.figures.figure import Figure, previous_word

_DIGITS_RE: Final = re.compile(r"[1-9]\d{2,3}")
_MAKER_BEFORE_RE: Final = re.compile(r"(?P<maker>[A-Z][A-Za-z]+)(?:['’]s)? $")
_PRODUCT_BEFORE_THE_RE: Final = re.compile(r"(?i)\b(?P<noun>[a-z]+)\b[^.;:!?\d]{0,40}\bthe\s+$")
_PRODUCT_WORDS_BACK: Final = 6


def _bare_digits(text: str, figure: Figure) -> str | None:
    """The figure's digits when it is a bare whole number of three or four digits, else None."""
    if figure.is_word or figure.currency or figure.has_unit or figure.scale != 1 or figure.vague or figure.sign:
        return None
    start, end = figure.number_start, figure.number_end
    digits = text[start:end]
    if not _DIGITS_RE.fullmatch(digits) or text[end:end + 1] in ("-", "–") or text[start - 1:start] in ("-", "–"):
        return None
    return digits


def names_a_model(text: str, figure: Figure) -> bool:
    """Whether the number names a model by the noun after it or the maker before it (rules 1 and 2)."""
    if _bare_digits(text, figure) is None:
        return False
    maker = _MAKER_BEFORE_RE.search(text, max(0, figure.number_start - 20), figure.number_start)
    if maker is not None and maker.group("maker").lower() in lex.MAKERS:
        return True
    head = figure.unit
    if figure.category != "count" or not head or not head.isalpha() or not head.islower() or looks_plural(head):
        return False
    if previous_word(text, figure.number_start) in ("a", "an"):
        return False
    return any(word.lower() in lex.PRODUCT_NOUNS for word in (figure.counted or head).split())


def drop_named_models(text: str, figures: list[Figure], models: set[str]) -> list[Figure]:
    """Drop the bare numbers that repeat a model named in the paragraph or follow "the" after a product noun (rule 3)."""
    kept = []
    for figure in figures:
        digits = figure.unit is None and _bare_digits(text, figure)
        if digits and (digits in models or _after_product_noun(text, figure)):
            continue
        kept.append(figure)
    return kept


def _after_product_noun(text: str, figure: Figure) -> bool:
    """ "its smallest airliner, the 717": "the" before the number and a product noun a few words before it."""
    if previous_word(text, figure.number_start) != "the":
        return False
    words = text[max(0, figure.number_start - 60):figure.number_start].split()[-_PRODUCT_WORDS_BACK - 1:-1]
    for word in reversed(words):
        bare = word.strip(",;:-–—()\"“”").lower()
        if word[-1:] in ".;:!?":
            return False
        if bare in lex.PRODUCT_NOUNS:
            return True
    return False
