"""`wirehouse report`: one static HTML page about the warehouse, readable without a server.

The page is written from a read-only connection: totals, coverage by section,
by day of publication and by outlet (with whom each outlet quotes most), the people quoted most with their quotes, claims with their sources, figures by
category, near-duplicates, reused quotations, data quality (the last run's
validation and the SQL models' tests, run now) and the run history. Charts are
inline SVG (``flows.charts``); the page has no script and loads nothing.
"""

from dataclasses import dataclass
from datetime import datetime, timezone
from html import escape
from pathlib import Path

import duckdb
import polars as pl

from flows import charts
from warehouse import catalog
from warehouse.io import connect

TOP = 15
STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; color: #1f2933; background: #f5f7fa; }
header { background: #1f3b5c; color: #fff; padding: 18px 32px; }
header h1 { margin: 0 0 4px 0; font-size: 24px; }
nav a { color: #cfe0f5; margin-right: 14px; font-size: 14px; }
main { padding: 8px 32px 32px 32px; max-width: 1200px; }
section { background: #fff; border-radius: 6px; padding: 12px 20px 16px 20px; margin: 16px 0; box-shadow: 0 1px 2px #0002; }
h2 { font-size: 18px; margin: 6px 0 10px 0; color: #1f3b5c; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; }
.tile { background: #e8f0fa; border-radius: 6px; padding: 8px 14px; min-width: 110px; }
.tile b { display: block; font-size: 22px; color: #1f3b5c; }
.pair { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
figure { margin: 0 0 8px 0; } figcaption { font-size: 13px; color: #616e7c; margin-bottom: 4px; }
table { border-collapse: collapse; font-size: 13px; width: 100%; margin-top: 8px; }
th, td { border-bottom: 1px solid #e4e7eb; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f0f3f7; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.bad { color: #b42318; font-weight: 600; } .good { color: #1a7f37; font-weight: 600; }
q { color: #52606d; }
small { color: #616e7c; }
"""


class NoMarts(RuntimeError):
    """The warehouse predates the marts (a run builds them)."""


@dataclass
class Report:
    index: Path
    sections: list[str]


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> pl.DataFrame:
    return con.sql(sql).pl()


def _table(frame: pl.DataFrame, headers: dict[str, str], numeric: tuple[str, ...] = (), html: tuple[str, ...] = ()) -> str:
    """An HTML table of ``frame``'s ``headers`` columns; ``html`` columns are already markup."""
    head = "".join(f"<th>{escape(title)}</th>" for title in headers.values())
    body = []
    for row in frame.iter_rows(named=True):
        cells = []
        for column in headers:
            value = row[column]
            text = value if column in html else escape("" if value is None else (f"{value:,}" if isinstance(value, int) else str(value)))
            cells.append(f'<td class="n">{text}</td>' if column in numeric else f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _figure(caption: str, chart: str) -> str:
    return f"<figure><figcaption>{escape(caption)}</figcaption>{chart}</figure>"


def _bars(caption: str, frame: pl.DataFrame, label: str, column: str, colour: str = charts.BAR, label_width: int = 130) -> str:
    """A captioned bar chart of ``frame[column]`` by ``frame[label]``, half the page wide."""
    return _figure(caption, charts.horizontal_bars(frame[label].to_list(), frame[column].to_list(), color=colour, width=460, label_width=label_width))


def _side_by_side(*figures: str) -> str:
    return f'<div class="pair">{"".join(figures)}</div>'


def _section(anchor: str, title: str, *parts: str) -> str:
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{"".join(parts)}</section>'


def overview(con: duckdb.DuckDBPyConnection) -> str:
    totals = con.sql(
        """select (select count(*) from documents) as documents, (select count(*) from stg_document_sources) as files,
                  (select count(*) from articles) as articles, (select count(*) from quotes where kind = 'direct') as direct_quotes,
                  (select count(*) from figures) as figures, (select count(*) from people) as people_and_organisations,
                  (select count(*) from claims) as claims, (select count(*) from quote_reuse) as reused_quotations,
                  (select count(*) from near_duplicates where level = 'article') as near_duplicate_articles"""
    ).pl().row(0, named=True)
    tiles = "".join(f'<div class="tile"><b>{value:,}</b>{escape(name.replace("_", " "))}</div>' for name, value in totals.items())
    return _section("overview", "Overview", f'<div class="tiles">{tiles}</div>')


def coverage(con: duckdb.DuckDBPyConnection) -> str:
    sections = _rows(
        con,
        """select coalesce(section, '(top level)') as section, count(distinct path) as files, count(*) as articles,
                  sum(direct_quotes)::bigint as direct_quotes, sum(figures)::bigint as figures
           from coverage group by all order by files desc, section""",
    )
    return _section(
        "coverage", "Coverage by section folder",
        _side_by_side(_bars("files per section", sections, "section", "files"), _bars("direct quotes per section", sections, "section", "direct_quotes", charts.ACCENT)),
        _table(sections, {"section": "section", "files": "files", "articles": "articles", "direct_quotes": "direct quotes", "figures": "figures"}, numeric=("files", "articles", "direct_quotes", "figures")),
    )


def time_and_outlets(con: duckdb.DuckDBPyConnection) -> str:
    """Coverage per day of publication and per outlet, and whom each outlet quotes most."""
    days = _rows(
        con,
        """select strftime(day, '%Y-%m-%d') as day, sum(documents)::bigint as documents, sum(direct_quotes)::bigint as direct_quotes
           from daily_coverage where day is not null group by day order by day""",
    )
    outlets = _rows(
        con,
        """select coalesce(outlet, '(no outlet)') as outlet, sum(documents)::bigint as documents, sum(direct_quotes)::bigint as direct_quotes,
                  sum(figures)::bigint as figures, strftime(min(day), '%Y-%m-%d') as first_day, strftime(max(day), '%Y-%m-%d') as last_day
           from daily_coverage group by all order by documents desc, outlet""",
    )
    quoted = _rows(
        con,
        f"""select coalesce(outlet, '(no outlet)') as outlet, string_agg(name || ' (' || quotes || ')', ', ' order by quotes desc, name) as most_quoted
            from (select * from outlet_quotes qualify row_number() over (partition by outlet order by quotes desc, name) <= 3)
            group by all order by outlet limit {TOP}""",
    )
    if days.is_empty() and outlets["outlet"].to_list() == ["(no outlet)"]:
        return _section("time", "Coverage by day and outlet", "<p>No document has a publication date or an outlet (plain text without sidecars).</p>")
    listed = outlets.join(quoted, on="outlet", how="left", maintain_order="left")
    return _section(
        "time", "Coverage by day and outlet",
        _side_by_side(
            _figure("documents per day of publication (UTC)", charts.columns(days["day"].to_list(), days["documents"].to_list(), width=460)),
            _bars("direct quotes per outlet", outlets.head(TOP), "outlet", "direct_quotes", charts.ACCENT, label_width=150),
        ),
        _table(listed, {"outlet": "outlet", "documents": "documents", "direct_quotes": "direct quotes", "figures": "figures", "first_day": "first day",
                        "last_day": "last day", "most_quoted": "quotes most"}, numeric=("documents", "direct_quotes", "figures")),
    )


def top_people(con: duckdb.DuckDBPyConnection) -> str:
    ranked = _rows(
        con,
        f"""select person_id, name, person_type, quotes, documents, array_to_string(aliases, '; ') as aliases
            from people where quotes > 0 order by quotes desc, documents desc, name limit {TOP}""",
    )
    con.register("ranked_people", ranked.select("person_id"))
    said = _rows(
        con,
        """select person_id, text, file_name from stg_quotes join ranked_people using (person_id)
           where kind = 'direct' qualify row_number() over (partition by person_id order by word_count desc, quote_id) = 1""",
    )
    con.unregister("ranked_people")
    shown = ranked.join(said, on="person_id", how="left", maintain_order="left")
    cells = [f"<q>{escape(text or '')}</q> <small>{escape(file or '')}</small>" for text, file in zip(shown["text"], shown["file_name"])]
    shown = shown.with_columns(pl.Series("quote", cells, dtype=pl.String))
    return _section(
        "people", f"Who is quoted most (top {TOP})",
        _figure("direct quotes", charts.horizontal_bars(ranked["name"].to_list(), ranked["quotes"].to_list())),
        _table(shown, {"name": "name", "person_type": "type", "quotes": "direct quotes", "documents": "documents", "aliases": "written as", "quote": "their longest quote"},
               numeric=("quotes", "documents"), html=("quote",)),
    )


def claims(con: duckdb.DuckDBPyConnection) -> str:
    listed = _rows(
        con,
        f"""select c.claim_id, c.category, concat_ws(' ', c.unit, c.predicate) as what, c.articles, c.documents, c.conflicting,
                   array_to_string(c.conflicting_texts, '; ') as conflicting_texts,
                   concat_ws(', ', strftime(c.first_published_at, '%Y-%m-%d %H:%M'), c.first_outlet) as first_reported,
                   string_agg(m.text || ' (' || m.file_name || coalesce(', ' || m.article_label, '') || ')', ' · ' order by m.document_order, m.start_char) as sources
            from claims c join claim_mentions m using (claim_id)
            group by all order by c.articles desc, c.documents desc, what limit {TOP}""",
    )
    flagged = listed.with_columns(
        pl.when(pl.col("conflicting")).then(pl.lit("conflicts: ") + pl.col("conflicting_texts")).otherwise(pl.lit("")).alias("conflict")
    )
    total = con.sql("select count(*), count(*) filter (where conflicting) from claims").fetchall()[0]
    return _section(
        "claims", "Claims reported in several articles",
        f"<p>{total[0]:,} claims, {total[1]:,} with a conflicting value in a document that reports them.</p>",
        _table(flagged, {"what": "what", "category": "category", "articles": "articles", "documents": "documents", "first_reported": "first reported",
                         "sources": "sources (figure, file, article)", "conflict": "conflict"},
               numeric=("articles", "documents")),
    )


def figures(con: duckdb.DuckDBPyConnection) -> str:
    categories = _rows(con, "select category, count(*) as figures, count(claim_id) as in_claims from figures group by all order by figures desc")
    units = _rows(con, f"select unit, count(*) as figures from stg_figures where category = 'count' and unit is not null group by all order by figures desc, unit limit {TOP}")
    return _section(
        "figures", "Figures by category",
        _side_by_side(_bars("figures per category", categories, "category", "figures", label_width=110),
                      _bars("what counts are of, most often", units, "unit", "figures", charts.ACCENT)),
    )


def near_duplicates(con: duckdb.DuckDBPyConnection) -> str:
    kinds = _rows(con, "select level || ' ' || kind as kind, count(*) as pairs from near_duplicates group by all order by kind")
    pairs = _rows(
        con,
        f"""select left_file_name || coalesce(' · ' || nullif(left_label, left_file_name), '') as left_side,
                   right_file_name || coalesce(' · ' || nullif(right_label, right_file_name), '') as right_side,
                   kind, jaccard, containment, method
            from near_duplicates where level = 'article'
            order by kind = 'copy', containment desc, jaccard desc, left_side limit {TOP}""",
    )
    return _section(
        "near-duplicates", "Copies and near-copies",
        _figure("pairs by level and kind", charts.horizontal_bars(kinds["kind"].to_list(), kinds["pairs"].to_list(), width=460, label_width=160)),
        "<small>Article pairs, near-copies and contained texts first (copies are listed in the near_duplicates mart).</small>",
        _table(pairs, {"left_side": "article", "right_side": "its near-copy", "kind": "kind", "jaccard": "Jaccard", "containment": "containment", "method": "measured"},
               numeric=("jaccard", "containment")),
    )


def reused_quotes(con: duckdb.DuckDBPyConnection) -> str:
    reused = _rows(
        con,
        f"""select left(text, 160) as text, coalesce(speaker, '') as speaker, articles, documents, edited, first_file_name
            from quote_reuse order by articles desc, documents desc, text limit {TOP}""",
    )
    return _section(
        "quote-reuse", "Quotations reused across articles",
        _table(reused, {"text": "quotation (first appearance)", "speaker": "speaker", "articles": "articles", "documents": "documents", "edited": "edited", "first_file_name": "first in"},
               numeric=("articles", "documents")),
    )


def data_quality(con: duckdb.DuckDBPyConnection) -> str:
    validation = _rows(
        con,
        """select suite, count(*) filter (where success) as passed, count(*) filter (where not success) as failed,
                  coalesce(sum(unexpected_count) filter (where not success), 0)::bigint as failing_rows
           from dq_results where run_id = (select run_id from dq_results order by checked_at desc limit 1)
           group by suite order by suite""",
    )
    models = catalog.run_tests(con).group_by("suite").agg(
        pl.col("success").sum().alias("passed"), (~pl.col("success")).sum().alias("failed"), pl.col("unexpected_count").filter(~pl.col("success")).sum().alias("failing_rows")
    ).sort("suite")
    quarantined = con.sql("select coalesce(sum(quarantined_rows), 0), count(*) filter (where status = 'failed') from pipeline_runs").fetchall()[0]
    passed = int(validation["passed"].sum() or 0) + int(models["passed"].sum() or 0)
    failed = int(validation["failed"].sum() or 0) + int(models["failed"].sum() or 0)
    verdict = f'<span class="{"bad" if failed else "good"}">{failed} failed</span> of {passed + failed} checks'
    checked = pl.concat([validation.with_columns(pl.lit("table suite (last run)").alias("kind")), models.with_columns(pl.lit("model tests (now)").alias("kind"))], how="diagonal_relaxed")
    return _section(
        "quality", "Data quality",
        f"<p>{verdict}; {quarantined[0]:,} rows quarantined over all runs; {quarantined[1]} failed runs. "
        "<small>Run <code>wirehouse check</code> for every expectation with failing examples.</small></p>",
        charts.stacked_shares([("passed", passed), ("failed", failed)], [charts.BAR, "#b42318"]),
        _table(checked, {"suite": "table or model", "kind": "checked by", "passed": "passed", "failed": "failed", "failing_rows": "failing rows"}, numeric=("passed", "failed", "failing_rows")),
    )


def run_history(con: duckdb.DuckDBPyConnection) -> str:
    runs = _rows(
        con,
        """select run_id, strftime(started_at, '%Y-%m-%d %H:%M') as started, status, trigger,
                  round(epoch(finished_at - started_at), 1) as seconds, files_seen, documents_rows, quotes_rows, figures_rows,
                  try_cast(stage_seconds ->> 'marts' as double) as marts_seconds
           from pipeline_runs order by started_at desc limit 20""",
    )
    oldest_first = runs.reverse()
    return _section(
        "runs", "Run history",
        _figure("seconds per run, oldest first", charts.columns(oldest_first["started"].to_list(), oldest_first["seconds"].fill_null(0).to_list())),
        _table(runs, {"started": "started (UTC)", "status": "status", "trigger": "trigger", "seconds": "seconds", "files_seen": "files", "documents_rows": "new documents",
                      "quotes_rows": "quotes", "figures_rows": "figures", "marts_seconds": "marts (s)"},
               numeric=("seconds", "files_seen", "documents_rows", "quotes_rows", "figures_rows", "marts_seconds")),
    )


SECTIONS = (
    ("overview", overview), ("coverage", coverage), ("time", time_and_outlets), ("people", top_people), ("claims", claims), ("figures", figures),
    ("near-duplicates", near_duplicates), ("quote-reuse", reused_quotes), ("quality", data_quality), ("runs", run_history),
)


def write_report(db: Path, out: Path) -> Report:
    """Write ``out/index.html`` for the warehouse ``db`` (opened read-only)."""
    con = connect(db, read_only=True)
    try:
        built = {row[0] for row in con.sql("select table_name from duckdb_tables()").fetchall()}
        if any(model.name not in built for model in catalog.models("marts")):
            raise NoMarts(f"warehouse {db} has no marts yet: `wirehouse run` (even on unchanged input) builds them")
        body = [render(con) for _, render in SECTIONS]
    finally:
        con.close()
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    nav = "".join(f'<a href="#{anchor}">{anchor.replace("-", " ")}</a>' for anchor, _ in SECTIONS)
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>wirehouse report: {escape(db.name)}</title><style>{STYLE}</style></head>
<body><header><h1>wirehouse report</h1><div>{escape(str(db))} &middot; {generated}</div><nav>{nav}</nav></header>
<main>{''.join(body)}</main></body></html>
"""
    out.mkdir(parents=True, exist_ok=True)
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return Report(index, [anchor for anchor, _ in SECTIONS])
