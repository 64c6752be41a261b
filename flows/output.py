"""Printing query results as a rich table, CSV or JSON."""

import json
import sys

import polars as pl


def flatten_nested(frame: pl.DataFrame) -> pl.DataFrame:
    """Lists and structs as JSON text: CSV cells hold no nested values."""
    nested = [name for name, dtype in frame.schema.items() if dtype.is_nested()]
    return frame.with_columns(
        pl.col(name).map_elements(lambda value: json.dumps(value.to_list() if isinstance(value, pl.Series) else value, default=str, ensure_ascii=False), return_dtype=pl.String)
        for name in nested
    )


def print_frame(frame: pl.DataFrame, fmt: str) -> None:
    if fmt == "csv":
        sys.stdout.write(flatten_nested(frame).write_csv())
    elif fmt == "json":
        sys.stdout.write(frame.write_json() + "\n")
    else:
        from rich.console import Console
        from rich.table import Table

        cells = [["" if v is None else str(v) for v in row] for row in frame.iter_rows()]
        table = Table()
        for name in frame.columns:
            table.add_column(name, overflow="fold")
        for row in cells:
            table.add_row(*row)
        console = Console()
        if not console.is_terminal:
            # Piped output is read by people and tools alike: never wrap cells.
            widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(frame.columns)]
            console = Console(width=sum(widths) + 3 * len(widths) + 1)
        console.print(table)
        console.print(f"{frame.height} rows", style="dim")
