"""A quoted term of two or three words that qualifies the noun right after it, with no one reported saying it.

Matches a short term (``classify.is_term``) of two or three words, the first no adverb, degree
word or number ("deeply worrying", "less painful", "99.9" percent are wording), whose closing mark is followed by a lowercase word that can head a noun
phrase: no function word (``NOT_HEAD_WORDS``) and no "-ing", "-ed" or "-ly" word ("“letter of
intent” stating", "“gun violence” pushed"). So a "zero tolerance" approach, a "career average"
salary, its latest "pocket office" device, the "Gang of Eight" bill: the term names a kind of
the thing.

A quotation right after "the phrase", "the term" and the rest of ``NAME_WORDS`` is left to
``classify`` rule 1 ("Trump has used the phrase “Islamic terrorism” often": he says it).

``extract`` asks this only of a quotation whose speaker is a guess (no reporting clause, no
"according to", no agent): "Kilroy-Silk promised a “firm but fair” policy" stays his words.
Single words ("chaotic" asylum system, "modest" increase) are left alone: a lone adjective
before a noun is mostly someone's judgement.
"""

import re
from typing import Final

from transforms.quotes.lexicon import DEGREE_WORDS, NAME_WORDS, NOT_HEAD_WORDS
from transforms.quotes.term_heads import TERM_WORD

# The closing mark, a space, then a lowercase word (hyphens inside) not followed by a possessive.
HEAD_AFTER: Final[re.Pattern[str]] = re.compile(r"[”\"’']\s([a-z][a-z\-]*)\b(?!['’])")


def qualifies_a_noun(text: str, start: int, end: int) -> bool:
    """The quotation ``text[start:end]`` is a term of two or three words before a noun it qualifies."""
    words = TERM_WORD.findall(text[start:end])
    first = words[0].lower() if words else ""
    if not 2 <= len(words) <= 3 or first.endswith("ly") or first in DEGREE_WORDS or first[0].isdigit():
        return False
    if text[max(0, start - 24):start].rstrip(" “\"").lower().endswith(NAME_WORDS):
        return False
    head = HEAD_AFTER.match(text, end)
    if head is None:
        return False
    word = head.group(1)
    return word not in NOT_HEAD_WORDS and not word.endswith(("ing", "ed", "ly"))
