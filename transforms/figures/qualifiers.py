"""Qualifier, direction and bounds of a figure, and the predicate of a count.

The qualifier comes from a cue before the figure (``cues``), a "sub-" prefix or a
word after it ("or more", "+"); the direction from a verb before it, a session's verb and the
move after it ("closed 0.68% higher"), a sign, or the
figure it restates ("lost 190 points, or 0.6%", conversions in one bracket "($74.6bn; £39.1bn)"), or the
change it is the level of ("fell 3% to $55.12": both down; not a range, "from 5 to 7 per cent to 3 to 5
per cent"), or the change before "and" whose verb it shares ("rose 0.6% on the month and 6.1% on the year",
in the same unit, not a share "and 10% of firms"). The bounds follow from the
qualifier. A count's predicate is the participle after it ("7,295 people were evacuated").
"""

import re
from typing import Final

import transforms.figures.lexicon as lex
from transforms.figures.change_nouns import level_direction, noun_direction, object_verb_direction, record_direction
from transforms.figures.cues import direction_before, direction_of, qualifier_before
from transforms.figures.figure import Figure, word_before
from transforms.figures.ranges import LONGEST_JOINER

_QUALIFIER_AFTER_RE: Final = re.compile(r"(?i)\s+or\s+(?P<at_least>more|above)\b|\s+or\s+(?P<approx>so)\b|(?P<more_than>\+|-plus\b)")
_APPOSITION_RE: Final = re.compile(r",?\s+or\s+|\s*[(/]\s*")
# Conversions listed inside one bracket: "77m euros (£53m; $100m)".
_IN_BRACKET_RE: Final = re.compile(r"\([^()]*$")
# A second change after the first with "and", each with its own period: "rose 0.6% on the month and 6.1% on the year".
_AND_CHANGE_RE: Final = re.compile(r"(?:\s+(?:on|in|over|for|during|this|last)(?:\s+[^\s\d.,;:!?\"“”()]+){1,3}?)?,?\s+and\s+")
# A move stated after the figure of a session verb: "closed 0.68% higher" (not "higher than", a comparison).
_MOVE_AFTER_RE: Final = re.compile(r"\s+(?:(?P<up>higher)|(?P<down>lower))\b(?!\s+than\b)")
# Between a change and the level it ends at: "fell 3.38% to $55.12", "lost 1.85 points, or 0.06%, to 3,120.18",
# with the time of the change between ("rose 3.5% in 2005 to 5.5 million tonnes", "fell 9% last year to £6.2bn"),
# or "at" before the level after a change ("sales in 2003 up 25% at 61.1bn yuan"; not after a level,
# "jumped to $53.09 before closing at $53.03").
_CHANGE_TO_LEVEL_RE: Final = re.compile(
    r"(?:\s+(?:in|during|over|since|on|last|this)(?:\s+[^\s.,;:!?\"“”()]+){1,4}?)?,?\s+(?:to|at)\s+"
)
_OF_AFTER_RE: Final = re.compile(r"\s+of\b")  # "10% of firms": a share, no change
_SHARE_OR_COMPARISON_AFTER_RE: Final = re.compile(r"(?i)\s+(?:of|more|less|fewer|higher|lower|cheaper|dearer)\b|\s+[a-z]+er\s+than\b")
_PREDICATE_RE: Final = re.compile(
    r"(?i)(?:,?\s+(?:who|that|which))?"
    r"(?P<aux>\s+(?:(?:have|has|had)\s+(?:now\s+|also\s+|already\s+)?been|were|was|are|is|"
    r"(?:will|would|could|may|might|had|have|has)(?:\s+be)?|being|got|get))?"
    r"(?:\s+(?:reportedly|also|now|already|been|all|since|allegedly|still))*\s+(?P<verb>[a-z]+)\b"
)


def qualify(text: str, figure: Figure, previous: Figure | None) -> None:
    """Qualifier and direction from the words just before (and after) the figure."""
    # "increase between 5% and 6%" states a range, not the change; "halve it to between 3% and 5%" is the level it ends at
    check_direction = figure.opener != "between" or word_before(text, figure) == "to"
    if figure.qualifier == "range":
        qualifier = figure.opener is None and qualifier_before(text, figure)
        if qualifier and qualifier[0] == "approx":
            figure.start = qualifier[1]  # "about 2000 - 2500 Calories": the span keeps the approximator
    else:
        qualifier = qualifier_before(text, figure)
        following = not qualifier and text[figure.end:figure.end + 1]
        after = following and (
            following in "+-" or following == " " and (text[figure.end + 1:figure.end + 3].lower() == "or" or text[figure.end + 1:figure.end + 2].isspace())
        ) and _QUALIFIER_AFTER_RE.match(text, figure.end)
        if qualifier:
            figure.qualifier, figure.start = qualifier
        elif figure.start >= 4 and text[figure.start - 1] == "-" and text[figure.start - 4:figure.start].lower() == "sub-":
            figure.qualifier, figure.start = "less_than", figure.start - 4  # "sub-300 sq m office space"
        elif after:
            figure.qualifier = after.lastgroup
            if after.lastgroup == "more_than":
                figure.end = after.end()
        else:
            figure.qualifier = "vague" if figure.vague else "exact"
    # An adverb of degree between the change and the figure ("rose by just 28%", "growth of only 2%")
    # is read past: the direction rules below see the words before it. Not before a share ("gained just
    # 5% of the vote"), a comparison ("just 25p more expensive") or a range ("losing just 54% to 46%").
    figure_start = figure.start
    if (
        figure.start >= 5 and word_before(text, figure) in lex.DEGREE_ADVERBS and figure.qualifier != "range"
        and not _SHARE_OR_COMPARISON_AFTER_RE.match(text, max(figure.end, figure.unit_end or 0))
    ):
        figure.start = len(text[:figure_start].rstrip()) - len(word_before(text, figure))
    _direct(text, figure, previous, check_direction)
    figure.start = figure_start
    if figure.qualifier in ("range", "vague"):
        return
    value = figure.value
    if figure.qualifier in ("more_than", "at_least"):
        figure.low, figure.high = value, None
    elif figure.qualifier in ("less_than", "up_to"):
        figure.low, figure.high = None, value
    else:
        figure.low = figure.high = value


def _direct(text: str, figure: Figure, previous: Figure | None, check_direction: bool) -> None:
    """The direction of the figure: a verb or sign at it, the change it restates or ends, a noun of change."""
    # Only a direction verb, "to" or "by" just before the figure can give it a direction:
    # the cached word before gates the 40-character window split.
    before = check_direction and word_before(text, figure)
    # A duration right after a verb is time spent or lost, not a level that moved ("lost three years of his
    # life"); by or to it states a change ("cut by two years").
    direction = before and (
        before in ("to", "by") or figure.category != "duration" and direction_of(before)
    ) and direction_before(text, figure.start)
    if direction:
        figure.direction = direction
    elif before in lex.SESSION_VERBS and (move := _MOVE_AFTER_RE.match(text, figure.unit_end or figure.end)):
        figure.direction = move.lastgroup  # "closed 0.68% higher", "ended 12 points lower"
    elif figure.sign and figure.sign.strip() == "+":
        figure.direction = "up"
    elif figure.sign and figure.sign.strip() in ("-", "−") and figure.category == "percent":
        figure.direction = "down"
    elif (
        previous is not None and figure.start - max(previous.end, previous.unit_end or 0) <= LONGEST_JOINER
        and (
            _APPOSITION_RE.fullmatch(text, max(previous.end, previous.unit_end or 0), figure.start)
            or text[max(previous.end, previous.unit_end or 0):figure.start].strip() == ";"
            and _IN_BRACKET_RE.search(text, max(0, previous.start - 60), previous.start) is not None
        )
    ):
        # "lost 190 points, or 0.6%", "more than 100 kilometers (60 miles)": same change, restated.
        # A bound holds for the bracketed conversion too; a hedge ("some five miles (8 km)")
        # is on the figure as written, and its conversion is stated as computed.
        figure.direction = previous.direction
        if (
            figure.qualifier == "exact" and previous.qualifier != "approx"
            and text[previous.end:figure.start].strip() in ("(", "/")
        ):
            figure.qualifier = previous.qualifier
    elif (
        previous is not None and previous.direction is not None and "range" not in (previous.qualifier, figure.qualifier)
        and (level := _CHANGE_TO_LEVEL_RE.fullmatch(text, max(previous.end, previous.unit_end or 0), figure.start))
        and (level.group(0).rstrip().endswith("to") or word_before(text, previous) not in ("to", "at"))
    ):
        figure.direction = previous.direction  # the level a change ends at: "rose 5% to 38.9 million", both up
    elif (
        previous is not None and previous.direction is not None and previous.unit == figure.unit
        and previous.currency == figure.currency and "range" not in (previous.qualifier, figure.qualifier)
        and _AND_CHANGE_RE.fullmatch(text, max(previous.end, previous.unit_end or 0), figure.start)
        and not _OF_AFTER_RE.match(text, max(figure.end, figure.unit_end or 0))
    ):
        figure.direction = previous.direction  # "rose 0.6% on the month and 6.1% on the year": one verb, two changes
    elif check_direction and (
        change := object_verb_direction(text, figure) or noun_direction(text, figure) or level_direction(text, figure)
        or record_direction(text, figure)
    ):
        figure.direction = change  # "cutting costs by $1bn", "a 5% rise", "a rise of 60%", "54m, up from 34m"


def read_predicate(text: str, figure: Figure) -> None:
    """The participle saying what happened to a count: "7,295 people were evacuated"."""
    match = _PREDICATE_RE.match(text, figure.unit_end or figure.end)
    if not match:
        return
    verb = match.group("verb").lower()
    if verb in lex.NOT_PREDICATES:
        return
    if verb.endswith("ed") or verb in lex.IRREGULAR_PARTICIPLES or (
        match.group("aux") and verb.endswith(("en", "wn"))
    ):
        figure.predicate = verb
