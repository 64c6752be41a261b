"""A quotation that opens with a transcript's speaker label in capitals is the labelled person's turn.

"Partial transcript as follows:" then "“WALLACE: Let's start with …" and "“PENCE: Well, look, …": a transcript
quoted in full names each turn's speaker in capitals before a colon, and that label, not the line introducing the
transcript, says who speaks. ``extract`` runs ``label_transcript_turns`` after the rules of each piece: a direct
quotation whose text opens with one or two capitalised words and a colon takes the person the article names with
that surname ("PENCE" is the "Mike Pence" named before or after); a label that names no person the article names
in full ("VIDEO:", "Q:") leaves the quotation as it was. The paragraphs a turn runs on into keep what the rules of
each piece gave them: a transcript's marks often run on into lines nobody speaks ("(CROSSTALK.)", a sign-off).
"""

import re
from collections.abc import Callable

from transforms.quotes.names import ArticleNames
from transforms.quotes.resolution import Attribution

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
        surname = label.group("label").split()[-1].title()
        full = names.fullest(surname, quote["start_char"])
        if full == surname or not names.is_person(full):
            continue  # only a person the article names in full: "VIDEO:", "Q:" name no one
        start = quote["start_char"] + label.start("label")
        attribute(quote, Attribution(full, start, start + len(label.group("label")), None, "person"))
