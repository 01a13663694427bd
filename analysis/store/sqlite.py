"""The SQLite backend of the corpus store (see ``analysis/store/api.py`` for why SQLite).

Connections only: the queries are ``sql.SQLStore``'s, shared with PostgreSQL.
WAL journal: readers (dashboard sessions, other processes) see the last
committed state and never wait for the writer; one writer at a time
(``BEGIN IMMEDIATE``), others wait up to ``BUSY_TIMEOUT_MS``. Every change is
one transaction holding whole documents with all their rows, so a crash
leaves each document either fully stored or absent. ``synchronous=NORMAL``: a
power cut may lose the last commits, never consistency.

The schema version (``schema.py``) is SQLite's ``user_version``; the
migrations bring a store up from there, on open, in one transaction.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from analysis.store.base import StoreError
from analysis.store.sql import SQLStore

BUSY_TIMEOUT_MS = 30_000


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a new store to the WAL journal, waiting out other processes doing the same.

    The switch takes an exclusive lock and SQLite reports "database is locked" at once,
    without its busy handler, when two processes create the same store together.
    WAL is persistent, so once set the check below needs no lock.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class SQLiteStore(SQLStore):
    """The store in one SQLite file. Safe to share between threads."""

    _DB_ERRORS = (sqlite3.OperationalError,)
    # the write lock at once: a transaction that reads then writes cannot deadlock
    _BEGIN_WRITE = ("BEGIN IMMEDIATE",)
    _BEGIN_READ = "BEGIN"

    def __init__(self, path: str | Path):
        super().__init__()
        self.path = Path(path)
        try:
            self._schema_version()
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"{self.path} is not a Statement Lens database ({e}); "
                "move it away or choose another data folder."
            ) from e
        self._init_schema()

    @property
    def location(self) -> str:
        return str(self.path)

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                check_same_thread=False,
            )  # fmt: skip
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _use_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            # 64 MiB of page cache (default 2): look-ups and inserts in the large
            # indexes (documents, signals) stay in memory during an ingest
            conn.execute("PRAGMA cache_size = -65536")
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"The store {self.path} could not be opened ({e}). If the file is not a "
                "Statement Lens database, move it away or choose another data folder."
            ) from e
        return conn
