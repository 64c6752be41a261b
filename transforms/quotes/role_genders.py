"""A role noun that tells a gender stands for no person of the other gender.

"the woman", "the mother", "the actress" is a "she", "the man", "the father" a "he" (``entity_words.FEMALE_ROLES``,
``MALE_ROLES``). ``AntecedentResolver`` asks ``other_gender`` of the person it found a definite role to stand for
(the person so described, the paragraph's or the article's main person, the subject of the sentences before): a
person the article gives the other gender, by a title, a pronoun after the name (not one opening a clause the person
reports: ``names.firm_gender``) or a family role ("her son Tom Clark": ``entities.role_gender``), is not that role's,
which then resolves as a role with no antecedent ("the woman, who did not give her name" stays "woman").
"""

from transforms.quotes.entity_words import FEMALE_ROLES, MALE_ROLES
from transforms.quotes.resolution import Resolver


def role_gender(head: str) -> str | None:
    """"f" for a woman's role noun, "m" for a man's, else None."""
    return "f" if head in FEMALE_ROLES else "m" if head in MALE_ROLES else None


def other_gender(resolver: Resolver, person: str | None, head: str) -> bool:
    """The article gives ``person`` the gender other than the one the role noun ``head`` tells."""
    wanted = role_gender(head)
    if wanted is None or not person:
        return False
    names = resolver.names
    gender = names.gender(person)
    if gender is None or person in names.reported_gender:
        gender = resolver.entities.role_gender(person)
    return gender is not None and gender != wanted
