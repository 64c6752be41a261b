"""Pick the speaker tuning-set articles: 15 BBC articles at random, 3 per section, none of the dev gold.

Only articles with a quotation mark are drawn: an article that quotes nobody scores
no speaker. The dev gold (``benchmarks/devgold/articles.txt``) stays unseen, so its files are
left out before sampling. Rerunning gives the same list (the seed is fixed).

    python benchmarks/speakergold/pick.py ../shared/corpora/bbc > benchmarks/speakergold/articles.txt
"""

import importlib.util
import random
import sys
from pathlib import Path

HERE = Path(__file__).parent
# Loaded by path: the module's name would otherwise be the standard library's ``select``.
_spec = importlib.util.spec_from_file_location("devgold_select", HERE.parent / "devgold" / "select.py")
devgold_select = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(devgold_select)
SECTIONS, distinct_files = devgold_select.SECTIONS, devgold_select.distinct_files

SEED = 20260415
PER_SECTION = 3


def main(corpus: Path) -> None:
    held_out = set((HERE.parent / "devgold" / "articles.txt").read_text(encoding="utf-8").split())
    rng = random.Random(SEED)
    for section in SECTIONS:
        files = [
            name for name in distinct_files(corpus / section)
            if f"{section}/{name}" not in held_out and b'"' in (corpus / section / name).read_bytes()
        ]
        for name in sorted(rng.sample(files, PER_SECTION)):
            print(f"{section}/{name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
