"""A "one" that introduces an unnamed source, no amount: "said one trader", "one Bombay trader said this week".

Run with the idiomatic "one" (``filters.is_idiomatic_one``), which already drops a "One" opening a
sentence. Two shapes, the noun phrase after "one" being up to five words with no clause word in it:

1. A verb of saying just before "one", the phrase then ending the clause or going on with what
   describes the source: "said one London-based broker.", "said one analyst quoted by AFP",
   "said one Democrat familiar with the talks". Not "says one reason for that result is", "said one
   laptop per child could", "admitted one felony count of": something follows that no source has.
2. "one" opening a clause (after a comma, a colon or "but", "as", "while", "however"), then the
   phrase and a verb of saying: "but one insider pointed out", "As one employee told the paper",
   "exports to Mexico, one slide says". Not after "and", which may count one against others
   ("four voted for it and one delegate said no").

Word lists live in ``source_lexicon``.
"""

import re
from typing import Final

from transforms.figures.figure import Figure
from transforms.figures.source_lexicon import CLAUSE_OPENERS, SOURCE_DESCRIBERS, SPEECH_VERBS

_SPEECH: Final = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
# A word of the noun phrase naming the source: letters, hyphens, apostrophes, inner full stops ("U.S.").
_PHRASE_WORD: Final = r"[A-Za-z][\w'’.-]*"
_SPEECH_BEFORE_RE: Final = re.compile(rf"(?i)\b(?:{_SPEECH})[ \u00a0]+$")
_OPENER_BEFORE_RE: Final = re.compile(
    rf"(?:[,;:(—–][\"”’']?[ \u00a0]*|(?<![\w-])(?i:{'|'.join(sorted(CLAUSE_OPENERS))})[ \u00a0]+)$"
)
# After "said one": the phrase, then a clause's end or a word describing the source.
_PHRASE_THEN_END_RE: Final = re.compile(
    rf"(?:[ \u00a0]+{_PHRASE_WORD}){{1,5}}?(?:[ \u00a0]*[,.;:!?\"”)]|[ \u00a0]+(?:{'|'.join(sorted(SOURCE_DESCRIBERS))})\b|$)"
)
# After a clause-opening "one": the phrase, then a verb of saying.
_PHRASE_THEN_SPEECH_RE: Final = re.compile(rf"(?P<phrase>(?:[ \u00a0]+{_PHRASE_WORD}){{1,5}}?)[ \u00a0]+(?:{_SPEECH})\b")
# Words that cannot be part of the phrase: a clause or another verb starts there.
_NOT_PHRASE_WORDS: Final = frozenset((
    "that", "which", "who", "whom", "whose", "what", "is", "was", "were", "are", "has", "have", "had", "will", "would",
    "could", "should", "may", "might", "can", "must", "do", "does", "did", "and", "or", "but", "per", "of", "for", "to",
))


def is_unnamed_source(text: str, figure: Figure) -> bool:
    """Whether a lone "one" introduces an unnamed source of what is said (see the module docstring)."""
    start, end = figure.number_start, figure.number_end
    head = text[max(0, start - 20):start]
    if _SPEECH_BEFORE_RE.search(head):
        after = _PHRASE_THEN_END_RE.match(text, end)
        return after is not None and _plain_phrase(text[end:after.end()])
    if _OPENER_BEFORE_RE.search(head):
        after = _PHRASE_THEN_SPEECH_RE.match(text, end)
        return after is not None and _plain_phrase(after.group("phrase"))
    return False


def _plain_phrase(phrase: str) -> bool:
    """Whether the words after "one" name a source only: no clause word, no number."""
    words = [word.strip(",.;:!?\"”)").lower() for word in phrase.split()]
    return not any(word in _NOT_PHRASE_WORDS or any(character.isdigit() for character in word) for word in words)
