"""A definite office the article gives a named holder only after the mention: "The “best person for the job” should
be appointed, the courts minister has told MPs. … said courts minister Christopher Leslie".

The article is read paragraph by paragraph, so when the lead's "the courts minister" is resolved the paragraph that
names the holder has not been read yet. After an article's speakers are found (and ``named_next`` and
``role_holders`` have had their turn), ``name_offices_later`` gives a speaker still left as a role, or a mention that
resolved to no one, the person, when, in this order:

1. its mention is definite and owned by no one named ("the courts minister", not "the Clinton campaign's chairman"),
   and its head word is an office (``entity_words.OFFICES``: "minister", "chancellor", "mayor");
2. the whole article describes a person with all the mention's role words (``Resolver.described``: "courts minister
   Christopher Leslie"; "deputy" or "shadow" before them is another office);
3. else, when the mention stands in the lead, the body's first sentence, which names no person: the one person
   the article names whose surname the headline holds ("Falconer rebuts 'charade' claims. …, the lord chancellor
   has said. … Lord Falconer said"), when the article gives them no other office.
"""

from transforms.quotes.entity_words import OFFICES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Resolver
from transforms.quotes.role_holders import DEFINITE_UNOWNED, paragraph_of
from transforms.quotes.speakers import Speaker, read_mention


def name_offices_later(resolver: Resolver, paragraphs: list[Paragraph], quotes: list[dict]) -> None:
    """Give each definite office speaker of ``quotes`` left as a role the person the article names in that office
    (see the module docstring)."""
    for quote in quotes:
        start = quote["speaker_mention_start"]
        found = paragraph_of(paragraphs, start) if quote["kind"] == "direct" and start is not None else None
        if found is None or quote["speaker_type"] not in ("role", "unknown"):
            continue
        paragraph = found[1]
        mention = paragraph.text[start - paragraph.base:quote["speaker_mention_end"] - paragraph.base].strip(" .")
        definite = DEFINITE_UNOWNED.fullmatch(mention)
        reading = read_mention(mention)
        if definite is None or definite.group("owner") is not None or reading.kind != "role" or reading.head not in OFFICES:
            continue
        holder = resolver.described(reading, start, reading.affiliation) or headline_holder(resolver, paragraphs, found[0], start, reading.text)
        if holder is not None:
            quote.update(speaker=holder.name, speaker_type=holder.type, speaker_affiliation=holder.affiliation)


def headline_holder(resolver: Resolver, paragraphs: list[Paragraph], index: int, position: int, role: str) -> Speaker | None:
    """Rule 3: the person the headline names by surname, for an office mentioned in the lead's first sentence that
    names no one else."""
    if index != 1 or not paragraphs[0].is_headline:
        return None
    lead = paragraphs[1]
    end = lead.base + lead.sentence_of(0)[1]
    names = resolver.names
    if position >= end or any(lead.base <= at < end and names.is_person(full) for at, full in names.names):
        return None
    words = (word.strip(":;,") for word in paragraphs[0].text.split())  # "Goldsmith: 'I was not leant on'"
    people = {names.fullest(word, position) for word in words if names.is_surname(word)}
    if len(people) != 1:
        return None
    person = people.pop()
    if not names.is_person(person) or holds_other_office(resolver, person, role.rsplit(" ", 1)[-1]):
        return None
    return resolver.person(person, position=position)


def holds_other_office(resolver: Resolver, person: str, head: str) -> bool:
    """The article describes ``person`` by an office without the word ``head`` ("Home Secretary Charles Clarke" for
    "the prime minister"); a title ("Lord Falconer") is no office."""
    surname = person.rsplit(" ", 1)[-1]
    return any(
        descriptors & OFFICES and head not in descriptors
        for _at, described, descriptors, _affiliation in resolver.entities.describe() if described.rsplit(" ", 1)[-1] == surname
    )
