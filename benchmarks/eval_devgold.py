"""Score quotes, speakers and figures against the hand-labelled dev gold (benchmarks/devgold).

Ours runs through ``wirehouse run`` and the warehouse, as a user gets it, or with
``--direct`` in-process (``flows.extraction.extract_tables``, for tuning).

- Quotes: a prediction matches a gold quote when it covers at least half of it.
  Direct-quote precision, recall and F1 compare predicted ``direct`` rows with gold
  ``direct`` quotes; ``kind`` accuracy is over every matched gold quote.
- A gold quote marked ``unsure`` counts for matching only (its prediction is no false
  positive), not for kind, direct-quote recall or speaker.
- Speakers: over gold direct quotes with a speaker, the share whose matched
  prediction's ``speaker`` equals the gold name (or one of its alternatives), compared
  case-insensitively without a leading article, a possessive or trailing punctuation.
  A gold quote with no matching prediction counts as wrong. A bare pronoun is
  never right: the metric reads the ``speaker`` column, not the mention's offsets.
- Figures: one-to-one matching in text order; span F1 needs overlapping spans,
  value F1 also the value (within 0.5%): ``value``, or ``value_low``/``value_high``
  for a range, or both sides for a score.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb
import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks" / "devgold"))

from gold import GoldArticle, GoldItem, load_gold  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc"
QUOTE_COLUMNS = ("start_char", "end_char", "kind", "speaker", "speaker_type")
FIGURE_COLUMNS = ("start_char", "end_char", "value", "value_low", "value_high", "direction", "category", "score_first", "score_second")
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
POSSESSIVE_END = re.compile(r"['’]s?$")
VALUE_TOLERANCE = 0.005


def document_name(file: str) -> str:
    """``business/036.txt`` -> ``business-036.txt``: one flat folder for the run."""
    return file.replace("/", "-")


def predict_direct(gold: list[GoldArticle]) -> dict[str, dict[str, pl.DataFrame]]:
    from flows.extraction import extract_tables
    from transforms.ingest import decode_documents

    raw = pl.DataFrame(
        [{"source_path": document_name(article.file), "raw": article.text.encode("utf-8")} for article in gold],
        schema={"source_path": pl.String, "raw": pl.Binary},
    )
    documents = decode_documents(raw).documents
    tables = extract_tables(documents).frames
    names = documents.select("document_id", name="source_path")
    return split_by_document({table: tables[table].join(names, on="document_id") for table in ("quotes", "figures")})


def predict_warehouse(gold: list[GoldArticle], corpus: Path) -> dict[str, dict[str, pl.DataFrame]]:
    with tempfile.TemporaryDirectory() as scratch:
        inbox = Path(scratch) / "in"
        inbox.mkdir()
        for article in gold:
            shutil.copy(corpus / article.file, inbox / document_name(article.file))
        database = Path(scratch) / "devgold.duckdb"
        wirehouse = [str(REPO / ".venv" / "bin" / "wirehouse"), "run", str(inbox), "--db", str(database), "--quiet"]
        subprocess.run(wirehouse, check=True, cwd=REPO, stdout=sys.stderr)
        connection = duckdb.connect(str(database), read_only=True)
        try:
            tables = {
                table: connection.sql(f"select t.*, d.file_name as name from {table} t join documents d using (document_id)").pl()
                for table in ("quotes", "figures")
            }
        finally:
            connection.close()
    return split_by_document(tables)


def split_by_document(tables: dict[str, pl.DataFrame]) -> dict[str, dict[str, pl.DataFrame]]:
    """Rows per document name and table, in text order, with every scored column (null where a table lacks one)."""
    out: dict[str, dict[str, pl.DataFrame]] = {}
    for table, columns in (("quotes", QUOTE_COLUMNS), ("figures", FIGURE_COLUMNS)):
        frame = tables[table]
        frame = frame.with_columns([pl.lit(None).alias(column) for column in columns if column not in frame.columns])
        for (name,), rows in frame.sort("start_char").group_by("name", maintain_order=True):
            out.setdefault(name, {})[table] = rows.select(columns)
    return out


def normalised(name: str | None) -> str | None:
    if name is None:
        return None
    name = LEADING_ARTICLE.sub("", name.strip()).rstrip(".,;:!? ")
    return POSSESSIVE_END.sub("", name).casefold() or None


def covers_half(row: dict, gold: GoldItem) -> bool:
    return min(row["end_char"], gold.end) - max(row["start_char"], gold.start) >= (gold.end - gold.start) / 2


def overlaps(row: dict, gold: GoldItem) -> bool:
    return row["start_char"] < gold.end and gold.start < row["end_char"]


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) <= VALUE_TOLERANCE * max(abs(b), 1e-9)


def value_matches(row: dict, label: dict) -> bool:
    if "score" in label:
        return close(row["score_first"], label["score"][0]) and close(row["score_second"], label["score"][1])
    if "low" in label:
        return close(row["value_low"], label["low"]) and close(row["value_high"], label["high"])
    return close(row["value"], label["value"])


def f1(matched: int, predicted: int, gold: int) -> dict:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    return {
        "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
    }


def score_quotes(gold: list[GoldArticle], predicted: dict[str, dict[str, pl.DataFrame]], misses: list[str]) -> dict:
    gold_direct = predicted_direct = matched_direct = matched_predictions = 0
    kinds_right = kinds_seen = 0
    with_speaker = speaker_right = 0
    for article in gold:
        rows = predicted.get(document_name(article.file), {}).get("quotes")
        rows = rows.to_dicts() if rows is not None else []
        predicted_direct += sum(row["kind"] == "direct" for row in rows)
        used: set[int] = set()
        for item in article.quotes:
            label = item.label
            candidates = [index for index, row in enumerate(rows) if covers_half(row, item)]
            if label.get("unsure"):
                used.update(index for index in candidates if rows[index]["kind"] == "direct")
                continue
            found = rows[candidates[0]] if candidates else None
            if found is not None:
                kinds_seen += 1
                kinds_right += found["kind"] == label["kind"]
                if found["kind"] != label["kind"]:
                    misses.append(f"kind {article.file}@{item.start}: gold {label['kind']}, ours {found['kind']}: {label['text'][:50]!r}")
            elif label["kind"] == "direct":
                misses.append(f"quote missed {article.file}@{item.start}: {label['text'][:50]!r}")
            if label["kind"] != "direct":
                continue
            gold_direct += 1
            direct = [index for index in candidates if rows[index]["kind"] == "direct"]
            if direct:
                matched_direct += 1
                used.update(direct)
            if label.get("speaker") is None:
                continue
            with_speaker += 1
            wanted = {normalised(name) for name in [label["speaker"], *label.get("alternatives", [])]}
            said = normalised(rows[direct[0]]["speaker"]) if direct else None
            if said in wanted:
                speaker_right += 1
            else:
                misses.append(f"speaker {article.file}@{item.start}: gold {label['speaker']!r}, ours {rows[direct[0]]['speaker'] if direct else '(no direct quote)'!r}: {label['text'][:50]!r}")
        matched_predictions += len(used)
        misses.extend(
            f"quote extra {article.file}@{row['start_char']}: {article.text[row['start_char']:row['end_char']][:50]!r}"
            for index, row in enumerate(rows) if row["kind"] == "direct" and index not in used and not any(covers_half(row, item) for item in article.quotes)
        )
    precision = matched_predictions / predicted_direct if predicted_direct else 0.0
    recall = matched_direct / gold_direct if gold_direct else 0.0
    return {
        "gold_direct": gold_direct, "predicted_direct": predicted_direct,
        "precision": round(precision, 4), "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "kind_accuracy": round(kinds_right / kinds_seen, 4) if kinds_seen else 0.0,
        "gold_with_speaker": with_speaker,
        "speaker_accuracy": round(speaker_right / with_speaker, 4) if with_speaker else 0.0,
    }


def score_figures(gold: list[GoldArticle], predicted: dict[str, dict[str, pl.DataFrame]], misses: list[str]) -> dict:
    gold_count = predicted_count = span_matched = value_matched = 0
    for article in gold:
        rows = predicted.get(document_name(article.file), {}).get("figures")
        rows = rows.to_dicts() if rows is not None else []
        predicted_count += len(rows)
        gold_count += len(article.figures)
        free = list(range(len(rows)))
        for item in article.figures:
            spans = [index for index in free if overlaps(rows[index], item)]
            if not spans:
                misses.append(f"figure missed {article.file}@{item.start}: {item.label['text']!r}")
                continue
            valued = [index for index in spans if value_matches(rows[index], item.label)]
            chosen = (valued or spans)[0]
            free.remove(chosen)
            span_matched += 1
            value_matched += bool(valued)
            if not valued:
                misses.append(f"figure value {article.file}@{item.start}: {item.label['text']!r} gold {({k: v for k, v in item.label.items() if k in ('value', 'low', 'high', 'score')})} ours {({k: rows[chosen][k] for k in ('value', 'value_low', 'value_high', 'score_first', 'score_second')})}")
        for index in free:
            row = rows[index]
            misses.append(f"figure extra {article.file}@{row['start_char']}: {article.text[row['start_char']:row['end_char']]!r}")
    return {
        "gold": gold_count, "predicted": predicted_count,
        "span": f1(span_matched, predicted_count, gold_count),
        "value": f1(value_matched, predicted_count, gold_count),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--direct", action="store_true", help="extract in-process instead of through the CLI")
    parser.add_argument("--json", type=Path, help="write the scores here")
    parser.add_argument("--misses", action="store_true", help="list every wrong kind or speaker, missed or extra direct quote, and missed or extra figure")
    parser.add_argument("--labels", type=Path, default=REPO / "benchmarks" / "devgold" / "labels",
                        help="folder of label files, its subfolders too (another hand-labelled set, such as benchmarks/unseengold/labels)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    gold = load_gold(args.corpus, sorted(args.labels.rglob("*.json")))
    predicted = predict_direct(gold) if args.direct else predict_warehouse(gold, args.corpus)
    misses: list[str] = []
    results = {
        "articles": len(gold),
        "mode": "direct" if args.direct else "warehouse",
        "quotes": score_quotes(gold, predicted, misses),
        "figures": score_figures(gold, predicted, misses) if any(article.figures for article in gold) else None,
    }
    if args.misses:
        print("\n".join(misses), file=sys.stderr)
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
