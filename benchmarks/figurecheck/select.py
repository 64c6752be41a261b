"""Pick the figure-check articles from distinct BBC texts that are not in the dev gold.

A second, smaller hand-labelled set for the figure rules only (the dev gold stays the
team's unseen measure): 3 articles per section at random, then 4 sport articles at
random among those with a score-like pair of numbers ("2-1") and 3 business articles
among those with a change from one number to another ("from 5% to 6%"), so that the
rules of scores and changes are checked too. The list is written once into
``articles.txt`` and labelled by hand before the rules of issue 15 changed; rerunning
this script gives the same list.

    python benchmarks/figurecheck/select.py ../shared/corpora/bbc > benchmarks/figurecheck/articles.txt
"""

import importlib.util
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
# The dev gold's picker, loaded by path: its module name would shadow the standard library's ``select``.
_spec = importlib.util.spec_from_file_location("devgold_select", HERE.parent / "devgold" / "select.py")
assert _spec is not None and _spec.loader is not None
dev_gold_select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev_gold_select)

SEED = 20261215
PER_SECTION = 3
TARGETED = (
    ("sport", 4, re.compile(r"(?<![\d,.])\d{1,2}-\d{1,2}(?![\d,])")),
    ("business", 3, re.compile(r"\bfrom\s+\S*\d[^.;]{0,30}?\bto\s+\S*\d")),
)


def main(corpus: Path) -> None:
    dev_gold = set((HERE.parent / "devgold" / "articles.txt").read_text().split())
    rng = random.Random(SEED)
    chosen: list[str] = []
    candidates = {
        section: [f"{section}/{name}" for name in dev_gold_select.distinct_files(corpus / section) if f"{section}/{name}" not in dev_gold]
        for section in dev_gold_select.SECTIONS
    }
    for section in dev_gold_select.SECTIONS:
        chosen += sorted(rng.sample(candidates[section], PER_SECTION))
    for section, count, pattern in TARGETED:
        matching = [file for file in candidates[section] if file not in chosen and pattern.search((corpus / file).read_text(encoding="utf-8", errors="replace"))]
        chosen += sorted(rng.sample(matching, count))
    print("\n".join(chosen))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
