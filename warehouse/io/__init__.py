"""DuckDB at the edge of the pipeline: the warehouse file, its schema, the reads that plan a run, and the load.

- ``connection``: opening the file (checks before a write, storage version, failures as one line);
- ``schema_upgrade``: a write connection with tables, migrations and views up to date;
- ``reads``: what planning a run and ``wirehouse runs`` read;
- ``load``: one run's staged Parquet moved into the warehouse in one transaction.
"""

from warehouse.io.connection import (
    STORAGE_FORMAT,
    WarehouseError,
    WarehouseLocked,
    connect,
    describe_failure,
    interrupt_queries,
    interruptible,
    is_environment_failure,
)
from warehouse.io.load import (
    RUN_SOURCES,
    SOURCES_SCHEMA,
    PathChanges,
    RunLoad,
    delete_documents,
    load_run,
    record_failed_run,
    record_path_changes,
    update_run,
)
from warehouse.io.reads import Known, documents_on_other_rules, fetch_state, known_state, recent_runs, stored_documents, stored_originals
from warehouse.io.schema_upgrade import ensure_schema, prepare_for_writing, sql_files

__all__ = [
    "RUN_SOURCES",
    "SOURCES_SCHEMA",
    "STORAGE_FORMAT",
    "Known",
    "PathChanges",
    "RunLoad",
    "WarehouseError",
    "WarehouseLocked",
    "connect",
    "delete_documents",
    "describe_failure",
    "documents_on_other_rules",
    "ensure_schema",
    "fetch_state",
    "interrupt_queries",
    "interruptible",
    "is_environment_failure",
    "known_state",
    "load_run",
    "prepare_for_writing",
    "recent_runs",
    "record_failed_run",
    "record_path_changes",
    "sql_files",
    "stored_documents",
    "stored_originals",
    "update_run",
]
