"""Quotation marks: the quoted pieces of a paragraph.

Curly and straight double quotes only; single quotes stay inside the quotation they
are nested in. A quotation left open runs to the paragraph end and may continue in the
next paragraph (``continuing``).
"""

import re

QUOTE_MARK = re.compile(r"[“”\"]")
WORD = re.compile(r"\w")


def quoted_pieces(text: str, continuing: bool = False) -> tuple[list[tuple[int, int]], bool]:
    """(start, end) of text between quotation marks, and whether the paragraph ends inside a quote.

    Single quotes are left alone, so nested ‘…’ stays part of the quotation. A straight
    mark opens unless a space follows it; a “ that no word follows closes (a common
    typo). A quote still open at the paragraph end runs to the paragraph end and no
    further. When the previous paragraph ran on (``continuing``), a closing mark
    before any opening one ends a piece that starts at the paragraph start.
    Attribute values (``author="…"``) are markup.
    """
    pieces = []
    scan_from = 0
    first = QUOTE_MARK.search(text)
    if continuing and first and first.start() > 0 and (first.group() == "”" or (first.group() == '"' and not text[first.end():first.end() + 1].isalnum())):
        pieces.append((0, first.start()))
        scan_from = first.end()
    open_at = None
    opened_straight = False
    nested = 0
    for mark in QUOTE_MARK.finditer(text, scan_from):
        pos = mark.start()
        char = mark.group()
        if opened_straight and (char == "“" or (char == "”" and nested)):
            nested += 1 if char == "“" else -1  # curly pairs nested in a straight-quoted passage belong to it
            continue
        closes_typo = char == "“" and open_at is not None and not text[pos + 1:pos + 2].isalnum()
        if (char == "“" and not closes_typo) or (char == '"' and open_at is None and not text[pos + 1:pos + 2].isspace()):
            open_at = pos + 1
            opened_straight = char == '"'
            nested = 0
        elif open_at is not None:
            opened_straight = False
            if text[open_at - 2:open_at - 1] != "=":
                pieces.append((open_at, pos))
            open_at = None
    runs_on = False
    if open_at is not None and text[open_at - 2:open_at - 1] != "=":
        runs_on = True
        pieces.append((open_at, len(text.rstrip())))
    return [(start, end) for start, end in pieces if WORD.search(text, start, end)], runs_on
