"""Gold direct-quote pieces of PolNeAR (brat standoff) for the quote benchmark.

A gold piece is the text between quotation marks inside an annotated Content span;
its speaker is the Source span of that attribution. Offsets are code points of
the article's .txt file, as in brat.
"""

import re
from dataclasses import dataclass
from pathlib import Path

from transforms.quotes.marks import turned_opening

OPENING_MARKS = "“\""
CLOSING_MARKS = "”\""
TEXT_BOUND_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t", re.MULTILINE)
EVENT_LINE = re.compile(r"^E\d+\t(.*)$", re.MULTILINE)
QUOTE_MARK = re.compile(r"[“”\"]")
WORD = re.compile(r"\w")


@dataclass(frozen=True)
class GoldPiece:
    article: str
    start: int
    end: int
    text: str
    source_spans: tuple[tuple[int, int], ...]
    source_text: str


def split_articles(corpus: Path, split: str) -> dict[str, Path]:
    """One annotation file per article: the lexicographically first annotator id."""
    chosen: dict[str, Path] = {}
    for ann in sorted((corpus / "data" / split / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    return chosen


def quoted_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between quotation marks inside text[start:end], line by line.

    A straight mark opens when it follows a space or line start, and so does a ” that opens its line before a word
    with another ” later in it; an open quote that
    the line does not close runs to the end of the segment's line (multi-paragraph
    quotes); a close without an open runs back to the segment's line start.
    """
    pieces = []
    line_start = start
    for line in text[start:end].split("\n"):
        line_end = line_start + len(line)
        open_at = None
        seen_mark = False
        # web copy whose quotation lost its “ opens the line with a turned ” (the extractor's own test)
        turned = turned_opening(line, [mark.start() for mark in QUOTE_MARK.finditer(line)])
        for mark in QUOTE_MARK.finditer(line):
            pos = line_start + mark.start()
            char = mark.group()
            before = text[pos - 1] if pos > 0 else " "
            opens = (turned and pos == line_start) or char == "“" or (char == '"' and (open_at is None) and (before.isspace() or before in "([—-" or pos == line_start))
            if open_at is None and opens:
                open_at = pos + 1
            elif open_at is not None and char in CLOSING_MARKS:
                pieces.append((open_at, pos))
                open_at = None
            elif open_at is None and not seen_mark and char in CLOSING_MARKS:
                pieces.append((line_start, pos))
            seen_mark = True
        if open_at is not None:
            pieces.append((open_at, line_end))
        line_start = line_end + 1
    return [(a, b) for a, b in pieces if WORD.search(text, a, b)]


def load_gold(corpus: Path, split: str) -> tuple[dict[str, str], list[GoldPiece]]:
    """Texts by article name and the gold direct-quote pieces of a split."""
    texts: dict[str, str] = {}
    gold: dict[tuple[str, int, int], tuple[int, GoldPiece]] = {}
    for article, ann in split_articles(corpus, split).items():
        text = (corpus / "data" / split / "text" / f"{article}.txt").read_text(encoding="utf-8")
        texts[article] = text
        annotation = ann.read_text(encoding="utf-8")
        spans = {
            tid: [tuple(map(int, seg.split())) for seg in offsets.strip().split(";")]
            for tid, _label, offsets in TEXT_BOUND_LINE.findall(annotation)
        }
        for args in EVENT_LINE.findall(annotation):
            roles = [arg.split(":", 1) for arg in args.split()]
            sources = [seg for role, tid in roles if role.startswith("Source") for seg in spans.get(tid, [])]
            source_text = " ".join(text[a:b] for a, b in sources)
            contents = [seg for role, tid in roles if role.startswith("Content") for seg in spans.get(tid, [])]
            for seg_start, seg_end in contents:
                for start, end in quoted_pieces(text, seg_start, seg_end):
                    piece = GoldPiece(article, start, end, text[start:end], tuple(sources), source_text)
                    key = (article, start, end)
                    width = seg_end - seg_start
                    # Nested attributions: the innermost (narrowest) Content owns the piece.
                    if key not in gold or width < gold[key][0]:
                        gold[key] = (width, piece)
    return texts, [piece for _width, piece in gold.values()]
