"""Numbers inside the title of a work: "US TV show 60 Minutes", "the US drama 24", "the film 28 Days Later".

Run with the other name filters (``filters``), once the unit is known. Three shapes:

1. A number right after a noun naming a work (``lexicon.WORK_NOUNS``: "drama", "film",
   "programme", ...; "show" only after a word that makes it a programme, ``lexicon.SHOW_KINDS``:
   "TV show", "chat show"), when the word after the number is capitalised or the number ends
   the clause: "the drama 24, which", not "the film 3 times", "show 5 people".
2. A number before a capitalised unit of time within a sentence after a lower-case word ("told
   60 Minutes", "a fan of 24 Hours in A&E"): a title, unless the sentence is written in title
   case ("Talks Last 24 Hours": the word before is capitalised too) or the number opens it.
3. A number between two capitalised words inside a sentence written in lower case ("films such as
   Dirty Harry, The 39 Steps and", "his track One Against 20 Emcees"): the words around it are one
   name. Not when the capitalised word before opens the sentence ("The 10 Largest firms"), nor in a
   line written in title case (a headline: "Trump Names The 5 States He Needs"), nor with a currency.
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.figure import Figure, previous_word, sentence_start

_CAPITALISED_NEXT_RE: Final = re.compile(r"[ \u00a0]+[A-Z]|\s*(?:[,;:!?)\"”]|\.(?!\d)|$)")
_TITLE_UNIT_RE: Final = re.compile(rf"[ \u00a0]+(?:{'|'.join(sorted(lex.TITLE_UNITS))})\b")
_WORD_BEFORE_RE: Final = re.compile(r"([A-Za-z]+)[ \u00a0]+$")
_CAPITALISED_AFTER_RE: Final = re.compile(r"[ \u00a0]+[A-Z][a-z]")
# A word in lower case (four letters or more: no "of", "the") between the sentence's start and the name.
_LOWER_CASE_WORD_RE: Final = re.compile(r"(?<![\w'’-])[a-z]{4,}\b")
_SENTENCE_END_RE: Final = re.compile(r"[.!?][\"'’”)]*\s|\n")


def is_work_title(text: str, figure: Figure) -> bool:
    """A number in a work's title: after "drama", "film", "TV show" before a capital, or "60 Minutes" within a sentence."""
    start, end = figure.number_start, figure.number_end
    if figure.currency or start == 0:
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1)
    low = word.lower()
    if word.islower() and (low in lex.WORK_NOUNS or low == "show" and previous_word(text, before.start(1)) in lex.SHOW_KINDS):
        return _CAPITALISED_NEXT_RE.match(text, end) is not None
    if word.islower():
        return _TITLE_UNIT_RE.match(text, end) is not None and not sentence_start(text, start)
    return word[0].isupper() and word[1:].islower() and _inside_a_name(text, before.start(1), end)


def _inside_a_name(text: str, word_start: int, end: int) -> bool:
    """Whether a number after the capitalised word at ``word_start`` and before another is inside a name (shape 3)."""
    if _CAPITALISED_AFTER_RE.match(text, end) is None or sentence_start(text, word_start):
        return False
    head = text[max(0, word_start - 200):word_start]
    ends = list(_SENTENCE_END_RE.finditer(head))
    sentence = head[ends[-1].end():] if ends else head
    if not ends and word_start > 200:
        return False  # the sentence's start lies beyond the window
    return _LOWER_CASE_WORD_RE.search(sentence) is not None
