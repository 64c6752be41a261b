"""Score the figures against the figure check (benchmarks/figurecheck), a small hand-labelled BBC set.

The same scoring as ``eval_devgold.py`` (span and value F1, one-to-one in text order),
extracted in-process, plus the direction of every figure whose value matched: the
figure check holds changes ("from 49% to 74%") whose end carries a direction. The dev
gold stays the team's unseen measure; this set is for the figure rules' own checks.

    .venv/bin/python benchmarks/eval_figure_check.py [--misses] [--labels DIR]
"""

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from eval_devgold import DEFAULT_CORPUS, GoldArticle, document_name, overlaps, predict_direct, score_figures, value_matches  # noqa: E402
from gold import load_gold  # noqa: E402

LABELS = REPO / "benchmarks" / "figurecheck" / "labels"


def direction_agreement(gold: list[GoldArticle], predicted: dict, misses: list[str]) -> dict:
    """Over gold figures matched with their value, the share whose ``direction`` is the gold one (null included)."""
    matched = agreed = 0
    for article in gold:
        rows = predicted.get(document_name(article.file), {}).get("figures")
        free = rows.to_dicts() if rows is not None else []
        for item in article.figures:
            row = next((row for row in free if overlaps(row, item) and value_matches(row, item.label)), None)
            if row is None:
                continue
            free.remove(row)
            matched += 1
            if row["direction"] == item.label.get("direction"):
                agreed += 1
            else:
                misses.append(f"figure direction {article.file}@{item.start}: {item.label['text']!r} gold {item.label.get('direction')} ours {row['direction']}")
    return {"matched": matched, "direction_accuracy": round(agreed / matched, 4) if matched else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", action="store_true", help="list every missed, extra or wrongly valued figure")
    parser.add_argument("--labels", type=Path, default=LABELS, help="folder of label files in the dev gold's format (another hand-labelled draw)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    gold = load_gold(args.corpus, sorted(args.labels.glob("*.json")))
    predicted = predict_direct(gold)
    misses: list[str] = []
    results = {"articles": len(gold), "figures": score_figures(gold, predicted, misses)}
    results["figures"]["direction"] = direction_agreement(gold, predicted, misses)
    if args.misses:
        print("\n".join(misses), file=sys.stderr)
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
