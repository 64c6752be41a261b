"""Which named person a definite role stands for: "the Oscar-nominated actor", "the home secretary", "the pop star".

``PersonRoleResolver.person_in_role`` tries, in this order:

0. for an office the article writes as a title, the person named after the bare title ("the president" is
   "President Obama", not "World Bank President Jim Yong Kim": ``title_holders``);
1. a holder found for the same role earlier in the article;
2. the person the article describes with the role's words, else with its office words ("home secretary",
   "actor"; ``Resolver.described``);
3. for a description that is no office ("the actor", not "the minister"), the article's main person
   (``names.main_person``) when the article gives them no other role and calls them "he" or "she" as the
   role's gender allows;
4. the one person the article has named before the role's sentence, when it names no other before the role
   ("Jack Straw said …. The foreign secretary told MPs"); for an office only a person given no role or age.

A role named fuller before ("Kenteris's lawyer", "Bayern spokesman") is left to ``Resolver.resolve``.

A role of an organisation or a place ("the Tory leader", "the Liverpool player", "the Florida senator":
``is_affiliated_role``) is asked about after ``Resolver.resolve`` finds no one so described:
``PersonRoleResolver.affiliated_holder`` takes the person the sentences before it are about (a lone surname
when the article calls it "he" or "she": "Man-of-the-match Duff explained … when he fluffed"), unless the
article ties that person to another organisation or place or gives them the other gender. An office no
step above resolves ("the prime minister") is that person only when they are the article's main person
or the person its headline names, and hold no other role (``PersonRoleResolver.office_holder``).
The roles asked about are ``is_person_role`` ones, and ``is_work_role`` ones: a role of works or a prize
("the star of Rain Man and Tootsie", "the two-time Academy Award winner"), of no organisation nor place.
"""

from dataclasses import replace

from transforms.quotes.affiliations import organisation_of
from transforms.quotes.entity_words import (
    COUNTRIES, DEMONYMS, DETERMINERS, FEMALE_ROLES, MALE_ROLES, NOT_OFFICE_WORDS, OFFICE_QUALIFIERS, OFFICES, ORGANISATION_NAME_WORDS, PERSON_ROLES,
    UNNAMED_ROLES,
)
from transforms.quotes.given_names import given_name_gender
from transforms.quotes.lexicon import NOT_NAME_START, NOT_PERSON_WORDS, TITLES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Resolver
from transforms.quotes.speakers import Reading, Speaker, age_of, is_role
from transforms.quotes.title_holders import bare_title_holder


class PersonRoleResolver(Resolver):
    """Resolves definite role mentions to the person the article names in the role."""

    def __init__(self) -> None:
        super().__init__()
        self.role_holders: dict[str, str] = {}  # a role's office words -> the person found holding it
        self.roles_found: dict[str, str] = {}  # a person -> the first role mention found to stand for them

    def person_in_role(self, paragraph: Paragraph, start: int, reading: Reading) -> Speaker | None:
        """Who "the Oscar-nominated actor", "the former champion" or "the home secretary" is: the person
        the article describes with the role's words, else with its office words ("home secretary",
        "actor"); else, for a description that is no office ("the actor", not "the minister"), the
        article's main person (``names.main_person``) when the article gives them no other role and
        calls them "he" or "she" as the role's gender allows; else the one person the article has named so far
        (for an office, when it describes them in no way: no role, no age); a role found so once is that person in the rest of the article. A role named fuller before ("Kenteris's lawyer") is left to ``resolve``."""
        position = paragraph.base + start
        holder = None if reading.affiliation or reading.owner else bare_title_holder(self.names, reading.text, position)
        if holder is not None:
            return self.person(self.names.fullest(holder, position))
        office = office_words(reading.text)
        described = self.described(reading, position) or (self.described(replace(reading, text=" ".join(office)), position) if office else None)
        if described is not None:
            return described
        held = self.role_holders.get(" ".join(office) or reading.text.lower())
        if held is not None:
            return self.person(held)  # "the foreign secretary" again: the holder found before
        head = reading.head
        if reading.text.rsplit(" ", 1)[-1][:1].isupper() or self.entities.earlier_role(head, position) is not None:
            return None
        is_office = head in OFFICES
        sentence_start = paragraph.base + paragraph.sentence_of(start)[0]
        main = None if is_office else self.names.main_person(position)
        person = main or self.only_person_before(sentence_start, position)
        if person is None or person.lower() in COUNTRIES:
            return None
        if main and self.entities.holds_other_role(person, tuple(office)):
            return None  # the chancellor is not the main person when the article calls him prime minister
        if is_office and self.entities.is_described(person):
            return None  # not "Deputy Prime Minister John Prescott" for the prime minister, nor "Mr Mubanga, 32," for the home secretary
        gender = self.names.gender(person)  # a person the article calls "he" or "she", not "Duran Duran"
        if (gender is None and not is_office) or gender == ("m" if head in FEMALE_ROLES else "f" if head in MALE_ROLES else ""):
            return None
        self.role_holders[" ".join(office) or reading.text.lower()] = person
        return self.person(person)

    def affiliated_holder(self, reading: Reading, subject: Speaker | None) -> Speaker | None:
        """Whether ``subject``, the person the sentences before "the Tory leader" are about, is that
        role's holder: a person the article names, tied to no other organisation or place (by a description
        or by another role found so) and found for no other role, not of the role's other gender."""
        if subject is None or subject.type != "person" or subject.name is None:
            return None
        if not self.names.is_person(subject.name) and (" " in subject.name or self.names.gender(subject.name) is None):
            return None  # a lone name is a person the article calls "he" or "she": "Man-of-the-match Duff explained … when he fluffed"
        affiliation = reading.affiliation or ""
        if self.roles_found.get(subject.name, reading.text) != reading.text:
            return None  # "said the Tottenham striker. … said the Chelsea star", "the Academy Award winner": another role
        surname = subject.name.rsplit(" ", 1)[-1]
        affiliation_words = set(affiliation.lower().split())
        for _at, person, descriptors, person_affiliation in self.entities.describe():
            tied_elsewhere = person_affiliation and affiliation not in person_affiliation and person_affiliation not in affiliation
            # "Norfolk police chief Andy Hayman … The Metropolitan police chief said": the role's head, of another place
            elsewhere_role = reading.head in descriptors and not affiliation_words <= descriptors
            if (tied_elsewhere or elsewhere_role) and (person == subject.name or person.rsplit(" ", 1)[-1] == surname):
                return None  # "Arsenal boss Arsene Wenger … the Chelsea boss said": someone else
        return self.holder(reading, subject.name)

    def holder(self, reading: Reading, person: str) -> Speaker | None:
        """``person`` as the holder of the role ``reading``, remembered for it, unless the article gives them the
        role's other gender."""
        if (self.names.known_gender(person) or given_name_gender(person)) == ("m" if reading.head in FEMALE_ROLES else "f" if reading.head in MALE_ROLES else ""):
            return None
        self.roles_found.setdefault(person, reading.text)
        return self.person(person)

    def office_holder(self, reading: Reading, subject: Speaker | None, position: int) -> Speaker | None:
        """Whether ``subject``, the person the sentences before "the prime minister" are about, holds that
        office: the article's main person or the person its headline names, given no other role nor an age, found for no other role, not of the
        office's other gender."""
        if subject is None or subject.type != "person" or subject.name is None:
            return None
        if subject.name != self.names.main_person(position) and not self.in_headline(subject.name):
            return None  # "Mr Howard attacked the plans. The prime minister said": someone else
        office = tuple(office_words(reading.text))
        if not self.names.is_person(subject.name) or self.entities.holds_other_role(subject.name, office) or self.has_age(subject.name):
            return None  # "Mr Mubanga, 32, said …. The home secretary said": no office holder
        if self.roles_found.get(subject.name, reading.text) != reading.text or subject.name in self.role_holders.values():
            return None  # "The home secretary said …. The prime minister said": found for another role
        return self.holder(reading, subject.name)

    def in_headline(self, person: str) -> bool:
        """The article's headline names ``person`` by surname: "Blair moves to woo Jewish voters" is about Tony Blair
        even when the body names him once before "the prime minister"."""
        surname = person.rsplit(" ", 1)[-1]
        return any(paragraph.is_headline and surname in paragraph.text.split() for paragraph in self.entities.paragraphs[:1])

    def has_age(self, person: str) -> bool:
        """The article gives ``person`` an age ("Mr Mubanga, 32,", "the 19-year-old Simpson")."""
        surname = person.rsplit(" ", 1)[-1]
        return any(
            any(age_of(word) for word in descriptors)
            for _at, described, descriptors, _affiliation in self.entities.describe() if described.rsplit(" ", 1)[-1] == surname
        )

    def only_person_before(self, sentence_start: int, position: int) -> str | None:
        """The one person the article names before the sentence starting at ``sentence_start``, when it names no
        other before ``position``: "Jack Straw said …. The foreign secretary told MPs", "Singer George Michael has
        said …. The pop star said", not "Buhecha … was called “…” by the sentencing judge"."""
        self.names.scan()
        found = None
        for (at, full), (_text, mention) in zip(self.names.names, self.names.mentions):
            if at >= position:
                break
            # "centre Jean-Philippe Granclaude", "President Musharraf": someone else, named or titled
            if self.names.is_person(full) or may_name_person(full) or is_titled(mention.group(), full):
                if at >= sentence_start:
                    return None
                surname = full.rsplit(" ", 1)[-1]
                if found is not None and found.rsplit(" ", 1)[-1] != surname:
                    return None
                found = full if found is None or len(full) > len(found) else found
        return found


def is_titled(mention: str, name: str) -> bool:
    """A title stands before the name in its mention: "President Musharraf", "General Musharraf"."""
    words = mention.split()
    return any(word in TITLES for word in words[:len(words) - len(name.split())])


def is_person_role(reading: Reading) -> bool:
    """"the Oscar-nominated actor", "the former champion", "the home secretary": a definite mention of one
    person by a role, owned by no one ("the club's lawyer" is not), whose head may stand for a named person
    ("the spokesman" may not: ``UNNAMED_ROLES``)."""
    head = reading.head
    return (
        reading.kind == "role" and reading.definite and reading.owner is None and reading.affiliation is None
        and head in PERSON_ROLES and head not in UNNAMED_ROLES and not head.endswith(("men", "s"))
        and is_role(reading.text) and not any(word in DETERMINERS for word in reading.text.lower().split())
    )


def is_affiliated_role(reading: Reading) -> bool:
    """"the Tory leader", "the Liverpool player", "the Florida senator": a definite mention of one person by
    a role of an organisation or a place, owned by no one, whose head (in lower case: not "The Daily Caller")
    may stand for a named person."""
    return reading.affiliation is not None and reading.text.rsplit(" ", 1)[-1][:1].islower() and is_person_role(replace(reading, affiliation=None))


def may_name_person(name: str) -> bool:
    """Two or more capitalised words that end in no organisation or place word: perhaps a person
    the name rules do not take for one ("Jean-Philippe Granclaude")."""
    tokens = name.split()
    return len(tokens) > 1 and tokens[-1] not in NOT_PERSON_WORDS and tokens[-1] not in ORGANISATION_NAME_WORDS and tokens[-1] not in NOT_NAME_START


def office_words(role: str) -> list[str]:
    """The office words that end a role phrase: "Oscar-nominated actor" -> ["actor"], "former home secretary"
    -> ["home", "secretary"]."""
    words = role.lower().split()
    start = len(words)
    while start and (words[start - 1] in PERSON_ROLES or words[start - 1] in OFFICE_QUALIFIERS) and words[start - 1] not in NOT_OFFICE_WORDS:
        start -= 1
    return words[start:]


def is_work_role(reading: Reading) -> bool:
    """"The star of Rain Man and Tootsie", "the two-time Academy Award winner": a person role of works or a prize,
    which no organisation ("the Liverpool player", "the Labour MP": one of many) nor place is ("the New York
    businessman": where someone is from)."""
    affiliation = reading.affiliation
    if affiliation is None or not reading.definite or reading.owner is not None or is_place(affiliation):
        return False
    return organisation_of(affiliation, False) is None and is_person_role(replace(reading, affiliation=None))


def is_place(name: str) -> bool:
    """"New York", "Kansas City", "UK": a place's name, by its last word."""
    last = name.rsplit(" ", 1)[-1]
    return last in NOT_PERSON_WORDS or last.lower() in COUNTRIES or last.lower() in DEMONYMS
