"""A person's name followed by "of" and a place or body: the person speaks, the rest says where they are from.

"Jo Hart of Kent praised …", "Gov. Jo Hart of West Virginia lauded …", "Stacy Hart of Columbia, South Carolina
says …": the subject scans (``sentence_subjects.SentenceSubjectFinder.sentence_subject``, ``subjects.subject_before``) meet the place
right before the verb and would take it for the subject. ``person_before_of`` finds the name before "of" when it
is a person's: two or more words, no organisation or place word ending it, after an optional title; a run that is
an organisation's ("Bank of England") is no person's. ``place_after_person_of`` reads "Stacy Hart of Columbia,
South Carolina": the words after the comma finish the place the person is from.
"""

import re
from typing import Final

from transforms.quotes.name_runs import strip_titles
from transforms.quotes.names import NAME
from transforms.quotes.phrases import is_person_shaped
from transforms.quotes.speakers import is_organisation_run

# A name, "of", an optional "the", up to where the place's or body's name starts.
NAME_THEN_OF: Final[re.Pattern[str]] = re.compile(rf"(?<![\w’'.])({NAME.pattern})\s+of\s+(?:the\s+)?$")
# "Jo Hart of Columbia, South Carolina": a person, "of", a town, its comma, then the state that finishes it.
NAME_OF_TOWN_COMMA: Final[re.Pattern[str]] = re.compile(rf"(?<![\w’'.])({NAME.pattern})\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?,\s*$")


def is_persons_name(name: str) -> bool:
    """Two or more words once titles are set aside, shaped like a person's name, and no organisation's run."""
    tokens = name.split()
    bare = strip_titles(tokens)
    return bare is not None and len(bare.split()) > 1 and is_person_shaped(tokens) and not is_organisation_run(tokens)


def person_before_of(text: str, floor: int, start: int) -> tuple[int, int] | None:
    """The span of a person's name right before "of (the)" that ends at ``start``, if there is one."""
    found = NAME_THEN_OF.search(text, max(floor, start - 120), start)
    if found is None or not is_persons_name(found.group(1)):
        return None
    return found.span(1)


def place_after_person_of(left: str, comma_end: int) -> tuple[int, int] | None:
    """The span in ``left`` of the person whose "of Town," ends at ``comma_end`` ("Jo Hart of Columbia, South …")."""
    found = NAME_OF_TOWN_COMMA.search(left, max(0, comma_end - 120), comma_end)
    if found is None or not is_persons_name(found.group(1)):
        return None
    return found.span(1)
