"""People the article leaves unnamed, and the "he" or "she" that stands for one of them.

An article that names a woman may go on to quote one it leaves unnamed: "“…,” said the woman, who spoke on the
condition of anonymity. … “…,” she said" is that woman, not Jo Hart, named before her. Two things say a role
mention is of no one the article names:

- ``anonymous_after``: a clause right after it that says so, "the woman, who declined to give her name", "the man,
  who asked not to be named", "a cashier, who spoke on condition of anonymity": the role is the speaker, never the
  person named before it (``antecedents``);
- a bare "man", "woman", "boy" or "girl" left a role by resolution, named by the cue closing its quotation ("“…,”
  said the woman"; not "He said the man shouted: “…”", someone a speaker reports, whom a later "he said" is not).
- ``anonymous_subjects``: an indefinite role opening a sentence before such a clause, quoted or not ("A cashier at
  the store, who declined to give her name, said the doors were locked."), read from the pronoun's paragraph and
  the one before.

``PronounAntecedentResolver.record`` keeps each such speaker with its gender (the noun's, else the clause's
pronoun: "her name"); an unnamed person of no known gender is no one a "he" or "she" is taken for. ``unnamed_since`` then tells ``antecedents`` whether a gendered pronoun resolved to a named
person has such an unnamed speaker of its gender between that person's last mention and the pronoun: the pronoun
is then the unnamed person, spoken of by the role, since the article names nobody for it.
"""

import re

from transforms.quotes.names import ArticleNames
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.role_genders import role_gender

# A clause right after a mention that says the article does not name the person: ", who declined to give her name",
# ", who asked not to be named", " who spoke on the condition of anonymity", ", who did not want to be quoted by name".
ANONYMOUS_CLAUSE = re.compile(
    r",?\s+(?:and\s+)?who\s+(?:(?:declined|refused)\s+to\s+(?:give|provide|be)|asked\s+not\s+to\s+be|(?:did|would)\s+not\s+(?:want\s+to\s+)?(?:give|be)|"
    r"didn[’']t\s+(?:want\s+to\s+)?(?:give|be)|wouldn[’']t\s+(?:give|be)|(?:spoke|talked)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity|requested\s+anonymity)"
    r"(?P<rest>[^.;“”\"]{0,40})"
)
# What, in the clause, says the person would not be named: "her name", "be named", "be quoted by name".
NOT_NAMED = re.compile(r"\b(?:name|named|identified|identify|anonymity)\b")
CLAUSE_PRONOUN = re.compile(r"\b(?P<f>her|she)\b|\b(?P<m>his|him|he)\b")


def anonymous_after(text: str, end: int) -> str | None:
    """The gender ("f", "m"; "" when the clause gives none) of the person a mention ending at ``end`` stands for,
    when a clause right after it says the article leaves the person unnamed; else None."""
    clause = ANONYMOUS_CLAUSE.match(text, end)
    if clause is None or NOT_NAMED.search(clause.group()) is None:
        return None
    pronoun = CLAUSE_PRONOUN.search(clause.group())
    return "" if pronoun is None else "f" if pronoun.group("f") else "m"


def unnamed_gender(head: str, clause_gender: str = "") -> str:
    """The gender of an unnamed person by its role noun ("woman", "cashier": ``role_genders``), else by the pronoun
    of the clause after it; "" when neither tells."""
    return role_gender(head) or clause_gender


def unnamed_since(unnamed: list[tuple[int, str, str]], names: ArticleNames, person: str, position: int, wanted: str) -> str | None:
    """The role of the unnamed speaker of gender ``wanted`` quoted last before document offset ``position``, when
    ``person`` is named nowhere (outside quotations) between that speaker's mention and ``position``."""
    found = next(((at, role) for at, role, gender in reversed(unnamed) if at < position and gender == wanted), None)
    if found is None:
        return None
    surname = person.rsplit(" ", 1)[-1]
    names.scan()
    if any(found[0] < named < position and full.rsplit(" ", 1)[-1] == surname for named, full in names.names):
        return None  # "“…,” said the woman. Jo Hart disagreed: “…,” she said": named again since
    return found[1]


# An indefinite role opening its sentence before a clause that says it is unnamed: "A cashier at the store, who
# declined to give her name, said", "One neighbour, who asked not to be named, watched": the role's words, before a
# preposition's phrase or a relative clause of its own.
INDEFINITE_ROLE = re.compile(
    r"(?:(?:And|But|Yet)\s+)?(?:A|An|One|Another)\s+(?P<role>(?:[a-z][\w\-]*\s+){0,3}?[a-z][\w\-]*)"
    r"(?:\s+(?:at|of|from|in|for|with|on|near|who)\b[^,;:“”\"]*)?"
)


def anonymous_subjects(paragraph: Paragraph, end: int) -> list[tuple[int, str, str]]:
    """(document offset of the role, its words, its gender) of each indefinite role opening a sentence of the
    paragraph's text[:end] that a clause says is unnamed ("A cashier at the store, who declined to give her name,
    said …"), outside quotations, when its gender is known (the noun's, else the clause's pronoun)."""
    text = paragraph.text
    found: list[tuple[int, str, str]] = []
    if text.find("who", 0, end) < 0:
        return found  # every such clause holds "who": most paragraphs, without trying the pattern at each offset
    for clause in ANONYMOUS_CLAUSE.finditer(text, 0, end):
        if paragraph.inside_quote(clause.start()):
            continue
        gender = anonymous_after(text, clause.start())
        start = paragraph.sentence_of(clause.start())[0]
        role = INDEFINITE_ROLE.fullmatch(text, start, clause.start())
        if gender is None or role is None:
            continue
        words = role.group("role")
        gender = unnamed_gender(words.rsplit(" ", 1)[-1], gender)
        if gender:
            found.append((paragraph.base + start, words, gender))
    return found
