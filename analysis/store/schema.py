"""The store's schema: version 1, and the migrations that bring a store up to date.

A new store is built the same way as an old one is upgraded (version 1, then
each migration in turn), so both end up with the same tables. Each migration
lives with the feature it adds: 2 the trash and the activity log
(``history.py``), 3 review corrections (``corrections.py``), 4 near-duplicate
documents and 5 their LSH buckets indexed in memory rather than stored
(``copies.py``). The scripts are written for SQLite; on PostgreSQL
``dialect.PostgresDialect.ddl`` translates them, so both backends run the same
migrations, in the same order, each in one transaction.
"""

from __future__ import annotations

from analysis.store import copies, corrections, history
from analysis.store.base import default_user
from analysis.store.dialect import Connection, dialect_of, statements, upsert

__all__ = ["SCHEMA", "SCHEMA_VERSION", "create", "migrate", "migration", "statements"]

SCHEMA_VERSION = 5

# Version 1 of the schema; the migrations take it to SCHEMA_VERSION.
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id               TEXT PRIMARY KEY,   -- sha256 of the normalised text, 16 hex digits
    name             TEXT NOT NULL,      -- the loader's id (file name or record id), shown to users
    title            TEXT,
    date             TEXT,               -- YYYY-MM-DD when known
    source           TEXT,
    url              TEXT,
    path             TEXT,
    text             TEXT NOT NULL,
    language         TEXT,
    warnings         TEXT NOT NULL DEFAULT '[]',  -- JSON list of sentences
    blocks           TEXT NOT NULL DEFAULT '[]',  -- JSON list of [start, end, kind]
    ingested_at      TEXT NOT NULL,
    analysed_at      TEXT NOT NULL,
    analyser_version TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_name ON documents(name);
CREATE INDEX IF NOT EXISTS documents_version ON documents(analyser_version);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx       INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    tone      REAL,                      -- VADER compound; NULL when not computed
    text      TEXT,                      -- only when it differs from text[start:end]
    PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS mentions (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    actor_type  TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    actor_title TEXT,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    how         TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS signals (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    signal      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    actor_type  TEXT NOT NULL,
    affiliation TEXT NOT NULL,
    targets     TEXT NOT NULL,           -- JSON list of names
    sentence    TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    reported_by TEXT,
    date        TEXT,
    confidence  REAL NOT NULL,
    cameo       TEXT NOT NULL,
    plover      TEXT NOT NULL,
    score       REAL NOT NULL,
    modality    TEXT NOT NULL,
    cue         TEXT NOT NULL,
    cue_start   INTEGER NOT NULL,
    cue_end     INTEGER NOT NULL,
    source      TEXT,
    extra       TEXT,                    -- JSON of Signal fields added after this schema
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
PRAGMA user_version = 1;
"""


def migration(version: int) -> str:
    """The statements that bring a store of ``version - 1`` to ``version``."""
    return {**history.MIGRATIONS, **corrections.MIGRATIONS, **copies.MIGRATIONS}[version]


def create(conn: Connection, store_id: str) -> None:
    """Build schema version 1 in an empty database (inside a transaction)."""
    dialect = dialect_of(conn)
    for statement in dialect.ddl(SCHEMA):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO meta VALUES ('store_id', ?), ('revision', '0'), ('schema_version', '1') "
        "ON CONFLICT DO NOTHING",
        (store_id,),
    )
    dialect.set_version(conn, 1)


def migrate(conn: Connection, version: int, *, log: bool) -> None:
    """Bring a store of schema ``version`` to ``SCHEMA_VERSION`` (inside a transaction).

    ``log``: record the migration in the activity log (not for a new store).
    """
    dialect = dialect_of(conn)
    start = version
    for target in range(version + 1, SCHEMA_VERSION + 1):
        for statement in dialect.ddl(migration(target)):
            conn.execute(statement)
        dialect.set_version(conn, target)
        version = target
    conn.execute(
        upsert("meta", ("key", "value"), ("key",)), ("schema_version", str(SCHEMA_VERSION))
    )
    if log and version != start:
        history.record(
            conn, default_user(), "migrate", detail=f"schema version {start} -> {version}"
        )
