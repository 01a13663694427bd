"""The PostgreSQL backend of the corpus store, for a team server.

Chosen by ``open_store`` when ``LENS_DATABASE_URL`` (or ``--database-url``,
or ``database_url`` under ``[lens]`` in the dashboard's secrets) is a
``postgresql://`` URL. SQLAlchemy 2 turns the URL into an engine and pools
the connections; psycopg 3 talks to the server. The queries are
``sql.SQLStore``'s, shared with SQLite: this module only supplies
connections and transactions, and a connection that takes the store's ``?``
parameters (psycopg's are ``%s``).

Transactions: every write is one transaction that first takes a
transaction-level advisory lock on the store (its schema), so writers queue
as they do on SQLite -- a check-then-insert of ``_write`` cannot race another
ingest, and no document is stored twice -- while readers never wait (MVCC).
The corpus is read in one ``REPEATABLE READ`` transaction: one committed
state. A killed process's transaction is rolled back by the server. The
tables live in the connection's current schema (``public``, or another
through ``?options=-csearch_path%3Dname`` in the URL), so one database can
hold several stores.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from functools import lru_cache

from analysis.store.base import StoreError
from analysis.store.dialect import POSTGRES
from analysis.store.sql import SQLStore

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_INSTALL = (
    "PostgreSQL support is not installed; install it with "
    "`pip install 'statement-lens[postgres]'` (SQLAlchemy and psycopg), or unset "
    "LENS_DATABASE_URL to keep the store in SQLite."
)


def is_database_url(url: str) -> bool:
    """Whether ``url`` names a PostgreSQL database (else it is not for this backend)."""
    return url.split("://", 1)[0].lower() in SCHEMES and "://" in url


_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
# INSERT INTO table [(columns)] VALUES (?, ?, ...) [ON CONFLICT ...]: the table with its
# columns, one row's placeholders, what follows
_INSERT_ROW = re.compile(r"^INSERT INTO (.*?) VALUES \((\?(?:, \?)*)\)(.*)$", re.DOTALL)
# psycopg parses a statement's placeholders in Python and caches only statements
# up to 4 kB (MAX_CACHED_STATEMENT_LENGTH)
_CACHED_STATEMENT_CHARACTERS = 3_000


@lru_cache(maxsize=512)
def _psycopg_sql(sql: str, named: bool) -> str:
    """The store's SQL with psycopg's parameters: ``?`` -> ``%s``, ``:name`` ->
    ``%(name)s``; a literal ``%`` doubled. (The store's SQL has no ``?`` or ``:`` in
    its string literals.)"""
    sql = sql.replace("%", "%%")
    return _NAMED.sub(r"%(\1)s", sql) if named else sql.replace("?", "%s")


class Connection:
    """A psycopg connection in autocommit mode that runs the store's SQL (``?``
    parameters). ``owner``: what ``close()`` closes (SQLAlchemy's pool proxy returns
    the connection to the pool); by default the psycopg connection itself.

    A lost connection (server restarted or gone) is a ``StoreError`` sentence, and
    ``broken`` tells the store to connect anew for the next call."""

    dialect = POSTGRES

    def __init__(self, pg, owner=None, location: str = "the database"):
        import psycopg

        self._pg = pg
        self._owner = owner if owner is not None else pg
        self._pg.autocommit = True  # transactions are begun explicitly (SQLStore)
        self._lost = psycopg.OperationalError
        self.location = location

    @property
    def broken(self) -> bool:
        return self._pg.closed or self._pg.broken

    def execute(self, sql: str, parameters=()):
        cursor = self._pg.cursor()
        with self._translated():
            cursor.execute(_psycopg_sql(sql, isinstance(parameters, dict)), parameters)
        return cursor

    def executemany(self, sql: str, parameters):
        rows = list(parameters)
        cursor = self._pg.cursor()
        insert = _INSERT_ROW.match(sql)
        with self._translated():
            named = bool(rows) and isinstance(rows[0], dict)
            if insert is None or not rows or named:
                # psycopg pipelines the statements: one round trip for the lot
                cursor.executemany(_psycopg_sql(sql, named), rows)
                return cursor
            target, row, tail = insert.groups()
            if not tail.strip():  # a plain INSERT: the rows stream in by COPY
                with cursor.copy(f"COPY {target} FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row(r)
                return cursor
            # INSERT ... ON CONFLICT: a statement per many rows, not per row (the server's
            # per-statement cost dominates), short enough that psycopg caches its parse
            most = max(1, _CACHED_STATEMENT_CHARACTERS // (len(row) + 4))
            start = 0
            for size in dict.fromkeys((most, max(1, most // 16), 1)):
                while len(rows) - start >= size:
                    chunk = rows[start : start + size]
                    start += size
                    values = ", ".join([f"({row})"] * size)
                    flat = [value for r in chunk for value in r]
                    sql = f"INSERT INTO {target} VALUES {values}{tail}"
                    cursor.execute(_psycopg_sql(sql, False), flat)
        return cursor

    @contextmanager
    def _translated(self):
        try:
            yield
        except self._lost as e:
            if not self.broken:
                raise  # e.g. a cancelled statement: the connection itself is fine
            reason = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise StoreError(
                f"The connection to {self.location} was lost ({reason}); the change in "
                "progress was rolled back. Check that the server is running, then run the "
                "same command again."
            ) from e

    def close(self) -> None:
        from psycopg.pq import TransactionStatus

        if (
            self._owner is not self._pg
            and not self._pg.closed
            and self._pg.info.transaction_status != TransactionStatus.IDLE
        ):
            # a statement cut short (Ctrl-C) leaves the connection mid-command or
            # mid-transaction; the pool's reset would fail on it with a logged traceback,
            # so it is thrown away instead (the server rolls its transaction back)
            self._owner.invalidate()
        self._owner.close()


class PostgresStore(SQLStore):
    """The store in a PostgreSQL database. Safe to share between threads."""

    _BEGIN_WRITE = (
        "BEGIN",
        # one writer per store at a time, across processes (released at COMMIT)
        "SELECT pg_advisory_xact_lock(hashtext('statement-lens:' || "
        "coalesce(current_schema(), '')))",
    )
    _BEGIN_READ = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"

    def __init__(self, url: str):
        super().__init__()
        try:
            import psycopg
            import sqlalchemy
        except ImportError as e:
            raise StoreError(_INSTALL) from e
        self._DB_ERRORS = (psycopg.Error, sqlalchemy.exc.DBAPIError)
        try:
            parsed = sqlalchemy.engine.make_url(url)
        except sqlalchemy.exc.ArgumentError as e:
            raise StoreError(
                f"The database URL is not a valid URL ({e}); write it as "
                "postgresql://user:password@host:port/database."
            ) from e
        self.url = parsed.set(drivername="postgresql+psycopg")
        # pre-ping: a connection the server dropped (restart, idle timeout) is replaced
        self._engine = sqlalchemy.create_engine(self.url, pool_pre_ping=True)
        self._init_schema()

    @property
    def location(self) -> str:
        return self.url.set(drivername="postgresql").render_as_string(hide_password=True)

    def _connect(self) -> Connection:
        try:
            pooled = self._engine.raw_connection()
            return Connection(pooled.driver_connection, pooled, self.location)
        except self._DB_ERRORS as e:
            reason = str(getattr(e, "orig", None) or e).strip().splitlines()[0]
            raise StoreError(
                f"The database {self.location} could not be reached ({reason}); check the "
                "URL in LENS_DATABASE_URL (or --database-url) and that the server is running."
            ) from e

    def close(self) -> None:
        super().close()
        self._engine.dispose()


def create_schema(url: str, schema: str) -> str:
    """Create an empty schema in the database of ``url``; returns the URL of a store in
    it (tests and benchmarks give each store a schema of its own)."""
    import psycopg

    with psycopg.connect(_libpq_url(url), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


def drop_schema(url: str, schema: str) -> None:
    """Drop a schema made by ``create_schema``, with everything in it."""
    import psycopg

    with psycopg.connect(_libpq_url(url), autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _libpq_url(url: str) -> str:
    """The URL as libpq reads it (without SQLAlchemy's driver name)."""
    scheme, rest = url.split("://", 1)
    return f"postgresql://{rest}" if scheme.lower() in SCHEMES else url
