"""A role noun that tells a gender stands for no person of the other gender.

"the woman", "the mother", "the actress" is a "she", "the man", "the father" a "he" (``entity_words.FEMALE_ROLES``,
``MALE_ROLES``). A description of one person, "the Waterford woman", "the 71-year-old man", is the latest person
named whom the pronoun of its gender may take up (``role_pronoun``, for ``Resolver.role_speaker``).
``AntecedentResolver`` asks ``other_gender`` of the person it found a definite role to stand for
(the person so described, the paragraph's or the article's main person, the subject of the sentences before): a
person the article gives the other gender, by a title, a pronoun after the name (not one opening a clause the person
reports: ``names.firm_gender``) or a family role ("her son Tom Clark": ``entities.role_gender``), is not that role's,
which then resolves as a role with no antecedent ("the woman, who did not give her name" stays "woman").
"""

from transforms.quotes.entities import ArticleEntities
from transforms.quotes.entity_words import FEMALE_ROLES, MALE_ROLES
from transforms.quotes.names import ArticleNames

# The pronoun a role noun's gender takes, for ``names.recent_person``.
PRONOUN_OF_GENDER = {"f": "she", "m": "he"}


def role_gender(head: str) -> str | None:
    """"f" for a woman's role noun, "m" for a man's, else None."""
    return "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else None


def role_pronoun(head: str) -> str:
    """The pronoun a person described by the role noun ``head`` is taken up with: "she" for "the Waterford woman",
    "they" for a role of no gender."""
    return PRONOUN_OF_GENDER.get(role_gender(head) or "", "they")


def other_gender(names: ArticleNames, entities: ArticleEntities, person: str | None, head: str) -> bool:
    """The article gives ``person`` the gender other than the one the role noun ``head`` tells."""
    wanted = role_gender(head)
    if wanted is None or not person:
        return False
    gender = names.gender(person)
    if gender is None or person in names.reported_gender:
        gender = entities.role_gender(person)
    return gender is not None and gender != wanted
