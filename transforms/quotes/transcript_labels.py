"""A quotation that opens with a transcript's speaker label in capitals is the labelled person's turn.

"Partial transcript as follows:" then "“WALLACE: Let's start with …" and "“PENCE: Well, look, …": a transcript
quoted in full names each turn's speaker in capitals before a colon, and that label, not the line introducing the
transcript, says who speaks. ``extract`` runs ``label_transcript_turns`` after the rules of each piece: a direct
quotation whose text opens with one or two capitalised words and a colon takes the person the article names with
that surname ("PENCE" is the "Mike Pence" named before or after), and a one-word label the article names no one
in full with is that surname ("WALLACE:" of a host it only addresses: "Wallace"); a label of a role or a medium
("VIDEO:", "Q:", ``lexicon.TRANSCRIPT_NON_NAME_LABELS``) or of two words no one is named with ("UNIDENTIFIED MALE:")
leaves the quotation as it was. A paragraph that only heads a transcript of one voice ("Transcript as
follows:" before an unlabelled turn, ``is_transcript_heading``) introduces no one: the quotations after it continue
the speaker of the paragraph before. The paragraphs a turn runs on into keep what the rules of
each piece gave them: a transcript's marks often run on into lines nobody speaks ("(CROSSTALK.)", a sign-off).
"""

import re
from collections.abc import Callable

from transforms.quotes.lexicon import TRANSCRIPT_NON_NAME_LABELS
from transforms.quotes.names import ArticleNames
from transforms.quotes.resolution import Attribution

# A paragraph that only heads a transcript or an excerpt of the speech before it: "Transcript as follows:".
TRANSCRIPT_HEADING = re.compile(r"(?:(?:Partial|Full|Complete|Edited|Rough)\s+)?(?:transcript|text|excerpts?)(?:\s+(?:as\s+follows|follows|below))?:\s*", re.IGNORECASE)
# The label: one or two words in capitals, a colon and a space, at the quotation's opening.
LABEL = re.compile(r"(?P<label>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)?):\s")


def label_transcript_turns(names: ArticleNames, quotes: list[dict], attribute: Callable[[dict, Attribution], None]) -> None:
    """Give each direct quotation opening with a transcript label the person the label names."""
    for quote in quotes:
        if quote["kind"] != "direct":
            continue
        label = LABEL.match(quote["text"])
        if label is None:
            continue
        words = label.group("label").split()
        surname = words[-1].title()
        full = names.fullest(surname, quote["start_char"])
        if full == surname and (len(words) > 1 or surname.lower() in TRANSCRIPT_NON_NAME_LABELS):
            continue  # "VIDEO:", "Q:", "UNIDENTIFIED MALE:" name no one
        if full != surname and not names.is_person(full):
            continue
        start = quote["start_char"] + label.start("label")
        attribute(quote, Attribution(full, start, start + len(label.group("label")), None, "person"))


def is_transcript_heading(text: str, following: list[str]) -> bool:
    """``text``, a paragraph, only heads the one-voice transcript that follows ("Transcript as follows:" before a
    paragraph, the first of ``following``, that opens with no label): the paragraph before the heading introduces the
    transcript's quotations, as if the heading were not there. A transcript of labelled turns is left to its labels."""
    return text.rstrip().endswith(":") and TRANSCRIPT_HEADING.fullmatch(text) is not None and not any(LABEL.match(line.lstrip("“\"")) for line in following[:1])
