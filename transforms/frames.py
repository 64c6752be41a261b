"""Column schemas of the frames that flow between the stages, from ``transforms.schema``.

Every stage returns a polars frame with exactly these columns (in this order) so
that validation and the warehouse load can rely on names and dtypes.
Offsets are 0-based, end-exclusive code-point offsets into ``documents.text``.
"""

import polars as pl

from transforms.schema import frame

DOCUMENTS = frame("documents")
ARTICLES = frame("articles")
PARAGRAPHS = frame("paragraphs")
QUOTES = frame("quotes")
FIGURES = frame("figures")


def empty(schema: dict) -> pl.DataFrame:
    """An empty frame of ``schema``: what a stage returns when it has no rows."""
    return pl.DataFrame(schema=schema)


def conform(frame: pl.DataFrame, schema: dict) -> pl.DataFrame:
    """Select and cast ``frame`` to ``schema``, so every stage hands on the same shape."""
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])
