"""A definite office the article gives a named holder only after the mention: "The “best person for the job” should
be appointed, the courts minister has told MPs. … said courts minister Christopher Leslie".

The article is read paragraph by paragraph, so when the lead's "the courts minister" is resolved the paragraph that
names the holder has not been read yet. After an article's speakers are found (and ``named_next`` and
``role_holders`` have had their turn), ``name_offices_later`` gives a speaker still left as a role, or a mention that
resolved to no one, the person, when, in this order:

1. its mention is definite and owned by no one named ("the courts minister", not "the Clinton campaign's chairman"),
   and its head word is an office (``entity_words.OFFICES``: "minister", "chancellor", "mayor");
2. the whole article describes a person with all the mention's role words (``Resolver.described``: "courts minister
   Christopher Leslie"; "deputy" or "shadow" before them is another office).
"""

from transforms.quotes.entity_words import OFFICES
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.resolution import Resolver
from transforms.quotes.role_holders import DEFINITE_UNOWNED, paragraph_of
from transforms.quotes.speakers import read_mention


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
        holder = resolver.described(reading, start, reading.affiliation)
        if holder is not None:
            quote.update(speaker=holder.name, speaker_type=holder.type, speaker_affiliation=holder.affiliation)
