"""A person named as the subject of a contrasting clause after a quotation, for a later "he" or "she".

"Hewitt said he had had a “gutful” of it, but Tennis Australia's Jo Hart rejected his comments. “We did ask …,” he
said": the quotation's speaker is the one its own clause quotes, and the clause after "but" (or "while", "though",
a semicolon) turns to someone else, who answers; the pronoun of the next reporting clause stands for that person,
not for the speaker of the quotation before. ``pronoun_antecedents.focus_antecedent`` asks ``contrasted_subject``
before it takes the speaker of a quotation in a sentence before the pronoun: only a name (with its titles or the
words describing it) counts, of the pronoun's gender or of none known, that the article names as a person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from transforms.quotes.name_runs import strip_titles
from transforms.quotes.names import PRONOUN
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.phrases import SUBJECT_VERB
from transforms.quotes.speakers import Speaker

if TYPE_CHECKING:
    from transforms.quotes.pronoun_antecedents import PronounAntecedentResolver

# A conjunction or a semicolon opening a clause right before its subject, after a quotation's close and a comma.
CONTRAST_LEAD = re.compile(r"(?:,\s*(?:but|while|whereas|although|though)|\sbut|;(?:\s+but)?)\s+$")


def contrasted_subject(resolver: PronounAntecedentResolver, paragraph: Paragraph, start: int, end: int, wanted: str) -> Speaker | None:
    """The person a contrasting clause after the last quotation piece in text[start:end] has as its subject."""
    text = paragraph.text
    last = None
    for piece_start, piece_end in paragraph.pieces:
        if piece_start >= start and piece_end <= end:
            last = piece_end
    if last is None:
        return None
    for subject in SUBJECT_VERB.finditer(text, last, end):
        if paragraph.inside_quote(subject.start()):
            continue
        if CONTRAST_LEAD.search(text, last, subject.start()) is None:
            continue
        mention = subject.group("np")
        if PRONOUN.fullmatch(mention) or mention.startswith(("The ", "A ", "An ")):
            return None
        name = strip_titles(mention.split())
        full = resolver.names.fullest(name, paragraph.base + subject.start("np")) if name else None
        if not full or not resolver.names.is_person(full):
            return None
        if wanted and (resolver.names.firm_gender(full) or wanted) != wanted:
            return None
        return resolver.person(full)
    return None
