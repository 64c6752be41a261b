"""A quotation after a contrasting clause with a subject of its own: that subject, not the earlier piece's speaker.

"Mr Blair said he left “without a stain” but Tory Jo Hart branded the affair “scandalous”": a piece that would
take the speaker of an earlier piece of its sentence (``extract``) takes instead the named subject of a clause that
"but", "while" or "whereas" opens between them, when that clause's verb leads up to the piece ("branded …",
"called …", "dismissed …"). A pronoun subject ("but he called it …") or no subject there keeps the earlier speaker.
"""

import re

from transforms.quotes.attribution import AttributionFinder
from transforms.quotes.cues import SPEECH_CUES
from transforms.quotes.lexicon import NAMING_VERBS
from transforms.quotes.names import PRONOUN
from transforms.quotes.paragraph import Paragraph
from transforms.quotes.phrases import SUBJECT_VERB
from transforms.quotes.resolution import Attribution

# The word opening a contrasting clause, after a comma or a space: "…” but Tory Jo Hart branded".
CONTRAST = re.compile(r"(?:,\s*|\s)(?:but|while|whereas)\s+")
# The verbs by which that clause's subject gives or judges the words quoted: a speech cue or a naming verb, or
# "refers to … as"; never a copula ("while Jo Hart is “a liar”" reports someone else's words about her).
GIVING_VERBS = SPEECH_CUES | {verb.split()[0] for verb in NAMING_VERBS} | {"refers", "referred", "dismissed", "accused", "hailed"}


def contrasting_subject(finder: AttributionFinder, paragraph: Paragraph, previous_end: int, start: int) -> Attribution | None:
    """The named subject of the last contrasting clause in text[previous_end:start] (between the earlier piece's
    end and this piece's start), when its verb is the clause's first and no other clause opens before the piece."""
    text = paragraph.text
    clauses = [found for found in CONTRAST.finditer(text, previous_end, start) if not paragraph.inside_quote(found.start())]
    if not clauses:
        return None
    subject = SUBJECT_VERB.match(text, clauses[-1].end(), start)
    if subject is None or PRONOUN.fullmatch(subject.group("np")) or re.search(r"[,;:]", text[subject.end():start]):
        return None
    if subject.group().split()[-1] not in GIVING_VERBS:
        return None  # "while Clinton leads by 21 points among those who are “…”": no one's words
    found = finder.attribution(paragraph, *subject.span("np"), None)
    return found if found.speaker is not None and found.speaker_type in ("person", "role") else None
