"""An owner's words named by a noun, in a mention that runs on past the noun to a colon.

"His message to the chancellor was: “…”", "Labour's election slogan will be: “…”", "Lord Butler's report earlier
this year into Iraq intelligence said …": the mention ends at its speech or document noun when a preposition, a
copula or "earlier" follows it, so that ``speakers`` reads the noun (the owner's words) and not the last word
("chancellor", "be"). Asked only for a mention with an owner.
"""

from typing import Final

from transforms.quotes.entity_words import DOCUMENT_NOUNS
from transforms.quotes.lexicon import SPEECH_NOUNS

SPEECH_WORDS: Final[frozenset[str]] = frozenset(SPEECH_NOUNS.split())
# What may follow the noun in such a mention.
OWNED_WORDS_TAIL: Final[frozenset[str]] = frozenset("to for on about into was is were are will earlier".split())


def owned_words(tokens: list[str]) -> list[str]:
    """An owner's speech or document noun without the words after it: "message to the chancellor was" its
    "message" (the words are the owner's, never the chancellor's)."""
    for index, token in enumerate(tokens[:-1]):
        if (token in SPEECH_WORDS or token in DOCUMENT_NOUNS) and tokens[index + 1] in OWNED_WORDS_TAIL:
            return tokens[:index + 1]
    return tokens
