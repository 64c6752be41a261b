"""A lone surname that two people of the article share ("Clinton" of Hillary and Bill Clinton): which one it names.

News keeps the lone surname for the person it is about and names the other in full each time, or by the first
name. ``shared_surname_holder`` takes, for a bare lone surname at a position, in this order:

1. the fuller name written just before it (within ``NEAR`` characters: "Bill Clinton spoke with voters … Clinton
   said"; not kin a pronoun owns, "… for his wife Hillary Clinton", named in full to tell them apart), but when two of
   them are named that near, the one whose gender fits the pronoun its reporting verb
   reports with ("Dorothy Woods, whose husband, Ty Woods, … Woods said she");
2. else the one person of them a headline names ("Hillary Clinton Accused Of …");
3. else the first one the article names in full as no preposition's object ("the brother of Simon Cowell" is
   not whom "Writer Tony Cowell …" is about);
4. else the first one it names in full.

Only names whose first word is a given name count: a known one (``given_names``), or a word the article never
writes in lower case ("To Sexton, who …" opens a sentence; it names no second Sexton). A surname only one person
of the article has, and a surname after a title ("Mr Blair", whom recency finds), are left to
``ArticleNames.fullest``.
"""

import re
from typing import Final

from transforms.quotes.entities import ArticleEntities
from transforms.quotes.given_names import given_name_gender
from transforms.quotes.kin_first_names import KIN_NOUN
from transforms.quotes.names import REPORTED_PRONOUN
from transforms.quotes.participles import OBJECT_OF_PREPOSITION

# A kinship noun a pronoun owns, right before a name: "his wife Hillary Clinton", "her husband, Ty Woods".
KIN_OF_SOMEONE: Final = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:{KIN_NOUN}),?\s+$")
# How far before a lone surname a fuller name still makes it that person's: about two sentences.
NEAR: Final = 250


def shared_surname_holder(entities: ArticleEntities, surname: str, position: int) -> str | None:
    """The person a bare lone ``surname`` at ``position`` names when two people of the article share it, else None."""
    names = entities.names
    names.scan()
    first_at: dict[str, int] = {}
    subject_at: dict[str, int] = {}
    last_before = (-1, "")
    near: set[str] = set()
    reported: str | None = None
    for (at, full), (text, found) in zip(names.names, names.mentions):
        if at == position and found.group().strip() == surname:
            pronoun = REPORTED_PRONOUN.match(text, found.end())
            reported = None if pronoun is None else "f" if pronoun.group().endswith("she") else "m"
        if " " not in full or full.rsplit(" ", 1)[-1] != surname or " " not in found.group().strip() or not names.is_person(full):
            continue
        first_at.setdefault(full, at)
        if not OBJECT_OF_PREPOSITION.search(text, max(found.start() - 24, 0), found.start()):
            subject_at.setdefault(full, at)
        if at <= position and not KIN_OF_SOMEONE.search(text, max(found.start() - 30, 0), found.start()):
            # not "… for his wife Hillary Clinton": kin named in full to tell them apart from whom the article is about
            last_before = max(last_before, (at, full))
            if position - at <= NEAR:
                near.add(full)
    if len(first_at) < 2:
        return None  # one person has the surname: spare the lower-case search
    people = [full for full in first_at if given_name_gender(full) or not entities.writes_lower(full.split()[0])]
    if len(people) < 2:
        return None
    if reported is not None and len(near) > 1:
        # "Dorothy Woods, whose husband, Ty Woods, … Woods said she": both named just before, the reported "she" tells
        # (by first names: a gender learnt from a pronoun after the surname is the surname's, both people's)
        told = [full for full in people if full in near and given_name_gender(full) == reported]
        if len(told) == 1:
            return told[0]
    if last_before[1] in people and position - last_before[0] <= NEAR:
        return last_before[1]
    headlined = [full for full in people if any(paragraph.is_headline and full in paragraph.text for paragraph in entities.paragraphs)]
    if len(headlined) == 1:
        return headlined[0]
    subjects = [full for full in people if full in subject_at]
    if subjects:
        return min(subjects, key=subject_at.__getitem__)
    return min(people, key=first_at.__getitem__)
