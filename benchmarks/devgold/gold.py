"""Read the dev-gold labels and place every item at its offsets in the article.

Item *n* of a list is found at the first occurrence of its ``text`` at or after
where item *n-1* starts (labels are in text order). Run as a script, it checks
every label file and prints what it cannot place:

    python benchmarks/devgold/gold.py ../shared/corpora/bbc [labels/x.json ...]
"""

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {"direct", "scare"}
SPEAKER_TYPES = {"person", "organisation", "role", "unknown", None}
CATEGORIES = {"count", "money", "percent", "distance", "duration", "age", "score", "other"}
DIRECTIONS = {"up", "down", None}


@dataclass
class GoldItem:
    start: int
    end: int
    label: dict


@dataclass
class GoldArticle:
    file: str
    text: str
    quotes: list[GoldItem] = field(default_factory=list)
    figures: list[GoldItem] = field(default_factory=list)


class LabelError(ValueError):
    """A label that cannot be placed or is not in the guidelines' vocabulary."""


def place(text: str, items: list[dict], what: str, file: str) -> list[GoldItem]:
    placed, floor = [], 0
    for number, item in enumerate(items):
        at = text.find(item["text"], floor)
        if not item["text"] or at < 0:
            raise LabelError(f"{file}: {what} {number} {item['text']!r} not found at or after offset {floor}")
        placed.append(GoldItem(at, at + len(item["text"]), item))
        floor = at
    return placed


def validate(label: dict, file: str) -> None:
    for quote in label["quotes"]:
        if quote.get("kind") not in KINDS or quote.get("speaker_type") not in SPEAKER_TYPES:
            raise LabelError(f"{file}: quote {quote['text'][:40]!r}: kind or speaker_type outside the guidelines")
    for figure in label["figures"]:
        has_value = "value" in figure
        has_range = "low" in figure and "high" in figure
        has_score = "score" in figure
        if has_value + has_range + has_score != 1:
            raise LabelError(f"{file}: figure {figure['text']!r} needs exactly one of value, low/high, score")
        if figure.get("category") not in CATEGORIES or figure.get("direction") not in DIRECTIONS:
            raise LabelError(f"{file}: figure {figure['text']!r}: category or direction outside the guidelines")


def load_article(label_path: Path, corpus: Path) -> GoldArticle:
    label = json.loads(label_path.read_text(encoding="utf-8"))
    file = label["file"]
    raw = (corpus / file).read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    validate(label, file)
    return GoldArticle(file, text, place(text, label["quotes"], "quote", file), place(text, label["figures"], "figure", file))


def load_gold(corpus: Path, labels: list[Path] | None = None) -> list[GoldArticle]:
    return [load_article(path, corpus) for path in labels or sorted((HERE / "labels").glob("*.json"))]


def main(argv: list[str]) -> int:
    corpus = Path(argv[0])
    paths = [Path(p) for p in argv[1:]] or sorted((HERE / "labels").glob("*.json"))
    failed = 0
    for path in paths:
        try:
            article = load_article(path, corpus)
        except (LabelError, KeyError, json.JSONDecodeError) as error:
            failed += 1
            print(f"FAIL {path.name}: {type(error).__name__}: {error}")
            continue
        print(f"ok   {path.name}: {len(article.quotes)} quotes, {len(article.figures)} figures")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
