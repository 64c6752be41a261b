"""Who a participle cue's clause stands for when its subject is no one: the person named last before it.

"The trouble began on the show, with Jo Hart marching up to him, saying “…”" and "The film showed Mr Rana,
apparently talking about the NHS, telling the meeting: “…”" give their words to the person, not to "The trouble" or
"The film". ``AttributionFinder.before`` asks ``subject_before_participle`` for a participle after a comma whose
sentence subject names no one. Reading back from the cue, a name that is the object of a preposition ("about the
NHS") is passed over; the first other name is the subject when a comma or a verb follows it ("Jo Hart marching",
"Ms Hart defended"), and no one when a noun does ("Corbyn supporters", "Clinton's campaign"). A sentence opener
before the name ("Meanwhile Ms Hart") is no part of it.

A name after "of" that the participle follows at once, past an adverb at most, is its subject ("footage of Jo Hart
saying, “…”", "What do you make of Hart privately saying “…”"; not after "at", "to" or "from", mostly an object):
``name_right_before``, which ``AttributionFinder.before`` asks before it reads the clause's subject.
"""

import re
from collections.abc import Callable
from typing import Final

from transforms.quotes.lexicon import NOT_SUBJECT_START
from transforms.quotes.names import NAME
from transforms.quotes.paragraph import Paragraph

# What follows a person who is the subject of a clause: a comma or a verb.
PARTICIPLE_SUBJECT_END: Final[re.Pattern[str]] = re.compile(r",|\s+(?:[a-z]+ly\s+)?[a-z]+(?:ing|ed)\b")
OPENING_WORD: Final[re.Pattern[str]] = re.compile(rf"(?:{NOT_SUBJECT_START})\s+(?=[A-Z])")
# Between a name and the participle cue right after it: "of Jo Hart saying", "of Hart privately saying".
RIGHT_BEFORE_CUE: Final[re.Pattern[str]] = re.compile(r"\s+(?:[a-z]+ly\s+)?")
# "footage of Jo Hart saying": the name "of" takes is the participle's subject; after "at", "to" or "from" one is
# mostly its object ("tweeted back at Hart pointing out", "wrote to Jo Hart asking").
OF_BEFORE: Final[re.Pattern[str]] = re.compile(r"\bof\s+$")
OBJECT_OF_PREPOSITION: Final[re.Pattern[str]] = re.compile(r"\b(?:about|of|for|to|from|at|in|on|by|against|over)\s+(?:the\s+)?$")


def subject_before_participle(
    paragraph: Paragraph, floor: int, cue_start: int, is_name: Callable[[re.Match[str], int], bool]
) -> tuple[int, int] | None:
    """The span of the name that is the subject of the participle cue at ``cue_start`` (see the module docstring)."""
    text = paragraph.text
    sentence_start = max(floor, paragraph.sentence_of(max(cue_start - 1, 0))[0])
    for found in reversed(list(NAME.finditer(text, sentence_start, cue_start))):
        if paragraph.inside_quote(found.start()) or not is_name(found, sentence_start):
            continue
        if OBJECT_OF_PREPOSITION.search(text, max(sentence_start, found.start() - 12), found.start()):
            continue  # "talking about the EU, telling": an object, no subject
        if not PARTICIPLE_SUBJECT_END.match(text, found.end()):
            return None  # "Sanders protesters interrupted", "Clinton's campaign": the name qualifies a noun
        opener = OPENING_WORD.match(text, found.start(), found.end())  # "Meanwhile Ms Hart"
        return (opener.end() if opener else found.start()), found.end()
    return None


def name_right_before(
    paragraph: Paragraph, floor: int, cue_start: int, is_name: Callable[[re.Match[str], int], bool]
) -> tuple[int, int] | None:
    """The span of a name the participle cue at ``cue_start`` follows at once (past an adverb at most), else None."""
    text = paragraph.text
    sentence_start = max(floor, paragraph.sentence_of(max(cue_start - 1, 0))[0])
    for found in NAME.finditer(text, max(sentence_start, cue_start - 80), cue_start):
        if (
            RIGHT_BEFORE_CUE.fullmatch(text, found.end(), cue_start) and OF_BEFORE.search(text, max(sentence_start, found.start() - 4), found.start())
            and not paragraph.inside_quote(found.start()) and is_name(found, sentence_start)
        ):
            return found.span()
    return None
