"""A name before a noun it qualifies ("HDTV programmes", "English rugby"), which is no sentence subject.

``sentence_subjects.SentenceSubjectFinder.sentence_subject`` guesses the first name of a sentence without a cue as the
speaker of a partial quote. A name followed by a noun is that noun's modifier: "Handsets with GPRS
capability - an “always on” net connection" has no subject named, and "GPRS" says nothing. Such a
name makes the guess no one (and a short term with no one is ``scare``, ``classify`` rule 5), unless
it is a person's (``names.is_surname``: "Trump further summed up …") or a cue or a verb of owning
words stands between it and the quotation (``owning_verb_between``: "… and repeat, a thousand
times, “…”").
"""

import re
from typing import Final

from transforms.quotes.lexicon import CUE_SET, NOT_HEAD_WORDS, OWNING_VERBS

# A lowercase word right after a name: the name qualifies a noun ("HDTV programmes") unless that word is a verb.
WORD_AFTER_NAME: Final[re.Pattern[str]] = re.compile(r" ([a-z][a-z\-]*)\b(?!['’])")


def qualifies_noun_after(text: str, name: re.Match[str]) -> bool:
    """The name ``name`` found stands before a noun it qualifies: "TV sets", "English rugby", "GPRS capability".

    The word after it is no function word or auxiliary ("Snow Patrol had", "Tories on Monday"), no "-ed",
    "-ing" or "-ly" word, and the name is singular: after a plural ("Lib Dems accuse", "Women MPs endure")
    a bare verb looks like a noun.
    """
    after = WORD_AFTER_NAME.match(text, name.end())
    if after is None or name.group().rstrip().endswith(("s", "'", "’")):
        return False
    word = after.group(1)
    return word not in NOT_HEAD_WORDS and not word.endswith(("ed", "ing", "ly"))


LOWER_WORD: Final[re.Pattern[str]] = re.compile(r"[a-z]+")
# The reporting cues and the verbs of owning words, lowercase.
OWNING_WORDS: Final[frozenset[str]] = OWNING_VERBS | frozenset(cue.lower() for cue in CUE_SET)


def owning_verb_between(text: str, start: int, end: int) -> bool:
    """A cue or a verb of owning words (``lexicon.OWNING_VERBS``) stands in ``text[start:end]``: "… repeat, 10,000 times, “…”"."""
    return any(word in OWNING_WORDS for word in LOWER_WORD.findall(text, start, end))
