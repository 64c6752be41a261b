"""Who a definite role inside a paragraph about someone else than the article's main person stands for.

"Meanwhile, Jo Hart believes she will be blamed …. Hart will captain the side …. And the striker said: “…”":
the striker is Hart, the person the sentences before it in its paragraph are about, not the article's main person
(the manager quoted all through the article) whom ``person_roles.person_in_role`` otherwise takes for a role no
one is described with. News prose takes up a person it has just named with a description of them, so the
paragraph's subject wins over the article's main person when:

- the role is no office ("the striker", "the singer"; not "the minister", which names one holder) and the article
  describes no one with its words, nor has found a holder for it;
- the role stands after its paragraph's first sentence, and the main person is not named in the paragraph before it;
- the subject of the sentences before it (``subject_antecedent``) is a person other than the main person, named in
  the paragraph before the role's sentence (a person's name, or one the article calls "he" or "she"), of a gender
  the role allows and found for no other role.

``ParagraphRoleResolver.paragraph_subject_in_role`` is asked before ``person_in_role`` (``antecedents``).
"""

from transforms.quotes.entity_words import FEMALE_ROLES, MALE_ROLES, OFFICES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.person_roles import office_words
from transforms.quotes.pronoun_antecedents import PronounAntecedentResolver
from transforms.quotes.speakers import Reading, Speaker


class ParagraphRoleResolver(PronounAntecedentResolver):
    """Takes a definite role for the person its paragraph is about, before the article's main person."""

    def paragraph_subject_in_role(self, paragraph: Paragraph, start: int, reading: Reading) -> Speaker | None:
        """The person the sentences before "the striker" in its paragraph are about, when the article's main person,
        whom ``person_in_role`` would take, is not named in that paragraph (see the module's docstring)."""
        if reading.head in OFFICES:
            return None
        position = paragraph.base + start
        sentence_start = paragraph.sentence_of(start)[0]
        if sentence_start == 0:
            return None  # a paragraph's opening role looks back past its paragraph
        main = self.names.main_person(position)
        if main is None or named_in(main, paragraph.text[:start]):
            return None
        office = office_words(reading.text)
        if self.role_holders.get(" ".join(office) or reading.text.lower()) is not None or self.described(reading, position) is not None:
            return None  # "the striker" the article names as one, or found before
        wanted = "f" if reading.head in FEMALE_ROLES else "m" if reading.head in MALE_ROLES else ""
        subject = self.subject_antecedent(paragraph, start, wanted)
        if subject is None or subject.type != "person" or not subject.name or subject.name == main:
            return None
        if not named_in(subject.name, paragraph.text[:sentence_start]):
            return None  # not a person this paragraph names
        if not self.names.is_person(subject.name) and self.names.gender(subject.name) is None:
            return None  # a name the article neither takes for a person's nor calls "he" or "she"
        if self.roles_found.get(subject.name, reading.text) != reading.text:
            return None  # found for another role already
        return self.holder(reading, subject.name)


def named_in(person: str, text: str) -> bool:
    """``text`` names ``person`` by surname."""
    surname = person.rsplit(" ", 1)[-1]
    return any(word.strip(".,;:!?'’\"“”()").removesuffix("'s").removesuffix("’s") == surname for word in text.split())
