"""Pick BBC articles for a hand-labelled set: N per section at random, none already in another set.

Only articles with a quotation mark are drawn: an article that quotes nobody scores
no speaker. Articles listed in an earlier set's ``articles.txt`` (the dev gold always,
plus any given with ``--exclude``) are left out before sampling. Rerunning with the same
seed gives the same list.

    python benchmarks/speakergold/pick.py ../shared/corpora/bbc > benchmarks/speakergold/articles.txt
    python benchmarks/speakergold/pick.py ../shared/corpora/bbc --seed 20261207 --per-section 4 \
        --exclude benchmarks/speakergold/articles.txt > benchmarks/unseengold/articles.txt
"""

import argparse
import importlib.util
import random
from pathlib import Path

HERE = Path(__file__).parent
# Loaded by path: the module's name would otherwise be the standard library's ``select``.
_spec = importlib.util.spec_from_file_location("devgold_select", HERE.parent / "devgold" / "select.py")
devgold_select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(devgold_select)
SECTIONS, distinct_files = devgold_select.SECTIONS, devgold_select.distinct_files

SPEAKERGOLD_SEED = 20260415


def pick(corpus: Path, seed: int, per_section: int, exclude: list[Path]) -> list[str]:
    """Return ``section/name`` for ``per_section`` quoting articles per section, none of ``exclude``."""
    held_out: set[str] = set()
    for listing in [HERE.parent / "devgold" / "articles.txt", *exclude]:
        held_out.update(listing.read_text(encoding="utf-8").split())
    rng = random.Random(seed)
    picked: list[str] = []
    for section in SECTIONS:
        files = [
            name for name in distinct_files(corpus / section)
            if f"{section}/{name}" not in held_out and b'"' in (corpus / section / name).read_bytes()
        ]
        picked.extend(f"{section}/{name}" for name in sorted(rng.sample(files, per_section)))
    return picked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--seed", type=int, default=SPEAKERGOLD_SEED)
    parser.add_argument("--per-section", type=int, default=3)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="an earlier set's articles.txt to leave out (repeatable)")
    args = parser.parse_args()
    print("\n".join(pick(args.corpus, args.seed, args.per_section, args.exclude)))


if __name__ == "__main__":
    main()
