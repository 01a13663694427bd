"""Nothing is deleted for good: the trash, restore, purge, the activity log and the
schema migration that brought them, on every backend the store has."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from helpers import run_cli
from test_store import generated_folder, hand_made_analysis

from analysis import signals_frame
from analysis.store import StoreError, analysis_rows, open_store, schema
from analysis.store.dialect import dialect_of
from analysis.store.schema import SCHEMA_VERSION

# every test on SQLite and on PostgreSQL (tests/conftest.py: backend)
pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def store(backend, tmp_path):
    with open_store(tmp_path) as s:
        yield s


def snapshot(store) -> dict[str, list]:
    """Every row of the documents and their analysis, rowids included."""
    conn = store._conn
    return {
        table: conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid").fetchall()
        if table == "documents"
        else conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in ("documents", "sentences", "mentions", "signals")
    }


def records(store) -> list[dict]:
    return signals_frame(store.corpus()).to_dict("records")


def test_a_removed_document_waits_in_the_trash_and_comes_back_exactly(store, tmp_path):
    store.add_paths([generated_folder(tmp_path / "docs", 3)], user="alice")
    before, before_records = snapshot(store), records(store)
    middle = next(i for i, name in store.document_names().items() if name == "gen_0001")

    assert store.remove_document(middle, user="bob") is True
    assert middle not in store.document_names()
    assert len(records(store)) == len(before_records) - 1
    (entry,) = store.trash()
    assert (entry.doc_id, entry.name, entry.removed_by, entry.signals) == (
        middle, "gen_0001", "bob", 1,
    )  # fmt: skip
    assert store.check() == []

    assert store.restore_document(middle, user="carol") is True
    assert snapshot(store) == before  # same rows, same rowid: same place in the corpus
    assert records(store) == before_records
    assert store.trash() == []
    assert store.check() == []


def test_remove_and_restore_say_when_there_is_nothing_to_do(store):
    store._write([analysis_rows(hand_made_analysis(), name="kremlin_call", ingested_at="x")])
    assert store.restore_document("kremlin_call") is False  # stored, not in the trash
    assert store.remove_document("kremlin_call") is True
    assert store.remove_document("kremlin_call") is False
    assert store.restore_document("no-such-document") is False
    assert [e.doc_id for e in store.trash()] == ["kremlin_call"]


def test_check_reports_a_trash_entry_that_could_not_be_restored(store):
    store._write([analysis_rows(hand_made_analysis(), name="kremlin_call", ingested_at="x")])
    store.remove_document("kremlin_call")
    assert store.check() == []
    with store._transaction() as c:
        c.execute("UPDATE trash SET rows = '{\"documents\": ' WHERE doc_id = 'kremlin_call'")
    assert store.check() == ["the trash entry of 'kremlin_call' (kremlin_call) cannot be restored"]
    with pytest.raises(StoreError, match="cannot be read"):
        store.restore_document("kremlin_call")
    assert store.document_count() == 0 and len(store.trash()) == 1


def test_each_change_bumps_the_revision_the_dashboard_caches_on(store):
    store._write([analysis_rows(hand_made_analysis(), name="kremlin_call", ingested_at="x")])
    seen = {store.revision()}
    store.remove_document("kremlin_call")
    seen.add(store.revision())
    store.restore_document("kremlin_call")
    seen.add(store.revision())
    assert len(seen) == 3


def test_a_text_stored_again_after_its_removal_is_not_overwritten_by_a_restore(store, tmp_path):
    docs = generated_folder(tmp_path / "docs", 1)
    store.add_paths([docs])
    (did,) = store.document_names()
    store.remove_document(did)
    assert store.add_paths([docs]).added == [did]  # the same text, added again
    again = snapshot(store)
    with pytest.raises(StoreError, match="stored again.*purge the trash"):
        store.restore_document(did)
    assert snapshot(store) == again
    assert [e.doc_id for e in store.trash()] == [did]  # still there, for a purge


def test_purge_deletes_for_good_only_what_was_removed_long_enough_ago(store, tmp_path):
    store.add_paths([generated_folder(tmp_path / "docs", 3)])
    ids = dict(sorted((name, i) for i, name in store.document_names().items()))
    for did in ids.values():
        store.remove_document(did)
    with store._transaction() as c:  # gen_0000 was removed ten days ago
        c.execute(
            "UPDATE trash SET removed_at = '2000-01-01T00:00:00+00:00' WHERE doc_id = ?",
            (ids["gen_0000"],),
        )

    purged = store.purge_trash(7, user="dora")
    assert [e.name for e in purged] == ["gen_0000"]
    assert sorted(e.name for e in store.trash()) == ["gen_0001", "gen_0002"]
    assert store.restore_document(ids["gen_0000"]) is False  # gone for good

    assert sorted(e.name for e in store.purge_trash(0)) == ["gen_0001", "gen_0002"]
    assert store.trash() == []
    with pytest.raises(StoreError, match="not a number of days"):
        store.purge_trash(-1)
    assert store.check() == []


def test_the_activity_log_records_who_changed_what(store, tmp_path, monkeypatch):
    monkeypatch.setenv("LENS_USER", "erin")
    store.add_paths([generated_folder(tmp_path / "docs", 2)], user="alice")
    did = next(i for i, n in store.document_names().items() if n == "gen_0000")
    store.remove_document(did, user="bob")
    store.restore_document(did)  # nobody named: $LENS_USER
    with store._transaction() as c:
        c.execute("UPDATE documents SET analyser_version = 'old' WHERE id = ?", (did,))
    store.reanalyze(user="carol")
    store.remove_document(did, user="bob")
    store.purge_trash(0, user="dora")
    store.record_activity("correct", user="fay", doc_id=did, detail="actor: Qatar -> Oman")

    log = [(a.user, a.action, a.name) for a in reversed(store.activity())]
    assert log == [
        ("alice", "add", "gen_0000"),
        ("alice", "add", "gen_0001"),
        ("bob", "remove", "gen_0000"),
        ("erin", "restore", "gen_0000"),
        ("carol", "reanalyse", "gen_0000"),
        ("bob", "remove", "gen_0000"),
        ("dora", "purge", "gen_0000"),
        ("fay", "correct", None),
    ]
    assert [a.action for a in store.activity(limit=2)] == ["correct", "purge"]
    assert all(a.at.endswith("+00:00") for a in store.activity())
    with pytest.raises(ValueError, match="unknown action"):
        store.record_activity("delete")


def test_rows_of_tables_added_later_go_to_the_trash_and_back_too(store):
    # e.g. a future table of reviewer's notes, referring to its document
    with store._transaction() as c:
        c.execute(
            "CREATE TABLE review_notes (doc_id TEXT NOT NULL REFERENCES documents(id) "
            "ON DELETE CASCADE, seq INTEGER NOT NULL, note TEXT, PRIMARY KEY (doc_id, seq))"
        )
    store._write([analysis_rows(hand_made_analysis(), name="kremlin_call", ingested_at="x")])
    with store._transaction() as c:
        c.execute("INSERT INTO review_notes VALUES ('kremlin_call', 0, 'actor is Putin')")
    store.remove_document("kremlin_call")
    assert store._conn.execute("SELECT count(*) FROM review_notes").fetchone()[0] == 0
    store.restore_document("kremlin_call")
    rows = store._conn.execute("SELECT * FROM review_notes").fetchall()
    assert rows == [("kremlin_call", 0, "actor is Putin")]


def test_a_document_removed_before_schema_5_comes_back_without_its_lsh_buckets(store):
    """Up to schema 4 the trash kept a document's LSH bucket rows, in a table schema 5
    dropped: it is restored all the same, and its stored signature finds its copies."""
    from test_store_copies import SEED, republished

    from analysis import document_from_text

    text = SEED.read_text(encoding="utf-8")
    (doc_id,) = store.add_text(text, title="original").added
    store.remove_document(doc_id)
    with store._transaction() as c:  # as schema 4 wrote the trash entry
        payload = json.loads(
            c.execute("SELECT rows FROM trash WHERE doc_id = ?", (doc_id,)).fetchone()[0]
        )
        assert "minhash" in payload and "minhash_bands" not in payload
        payload["minhash_bands"] = {"columns": ["bucket", "doc_id"], "rows": [[7, doc_id]]}
        c.execute("UPDATE trash SET rows = ? WHERE doc_id = ?", (json.dumps(payload), doc_id))
    assert store.restore_document(doc_id) is True
    assert store.check() == []
    report = store.add_documents([document_from_text(republished(text), "copy")])
    assert not report.added and list(report.copies) == ["copy"]


# The schema of version 1 exactly as the first stores were written, before the
# trash and the activity log (schema version 2).
SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, title TEXT, date TEXT, source TEXT, url TEXT,
    path TEXT, text TEXT NOT NULL, language TEXT, warnings TEXT NOT NULL DEFAULT '[]',
    blocks TEXT NOT NULL DEFAULT '[]', ingested_at TEXT NOT NULL, analysed_at TEXT NOT NULL,
    analyser_version TEXT NOT NULL
);
CREATE INDEX documents_name ON documents(name);
CREATE INDEX documents_version ON documents(analyser_version);
CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, kind TEXT NOT NULL,
    paragraph INTEGER NOT NULL, tone REAL, text TEXT, PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;
CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    actor TEXT NOT NULL, actor_type TEXT NOT NULL, affiliation TEXT NOT NULL, actor_title TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, how TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE TABLE signals (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    signal TEXT NOT NULL, actor TEXT NOT NULL, actor_type TEXT NOT NULL,
    affiliation TEXT NOT NULL, targets TEXT NOT NULL, sentence TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, reported_by TEXT, date TEXT,
    confidence REAL NOT NULL, cameo TEXT NOT NULL, plover TEXT NOT NULL, score REAL NOT NULL,
    modality TEXT NOT NULL, cue TEXT NOT NULL, cue_start INTEGER NOT NULL,
    cue_end INTEGER NOT NULL, source TEXT, extra TEXT, PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
INSERT INTO meta VALUES ('store_id', 'v1store'), ('revision', '7'), ('schema_version', '1');
PRAGMA user_version = 1;
"""


def version_1_store(folder: Path) -> Path:
    """A store file as version 1 wrote it, holding the hand-made document."""
    rows = analysis_rows(hand_made_analysis(), name="kremlin_call", ingested_at="2024-05-01")
    path = folder / "lens.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript(SCHEMA_V1)
        doc = rows.document
        conn.execute(
            f"INSERT INTO documents ({', '.join(doc)}) VALUES ({', '.join('?' * len(doc))})",
            list(doc.values()),
        )
        conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.sentences)
        conn.executemany(
            "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.mentions
        )
        conn.executemany(f"INSERT INTO signals VALUES ({', '.join('?' * 22)})", rows.signals)
    conn.close()
    return path


@pytest.mark.sqlite_only
def test_a_version_1_store_is_migrated_on_open_with_its_documents_intact(tmp_path):
    path = version_1_store(tmp_path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        old_documents = conn.execute("SELECT rowid, * FROM documents").fetchall()
    conn.close()

    with open_store(tmp_path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert store.check() == []
        assert store._conn.execute("SELECT rowid, * FROM documents").fetchall() == old_documents
        assert store.revision() == "v1store-7"
        (signal,) = signals_frame(store.corpus()).to_dict("records")
        assert (signal["actor"], signal["signal"]) == ("Vladimir Putin", "ceasefire_call")
        assert [(a.action, a.detail) for a in store.activity()] == [
            ("migrate", "schema version 1 -> 5")
        ]
        # and the new features work on the old store
        assert store.remove_document("kremlin_call", user="bob")
        assert store.restore_document("kremlin_call", user="bob")
        assert signals_frame(store.corpus()).to_dict("records") == [signal]

    with open_store(tmp_path) as store:  # a second open migrates nothing more
        assert [a.action for a in store.activity()] == ["restore", "remove", "migrate"]


@pytest.mark.sqlite_only
def test_a_migration_that_fails_leaves_the_old_store_as_it_was(tmp_path, monkeypatch):
    from analysis.store import history

    path = version_1_store(tmp_path)
    broken = history.MIGRATIONS[2] + "CREATE TABLE trash (doc_id TEXT);"  # already exists
    monkeypatch.setitem(history.MIGRATIONS, 2, broken)
    with pytest.raises(StoreError, match="could not be upgraded from schema version 1.*nothing"):
        open_store(tmp_path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "trash" not in tables and "activity" not in tables
        assert conn.execute("SELECT name FROM documents").fetchall() == [("kremlin_call",)]
    conn.close()
    monkeypatch.undo()
    with open_store(tmp_path) as store:  # the next open, with the real migration, works
        assert store.document_names() == {"kremlin_call": "kremlin_call"}


def test_the_command_line_removes_restores_lists_purges_and_logs(tmp_path):
    data = tmp_path / "data"
    docs = generated_folder(tmp_path / "docs", 2)
    assert (
        run_cli("ingest", str(docs), "--user", "alice", "--no-progress", data=data).returncode == 0
    )
    before = run_cli("export", data=data).stdout

    removed = run_cli("remove", "gen_0001", "--user", "bob", data=data)
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.startswith("Moved 'gen_0001' (")
    assert [json.loads(r)["doc_id"] for r in run_cli("export", data=data).stdout.splitlines()] \
        == ["gen_0000"]  # fmt: skip
    trash = run_cli("trash", data=data).stdout.splitlines()
    assert trash[0].split() == ["removed", "at", "by", "signals", "store", "id", "document"]
    assert trash[1].split()[1:3] == ["bob", "1"] and trash[1].endswith("(gen_0001)")

    restored = run_cli("restore", "Talks resume, round 1", "--user", "carol", data=data)
    assert restored.returncode == 0, restored.stderr  # by title this time
    assert run_cli("export", data=data).stdout == before
    assert run_cli("trash", data=data).stdout == "The trash is empty.\n"

    run_cli("remove", "gen_0000", data=data)
    purged = run_cli("purge", "--older-than", "0", "--user", "dora", data=data)
    assert purged.stdout == "Deleted 1 document from the trash for good; 0 left in the trash.\n"

    log = [line.split()[1:4] for line in run_cli("log", data=data).stdout.splitlines()[1:]]
    assert log[:3] == [["alice", "add", "gen_0000"], ["alice", "add", "gen_0001"],
                       ["bob", "remove", "gen_0001"]]  # fmt: skip
    assert log[3] == ["carol", "restore", "gen_0001"]
    assert log[-1] == ["dora", "purge", "gen_0000"]
    assert len(run_cli("log", "-n", "2", data=data).stdout.splitlines()) == 3  # header + 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("remove", "nothing-like-this"), "no document named 'nothing-like-this' in the store"),
        (("restore", "gen_0000"), "no document named 'gen_0000' in the trash"),
        (("purge", "--older-than", "-3"), "'-3' is not a number of days"),
        (("purge", "--older-than", "soon"), "'soon' is not a number of days"),
    ],
)
def test_command_line_mistakes_are_explained_and_change_nothing(tmp_path, args, message):
    data = tmp_path / "data"
    run_cli("ingest", str(generated_folder(tmp_path / "docs", 1)), "--no-progress", data=data)
    before = run_cli("export", data=data).stdout
    result = run_cli(*args, data=data)
    assert result.returncode in (1, 2)
    assert message in result.stderr and "Traceback" not in result.stderr
    assert run_cli("export", data=data).stdout == before


def test_a_name_shared_by_two_documents_is_refused_with_their_ids(tmp_path):
    data = tmp_path / "data"
    for k in (1, 2):  # two different texts, both named same.txt
        folder = tmp_path / f"in{k}"
        folder.mkdir()
        (folder / "same.txt").write_text(f"Qatar offered talks, round {k}.\n", encoding="utf-8")
        run_cli("ingest", str(folder), "--no-progress", data=data)
    result = run_cli("remove", "same", data=data)
    assert result.returncode == 1
    assert "'same' names 2 documents in the store" in result.stderr
    assert "Give the store id" in result.stderr
    with open_store(data) as store:
        assert store.document_count() == 2


def old_store_connection(folder: Path):
    """A connection to this test's store database, without the store."""
    url = os.environ.get("LENS_DATABASE_URL")
    if url:
        import psycopg

        from analysis.store.postgres import Connection

        return Connection(psycopg.connect(url))
    return sqlite3.connect(folder / "lens.sqlite", isolation_level=None)


def old_store(folder: Path):
    """A store of schema version 1 holding the hand-made document, built on this test's
    backend without the store (as the first version left it); returns its connection."""
    conn = old_store_connection(folder)
    schema.create(conn, "oldstore")
    rows = analysis_rows(hand_made_analysis(), name="kremlin_call", ingested_at="2024-05-01")
    doc = rows.document
    conn.execute(
        f"INSERT INTO documents ({', '.join(doc)}) VALUES ({', '.join('?' * len(doc))})",
        list(doc.values()),
    )
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows.sentences)
    conn.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.mentions)
    conn.executemany(f"INSERT INTO signals VALUES ({', '.join('?' * 22)})", rows.signals)
    return conn


def test_an_old_schema_is_migrated_on_open_on_every_backend(tmp_path):
    old_store(tmp_path).close()
    with open_store(tmp_path) as store:
        conn = store._conn
        assert dialect_of(conn).version(conn) == SCHEMA_VERSION
        assert store.check() == []
        assert [(a.action, a.detail) for a in store.activity()] == [
            ("migrate", f"schema version 1 -> {SCHEMA_VERSION}")
        ]
        (signal,) = records(store)
        assert (signal["actor"], signal["signal"]) == ("Vladimir Putin", "ceasefire_call")
        assert store.remove_document("kremlin_call") and store.restore_document("kremlin_call")
        assert records(store) == [signal]
    with open_store(tmp_path) as store:  # a second open migrates nothing more
        assert [a.action for a in store.activity()] == ["restore", "remove", "migrate"]


def test_a_failed_migration_changes_nothing_on_every_backend(tmp_path, monkeypatch):
    from analysis.store import history

    old_store(tmp_path).close()
    migration = history.MIGRATIONS[2]
    broken = migration + "CREATE TABLE trash (doc_id TEXT);"  # already exists
    monkeypatch.setitem(history.MIGRATIONS, 2, broken)
    with pytest.raises(StoreError, match="could not be upgraded from schema version 1.*nothing"):
        open_store(tmp_path)
    conn = old_store_connection(tmp_path)
    assert dialect_of(conn).version(conn) == 1
    assert not any(table == "trash" for table, _ in dialect_of(conn).child_tables(conn))
    assert "removed_at" not in dialect_of(conn).columns(conn, "trash")
    conn.close()
    # (not monkeypatch.undo(): it would unset the backend's LENS_DATABASE_URL too)
    monkeypatch.setitem(history.MIGRATIONS, 2, migration)
    with open_store(tmp_path) as store:  # the next open, with the real migration, works
        assert store.document_names() == {"kremlin_call": "kremlin_call"}
