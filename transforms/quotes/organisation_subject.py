"""Who "it" is when it opens its sentence right after a sentence whose subject is an organisation: that organisation.

"The committee said the National Audit Office should investigate …. It blamed the agency's senior management for a
“multitude of problems”": the committee, not the agency the article names most or the office named inside that
sentence. Tried after the organisation quoted last (``organisation_spoken``) and the organisation or document a cue
names as speaking (``AntecedentResolver.group_antecedent``), before what ``resolution`` finds for "it" on its own.
"""

from transforms.quotes.paragraph import Paragraph
from transforms.quotes.pronoun_antecedents import OPENING_CLAUSE


def opens_sentence(paragraph: Paragraph, start: int) -> bool:
    """The mention at ``start`` is its sentence's subject: at its start, or right after an opening clause
    ("Despite the cuts, it said")."""
    sentence_start = paragraph.sentence_of(start)[0]
    opening = OPENING_CLAUSE.match(paragraph.text, sentence_start)
    return opening is not None and paragraph.text[opening.end() : start].strip() in ("", "But", "And")
