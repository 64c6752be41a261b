"""Words just before a figure that qualify it: a qualifier cue ("more than", "some", "~") or a direction verb ("rose", "cut to").

"up to" after a verb of movement is a rise to the level, no bound: "went up to 5.5%".
"""

import re
from typing import Final

import transforms.figures.change_lexicon as change_lex
import transforms.figures.lexicon as lex
from transforms.figures.figure import Figure, word_before

_QUALIFIER_OF_CUE: Final = {cue.lower(): name for name, cues in lex.QUALIFIER_CUES.items() for cue in cues}
_LONGEST_CUE: Final = max(len(cue.split()) for cue in _QUALIFIER_OF_CUE)
_OPENING_PUNCTUATION: Final = "([{\"“'‘"
_DIRECTION_VERB_RE: Final = re.compile(rf"(?i)(?P<up>{lex.UP_VERBS})|(?P<down>{lex.DOWN_VERBS})")
_LETTERS_RE: Final = re.compile(r"(?i)[a-z]+")
# Last words of the qualifier cues: a cheap gate before the cue lookup.
_QUALIFIER_LAST_WORDS: Final = {cue.split()[-1].lower() for cues in lex.QUALIFIER_CUES.values() for cue in cues}


def qualifier_before(text: str, figure: Figure) -> tuple[str, int] | None:
    """The qualifier cue ending just before the figure ("more than", "some", "~"): (qualifier, cue start)."""
    pos = figure.start
    if word_before(text, figure) not in _QUALIFIER_LAST_WORDS:
        return None
    window_start = max(0, pos - 30)
    words = text[window_start:pos].split()
    if window_start and words and not text[window_start - 1].isspace() and not text[window_start].isspace():
        del words[0]  # the window cut it in two
    for count in range(min(_LONGEST_CUE, len(words)), 0, -1):
        first = words[-count]
        bare = first.lstrip(_OPENING_PUNCTUATION)
        cue = " ".join([bare, *words[len(words) - count + 1:]]).lower()
        if cue in _QUALIFIER_OF_CUE:
            if cue == "up to" and len(words) > count and words[-count - 1].lower() in change_lex.MOVES_BEFORE_UP_TO:
                return None  # "went up to 5.5%": a rise to the level, no bound
            cue_start = pos
            for word in reversed(words[-count:]):
                cue_start = text.rfind(word, window_start, cue_start)
            return _QUALIFIER_OF_CUE[cue], cue_start + len(first) - len(bare)
    return None


def direction_before(text: str, pos: int) -> str | None:
    """ "up" or "down" from the verb before ``pos``: "rose 5%", "fell sharply by 3 points", "cut to 2%"."""
    words = text[max(0, pos - 40):pos].split()
    if pos > 40 and words and not text[pos - 41].isspace():
        del words[0]  # the window cut it in two
    if not words:
        return None
    last = words[-1].lower()
    if last == "to":
        if len(words) > 2 and words[-2].lower() == "up" and words[-3].lower() in change_lex.MOVES_BEFORE_UP_TO:
            return "up"  # "went up to 5.5%"
        verbs = words[-2:-1]
    elif last == "by":
        verbs = []  # the verb, then up to two plain words ("rose sharply by"), nearest first
        for word in reversed(words[-4:-1]):
            verbs.append(word)
            if not _LETTERS_RE.fullmatch(word):
                break
    elif last.lstrip(_OPENING_PUNCTUATION) == "up" and len(words) > 1 and words[-2].lower() in lex.PHRASAL_UP_VERBS:
        return None  # "made up 8% of the audience": the particle of a phrasal verb, no rise
    else:
        verbs = [words[-1]]
    for verb in verbs:
        direction = direction_of(verb.lstrip(_OPENING_PUNCTUATION))
        if direction and not (last == "to" and verb.lower() == "up"):  # "up to 400" is a bound
            return direction
    return None


_DIRECTION_OF_WORD: Final[dict[str, str | None]] = {}


def direction_of(word: str) -> str | None:
    """ "up", "down" or None for one word, memoised: the same verbs come back in every paragraph."""
    if word not in _DIRECTION_OF_WORD:
        if len(_DIRECTION_OF_WORD) > 50_000:
            _DIRECTION_OF_WORD.clear()
        found = _DIRECTION_VERB_RE.fullmatch(word)
        _DIRECTION_OF_WORD[word] = found.lastgroup if found else None
    return _DIRECTION_OF_WORD[word]
