"""The person a sentence identifies with a definite role: "The musical's British director is Matthew Warchus, best
known for …" introduces Warchus, whom a "he" after it stands for though the sentence's subject is the role.

``focus_antecedent`` asks ``identified_person`` of each sentence it reads back through, before the sentence's
subjects: a definite role ("The …", up to 60 characters, no punctuation) whose last word is a person's role
(``entity_words.PERSON_ROLES``), "is" or "was", and a name right after that is a person whose gender fits the
pronoun. "The federal judge Trump was referring to is Gonzalo Curiel" has a clause after its role, and identifies
no one.
"""

import re
from typing import Final

from transforms.quotes.entity_words import PERSON_ROLES
from transforms.quotes.name_runs import strip_titles
from transforms.quotes.names import NAME, ArticleNames

IDENTITY: Final[re.Pattern[str]] = re.compile(
    rf"\s*(?:(?:But|And|Now)\s+)?The\s[^.,;:!?“”\"]{{0,60}}?(?P<role>[a-z\-]+)\s(?:is|was)\s+(?:now\s+)?(?P<name>{NAME.pattern})(?=[\s,.;]|$)"
)


def identified_person(names: ArticleNames, text: str, start: int, end: int, base: int, wanted: str) -> str | None:
    """The person text[start:end], a sentence, identifies with a definite role, if the pronoun's gender ``wanted`` fits."""
    identity = IDENTITY.match(text, start, end)
    if identity is None or identity.group("role") not in PERSON_ROLES:
        return None  # "The latest is …", "The judge Trump was referring to is …": no role right before the verb
    name = strip_titles(identity.group("name").split())
    full = name and names.fullest_of_gender(name, base + identity.start("name"), wanted)
    if not full or not names.is_person(full) or (wanted and (names.firm_gender(full) or wanted) != wanted):
        return None
    return full
