"""Build the marts after the load, on the load's connection and inside its transaction.

First the parts SQL does not express well, computed in polars (``transforms.marts``)
and written to their tables: people merged from the quotes' speakers and where
they are named (``person_aliases``, ``person_mentions``, ``quotes.person_id``),
MinHash signatures of new articles (``article_signatures``), near-duplicate pairs
(``near_duplicate_pairs``) and reused quotations (``quote_matches``). Then the SQL
marts in ``warehouse/models/marts``, in the order their YAML lists them, each
replaced whole; ``figures.claim_id`` is set from ``claim_mentions``.

Everything is rebuilt from the warehouse's current rows on every load, so a mart is
never stale; only article signatures are kept between runs (an article's own text
decides its signature), recomputed for re-derived documents and when the hashing
scheme changes.
"""

import time
from contextlib import contextmanager

import duckdb
import numpy as np
import polars as pl

from transforms.marts import minhash, people, quote_reuse
from transforms.schema import BY_NAME
from warehouse import catalog
from warehouse.schema import comment_statement

NEAR_DUPLICATES = minhash.Shingling(words=5, bins=128, rows=2, min_jaccard=0.5, min_containment=0.8, min_shingles=30, tokens="spaces")


@contextmanager
def timed(seconds: dict[str, float], step: str):
    started = time.perf_counter()
    yield
    seconds[step] = round(time.perf_counter() - started, 3)


def write_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, replace: bool = True) -> None:
    """Put ``frame``'s rows in ``table`` (its columns in the schema's order), replacing what it held."""
    columns = BY_NAME[table].column_names()
    con.register("mart_rows", frame.select(columns))
    if replace:
        con.execute(f"delete from {table}")
    con.execute(f"insert into {table} by name select * from mart_rows")
    con.unregister("mart_rows")


def build_people(con: duckdb.DuckDBPyConnection) -> None:
    """person_aliases, person_mentions and quotes.person_id, from the direct quotes' speakers."""
    speakers = con.sql(
        """select q.quote_id, q.document_id, q.article_id, q.speaker, q.speaker_type, q.speaker_affiliation,
                  q.speaker_mention_start as mention_start, q.speaker_mention_end as mention_end, q.speaker_mention as mention_text
           from quotes q semi join documents d using (document_id)
           where q.kind = 'direct' and q.speaker is not null"""
    ).pl()
    texts = con.sql("select document_id, text from documents").pl()
    quote_people, aliases = people.resolve(speakers, texts)
    mentions = people.mentions(speakers, quote_people, aliases, texts, con.sql("select article_id, document_id, start_char from articles").pl())
    write_table(con, "person_aliases", aliases)
    write_table(con, "person_mentions", mentions)
    con.register("quote_people", quote_people)
    con.execute("update quotes set person_id = null where person_id is not null")
    con.execute("update quotes set person_id = p.person_id from quote_people p where quotes.quote_id = p.quote_id")
    con.unregister("quote_people")


def update_signatures(con: duckdb.DuckDBPyConnection, refreshed_document_ids: list[str]) -> int:
    """Signatures for articles without a current one; drop those of gone articles. Returns how many were computed."""
    con.execute(
        "delete from article_signatures where scheme <> ? or article_id in (select article_id from article_signatures anti join articles using (article_id))",
        [NEAR_DUPLICATES.name],
    )
    if refreshed_document_ids:
        con.register("refreshed", pl.DataFrame({"document_id": refreshed_document_ids}, schema={"document_id": pl.String}))
        con.execute("delete from article_signatures where document_id in (select document_id from refreshed)")
        con.unregister("refreshed")
    missing = con.sql("select article_id, document_id, text from articles anti join article_signatures using (article_id)").pl()
    if missing.is_empty():
        return 0
    signature, shingles = minhash.signatures(missing["text"], NEAR_DUPLICATES)
    rows = missing.select(
        "article_id", "document_id", pl.Series("shingles", shingles), pl.Series("signature", signature).cast(pl.List(pl.UInt64)), pl.lit(NEAR_DUPLICATES.name).alias("scheme")
    )
    write_table(con, "article_signatures", rows, replace=False)
    return missing.height


def texts_by_position(con: duckdb.DuckDBPyConnection, table: str, key: str, ids: pl.Series):
    """A ``texts_of`` for ``minhash.matches``: the texts of ``ids[positions]``, in that order."""

    def texts_of(positions: np.ndarray) -> pl.Series:
        wanted = pl.DataFrame({key: ids.gather(positions), "position": np.arange(len(positions))})
        con.register("wanted_texts", wanted)
        try:
            return con.sql(f"select t.text from wanted_texts w join {table} t using ({key}) order by w.position").pl()["text"]
        finally:
            con.unregister("wanted_texts")

    return texts_of


def build_near_duplicate_pairs(con: duckdb.DuckDBPyConnection) -> None:
    """Article pairs from the signatures' LSH candidates; document pairs among the documents of article candidates,
    compared on merged signatures (a document's shingles are its articles'). A pair of one-article documents
    is its articles' pair: their signatures are the same."""
    stored = con.sql("select article_id, document_id, shingles, signature from article_signatures order by article_id").pl()
    if stored.is_empty():
        write_table(con, "near_duplicate_pairs", pl.DataFrame(schema=BY_NAME["near_duplicate_pairs"].frame_schema("marts")))
        return
    signature = stored["signature"].list.to_array(NEAR_DUPLICATES.bins).to_numpy()
    shingles = stored["shingles"].to_numpy()
    candidates = minhash.candidate_pairs(signature, NEAR_DUPLICATES.rows)
    articles = minhash.matches(stored["article_id"], signature, shingles, NEAR_DUPLICATES, texts_by_position(con, "articles", "article_id", stored["article_id"]), candidates)

    documents = stored["document_id"].unique(maintain_order=True)
    of_document = stored.join(pl.DataFrame({"document_id": documents, "position": np.arange(len(documents))}), on="document_id", how="left", maintain_order="left")["position"].to_numpy()
    document_signature = minhash.merge(signature, of_document, len(documents))
    document_shingles = np.bincount(of_document, weights=shingles, minlength=len(documents)).astype(np.int64)
    document_pairs = np.sort(of_document[candidates], axis=1) if len(candidates) else np.empty((0, 2), np.int64)
    document_pairs = np.unique(document_pairs[document_pairs[:, 0] != document_pairs[:, 1]], axis=0).astype(np.uint32)
    single = np.bincount(of_document, minlength=len(documents)) == 1
    merged = document_pairs[~(single[document_pairs[:, 0]] & single[document_pairs[:, 1]])]
    docs = minhash.matches(documents, document_signature, document_shingles, NEAR_DUPLICATES, texts_by_position(con, "documents", "document_id", documents), merged)
    one_article = stored.filter(pl.col("document_id").is_in(documents.filter(pl.Series(single)).implode())).select("article_id", "document_id")
    from_articles = (
        articles.join(one_article.rename({"article_id": "left_id", "document_id": "left_document"}), on="left_id")
        .join(one_article.rename({"article_id": "right_id", "document_id": "right_document"}), on="right_id")
        .select(
            pl.min_horizontal("left_document", "right_document").alias("left_id"), pl.max_horizontal("left_document", "right_document").alias("right_id"),
            "jaccard", "containment", "method",
        )
    )
    docs = pl.concat([docs, from_articles]).sort("left_id", "right_id")
    pairs = pl.concat([docs.with_columns(pl.lit("document").alias("level")), articles.with_columns(pl.lit("article").alias("level"))])
    write_table(con, "near_duplicate_pairs", pairs)


def build_quote_matches(con: duckdb.DuckDBPyConnection) -> None:
    quotes = con.sql(
        """select q.quote_id, q.article_id, q.text, row_number() over (order by d.document_order, q.start_char) as "order"
           from quotes q join stg_documents d using (document_id)
           where q.kind = 'direct'"""
    ).pl()
    write_table(con, "quote_matches", quote_reuse.reuse(quotes))


def build_sql_marts(con: duckdb.DuckDBPyConnection, seconds: dict[str, float]) -> None:
    for model in catalog.models("marts"):
        with timed(seconds, model.name):
            con.execute(f"create or replace table {model.name} as {model.sql}")
            if model.name == "claim_mentions":
                con.execute("update figures set claim_id = null where claim_id is not null")
                con.execute("update figures set claim_id = m.claim_id from claim_mentions m where figures.figure_id = m.figure_id")
    con.execute(";\n".join(document_statements(catalog.models("marts"), "table")))


def document_statements(models: tuple[catalog.Model, ...], kind: str) -> list[str]:
    """``comment on`` the models (``kind`` table or view) and their columns, from their YAML."""
    return [
        statement
        for model in models
        for statement in (
            comment_statement(kind, model.name, model.description, {}),
            *(comment_statement("column", f"{model.name}.{column.name}", column.description, {}) for column in model.columns),
        )
    ]


def build_marts(con: duckdb.DuckDBPyConnection, refreshed_document_ids: list[str] = ()) -> dict[str, float]:
    """Rebuild every mart from the warehouse's rows; returns seconds per step. Runs in the caller's transaction."""
    seconds: dict[str, float] = {}
    with timed(seconds, "person_names"):
        build_people(con)
    with timed(seconds, "article_signatures"):
        update_signatures(con, list(refreshed_document_ids))
    with timed(seconds, "near_duplicate_pairs"):
        build_near_duplicate_pairs(con)
    with timed(seconds, "quote_matches"):
        build_quote_matches(con)
    build_sql_marts(con, seconds)
    return seconds


def marts_missing(con: duckdb.DuckDBPyConnection) -> bool:
    """A mart table is absent (a warehouse from before the marts, or one that never loaded anything)."""
    built = {row[0] for row in con.sql("select table_name from duckdb_tables()").fetchall()}
    return any(model.name not in built for model in catalog.models("marts"))
