"""A pronoun's speaker whom the quotation itself names by first name alone is someone else.

People quoted do not call themselves by their first name: in "“I think Sean's situation is to do with the number of
games,” he said", "he" is not Sean Long, though Sean Long was the subject of the sentence before. ``self_named``
runs after ``fullest_forms``: for each quotation whose mention is "he" or "she" and whose speaker is a person named
in full, when a piece of that speech (the quotations sharing the mention) holds the speaker's first name, not
followed by the surname, the speaker becomes the person named most recently before the mention, within
``REACH`` characters, outside quotations, who is not that speaker and whom the article gives the pronoun's gender
(or, for "he", none known: "she" wants a woman the article says is one), named not right after a preposition
("for Sports Illustrated's celebration") nor as the owner of a thing a "which" clause tells about ("the match, which Jo
Hart's side won 2-1"); with no such person the quotation keeps no speaker.
"""

import re
from typing import Final

from transforms.quotes.lexicon import FEMALE_PRONOUNS
from transforms.quotes.names import ArticleNames
from transforms.quotes.name_runs import owns_next
from transforms.quotes.paragraph import Paragraph, text_at

# How far before the mention the other person may be named.
REACH: Final = 600
# A name right after a preposition is no one's subject: "on Hollywood Boulevard", "for Sports Illustrated's".
AFTER_PREPOSITION: Final = re.compile(r"\b(?:at|of|for|from|with|on|in|by|to|into)\s+$")
# A relative clause about a thing, from its "which" up to the mention: "…, which Jo Hart's side won 2-1".
WHICH_CLAUSE: Final = re.compile(r",\s+which\s+[^,.;:!?“”\"]*$")
PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "He", "She"})


def self_named(quotes: list[dict], paragraphs: list[Paragraph], names: ArticleNames) -> None:
    """Rewrite the speakers of pronoun quotations that name their speaker by first name (in place)."""
    speeches: dict[tuple[int, str], list[dict]] = {}
    pronouns: dict[int, str] = {}
    for quote in quotes:
        start = quote["speaker_mention_start"]
        if start is None or quote["kind"] != "direct" or quote["speaker_type"] != "person" or " " not in (quote["speaker"] or ""):
            continue
        if start not in pronouns:
            pronouns[start] = text_at(paragraphs, start, quote["speaker_mention_end"]) or ""
        if pronouns[start] in PRONOUNS:
            speeches.setdefault((start, quote["speaker"]), []).append(quote)
    for (mention_start, speaker), pieces in speeches.items():
        first, rest = speaker.split(" ", 1)
        if not any(first in piece["text"] for piece in pieces):
            continue  # most speeches never write the first name: no pattern to build
        alone = re.compile(rf"\b{re.escape(first)}\b(?!\s+{re.escape(rest)})")
        if not any(alone.search(piece["text"]) for piece in pieces):
            continue
        other = other_person(names, mention_start, speaker, pronouns[mention_start].lower())
        for piece in pieces:
            if other is None:
                piece.update(speaker=None, speaker_type="unknown", speaker_affiliation=None)
            else:
                piece.update(speaker=other, speaker_type="person", speaker_affiliation=None)


def other_person(names: ArticleNames, position: int, speaker: str, pronoun: str) -> str | None:
    """The person named most recently before ``position`` (within ``REACH``) who is not ``speaker`` and whose known
    gender fits ``pronoun``."""
    names.scan()
    wanted = "f" if pronoun in FEMALE_PRONOUNS else "m"
    surname = speaker.split()[-1]
    for index in range(len(names.names) - 1, -1, -1):
        at, full = names.names[index]
        if at >= position:
            continue
        if at < position - REACH:
            break
        if " " not in full:
            full = names.person_of_surname.get(full, full)
        text, found = names.mentions[index]
        if full.split()[-1] == surname or at in names.things or not names.is_person(full) or AFTER_PREPOSITION.search(text, 0, found.start()):
            continue
        if owns_next(text, found) and WHICH_CLAUSE.search(text, max(found.start() - 80, 0), found.start()):
            continue  # "the match, which Jo Hart's side won": the owner of a thing a relative clause tells about
        names.infer_gender_at(index)
        known = names.known_gender(full)
        if known == wanted or (known is None and wanted == "m"):
            return names.fullest(full, at, after=True)
    return None
