"""The mypyc build of transforms/figures.py: used when current, never when stale, same rows as pure Python."""

import os
import shutil
import subprocess
import sys

import polars as pl
import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE

BUILD = PROJECT_ROOT / "build" / "native"

# Sample paragraphs through articles -> paragraphs -> figures, written as Parquet to argv[1].
FIGURES_OF_SAMPLE = f"""
import sys
from pathlib import Path
import polars as pl
import transforms, transforms.figures
from transforms.articles import segment, split_paragraphs
from transforms.figures import extract_figures
from transforms.ingest import decode_documents
files = sorted(Path({str(SAMPLE)!r}).glob("*.txt"))
documents, _ = decode_documents(pl.DataFrame({{"source_path": [str(f) for f in files], "raw": [f.read_bytes() for f in files]}}))
extract_figures(split_paragraphs(segment(documents))).write_parquet(sys.argv[1])
print(transforms.NATIVE, transforms.figures.__file__)
"""

needs_build = pytest.mark.skipif(
    not (BUILD / "sources.sha256").exists() or not (BUILD / "sources.sha256").read_text(),
    reason="no mypyc build: run `make native`",
)


def figures_of_sample(out, root=PROJECT_ROOT, **environment) -> str:
    result = subprocess.run(
        [sys.executable, "-c", FIGURES_OF_SAMPLE, str(out)], cwd=root, capture_output=True, text=True, check=True,
        env={**os.environ, "PYTHONPATH": str(root), **environment},
    )
    return result.stdout.strip()


@needs_build
def test_compiled_figures_give_the_rows_of_pure_python(tmp_path):
    native = figures_of_sample(tmp_path / "native.parquet")
    pure = figures_of_sample(tmp_path / "pure.parquet", WIREHOUSE_NATIVE="0")
    assert native.startswith("True") and native.endswith(".so"), native
    assert pure.startswith("False") and pure.endswith("figures.py"), pure
    compiled, interpreted = pl.read_parquet(tmp_path / "native.parquet"), pl.read_parquet(tmp_path / "pure.parquet")
    assert len(compiled) > 50
    assert compiled.equals(interpreted)


@needs_build
def test_an_edited_source_is_not_shadowed_by_a_stale_build(tmp_path):
    copy = tmp_path / "project"
    shutil.copytree(PROJECT_ROOT / "transforms", copy / "transforms", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(BUILD, copy / "build" / "native")
    assert figures_of_sample(tmp_path / "current.parquet", copy).startswith("True")
    edited = copy / "transforms" / "figures.py"
    edited.write_text(edited.read_text() + "\n# edited after the build\n")
    assert figures_of_sample(tmp_path / "stale.parquet", copy) == f"False {edited}"
