"""Choosing the PostgreSQL store, and what a user sees when it cannot be used.

Every store test runs on PostgreSQL too (``backend`` in conftest.py); these need
no server: they are about the URL and the messages.
"""

from __future__ import annotations

import os
import socket
import sys

import pytest
from helpers import run_cli

from analysis.store import StoreError, open_store


def free_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_database_that_cannot_be_reached_is_one_sentence_and_no_traceback(tmp_path):
    url = f"postgresql://lens:secret@127.0.0.1:{free_port()}/lens"
    with pytest.raises(StoreError, match=r"could not be reached .*LENS_DATABASE_URL") as caught:
        open_store(url=url)
    assert "secret" not in str(caught.value)  # the password is not shown
    result = run_cli("log", "--database-url", url)
    assert result.returncode == 1
    assert result.stderr.startswith("error: The database postgresql://lens:***@127.0.0.1:")
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1


def test_a_url_that_is_not_postgresql_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(StoreError, match="must start with postgresql:// .*'mysql'"):
        open_store(tmp_path, url="mysql://lens@localhost/lens")
    assert list(tmp_path.iterdir()) == []  # no SQLite store made in its place


def test_without_psycopg_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(StoreError, match=r"pip install 'statement-lens\[postgres\]'"):
        open_store(url="postgresql://lens@localhost/lens")


def test_the_environment_chooses_postgresql_and_the_argument_wins(monkeypatch, tmp_path):
    monkeypatch.setenv("LENS_DATABASE_URL", "mysql://from-the-environment")
    with pytest.raises(StoreError, match="'mysql'"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="'sqlite'"):
        open_store(tmp_path, url="sqlite:///from-the-argument")
    monkeypatch.setenv("LENS_DATABASE_URL", " ")  # blank: SQLite in the data folder
    with open_store(tmp_path) as store:
        assert store.location == str(tmp_path / "lens.sqlite")


def test_the_compose_file_runs_the_app_on_postgresql_with_the_extra_it_needs():
    import tomllib

    import yaml
    from helpers import ROOT

    compose = yaml.safe_load((ROOT / "docs" / "docker-compose.yml").read_text(encoding="utf-8"))
    app, db = compose["services"]["app"], compose["services"]["db"]
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    assert app["build"]["args"]["EXTRAS"] in extras
    assert app["environment"]["LENS_DATABASE_URL"].startswith("postgresql://lens:")
    assert app["depends_on"]["db"]["condition"] == "service_healthy"
    assert db["image"] == "postgres:15"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    team = readme[readme.index("## Team deployment") :]
    assert "docker compose -f docs/docker-compose.yml up" in team
    assert 'database_url = "postgresql://' in team and "LENS_DATABASE_URL" in team


@pytest.mark.postgresql_only
def test_a_lost_connection_is_a_sentence_and_the_next_call_connects_again(backend, tmp_path):
    import psycopg

    with open_store(tmp_path) as store:
        store.add_text("Qatar offered to mediate between the two sides, a spokesman said.")
        pid = store._conn.execute("SELECT pg_backend_pid()").fetchone()[0]
        # the server drops the store's connection (a restart, an idle timeout)
        with psycopg.connect(os.environ["LENS_DATABASE_URL"], autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
        with pytest.raises(StoreError, match="connection to .* was lost .*run the same command"):
            store.remove_document(next(iter(store.document_names())))
        assert store.document_count() == 1  # a new connection; nothing was removed
        assert store.check() == []


@pytest.mark.postgresql_only
def test_a_statement_cut_short_by_ctrl_c_keeps_the_interrupt_and_logs_no_traceback(
    backend, tmp_path, caplog
):
    with open_store(tmp_path) as store:
        store.add_text("Qatar offered to mediate between the two sides, a spokesman said.")
        # Ctrl-C lands while the server is still answering a statement of the transaction
        with pytest.raises(KeyboardInterrupt):
            with store._transaction() as conn:
                conn._pg.pgconn.send_query(b"SELECT pg_sleep(0.2)")
                raise KeyboardInterrupt
        assert store.document_count() == 1  # the next call connects anew
        # a reader stopped the same way: closing the store discards its connection
        store._conn._pg.pgconn.send_query(b"SELECT pg_sleep(0.2)")
    assert [r.getMessage() for r in caplog.records if r.levelname == "ERROR"] == []
    with open_store(tmp_path) as store:
        assert store.document_count() == 1 and store.check() == []
