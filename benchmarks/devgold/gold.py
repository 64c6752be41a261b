"""Read the dev-gold labels and place every item at its offsets in the article.

Item *n* of a list is found at the first occurrence of its ``text`` after where
item *n-1* starts that does not start or end inside a word (labels are in text order), past
the ``skip`` occurrences an item may name. Run as a script, it checks
every label file and prints what it cannot place:

    python benchmarks/devgold/gold.py ../shared/corpora/bbc [--show] [labels/x.json ...]
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


def find_whole(text: str, needle: str, floor: int) -> int:
    """First occurrence of ``needle`` at or after ``floor`` that does not start or end inside a word ("57" not in "1957")."""
    at = text.find(needle, floor)
    while at >= 0:
        cut_before = needle[:1].isalnum() and at > 0 and text[at - 1].isalnum()
        end = at + len(needle)
        cut_after = needle[-1:].isalnum() and end < len(text) and text[end].isalnum()
        if not (cut_before or cut_after):
            return at
        at = text.find(needle, at + 1)
    return -1


def place(text: str, items: list[dict], what: str, file: str) -> list[GoldItem]:
    """Item n at the first whole occurrence of its text after where item n-1 starts (so "5-2 … 5-2" is two places),
    past the ``skip`` occurrences a label names when the same words stand unquoted in between ("So what's doing
    “well”?" after "If we don't do well")."""
    placed, floor = [], 0
    for number, item in enumerate(items):
        at = find_whole(text, item["text"], floor) if item["text"] else -1
        for _ in range(item.get("skip", 0)):
            at = find_whole(text, item["text"], at + 1) if at >= 0 else -1
        if at < 0:
            raise LabelError(f"{file}: {what} {number} {item['text']!r} not found at or after offset {floor}")
        placed.append(GoldItem(at, at + len(item["text"]), item))
        floor = at + 1
    return placed


def validate(label: dict, file: str) -> None:
    for quote in label["quotes"]:
        if quote.get("kind") not in KINDS or quote.get("speaker_type") not in SPEAKER_TYPES:
            raise LabelError(f"{file}: quote {quote['text'][:40]!r}: kind or speaker_type outside the guidelines")
    for figure in label.get("figures", []):
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
    return GoldArticle(file, text, place(text, label["quotes"], "quote", file), place(text, label.get("figures", []), "figure", file))


def load_gold(corpus: Path, labels: list[Path] | None = None) -> list[GoldArticle]:
    return [load_article(path, corpus) for path in labels or sorted((HERE / "labels").glob("*.json"))]


def show(article: GoldArticle) -> None:
    """Every item with the words around where it landed, to check the placing by eye."""
    for what, items in (("quote", article.quotes), ("figure", article.figures)):
        for item in items:
            before = article.text[max(0, item.start - 30):item.start].replace("\n", " ")
            after = article.text[item.end:item.end + 30].replace("\n", " ")
            print(f"  {what:6} {item.start:5}  …{before}[{article.text[item.start:item.end]}]{after}…")


def main(argv: list[str]) -> int:
    verbose = "--show" in argv
    argv = [arg for arg in argv if arg != "--show"]
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
        if verbose:
            show(article)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
