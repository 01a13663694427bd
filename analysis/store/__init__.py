"""The corpus store: documents and their analysis, persisted across restarts.

``open_store() -> Store`` is the way in (CLI and dashboard). The package's
modules, each importing only those before it:

- ``base``: settings (``data_dir``), ``StoreError``, ``IngestReport``, content ids
- ``rows``: an analysed document as table rows and back
- ``copies``: near-duplicate documents found at ingest (MinHash; schema versions 4, 5)
- ``copy_finder``: which new documents are copies (an LSH index in memory)
- ``ingest``: load, skip what is stored (or a near copy of it), analyse in parallel, write in batches
- ``review``: review corrections checked against the stored analysis (``Store.mark_signal``, ...)
- ``api``: the ``Store`` base class (why SQLite: see its docstring)
- ``dialect``: the SQL that differs between SQLite and PostgreSQL
- ``history``: the trash and activity log (schema version 2)
- ``corrections``: review corrections (schema version 3)
- ``schema``: the schema (version 1) and the migrations, in order
- ``sql``: ``SQLStore``, every query of the store, shared by both backends
- ``sqlite``: the SQLite backend (the default: a file in the data folder)
- ``postgres``: the PostgreSQL backend (``LENS_DATABASE_URL``; imported only then)
- ``commands``: the ``ingest``, ``reanalyze``, ``check`` and ``export`` commands
- ``history_commands``: ``remove``, ``restore``, ``trash``, ``purge`` and ``log``
- ``review_commands``: ``correct``
"""

from __future__ import annotations

from pathlib import Path

from analysis.store.api import Store
from analysis.store.base import (
    ACTIONS,
    DATA_DIR_ENV,
    DATABASE_FILE,
    DATABASE_URL_ENV,
    DEFAULT_DATA_DIR,
    UPLOAD_LIMIT_BYTES,
    USER_ENV,
    Activity,
    IngestReport,
    StoreError,
    TrashEntry,
    content_id,
    data_dir,
    database_url,
    default_user,
)
from analysis.store.rows import (
    SIGNAL_FIELDS,
    StoredRows,
    analysis_from_rows,
    analysis_rows,
    document_from_row,
)
from analysis.store.sqlite import SQLiteStore
from analysis.version import analyser_version

__all__ = [
    "ACTIONS",
    "DATABASE_FILE",
    "DATABASE_URL_ENV",
    "DATA_DIR_ENV",
    "DEFAULT_DATA_DIR",
    "SIGNAL_FIELDS",
    "UPLOAD_LIMIT_BYTES",
    "USER_ENV",
    "Activity",
    "IngestReport",
    "SQLiteStore",
    "Store",
    "StoreError",
    "StoredRows",
    "TrashEntry",
    "analyser_version",
    "analysis_from_rows",
    "analysis_rows",
    "content_id",
    "data_dir",
    "database_url",
    "default_user",
    "document_from_row",
    "open_store",
]

_data_dir_setting = data_dir  # open_store's parameter has the same name


def open_store(data_dir: str | Path | None = None, *, url: str | None = None) -> Store:
    """Open (creating if needed) the store: in PostgreSQL when a database URL is given
    (``url``, else ``$LENS_DATABASE_URL``), else in SQLite in the data folder."""
    database = database_url(url)
    if database is not None:
        from analysis.store.postgres import PostgresStore, is_database_url

        if not is_database_url(database):
            scheme = database.split("://", 1)[0] if "://" in database else database[:20]
            raise StoreError(
                f"The database URL must start with postgresql:// (it starts with "
                f"'{scheme}'); unset {DATABASE_URL_ENV} to keep the store in SQLite in "
                "the data folder."
            )
        return PostgresStore(database)
    folder = _data_dir_setting(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(
            f"The data folder {folder} could not be created ({e.strerror or e}); "
            f"set {DATA_DIR_ENV} or --data-dir to a writable folder."
        ) from e
    return SQLiteStore(folder / DATABASE_FILE)
