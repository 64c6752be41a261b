"""A bare noun for a kind of body found as the speaker, with the body's name right after it: "…,” consultancy
4Cast said", "…, business lobby group the CBI says".

The speaker phrase before a cue stops at a name that opens with a digit ("4Cast") or after a "the" inside the
phrase ("business lobby group the CBI"), so the mention read is the noun alone, which names no one. The name
written between the noun and the cue is the speaker. Matched only for a mention wholly in lower case, without a
determiner, ending in a noun for a kind of body (``entity_words.KIND_OF_BODY_NOUNS``, or "consultancy"), and a name that runs to a
punctuation mark or a lower-case word; ``antecedents`` reads it as an organisation, however it reads on its own
(as ``noun_named_bodies`` does for "bookmaker William Hill"), in its fullest form when it resolves to one.
"""

import re

from transforms.quotes.entity_words import DETERMINERS, KIND_OF_BODY_NOUNS

# The nouns: a consultancy too, which ``noun_named_bodies`` leaves out ("founder of the CGA consultancy Jo Hart").
BODY_NOUNS = KIND_OF_BODY_NOUNS | {"consultancy"}
# The name after the noun: capitalised words, the first may open with digits ("4Cast"), maybe after "the".
NAME_AFTER_NOUN = re.compile(
    r"\s+(?:the\s+)?(?P<name>(?:\d+)?[A-Z][\w&’'\-]*(?:\s+[A-Z][\w&’'\-]*)*)(?=\s*[,.;:!?]|\s+[a-z])"
)


def name_after_kind_noun(text: str, end: int, mention: str) -> tuple[int, int] | None:
    """(start, end) in ``text`` of the body's name right after the kind noun ``mention`` ending at ``end``, else None."""
    words = mention.split()
    if not words or words[-1] not in BODY_NOUNS or words[0] in DETERMINERS or not mention.islower():
        return None
    found = NAME_AFTER_NOUN.match(text, end)
    return found.span("name") if found is not None else None
