"""Pick the dev-gold articles: 8 per BBC section, at random, from distinct texts.

The list is written once into ``articles.txt`` and labelled by hand before any rule
change; rerunning this script must give the same list (the seed is fixed).

    python benchmarks/devgold/select.py ../shared/corpora/bbc > benchmarks/devgold/articles.txt
"""

import hashlib
import random
import sys
from pathlib import Path

SEED = 20261206
PER_SECTION = 8
SECTIONS = ("business", "entertainment", "politics", "sport", "tech")


def distinct_files(section: Path) -> list[str]:
    """Files of a section whose bytes no earlier file (in name order) has: the corpus holds copies."""
    seen: set[str] = set()
    kept = []
    for path in sorted(section.glob("*.txt")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            kept.append(path.name)
    return kept


def main(corpus: Path) -> None:
    rng = random.Random(SEED)
    for section in SECTIONS:
        for name in sorted(rng.sample(distinct_files(corpus / section), PER_SECTION)):
            print(f"{section}/{name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
