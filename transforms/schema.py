"""Every warehouse table and its columns, written once.

The DDL (``warehouse.schema``), the frames the stages hand on (``transforms.frames``),
the quarantine tables, the suites' required columns and the tests all read this
list. The SQL models (staging views and marts) are documented beside their SQL in
``warehouse/models``.

A column's ``origin`` says who fills it:

- ``extract``: the transforms (the stage frames have exactly these columns, in this order);
- ``run``: the flow, on the frame before validation (``ingested_at``, ``run_id``);
- ``marts``: the mart build after the load, in the same transaction;
- ``load``: the load or the flow, for its own bookkeeping tables.

Offsets are 0-based, end-exclusive code-point offsets into ``documents.text``.
"""

from dataclasses import dataclass

import polars as pl

# DuckDB type -> polars dtype of the frames that carry the column.
DTYPES = {
    "varchar": pl.String,
    "bigint": pl.Int64,
    "integer": pl.Int32,
    "double": pl.Float64,
    "boolean": pl.Boolean,
    "timestamp with time zone": pl.Datetime("us", "UTC"),
    "json": pl.String,
    "blob": pl.Binary,
    "ubigint[]": pl.List(pl.UInt64),
}
ORIGINS = ("extract", "run", "marts", "load")
VALIDATED_ORIGINS = ("extract", "run")


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB type, a key of DTYPES
    doc: str
    nullable: bool = True
    origin: str = "extract"
    default: str | None = None  # SQL literal for rows inserted without it

    @property
    def dtype(self) -> pl.DataType:
        return DTYPES[self.type]


@dataclass(frozen=True)
class Table:
    name: str
    doc: str  # what one row is
    columns: tuple[Column, ...]
    primary_key: str | None = None
    quarantined: bool = False  # validated per batch; failing rows go to quarantine_<name>
    derived: bool = False  # rows belong to a document: deleted and re-derived with it

    def column_names(self, *origins: str) -> list[str]:
        return [column.name for column in self.columns if not origins or column.origin in origins]

    def frame_schema(self, *origins: str) -> dict[str, pl.DataType]:
        return {column.name: column.dtype for column in self.columns if column.origin in origins}


def _required(name: str, type_: str, doc: str, origin: str = "extract") -> Column:
    return Column(name, type_, doc, nullable=False, origin=origin)


def _span(what: str, origin: str = "extract") -> tuple[Column, ...]:
    return (
        _required("start_char", "bigint", f"0-based offset of the {what}'s first character in documents.text", origin),
        _required("end_char", "bigint", f"offset just past the {what}'s last character (end-exclusive)", origin),
    )


DOCUMENTS = Table(
    "documents",
    "distinct content: a text file, a web page, or a record of a JSON Lines, CSV or Parquet file",
    (
        _required("document_id", "varchar", "sha256 of the raw file bytes (and of the context given beside them); for a record, of its text and context"),
        _required("source_path", "varchar", "path of the first file seen with this content"),
        _required("file_name", "varchar", "the file name of source_path"),
        _required("encoding", "varchar", "the encoding the bytes were decoded with"),
        _required("byte_size", "bigint", "size of the raw content in bytes (a page's HTML uncompressed; a record's fields as JSON)"),
        _required("char_count", "bigint", "length of text in code points"),
        _required("text", "varchar", "the decoded text (a page's article text); every offset in the warehouse points into it"),
        _required("ingested_at", "timestamp with time zone", "when the run that loaded it read the file", "run"),
        _required("run_id", "varchar", "pipeline_runs.run_id of that run", "run"),
        Column("decode_errors", "bigint", "invalid byte sequences replaced with U+FFFD (see file_warnings)", default="0"),
        Column("input_format", "varchar", "text, html, jsonl, csv or parquet", default="'text'"),
        Column("title", "varchar", "the headline the record, feed entry, page or sidecar gives"),
        Column("published_at", "timestamp with time zone", "publication time in UTC (a time without an offset is taken as UTC)"),
        Column("published_precision", "varchar", "day, minute or second: what the source gave"),
        Column("url", "varchar", "the article's address (the record's, the feed entry's link, the page's canonical URL)"),
        Column("outlet", "varchar", "the record's source, the feed's title, the page's site name, or the URL's host"),
        Column("author", "varchar", "the byline (several authors joined with commas)"),
        Column("language", "varchar", "a lower-case language tag (en, en-gb)"),
        Column("rules_version", "varchar", "the extraction rules its articles, paragraphs, quotes and figures were derived with (null: unknown)", origin="load"),
    ),
    primary_key="document_id",
    quarantined=True,
)

ARTICLES = Table(
    "articles",
    "article in a document: one for BBC-style files, one per dateline in live blogs",
    (
        _required("article_id", "varchar", "<document_id>-a<ordinal>; unique (checked by its suite, not an index)"),
        _required("document_id", "varchar", "documents.document_id"),
        _required("ordinal", "integer", "position of the article in its document, from 1"),
        Column("headline", "varchar", "the headline line, when the file has one"),
        Column("dateline", "varchar", "the dateline that opens a live-blog article (KYIV, Ukraine)"),
        *_span("article"),
        _required("text", "varchar", "the article's text"),
    ),
    quarantined=True,
    derived=True,
)

PARAGRAPHS = Table(
    "paragraphs",
    "non-blank line, numbered from 1 within its article",
    (
        _required("paragraph_id", "varchar", "<article_id>-p<ordinal>; unique (checked by its suite, not an index)"),
        _required("article_id", "varchar", "articles.article_id"),
        _required("document_id", "varchar", "documents.document_id"),
        _required("ordinal", "integer", "position in the article, from 1"),
        *_span("paragraph"),
        _required("text", "varchar", "the line's text"),
        _required("is_boilerplate", "boolean", "a follow-us line or a teaser: kept, never mined for quotes or figures"),
        _required("is_headline", "boolean", "the article's headline line"),
    ),
    quarantined=True,
    derived=True,
)

QUOTES = Table(
    "quotes",
    "quoted piece (a quotation across paragraphs gives one row per piece)",
    (
        _required("quote_id", "varchar", "<paragraph_id>-q<offset in paragraph>; unique (checked by its suite, not an index)"),
        _required("document_id", "varchar", "documents.document_id"),
        _required("article_id", "varchar", "articles.article_id"),
        _required("paragraph_id", "varchar", "paragraphs.paragraph_id"),
        *_span("quoted text"),
        _required("text", "varchar", "the quoted words, without the quotation marks"),
        _required("kind", "varchar", "direct (someone's words) or scare (a term, name or title in quotation marks)"),
        Column("speaker", "varchar", 'who said it: a person\'s fullest name, an organisation, or a role ("UK Film Council spokesman")'),
        Column("speaker_type", "varchar", "person, organisation, role or unknown (direct quotes only)"),
        Column("speaker_affiliation", "varchar", "organisation the article ties the speaker to (Arsenal for Arsenal's Patrick Vieira)"),
        Column("speaker_mention_start", "bigint", "offset of the mention that attributes the quote"),
        Column("speaker_mention_end", "bigint", "end of that mention (end-exclusive)"),
        Column("speaker_mention", "varchar", "that mention as written: documents.text from speaker_mention_start to speaker_mention_end"),
        Column("cue", "varchar", "the reporting verb (said, told, added)"),
        Column("continues", "varchar", "quote_id of the piece this one continues"),
        Column("person_id", "varchar", "people.person_id of the speaker (null for roles, pronouns and scare quotes)", origin="marts"),
    ),
    quarantined=True,
    derived=True,
)

FIGURES = Table(
    "figures",
    "number in the news, with its qualifier words, normalised, with what it counts",
    (
        _required("figure_id", "varchar", "<paragraph_id>-f<offset in paragraph>; unique (checked by its suite, not an index)"),
        _required("document_id", "varchar", "documents.document_id"),
        _required("article_id", "varchar", "articles.article_id"),
        _required("paragraph_id", "varchar", "paragraphs.paragraph_id"),
        *_span("figure"),
        _required("text", "varchar", 'the figure as written, qualifier included ("more than 1,200")'),
        Column("value", "double", "the number (null for vague amounts such as thousands)"),
        Column("value_low", "double", "lowest value the text allows"),
        Column("value_high", "double", "highest value the text allows (null when open, as in more than)"),
        _required("qualifier", "varchar", "exact, approx, at_least, more_than, less_than, up_to, range or vague"),
        Column("direction", "varchar", "up or down for changes (rose 5%)"),
        Column("unit", "varchar", "measurement unit, currency, or the head noun of what is counted"),
        _required("category", "varchar", "count, money, percent, distance, duration, age or other"),
        Column("predicate", "varchar", "what happened to what is counted (evacuated, killed)"),
        Column("unit_start", "bigint", "offset of the unit words or counted noun phrase"),
        Column("unit_end", "bigint", "end of the unit words (end-exclusive)"),
        Column("counted", "varchar", 'for counts, the whole counted noun phrase ("public housing properties")'),
        Column("score_first", "bigint", 'a score\'s first side as written ("28-17": 28; value is null), also odds and votes of that shape'),
        Column("score_second", "bigint", 'a score\'s second side ("28-17": 17)'),
        Column("claim_id", "varchar", "claims.claim_id when other articles report the same quantity", origin="marts"),
    ),
    quarantined=True,
    derived=True,
)

REJECTED_FILES = Table(
    "rejected_files",
    "file that could not be ingested, with the reason; the run went on without it",
    (
        _required("path", "varchar", "the file's path", "load"),
        _required("reason", "varchar", "why it was rejected (empty file, binary file, ...)", "load"),
        _required("run_id", "varchar", "the run that saw it", "load"),
        _required("seen_at", "timestamp with time zone", "when", "load"),
        Column("fingerprint", "varchar", "sha256 of the bytes; for a file that could not be read, its type, size and mtime", origin="load"),
    ),
)

DOCUMENT_SOURCES = Table(
    "document_sources",
    "input path ever seen, with the document its bytes are; renames, duplicate files and pruning act on these rows",
    (
        _required("path", "varchar", "the file's resolved path (unique)", "load"),
        _required("document_id", "varchar", "documents.document_id (sha256 of the bytes) the path holds", "load"),
        _required("first_seen_at", "timestamp with time zone", "when a run first saw the path", "load"),
        _required("last_seen_at", "timestamp with time zone", "when a run last saw it", "load"),
        Column("removed_at", "timestamp with time zone", "set by --prune when the path is no longer among the inputs", origin="load"),
        _required("first_run_id", "varchar", "the run that first saw it", "load"),
        _required("last_run_id", "varchar", "the run that last saw it", "load"),
        Column("record", "bigint", "a record file's line (JSON Lines) or row (CSV, Parquet), from 1; null for a whole file", origin="load"),
        Column("file_fingerprint", "varchar", "sha256 of the file as read (with its sidecar or record mapping): an unchanged file is skipped", origin="load"),
    ),
)

DOCUMENT_ORIGINALS = Table(
    "document_originals",
    "the file bytes of a document extracted from markup (a web page), kept so `run --full-refresh` extracts it again",
    (
        _required("document_id", "varchar", "documents.document_id", "load"),
        _required("input_format", "varchar", "html", "load"),
        _required("content", "blob", "gzip of the file's bytes as read", "load"),
        Column("given", "json", "the context given from outside the page (a sidecar, a feed entry)", origin="load"),
    ),
)

FETCHES = Table(
    "fetches",
    "HTTP request of a feed run (a feed or a page), with its outcome: a failed fetch is a row with its reason, never a failed run",
    (
        _required("url", "varchar", "what was requested", "load"),
        _required("kind", "varchar", "feed or page", "load"),
        Column("feed_url", "varchar", "the feed that listed the page", origin="load"),
        _required("outcome", "varchar", "fetched, not_modified (a conditional request's 304), failed or disallowed (robots.txt)", "load"),
        Column("http_status", "integer", "the response's status", origin="load"),
        Column("reason", "varchar", "why it failed or was not fetched", origin="load"),
        Column("etag", "varchar", "the feed's ETag: the next request is conditional on it", origin="load"),
        Column("last_modified", "varchar", "the feed's Last-Modified, likewise", origin="load"),
        Column("path", "varchar", "where the fetched page is stored (its document_sources.path)", origin="load"),
        Column("entry", "json", "the feed entry's context, for a page", origin="load"),
        Column("byte_size", "bigint", "bytes received", origin="load"),
        _required("fetched_at", "timestamp with time zone", "when", "load"),
        _required("run_id", "varchar", "the run", "load"),
    ),
)

FILE_WARNINGS = Table(
    "file_warnings",
    "file that loaded with something the reader should know, recorded by the run that ingested it",
    (
        _required("path", "varchar", "the file's path", "load"),
        _required("document_id", "varchar", "the document it became", "load"),
        _required("warning", "varchar", "invalid_bytes_replaced: documents.decode_errors byte sequences became U+FFFD", "load"),
        _required("detail", "varchar", "e.g. '3 invalid UTF-8 byte sequences replaced with U+FFFD'", "load"),
        _required("run_id", "varchar", "the run", "load"),
        _required("seen_at", "timestamp with time zone", "when", "load"),
    ),
)

PIPELINE_RUNS = Table(
    "pipeline_runs",
    "flow run: what it saw, what it loaded, how long each stage took",
    (
        _required("run_id", "varchar", "<UTC start>-<random>", "load"),
        Column("flow_run_id", "varchar", "the Prefect flow run", origin="load"),
        _required("started_at", "timestamp with time zone", "when the run started", "load"),
        Column("finished_at", "timestamp with time zone", "when it finished", origin="load"),
        _required("status", "varchar", "completed, completed_with_quarantine, up_to_date, failed or interrupted", "load"),
        _required("trigger", "varchar", "manual, schedule, deployment or ci", "load"),
        Column("paths", "varchar", "the input paths (JSON list)", origin="load"),
        Column("files_seen", "integer", "input files found", origin="load"),
        Column("files_new", "integer", "files with content not in the warehouse", origin="load"),
        Column("files_changed", "integer", "known paths with new content", origin="load"),
        Column("files_skipped", "integer", "files whose content was already loaded", origin="load"),
        Column("files_rejected", "integer", "files rejected (see rejected_files)", origin="load"),
        *(Column(f"{table.name}_rows", "integer", f"{table.name} rows loaded", origin="load") for table in (DOCUMENTS, ARTICLES, PARAGRAPHS, QUOTES, FIGURES)),
        Column("quarantined_rows", "integer", "rows that failed validation (see quarantine_*)", origin="load"),
        Column("table_rows", "json", "rows per content table after the run", origin="load"),
        Column("stage_seconds", "json", "seconds per stage (summed over batches), the marts' build included", origin="load"),
        Column("dq_summary", "varchar", "failed expectation results and quarantined rows, in words", origin="load"),
        Column("error", "varchar", "what failed, for failed runs", origin="load"),
        Column("rules_version", "varchar", "the extraction rules the run derived its rows with (a digest of transforms/)", origin="load"),
    ),
    primary_key="run_id",
)

DQ_RESULTS = Table(
    "dq_results",
    "expectation result per validation of a batch (scope run); `wirehouse check` reports without writing",
    (
        Column("run_id", "varchar", "the run", origin="load"),
        _required("suite", "varchar", "the table the suite validates", "load"),
        _required("expectation", "varchar", "the expectation's name, as in quarantine failed_expectations", "load"),
        Column("column_name", "varchar", "the columns it reads", origin="load"),
        _required("success", "boolean", "whether every row passed", "load"),
        Column("observed_value", "varchar", "what GX observed", origin="load"),
        Column("unexpected_count", "bigint", "failing rows", origin="load"),
        Column("unexpected_sample", "varchar", "JSON array of up to 5 failing rows (key and telling columns)", origin="load"),
        _required("checked_at", "timestamp with time zone", "when", "load"),
        _required("scope", "varchar", "run", "load"),
    ),
)

SCHEMA_MIGRATIONS = Table(
    "schema_migrations",
    "migration file applied to this warehouse",
    (
        Column("name", "varchar", "file name in warehouse/migrations", origin="load"),
        Column("applied_at", "timestamp with time zone", "when", origin="load"),
    ),
    primary_key="name",
)

# Tables the mart build writes from polars (the parts SQL does not express well); the SQL marts read them.
ARTICLE_SIGNATURES = Table(
    "article_signatures",
    "MinHash signature of an article's word 5-shingles, computed once per article",
    (
        _required("article_id", "varchar", "articles.article_id", "marts"),
        _required("document_id", "varchar", "documents.document_id", "marts"),
        _required("shingles", "bigint", "distinct shingles in the article", "marts"),
        _required("signature", "ubigint[]", "minimum shingle hash per bin (one-permutation MinHash)", "marts"),
        _required("scheme", "varchar", "shingle size, bins and word hash that made it; another scheme's signatures are recomputed", "marts"),
    ),
)

NEAR_DUPLICATE_PAIRS = Table(
    "near_duplicate_pairs",
    "pair of documents or of articles whose MinHash signatures say one is a copy or near-copy of the other",
    (
        _required("level", "varchar", "document or article", "marts"),
        _required("left_id", "varchar", "the id (document_id or article_id) that sorts first", "marts"),
        _required("right_id", "varchar", "the other id", "marts"),
        _required("jaccard", "double", "Jaccard similarity of the two sets of word 5-shingles", "marts"),
        _required("containment", "double", "share of the smaller text's shingles found in the larger", "marts"),
        _required("method", "varchar", "exact (shingle sets compared, for pairs near a threshold) or minhash (estimated)", "marts"),
    ),
)

QUOTE_MATCHES = Table(
    "quote_matches",
    "direct quote that reappears, exactly or lightly edited, in another article",
    (
        _required("quote_id", "varchar", "quotes.quote_id", "marts"),
        _required("reuse_id", "varchar", "the group of matching quotes (quote_reuse.reuse_id)", "marts"),
        _required("similarity", "double", "word-bigram Jaccard similarity with the group's first appearance", "marts"),
    ),
)

PERSON_ALIASES = Table(
    "person_aliases",
    "speaker name as written, merged into the person or organisation it names",
    (
        _required("person_id", "varchar", "people.person_id", "marts"),
        _required("alias", "varchar", "the speaker as the quotes table holds it (UKIP MEP Robert Kilroy-Silk)", "marts"),
        _required("name", "varchar", "the merged name (Robert Kilroy-Silk)", "marts"),
        _required("person_type", "varchar", "person or organisation", "marts"),
        Column("title", "varchar", "title or office stripped from the alias (UKIP MEP)", origin="marts"),
        Column("affiliation", "varchar", "organisation the alias ties it to (Arsenal in Arsenal's Patrick Vieira)", origin="marts"),
    ),
)

PERSON_MENTIONS = Table(
    "person_mentions",
    "place in a document that names a person or organisation: a quote's speaker mention or the name in the text",
    (
        _required("person_id", "varchar", "people.person_id", "marts"),
        _required("document_id", "varchar", "documents.document_id", "marts"),
        _required("article_id", "varchar", "articles.article_id", "marts"),
        *_span("mention", "marts"),
        _required("text", "varchar", "the mention as written", "marts"),
        _required("via", "varchar", "speaker (attributes a quote) or name (the name in the text)", "marts"),
    ),
)

TABLES = (
    DOCUMENTS, ARTICLES, PARAGRAPHS, QUOTES, FIGURES, REJECTED_FILES, DOCUMENT_SOURCES, DOCUMENT_ORIGINALS, FETCHES, FILE_WARNINGS,
    PIPELINE_RUNS, DQ_RESULTS, SCHEMA_MIGRATIONS,
    ARTICLE_SIGNATURES, NEAR_DUPLICATE_PAIRS, QUOTE_MATCHES, PERSON_ALIASES, PERSON_MENTIONS,
)
CONTENT_TABLES = tuple(table.name for table in TABLES if table.quarantined)  # documents and what is derived from them
DERIVED_TABLES = tuple(table.name for table in TABLES if table.derived)
QUARANTINE_COLUMNS = (
    Column("failed_expectations", "varchar", "'; '-joined names of the expectations the row failed", origin="load"),
    Column("run_id", "varchar", "the run that quarantined it", origin="load"),
    Column("quarantined_at", "timestamp with time zone", "when", origin="load"),
)


def quarantine_table(table: Table) -> Table:
    """``quarantine_<table>``: the columns a batch's frame carries, nullable and without a key (bad rows
    may lack or repeat them), then why and when; ``documents`` already carries ``run_id``, so it has it once."""
    validated = [Column(c.name, c.type, c.doc, True, "load") for c in table.columns if c.origin in VALIDATED_ORIGINS]
    names = {column.name for column in validated}
    extra = [column for column in QUARANTINE_COLUMNS if column.name not in names]
    return Table(f"quarantine_{table.name}", f"{table.name} row that failed validation, kept with the reasons", (*validated, *extra))


QUARANTINE_TABLES = tuple(quarantine_table(table) for table in TABLES if table.quarantined)
ALL_TABLES = (*TABLES, *QUARANTINE_TABLES)
BY_NAME = {table.name: table for table in ALL_TABLES}


def frame(table: str) -> dict[str, pl.DataType]:
    """The columns and dtypes of the frame a stage returns for ``table``."""
    return BY_NAME[table].frame_schema("extract")


def validated_columns(table: str) -> list[str]:
    """The columns validation requires of a batch's ``table`` frame."""
    return BY_NAME[table].column_names(*VALIDATED_ORIGINS)
