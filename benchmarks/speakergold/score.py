"""Score speakers on the speaker tuning set (``labels/``) with the dev-gold scorer's rules.

The labels follow ``benchmarks/devgold/README.md`` (quotes only; ``figures`` is empty),
and each quote's ``text`` is the quotation's opening words, enough to place it: a
prediction matches when it covers at least half of them. Extraction runs in-process.

    python benchmarks/speakergold/score.py [--corpus ../shared/corpora/bbc] [--misses]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", action="store_true", help="list every wrong speaker")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"skipped: corpus not found at {args.corpus}")
        return 0
    gold = load_gold(args.corpus, sorted((HERE / "labels").glob("*.json")))
    misses: list[str] = []
    scores = score_quotes(gold, predict_direct(gold), misses)
    if args.misses:
        print("\n".join(misses), file=sys.stderr)
    print(json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
