"""The Data Docs index: one static HTML page summarising the latest validation.

GX renders a page per table's validation (under ``gx/``), but its own index fills
its lists with JavaScript from CDNs and is blank offline. This page needs
nothing but the file: every expectation's verdict, failures first with an
example row, linking each table to GX's detailed page.
"""

import html
import json
from datetime import datetime, timezone
from pathlib import Path

import polars as pl

from expectations.runner import GX_SITE_FOLDER

STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #eee; }
.fail { background: #fde2e2; } .pass { background: #e6f4e6; }
code { font-size: 12px; word-break: break-all; }
"""


def _table_links(docs_dir: Path) -> dict[str, str]:
    """Table -> relative link to GX's validation page for it."""
    pages = sorted((docs_dir / GX_SITE_FOLDER / "validations").glob("*/**/*.html"))
    return {page.relative_to(docs_dir / GX_SITE_FOLDER / "validations").parts[0]: page.relative_to(docs_dir).as_posix() for page in pages}


def _row(result: dict, links: dict[str, str]) -> str:
    suite = html.escape(result["suite"])
    table = f'<a href="{html.escape(links[result["suite"]])}">{suite}</a>' if result["suite"] in links else suite
    sample = json.loads(result["unexpected_sample"]) if result["unexpected_sample"] else []
    example = f"<code>{html.escape(json.dumps(sample[0], ensure_ascii=False))}</code>" if sample else ""
    status = "pass" if result["success"] else "fail"
    cells = [table, html.escape(result["expectation"]), html.escape(result["column_name"] or ""), status.upper(), str(result["unexpected_count"]), example]
    return f'<tr class="{status}">' + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def write_index(docs_dir: Path, results: pl.DataFrame) -> Path:
    """Write ``docs_dir/index.html`` for ``results`` (as ``validate_batch`` returns them); returns its path."""
    links = _table_links(docs_dir)
    ordered = results.sort("success", "suite", "expectation")
    failed = ordered.filter(~pl.col("success")).height
    verdict = f"{failed} of {results.height} expectations failed" if failed else f"all {results.height} expectations passed"
    rows = "\n".join(_row(result, links) for result in ordered.iter_rows(named=True))
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>wirehouse data quality</title><style>{STYLE}</style></head>
<body>
<h1>wirehouse data quality</h1>
<p class="{'fail' if failed else 'pass'}"><strong>{verdict}</strong> &middot; validated {generated}</p>
<p>Tables link to the Great Expectations validation page with every expectation's details.</p>
<table>
<tr><th>Table</th><th>Expectation</th><th>Columns</th><th>Status</th><th>Unexpected rows</th><th>Example row</th></tr>
{rows}
</table>
</body></html>
"""
    index = docs_dir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
