"""The mypyc build of the extractor packages (figures, quotes): used when current, never when stale, same rows as pure Python."""

import os
import shutil
import subprocess
import sys

import polars as pl
import pytest

from tests.conftest import PROJECT_ROOT, SAMPLE

BUILD = PROJECT_ROOT / "build" / "native"

# Sample paragraphs through articles -> paragraphs -> figures and quotes, written as Parquet
# to argv[1] and argv[2]; prints whether the build is used and where each extractor package and
# a module inside it came from.
EXTRACTS_OF_SAMPLE = f"""
import sys
from pathlib import Path
import polars as pl
import transforms, transforms.figures, transforms.figures.units, transforms.quotes, transforms.quotes.attribution
from transforms.articles import segment, split_paragraphs
from transforms.figures import extract_figures
from transforms.ingest import decode_documents
from transforms.quotes import extract_quotes
files = sorted(Path({str(SAMPLE)!r}).glob("*.txt"))
documents = decode_documents(pl.DataFrame({{"source_path": [str(f) for f in files], "raw": [f.read_bytes() for f in files]}})).documents
paragraphs = split_paragraphs(segment(documents))
extract_figures(paragraphs).write_parquet(sys.argv[1])
extract_quotes(paragraphs).write_parquet(sys.argv[2])
print(transforms.NATIVE, *(module.__file__ for module in (
    transforms.figures, transforms.figures.units, transforms.quotes, transforms.quotes.attribution)))
"""

needs_build = pytest.mark.skipif(
    not (BUILD / "sources.sha256").exists() or not (BUILD / "sources.sha256").read_text(),
    reason="no mypyc build: run `make native`",
)


def extracts_of_sample(out, root=PROJECT_ROOT, **environment) -> list[str]:
    """Run the extractors on the sample in a fresh interpreter: [NATIVE, then the files of figures, figures.units,
    quotes and quotes.attribution]."""
    out.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", EXTRACTS_OF_SAMPLE, str(out / "figures.parquet"), str(out / "quotes.parquet")],
        cwd=root, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(root), **environment},
    )
    return result.stdout.split()


@needs_build
@pytest.mark.parametrize("table", ["figures", "quotes"])
def test_compiled_extractors_give_the_rows_of_pure_python(tmp_path, table):
    native = extracts_of_sample(tmp_path / "native")
    pure = extracts_of_sample(tmp_path / "pure", WIREHOUSE_NATIVE="0")
    assert native[0] == "True" and all(module.endswith(".so") for module in native[1:]), native
    assert pure[0] == "False" and all(module.endswith(".py") for module in pure[1:]), pure
    compiled, interpreted = pl.read_parquet(tmp_path / "native" / f"{table}.parquet"), pl.read_parquet(tmp_path / "pure" / f"{table}.parquet")
    assert len(compiled) > 50
    assert compiled.equals(interpreted)


@needs_build
def test_an_edited_source_is_not_shadowed_by_a_stale_build(tmp_path):
    copy = tmp_path / "project"
    shutil.copytree(PROJECT_ROOT / "transforms", copy / "transforms", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(BUILD, copy / "build" / "native")
    assert extracts_of_sample(tmp_path / "current", copy)[0] == "True"
    edited = copy / "transforms" / "figures" / "units.py"  # a module inside a package
    edited.write_text(edited.read_text() + "\n# edited after the build\n")
    sources = copy / "transforms"
    assert extracts_of_sample(tmp_path / "stale", copy) == [
        "False", str(sources / "figures" / "__init__.py"), str(edited),
        str(sources / "quotes" / "__init__.py"), str(sources / "quotes" / "attribution.py"),
    ]


def test_the_extractor_packages_pass_the_type_check_the_compiled_build_starts_with():
    # `make native` only warns when mypyc rejects a type, and the suite's build tests then skip: a type error
    # in a rule would quietly leave every run on pure Python.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "pyproject.toml", "--cache-dir", os.devnull, "transforms/quotes", "transforms/figures"],
        cwd=PROJECT_ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout
