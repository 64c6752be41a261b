"""The body "the committee" stands for when the article names it in lower case: "the Commons home affairs committee".

BBC text writes committees, boards and councils with their names in lower case, so no capitalised name holds the
noun and ``entities.ArticleEntities.organisation_before`` finds none. A bare definite body noun ("the committee
said") then takes the latest fuller mention of the same noun before it, outside quotations: "the" and up to five
words before the noun, none a clause's word (no comma, no "that", no "say" or "is"), where

1. a word is capitalised past the article and not a place's ("the Commons science and technology committee": from
   that word on, "influential" and the like before it dropped; not "the German festival");
2. else two words or more, all in lower case ("the environment select committee").

A single modifier alone ("the new committee", "the same board") names nothing. A body noun with lower-case words before
it ("the select committee") takes the latest fuller mention of those words the same way ("the Commons education select
committee"), else ``entities.ArticleEntities.organisation_ending``, a name they end capitalised ("the assembly
government": the "Welsh Assembly Government"). A company's noun ("the company")
is left to ``organisation_before``: "the South Yorkshire company" describes a firm the article names.
"""

import re

from transforms.quotes.entity_words import COMPANY_NOUNS, COUNTRIES, DEMONYMS
from transforms.quotes.paragraph import Paragraph

# "the" and the words before a body noun; group 1 the words with their spaces.
WORDS_BEFORE = re.compile(
    r"\b[Tt]he\s+((?:(?!(?:that|which|who|and|or|the|a|an|says?|said|is|are|was|were|has|have|had|will|would)\s)"
    r"[\w\-’']+\s+(?:and\s+)?){1,5})$"
)
BEFORE_REACH = 70


def body_named_before(paragraphs: list[Paragraph], head: str, position: int) -> str | None:
    """The latest fuller lower-case mention of the body noun ``head`` (or a lower-case phrase ending in one) before
    ``position`` (see the module docstring)."""
    if head in COMPANY_NOUNS:
        return None
    found = None
    for paragraph in paragraphs:
        if paragraph.base >= position:
            break
        text = paragraph.text
        at = text.find(head)
        while at >= 0 and paragraph.base + at < position:
            end = at + len(head)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) and not paragraph.inside_quote(at):
                found = fuller_mention(text, at, end) or found
            at = text.find(head, end)
    return found


def fuller_mention(text: str, at: int, end: int) -> str | None:
    """The name of the body noun text[at:end] by rule 1 or 2 of the module docstring, else None."""
    before = WORDS_BEFORE.search(text, max(at - BEFORE_REACH, 0), at)
    if before is None:
        return None
    words = before.group(1).split()
    capitalised = next((index for index, word in enumerate(words) if word[:1].isupper()), None)
    if capitalised is not None:
        if all(is_place_or_kind(word) for word in words[capitalised:] if word[:1].isupper()):
            return None
        return " ".join([*words[capitalised:], text[at:end]])
    if len(words) > 1:
        return " ".join([*words, text[at:end]])
    return None


def is_place_or_kind(word: str) -> bool:
    """A word before an organisation's noun that tells only where it is from or what kind it is ("the German
    giant", "the UK operator", "the cross-party committee"), not which one."""
    return word.lower() in DEMONYMS or word.lower() in COUNTRIES or "-" in word
