"""Score speakers on the speaker tuning set (``labels/``) with the dev-gold scorer's rules.

The labels follow ``benchmarks/devgold/README.md`` (quotes only; ``figures`` is empty),
and each quote's ``text`` is the quotation's opening words, enough to place it: a
prediction matches when it covers at least half of them. Extraction runs in-process.

    python benchmarks/speakergold/score.py [--corpus ../shared/corpora/bbc] [--misses] [--articles LIST]

``--articles`` scores only the labels of the articles a list names (``section/name`` per
line, as in ``articles.txt``), e.g. one draw: ``--articles <(tail -n 15 articles.txt)``.
"""

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

# eval_devgold puts devgold/ on the path itself, after its own standard-library imports.
from eval_devgold import DEFAULT_CORPUS, predict_direct, score_quotes  # noqa: E402
from gold import load_gold  # noqa: E402


def label_name(article: str) -> str:
    """``business/104.txt`` -> ``business-104.json``, the label file's name."""
    return article.removesuffix(".txt").replace("/", "-") + ".json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", action="store_true", help="list every wrong speaker")
    parser.add_argument("--articles", type=Path, help="score only the articles this list names (section/name per line)")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    labels = sorted((HERE / "labels").glob("*.json"))
    if args.articles is not None:
        try:
            wanted = args.articles.read_text(encoding="utf-8").split()
        except OSError as error:
            print(f"error: cannot read --articles {args.articles}: {error.strerror}", file=sys.stderr)
            return 2
        paths = [HERE / "labels" / label_name(article) for article in wanted]
        unlabelled = [article for article, path in zip(wanted, paths) if not path.is_file()]
        if not wanted:
            print(f"error: --articles {args.articles} lists no article", file=sys.stderr)
            return 2
        if unlabelled:
            print(f"error: --articles {args.articles}: no label for {', '.join(unlabelled)}", file=sys.stderr)
            return 2
        labels = sorted(set(paths))
    gold = load_gold(args.corpus, labels)
    misses: list[str] = []
    scores = score_quotes(gold, predict_direct(gold), misses)
    if args.misses:
        print("\n".join(misses), file=sys.stderr)
    print(json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
