"""The dashboard's add/remove panel, driven through Streamlit's AppTest."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from helpers import ROOT, dashboard_app
from streamlit.testing.v1 import AppTest

from analysis.store import open_store
from dashboard.add_documents import md_escape

# every test on SQLite and on PostgreSQL (tests/conftest.py: backend)
pytestmark = pytest.mark.usefixtures("backend")

STATEMENT = (
    "Qatar offers to mediate\n\n"
    "Qatar offered on Monday to mediate between the two sides, a foreign ministry "
    "spokesman said in Doha.\n"
)

# The panel embedded in an app of its own, as its docstring shows.
APP = """
import streamlit as st
from analysis.store import open_store
from dashboard.add_documents import render_add_documents

store = open_store({data!r})
if render_add_documents(store, key="add"):
    st.rerun()
st.caption(f"{{store.document_count()}} documents stored")
"""


@pytest.fixture
def app(tmp_path) -> tuple[AppTest, Path]:
    data = tmp_path / "data"
    script = tmp_path / "app.py"
    script.write_text(APP.format(data=str(data)), encoding="utf-8")
    at = AppTest.from_file(str(script), default_timeout=30)
    at.run()
    assert not at.exception
    return at, data


def shown(elements) -> list[str]:
    """The texts of message elements as the user reads them (Markdown escapes undone)."""
    return [re.sub(r"\\(.)", r"\1", e.value) for e in elements]


def click(at: AppTest, label: str) -> None:
    (button,) = [b for b in at.button if b.label == label]
    button.click().run()
    assert not at.exception


def test_an_uploaded_file_is_analysed_and_stored(app):
    at, data = app
    at.file_uploader[0].set_value(("qatar.txt", STATEMENT.encode(), "text/plain"))
    click(at, "Analyse and add")
    assert "Added and analysed 1 document: 'Qatar offers to mediate'" in shown(at.success)[0]
    assert at.caption[-1].value == "1 documents stored"
    with open_store(data) as store:
        assert list(store.document_names().values()) == ["qatar"]


def test_a_bad_upload_shows_what_was_wrong_and_stores_nothing(app):
    at, data = app
    at.file_uploader[0].set_value(
        [
            ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "text/plain"),
            ("report.pdf", b"%PDF-1.7 ...", "application/pdf"),
            ("empty.txt", b"", "text/plain"),
        ]
    )
    click(at, "Analyse and add")
    errors = shown(at.error)
    assert len(errors) == 3
    assert "photo.txt" in errors[0] and "PNG" in errors[0]
    assert "report.pdf" in errors[1] and "not supported" in errors[1]
    assert "empty.txt" in errors[2] and "empty" in errors[2]
    assert not at.success
    assert at.caption[-1].value == "0 documents stored"


def test_pasted_text_is_stored_with_its_title_and_source_and_can_be_removed(app):
    at, data = app
    at.text_area(key="add-text").input(STATEMENT)
    at.text_input(key="add-title").input("Doha offer")
    at.text_input(key="add-source").input("QNA")
    click(at, "Add text")
    assert "'Doha offer'" in shown(at.success)[0]
    with open_store(data) as store:
        (doc,) = store.corpus().documents
        assert (doc.title, doc.source) == ("Doha offer", "QNA")

    click(at, "Add text")  # the form was cleared: nothing to add
    assert "Paste the text of a document first." in shown(at.warning)[0]

    at.selectbox(key="add-remove-doc").select(doc.id)
    click(at, "Remove document")
    assert "Tick the box" in shown(at.warning)[0]
    at.selectbox(key="add-remove-doc").select(doc.id)
    at.checkbox(key="add-remove-sure").check()
    click(at, "Remove document")
    assert "Removed 'Doha offer'" in shown(at.success)[0]
    assert at.caption[-1].value == "0 documents stored"


def test_the_same_text_twice_is_reported_not_stored_again(app):
    at, data = app
    for _ in range(2):
        at.file_uploader[0].set_value(("qatar.txt", STATEMENT.encode(), "text/plain"))
        click(at, "Analyse and add")
    assert "already stored" in shown(at.info)[0]
    assert at.caption[-1].value == "1 documents stored"


@pytest.mark.parametrize(
    "text",
    ["[click](javascript:alert(1))", "<img src=x onerror=alert(1)>", "$x$ :red[y] **b**"],
)
def test_untrusted_names_are_shown_literally(text):
    escaped = md_escape(text)
    for special in "[]()<>$:*":
        assert special not in escaped.replace("\\" + special, "")


EGYPT = (
    "Egypt calls for ceasefire\n\n"
    "Egypt called for an immediate ceasefire in Gaza on Monday, the foreign ministry said.\n"
)


def test_in_the_dashboard_a_pasted_document_appears_in_the_filters_and_charts(
    tmp_path, monkeypatch
):
    seeds = tmp_path / "seeds"  # an empty seed folder keeps the start fast
    seeds.mkdir()
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(seeds))
    at = dashboard_app(add_panel=True).run()
    assert not at.exception

    at.text_area(key="add-text").input(EGYPT)
    at.text_input(key="add-title").input("Egypt calls for ceasefire")
    click(at, "Add text")
    assert "'Egypt calls for ceasefire'" in shown(at.success)[0]

    documents = at.sidebar.selectbox(key="doc")
    with open_store(tmp_path / "data") as store:
        (doc_id,) = store.document_names()
    assert "Egypt calls for ceasefire" in documents.options  # labelled by title
    table = at.dataframe[0].value
    assert ("Egypt", "ceasefire_call") in set(zip(table["actor"], table["signal"], strict=True))
    charts = " ".join(chart.proto.spec for chart in at.get("plotly_chart"))
    assert "Egypt" in charts

    at.selectbox(key="add-remove-doc").select(doc_id)
    at.checkbox(key="add-remove-sure").check()
    click(at, "Remove document")
    assert "Removed 'Egypt calls for ceasefire'" in shown(at.success)[0]
    assert "Egypt calls for ceasefire" not in at.sidebar.selectbox(key="doc").options


def test_a_collection_with_many_bad_rows_gets_a_short_summary(app):
    at, data = app
    rows = "".join(f"r{i},\n" for i in range(20))  # twenty rows without text
    good = 'ok,"Qatar offered to mediate between the two sides, a spokesman said."\n'
    at.file_uploader[0].set_value(("rows.csv", f"id,text\n{good}{rows}".encode(), "text/csv"))
    click(at, "Analyse and add")
    errors = shown(at.error)
    assert len(errors) == 9
    assert errors[0].startswith("rows.csv, line 3: ")
    assert errors[-1] == "… and 12 more like these."
    assert "Added and analysed 1 document" in shown(at.success)[0]


def test_the_upload_limit_matches_the_server_setting():
    import tomllib

    from dashboard.add_documents import UPLOAD_LIMIT_MB

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] == UPLOAD_LIMIT_MB == 20


def test_the_dashboard_opens_the_store_its_secrets_name(tmp_path, monkeypatch, backend):
    """Hosted Streamlit has no environment to set: the database URL comes from the
    secrets (``database_url`` under ``[lens]``); without one, the data folder."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(seeds))
    with open_store() as store:
        store.add_text(EGYPT, title="Egypt calls for ceasefire")
    at = dashboard_app()
    url = os.environ.get("LENS_DATABASE_URL")
    if url:  # PostgreSQL: the URL moves from the environment to the secrets
        monkeypatch.delenv("LENS_DATABASE_URL")
        at.secrets = {"lens": {"database_url": url}}
    at.run()
    assert not at.exception
    assert "Egypt calls for ceasefire" in at.sidebar.selectbox(key="doc").options
