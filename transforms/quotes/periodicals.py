"""Periodicals: an organisation named with a periodical's noun right before or after it ("US magazine Rolling
Stone", "Broadcast magazine said"), or after the people who write it ("the editors of The Advocate", "the editorial
board of the Acme Tribune"), which "the magazine" or "the newspaper" later stands for
(``entities.ArticleEntities.periodical_before``).

A run right after the noun names a periodical even when it reads as a person's name; an organisation right before
the noun is one unless it is a country ("UK newspaper").
"""

import re

from transforms.quotes.entity_words import COUNTRIES, PERIODICAL_NOUNS, PERIODICAL_WRITERS

# A periodical's noun right before or after a name: "US magazine Rolling Stone", "Broadcast magazine said"; its
# writers before "of": "the editors of The Advocate".
PERIODICAL_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(sorted(PERIODICAL_NOUNS))})|(?:{'|'.join(sorted(PERIODICAL_WRITERS))})\s+of(?:\s+the)?)\s+$"
)
# How a text PERIODICAL_BEFORE matches ends, but for its spaces: a string test that spares the search before most names.
PERIODICAL_ENDINGS = tuple(sorted(PERIODICAL_NOUNS)) + (" of", " of the")
PERIODICAL_AFTER = re.compile(rf"['’]?s?\s+(?:{'|'.join(sorted(PERIODICAL_NOUNS))})\b")
# How far before a run its periodical's noun may start.
NOUN_BEFORE_WINDOW = 32


def after_periodical_noun(text: str, start: int) -> bool:
    """A periodical's noun stands right before the run at ``start``: "US magazine Rolling Stone"."""
    window_start = max(start - NOUN_BEFORE_WINDOW, 0)
    return text[window_start:start].rstrip().endswith(PERIODICAL_ENDINGS) and PERIODICAL_BEFORE.search(text, window_start, start) is not None


def before_periodical_noun(text: str, end: int, organisation: str) -> bool:
    """A periodical's noun follows the organisation ending at ``end``: "Broadcast magazine", but not "UK newspaper"."""
    return PERIODICAL_AFTER.match(text, end) is not None and organisation.lower() not in COUNTRIES
