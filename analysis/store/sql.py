"""The store on a SQL database, written once for both backends.

``SQLStore`` holds every query the store runs (documents and their analysis,
the trash, the activity log, review corrections, near-duplicate copies), in
SQL that SQLite and PostgreSQL both accept; what differs by nature is in
``dialect.py``. A backend subclass supplies connections and transactions:

- ``_connect()``: a new connection in autocommit mode (``execute``/``executemany``
  with ``?`` parameters, cursors with ``fetchone``/``fetchall``/``description``);
  each thread gets its own;
- ``_BEGIN_WRITE``: how a write transaction begins, one writer at a time across
  processes (SQLite's ``BEGIN IMMEDIATE``; a PostgreSQL advisory lock), so a
  check-then-insert inside it cannot race another ingest;
- ``_BEGIN_READ``: how a read transaction on one committed state begins;
- ``location``: the store as messages name it, and ``_DB_ERRORS``.

Every change is one transaction holding whole documents with all their rows,
so a crash or a killed process leaves each document fully stored or absent.
"""

from __future__ import annotations

import threading
import uuid
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from itertools import groupby
from operator import itemgetter

from analysis.models import DocumentAnalysis
from analysis.pipeline import Corpus
from analysis.review import Correction
from analysis.store import copies, corrections, history
from analysis.store.api import Store
from analysis.store.base import Activity, StoreError, TrashEntry, default_user, now
from analysis.store.dialect import Connection, dialect_of, upsert
from analysis.store.rows import SIGNAL_FIELDS, StoredRows, analysis_from_rows, document_from_row
from analysis.store.schema import SCHEMA_VERSION, create, migrate
from analysis.version import analyser_version

_DOC_COLUMNS = (
    "id", "name", "title", "date", "source", "url", "path", "text", "language", "warnings",
    "blocks", "ingested_at", "analysed_at", "analyser_version",
)  # fmt: skip
_INSERT_DOCUMENT = (
    f"INSERT INTO documents ({', '.join(_DOC_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_DOC_COLUMNS))})"
)
_UPDATE_DOCUMENT = "UPDATE documents SET {} WHERE id = :id".format(
    ", ".join(f"{k} = :{k}" for k in _DOC_COLUMNS if k not in ("id", "ingested_at"))
)
_INSERT_SENTENCE = "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_INSERT_MENTION = "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
_SIGNAL_COLUMNS = ("doc_id", "seq", *SIGNAL_FIELDS, "extra")
_QUOTED_SIGNAL_COLUMNS = ", ".join('"' + c + '"' for c in _SIGNAL_COLUMNS)
_INSERT_SIGNAL = (
    f"INSERT INTO signals ({_QUOTED_SIGNAL_COLUMNS}) "
    f"VALUES ({', '.join('?' * len(_SIGNAL_COLUMNS))})"
)
_SET_META = upsert("meta", ("key", "value"), ("key",))


class SQLStore(Store):
    """The store's queries on any SQL backend; see the module docstring for what a
    subclass supplies. Safe to share between threads."""

    # the database's own exception classes, and the statements that begin a write
    # transaction and a read one (a backend sets them)
    _DB_ERRORS: tuple[type[Exception], ...] = ()
    _BEGIN_WRITE: tuple[str, ...] = ("BEGIN",)
    _BEGIN_READ: str = "BEGIN"

    def __init__(self) -> None:
        # thread ident -> (thread, its connection)
        self._connections: dict[int, tuple[threading.Thread, Connection]] = {}
        self._lock = threading.RLock()  # serialises this process's writers
        self._cache: tuple[str, Corpus] | None = None
        # id -> (analysed_at, analysis) of the documents read so far, for corpus()
        self._loaded: dict[str, tuple[str, DocumentAnalysis]] = {}
        self._actors: dict = {}  # one Actor object per actor, shared by its mentions
        self._corpus_lock = threading.Lock()

    @abstractmethod
    def _connect(self) -> Connection:
        """A new connection, in autocommit mode (transactions are begun explicitly)."""

    # ---- connections and transactions ------------------------------------------

    @property
    def _conn(self) -> Connection:
        """This thread's connection. Each thread reads through its own (so sessions of
        the dashboard read in parallel); connections of finished threads are closed as
        new ones open, since Streamlit runs every script run in a new thread."""
        thread = threading.current_thread()
        entry = self._connections.get(thread.ident)
        # a connection the server dropped says so (PostgreSQL): connect anew
        if entry is not None and entry[0] is thread and not getattr(entry[1], "broken", False):
            return entry[1]
        conn = self._connect()
        with self._lock:
            for ident, (owner, old) in list(self._connections.items()):
                if not owner.is_alive() or ident == thread.ident:
                    self._close_quietly(old)
                    del self._connections[ident]
            self._connections[thread.ident] = (thread, conn)
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """``with self._transaction() as conn``: a write transaction, committed at the
        end (rolled back on an exception); one writer at a time, across processes."""
        conn = self._conn
        with self._lock:
            conn.execute(self._BEGIN_WRITE[0])
            try:
                for statement in self._BEGIN_WRITE[1:]:
                    conn.execute(statement)
                yield conn
            except BaseException:
                self._roll_back(conn)
                raise
            conn.execute("COMMIT")

    def _roll_back(self, conn: Connection) -> None:
        """Roll back the open transaction without hiding the exception that ended it: a
        statement cut short by Ctrl-C can leave the connection unable to take another
        command, and then it is closed, which rolls the transaction back on the server."""
        try:
            conn.execute("ROLLBACK")
        except self._DB_ERRORS + (StoreError,):
            with self._lock:
                for ident, (_, held) in list(self._connections.items()):
                    if held is conn:
                        del self._connections[ident]
            self._close_quietly(conn)

    @contextmanager
    def _snapshot(self) -> Iterator[Connection]:
        """``with self._snapshot() as conn``: a read transaction on one committed state."""
        conn = self._conn
        conn.execute(self._BEGIN_READ)
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            for _, conn in self._connections.values():
                self._close_quietly(conn)
            self._connections.clear()
        self._cache = None
        self._loaded = {}

    def _close_quietly(self, conn: Connection) -> None:
        try:
            conn.close()
        except self._DB_ERRORS + (OSError,):
            pass

    def _schema_version(self) -> int:
        return dialect_of(self._conn).version(self._conn)

    def _init_schema(self) -> None:
        """Create the schema in a new store or migrate an old one, in one transaction."""
        version = self._schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"The store {self.location} was written by a newer Statement Lens "
                f"(schema {version}, this version reads {SCHEMA_VERSION}); upgrade to open it."
            )
        if version == SCHEMA_VERSION:
            return
        try:
            with self._transaction() as c:
                # checked again inside the write lock: another process may have won
                version = dialect_of(c).version(c)
                new = version == 0
                if new:
                    create(c, uuid.uuid4().hex[:12])
                    version = 1
                migrate(c, version, log=not new)
        except self._DB_ERRORS as e:  # e.g. a read-only folder or role; rolled back
            what = "set up" if version == 0 else f"upgraded from schema version {version}"
            raise StoreError(
                f"The store {self.location} could not be {what} to version "
                f"{SCHEMA_VERSION} ({str(e).strip()}); nothing in it was changed. Open it once "
                "where it is writable (for example with `python -m analysis check`)."
            ) from e

    # ---- primitives -----------------------------------------------------------

    def _existing(self, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        rows = self._conn.execute(f"SELECT id FROM documents WHERE id IN ({marks})", list(ids))
        return {r[0] for r in rows}

    def _name_of(self, doc_id: str) -> str | None:
        row = self._conn.execute("SELECT name FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def _ids_named(self, names: Sequence[str]) -> dict[str, set[str]]:
        if not names:
            return {}
        marks = ",".join("?" * len(names))
        found: dict[str, set[str]] = {}
        for doc_id, name in self._conn.execute(
            f"SELECT id, name FROM documents WHERE name IN ({marks})", list(names)
        ):
            found.setdefault(name, set()).add(doc_id)
        return found

    def _write(
        self, batch: Sequence[StoredRows], *, replace: bool = False, user: str | None = None
    ) -> list[str]:
        if not batch:
            return []
        written: list[StoredRows] = []
        user, at, log = user or default_user(), now(), []
        with self._transaction() as c:
            # checked inside the write lock: another process may have stored some meanwhile
            # (one query per batch: on a server each query is a round trip)
            ids = list(dict.fromkeys(rows.document["id"] for rows in batch))
            marks = ", ".join("?" * len(ids))
            stored = {
                r[0] for r in c.execute(f"SELECT id FROM documents WHERE id IN ({marks})", ids)
            }
            before = {}
            if replace and stored:
                marks = ", ".join("?" * len(stored))
                before = dict(c.execute(
                    f"SELECT doc_id, count(*) FROM signals WHERE doc_id IN ({marks}) "
                    "GROUP BY doc_id", list(stored),
                ))  # fmt: skip
                for table in ("sentences", "mentions", "signals"):
                    c.execute(f"DELETE FROM {table} WHERE doc_id IN ({marks})", list(stored))
            new, replaced, seen = [], [], set()
            for rows in batch:
                did = rows.document["id"]
                if did in seen or (did in stored and not replace):
                    continue
                seen.add(did)
                if did in stored:
                    replaced.append(rows.document)
                    detail = f"signals: {before.get(did, 0)} -> {len(rows.signals)}"
                else:
                    new.append(tuple(rows.document[k] for k in _DOC_COLUMNS))
                    detail = f"{len(rows.signals)} signal{'s' if len(rows.signals) != 1 else ''}"
                action = "reanalyse" if did in stored else "add"
                log.append((at, user, action, did, rows.document["name"], detail))
                written.append(rows)
            if written:
                c.executemany(_UPDATE_DOCUMENT, replaced)
                c.executemany(_INSERT_DOCUMENT, new)
                c.executemany(_INSERT_SENTENCE, (r for w in written for r in w.sentences))
                c.executemany(_INSERT_MENTION, (r for w in written for r in w.mentions))
                c.executemany(_INSERT_SIGNAL, (r for w in written for r in w.signals))
                signed = [(w.document["id"], w.minhash) for w in written if w.minhash]
                if signed:
                    copies.save_signatures(c, signed)
                history.record_many(c, log)
                self._bump_revision(c)
        return [w.document["id"] for w in written]

    def _stored(self, *, outdated_only: bool):
        where = "WHERE analyser_version != ?" if outdated_only else ""
        args = (analyser_version(),) if outdated_only else ()
        # ids first, then one document at a time: no long read while writing
        ids = [r[0] for r in self._conn.execute(f"SELECT id FROM documents {where}", args)]
        for did in ids:
            rows = _dicts(self._conn.execute("SELECT * FROM documents WHERE id = ?", (did,)))
            for row in rows:
                yield document_from_row(row), row["name"], row["ingested_at"]

    def _seeded(self) -> bool:
        return self._meta("seeded_at") is not None

    def _mark_seeded(self) -> None:
        with self._transaction() as c:
            c.execute(_SET_META, ("seeded_at", now()))

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # ---- public ---------------------------------------------------------------

    def document_count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def outdated_count(self) -> int:
        sql = "SELECT count(*) FROM documents WHERE analyser_version != ?"
        return self._conn.execute(sql, (analyser_version(),)).fetchone()[0]

    def revision(self) -> str:
        rows = dict(
            self._conn.execute("SELECT key, value FROM meta WHERE key IN ('store_id', 'revision')")
        )
        return f"{rows.get('store_id', '')}-{rows.get('revision', '0')}"

    def document_names(self) -> dict[str, str]:
        return dict(self._conn.execute("SELECT id, name FROM documents ORDER BY rowid"))

    def document_titles(self) -> dict[str, str]:
        rows = self._conn.execute("SELECT id, coalesce(title, name) FROM documents ORDER BY rowid")
        return dict(rows)

    def corpus(self) -> Corpus:
        """Every stored analysis. Kept between calls: after a change only the
        added or re-analysed documents are read (an upload into a store of
        20,000 documents reads one document, not 20,000)."""
        with self._corpus_lock:
            # one read transaction: a consistent snapshot while an ingest writes
            with self._snapshot() as conn:
                revision = self.revision()
                if self._cache is not None and self._cache[0] == revision:
                    return self._cache[1]
                current = dict(conn.execute("SELECT id, analysed_at FROM documents ORDER BY rowid"))
                loaded = self._loaded
                for gone in loaded.keys() - current.keys():
                    del loaded[gone]
                stale = [i for i, at in current.items() if i not in loaded or loaded[i][0] != at]
                if len(stale) > len(current) // 2:
                    read = self._read_analyses(None)  # most of the store: one scan
                else:
                    read = {}
                    for k in range(0, len(stale), 500):
                        read |= self._read_analyses(stale[k : k + 500])
            loaded.update(read)
            corpus = Corpus(tuple(loaded[i][1] for i in current if i in loaded))
            self._cache = (revision, corpus)
            return corpus

    def _read_analyses(self, ids: list[str] | None) -> dict[str, tuple[str, DocumentAnalysis]]:
        """id -> (analysed_at, analysis) of these documents (all when None)."""
        conn = self._conn
        where, args = "", ()
        if ids is not None:
            where, args = f"WHERE doc_id IN ({','.join('?' * len(ids))})", tuple(ids)
        # primary-key order: rows come grouped by document without a sort
        children = {
            table: {
                doc_id: list(rows)
                for doc_id, rows in groupby(
                    conn.execute(
                        f"SELECT * FROM {table} {where} ORDER BY doc_id, {order}", args
                    ).fetchall(),
                    key=itemgetter(0),
                )
            }
            for table, order in (("sentences", "idx"), ("mentions", "seq"), ("signals", "seq"))
        }
        docs = _dicts(
            conn.execute(f"SELECT * FROM documents {where.replace('doc_id', 'id')}", args)
        )
        out = {}
        for row in docs:
            doc = document_from_row(row)
            if doc.title is None:  # users know an untitled document by its name
                doc = _with_title(doc, row["name"])
            analysis = analysis_from_rows(
                doc,
                children["sentences"].get(doc.id, ()),
                children["mentions"].get(doc.id, ()),
                children["signals"].get(doc.id, ()),
                actors=self._actors,
            )
            out[doc.id] = (row["analysed_at"], analysis)
        return out

    def _trash(self, doc_id: str, user: str) -> TrashEntry | None:
        return self._move(history.move_to_trash, doc_id, user)

    def _restore(self, doc_id: str, user: str) -> TrashEntry | None:
        return self._move(history.restore_from_trash, doc_id, user)

    def _move(self, move, doc_id: str, user: str) -> TrashEntry | None:
        """``move(conn, doc_id, user)`` in one write transaction; the revision changes
        when it moved something."""
        with self._transaction() as c:
            entry = move(c, doc_id, user)
            if entry is not None:
                self._bump_revision(c)
        return entry

    def _purge(self, removed_up_to: str, user: str) -> list[TrashEntry]:
        with self._transaction() as c:
            return history.purge(c, removed_up_to, user)

    def trash(self) -> list[TrashEntry]:
        return history.trash_entries(self._conn)

    def activity(self, limit: int | None = None) -> list[Activity]:
        return history.read_activity(self._conn, limit)

    def _record(self, user: str, action: str, **what) -> None:
        with self._transaction() as c:
            history.record(c, user, action, **what)

    def _signatures(self, ids: Sequence[str] | None = None) -> list[tuple[str, str]]:
        return copies.stored_signatures(self._conn, ids)

    def _changes_since(self, seq: int | None, own: int = 0) -> tuple[int, list[tuple[str, str]]]:
        return copies.changes_since(self._conn, seq, own)

    def _statements(self, ids: Sequence[str]) -> dict[str, copies.Statements]:
        return copies.stored_statements(self._conn, ids)

    def _add_copies(self, found, user: str | None) -> list[copies.Copy]:
        user, at, listed = user or default_user(), now(), []
        with self._transaction() as c:
            for copy in found:
                copy = replace(copy, added_at=at, added_by=user)
                if copies.save_copy(c, copy):
                    listed.append(copy)
                    history.record(
                        c, user, "add", doc_id=copy.doc_id, name=copy.name,
                        detail=f"a near-duplicate (similarity {copy.similarity:.2f}) of "
                        f"'{_name_in(c, copy.doc_id)}': listed as another source of it",
                    )  # fmt: skip
            if listed:
                self._bump_revision(c)
        return listed

    def copies(self) -> list[copies.Copy]:
        return copies.read_copies(self._conn)

    def corrections(self) -> list[Correction]:
        return corrections.read(self._conn)

    def _save_correction(
        self, correction: Correction, user: str, detail: str, *, replaces: Correction | None = None
    ) -> None:
        with self._transaction() as c:
            if not c.execute(
                "SELECT 1 FROM documents WHERE id = ?", (correction.doc_id,)
            ).fetchone():
                raise StoreError(
                    f"The document {correction.doc_id} is no longer stored (removed meanwhile?); "
                    "nothing was corrected."
                )
            if replaces is not None:
                corrections.delete(c, replaces.doc_id, replaces.signal_id)
            corrections.save(c, correction)
            history.record(
                c, user, "correct", doc_id=correction.doc_id,
                name=_name_in(c, correction.doc_id), detail=detail,
            )  # fmt: skip
            self._bump_revision(c)

    def _withdraw_correction(self, correction: Correction, user: str, detail: str) -> None:
        with self._transaction() as c:
            if corrections.delete(c, correction.doc_id, correction.signal_id):
                history.record(
                    c, user, "correct", doc_id=correction.doc_id,
                    name=_name_in(c, correction.doc_id), detail=detail,
                )  # fmt: skip
                self._bump_revision(c)

    def check(self) -> list[str]:
        conn = self._conn
        dialect = dialect_of(conn)
        problems = dialect.integrity_problems(conn)
        version = dialect.version(conn)
        if version != SCHEMA_VERSION:
            problems.append(f"schema version is {version}, expected {SCHEMA_VERSION}")
        for table in ("sentences", "mentions", "signals"):
            orphans = conn.execute(
                f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)"
            ).fetchone()[0]
            if orphans:
                problems.append(f"{orphans} {table} rows belong to no stored document")
        if version >= 2:
            problems += history.trash_problems(conn)
        if version >= 3:
            problems += corrections.problems(conn)
        return problems

    @staticmethod
    def _bump_revision(conn: Connection) -> None:
        conn.execute(
            "UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) "
            "WHERE key = 'revision'"
        )


def _name_in(conn: Connection, doc_id: str) -> str | None:
    row = conn.execute("SELECT name FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return row[0] if row else None


def _with_title(doc, title: str):
    return replace(doc, title=title)


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
