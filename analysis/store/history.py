"""The trash and the activity log of the SQLite store (schema version 2).

Nothing is deleted for good by a removal: ``move_to_trash`` copies the
document's row and every row that refers to it (sentences, mentions, signals,
and any table added later with a foreign key to ``documents``) into one
``trash`` row, then deletes them, in the caller's transaction.
``restore_from_trash`` writes them back exactly, under the same rowid when it
is free, so the document comes back in its old place in the corpus (and in
``export``). Only ``purge`` deletes trash rows.

Every change is recorded in ``activity`` in the same transaction as the
change itself, so the log never claims a change that did not happen, nor
misses one that did. Values go through JSON, which keeps SQLite's TEXT,
INTEGER, REAL and NULL exactly (Python writes floats in their shortest
exact form).

Functions here take an open connection inside a write transaction; the
backend (``analysis/store/sqlite.py``) owns connections and transactions.
"""

from __future__ import annotations

import json

from analysis.store.base import Activity, StoreError, TrashEntry, now
from analysis.store.dialect import Connection, dialect_of, upsert

# Schema version 1 -> 2: the trash and the activity log.
MIGRATION_2 = """
CREATE TABLE IF NOT EXISTS trash (
    doc_id     TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    title      TEXT,
    removed_at TEXT NOT NULL,           -- ISO 8601, UTC
    removed_by TEXT NOT NULL,
    signals    INTEGER NOT NULL,
    rows       TEXT NOT NULL            -- JSON: {table: {"columns": [...], "rows": [[...]]}}
);
CREATE INDEX IF NOT EXISTS trash_removed_at ON trash(removed_at);
CREATE TABLE IF NOT EXISTS activity (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,              -- ISO 8601, UTC
    "user"  TEXT NOT NULL,
    action  TEXT NOT NULL,              -- add, remove, restore, reanalyse, purge, migrate, correct
    doc_id  TEXT,
    name    TEXT,
    detail  TEXT
);
"""

# version -> the statements that bring a store of version - 1 to it
MIGRATIONS: dict[int, str] = {2: MIGRATION_2}

_ROWID = "_rowid"
_SAVE_TRASH_ENTRY = upsert(
    "trash", ("doc_id", "name", "title", "removed_at", "removed_by", "signals", "rows"), ("doc_id",)
)


def record(
    conn: Connection,
    user: str,
    action: str,
    *,
    doc_id: str | None = None,
    name: str | None = None,
    detail: str | None = None,
) -> None:
    """Add one line to the activity log (inside the caller's transaction)."""
    record_many(conn, [(now(), user, action, doc_id, name, detail)])


def record_many(conn: Connection, lines: list[tuple]) -> None:
    """Add lines (at, user, action, doc_id, name, detail) to the activity log at once."""
    conn.executemany(
        'INSERT INTO activity (at, "user", action, doc_id, name, detail) VALUES (?, ?, ?, ?, ?, ?)',
        lines,
    )


def read_activity(conn: Connection, limit: int | None = None) -> list[Activity]:
    """The activity log, newest first (at most ``limit`` lines)."""
    sql = 'SELECT at, "user", action, doc_id, name, detail FROM activity ORDER BY seq DESC'
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [Activity(*row) for row in conn.execute(sql)]


def trash_entries(conn: Connection) -> list[TrashEntry]:
    """What the trash holds, most recently removed first."""
    rows = conn.execute(
        "SELECT doc_id, name, title, removed_at, removed_by, signals FROM trash "
        "ORDER BY removed_at DESC, name"
    )
    return [TrashEntry(*row) for row in rows]


def child_tables(conn: Connection) -> list[tuple[str, str]]:
    """(table, column) of every table whose rows refer to a document."""
    return dialect_of(conn).child_tables(conn)


def move_to_trash(conn: Connection, doc_id: str, user: str) -> TrashEntry | None:
    """Move a stored document with all its rows to the trash; None when it is not stored."""
    cursor = conn.execute(f"SELECT rowid AS {_ROWID}, * FROM documents WHERE id = ?", (doc_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    columns = [d[0] for d in cursor.description]
    payload = {"documents": {"columns": columns, "rows": [list(row)]}}
    children = child_tables(conn)
    for table, column in children:
        cur = conn.execute(f'SELECT * FROM "{table}" WHERE "{column}" = ?', (doc_id,))
        payload[table] = {
            "columns": [d[0] for d in cur.description],
            "rows": [list(r) for r in cur.fetchall()],
        }
    document = dict(zip(columns, row, strict=True))
    signals = len(payload.get("signals", {}).get("rows", []))
    entry = TrashEntry(doc_id, document["name"], document["title"], now(), user, signals)
    conn.execute(
        _SAVE_TRASH_ENTRY,
        (entry.doc_id, entry.name, entry.title, entry.removed_at, entry.removed_by,
         entry.signals, json.dumps(payload, ensure_ascii=False)),
    )  # fmt: skip
    for table, column in children:
        conn.execute(f'DELETE FROM "{table}" WHERE "{column}" = ?', (doc_id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    record(
        conn, user, "remove", doc_id=doc_id, name=entry.name,
        detail=f"moved to the trash with its {_signals(signals)}",
    )  # fmt: skip
    return entry


def restore_from_trash(conn: Connection, doc_id: str, user: str) -> TrashEntry | None:
    """Put a document back exactly as it was removed; None when the trash does not hold it.

    Raises ``StoreError`` when the same text has been stored again since: the
    stored copy is kept and the trash entry stays, for the user to purge.
    """
    found = conn.execute(
        "SELECT doc_id, name, title, removed_at, removed_by, signals, rows FROM trash "
        "WHERE doc_id = ?",
        (doc_id,),
    ).fetchone()
    if found is None:
        return None
    entry = TrashEntry(*found[:6])
    if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone():
        raise StoreError(
            f"'{entry.name}' is stored again (the same text was added after its removal), "
            "so the copy in the trash was not restored; purge the trash to drop it."
        )
    try:
        payload = json.loads(found[6])
        documents = payload.pop("documents")
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        raise StoreError(
            f"The trash entry of '{entry.name}' cannot be read ({e}), so it was not restored; "
            "run `python -m analysis check` and keep a copy of the store before purging."
        ) from e
    _insert(conn, "documents", documents, keep_rowid=True)
    for table, rows in payload.items():
        _insert(conn, table, rows, keep_rowid=False)
    conn.execute("DELETE FROM trash WHERE doc_id = ?", (doc_id,))
    record(
        conn, user, "restore", doc_id=doc_id, name=entry.name,
        detail=f"restored with its {_signals(entry.signals)}, removed {entry.removed_at} "
        f"by {entry.removed_by}",
    )  # fmt: skip
    return entry


def purge(conn: Connection, removed_up_to: str, user: str) -> list[TrashEntry]:
    """Delete for good the trash entries removed up to this ISO time."""
    entries = [e for e in trash_entries(conn) if e.removed_at <= removed_up_to]
    for e in entries:
        conn.execute("DELETE FROM trash WHERE doc_id = ?", (e.doc_id,))
        record(
            conn, user, "purge", doc_id=e.doc_id, name=e.name,
            detail=f"deleted for good with its {_signals(e.signals)}; removed {e.removed_at} "
            f"by {e.removed_by}",
        )  # fmt: skip
    return entries


def trash_problems(conn: Connection) -> list[str]:
    """Trash entries that could not be restored, as sentences (for ``check``)."""
    problems = []
    for doc_id, name, rows in conn.execute("SELECT doc_id, name, rows FROM trash"):
        try:
            payload = json.loads(rows)
            ok = len(payload["documents"]["rows"]) == 1
        except (ValueError, KeyError, TypeError):
            ok = False
        if not ok:
            problems.append(f"the trash entry of '{name}' ({doc_id}) cannot be restored")
    return problems


def _insert(conn: Connection, table: str, rows: dict, *, keep_rowid: bool) -> None:
    """Write rows saved by ``move_to_trash`` back, by column name (columns the
    table no longer has are dropped, and so are tables; columns added since take
    their default)."""
    # a PostgreSQL documents row holds its rowid as a column too: _ROWID decides it
    present = dialect_of(conn).columns(conn, table) - {"rowid"}
    if not present:  # a table the store no longer has (minhash_bands, up to schema 4)
        return
    columns = rows["columns"]
    for values in rows["rows"]:
        record_ = dict(zip(columns, values, strict=True))
        rowid = record_.pop(_ROWID, None)
        record_ = {k: v for k, v in record_.items() if k in present}
        if keep_rowid and rowid is not None:
            taken = conn.execute(f'SELECT 1 FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
            if not taken:  # the old place is free: the document comes back where it was
                record_ = {"rowid": rowid, **record_}
        names = ", ".join(f'"{k}"' for k in record_)
        marks = ", ".join("?" * len(record_))
        conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(record_.values()))


def _signals(n: int) -> str:
    return f"{n} signal{'s' if n != 1 else ''}"
