"""Review in the dashboard: an editor marks a signal wrong and adds a missed one in the
review panel (AppTest), the corrections survive re-analysis, the counts follow them, the
raw toggle brings the analyser's output back marked, and a viewer cannot write."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import ROOT
from streamlit.testing.v1 import AppTest

from analysis.cli import main
from analysis.store import open_store
from dashboard import review, writes
from dashboard.access import READ_ONLY, Access

APP = str(ROOT / "dashboard" / "app.py")
# every report counted ("Count mentions"): marking one report wrong drops one row
OPENED = {"first-paint-done": True, review.REVIEW_PANEL: True, "mentions": True}


@pytest.fixture
def data(tmp_path, monkeypatch) -> Path:
    """A data folder the app seeds from seeds/ alone (conftest clears deployment settings)."""
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(ROOT / "seeds"))
    monkeypatch.setenv("LENS_USER", "laptop-user")
    return tmp_path / "data"


def run_app(state: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in {**OPENED, **(state or {})}.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def evidence(at: AppTest):
    (table,) = [t.value for t in at.dataframe if "review_label" in t.value.columns]
    return table


def button(at: AppTest, label: str):
    (found,) = [b for b in at.button if b.label == label]
    return found


def test_an_editor_marks_wrong_and_adds_a_signal_that_survive_reanalysis(data, capsys):
    at = run_app()
    before = evidence(at)
    with open_store(data) as store:
        (doc_id,) = store.document_names()
        putin = next(r for _, r in store.review().rows() if r.signal.actor == "Vladimir Putin")
    # the reviewer names themselves, selects Putin's first signal, says it is wrong
    at.text_input(key=review.NAME).input("Ana Reviewer")
    at.session_state[review.SELECTED] = putin.signal_id
    at.run()
    assert "Vladimir Putin" in " ".join(m.value for m in at.markdown)
    button(at, "Wrong").click()
    at.run()
    assert not at.exception
    assert len(evidence(at)) == len(before) - 1
    assert "Marked wrong" in at.success[0].value

    # a signal the analyser missed: a sentence of the shown document, a type, an actor
    at.session_state["doc"] = doc_id
    at.run()
    form = [s for s in at.selectbox if s.label == "Sentence"][0]
    form.set_value(0)
    at.selectbox(key="review-add-type").set_value("mediation_offer")
    at.selectbox(key="review-add-actor").set_value("France")
    at.text_input(key="review-add-targets").input("Armenia; Azerbaijan")
    [b for b in at.button if b.label == "Add the signal"][0].click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    table = evidence(at)
    added = table[table["review_label"] == "+ added"]
    assert added[["signal", "actor"]].astype(str).values.tolist() == [["mediation_offer", "France"]]

    # the corrections are the reviewer's, in the store and its log, and survive reanalysis
    with open_store(data) as store:
        assert {(c.verdict, c.user) for c in store.corrections()} == {
            ("wrong", "Ana Reviewer"),
            ("add", "Ana Reviewer"),
        }
        assert [a.user for a in store.activity(2)] == ["Ana Reviewer"] * 2
    assert main(["reanalyze", "--force", "--data-dir", str(data), "--workers", "1",
                 "--no-progress"]) == 0  # fmt: skip
    assert main(["export", "--data-dir", str(data)]) == 0
    rows = [
        json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()[:1] == "{"
    ]
    assert putin.signal_id not in {r["signal_id"] for r in rows}
    assert [(r["signal"], r["actor"], r["review"]) for r in rows if r["corrected"]] == [
        ("mediation_offer", "France", "added")
    ]

    # the raw output is one toggle away, the wrong signal back and marked
    at = run_app({"raw": True})
    raw = evidence(at)
    assert len(raw) == len(before)
    assert raw["review_label"].astype(str).tolist().count("✗ wrong") == 1


def test_a_viewer_sees_no_review_panel_and_the_review_writes_refuse(data, monkeypatch):
    monkeypatch.setenv("LENS_READ_ONLY", "1")
    at = run_app()
    assert not [e for e in at.expander if e.label.startswith("Review")]
    assert not [b for b in at.button if b.label in ("Right", "Wrong")]
    viewer = Access(False, "viewer@example.com", READ_ONLY)
    with open_store(data) as store:
        (doc_id,) = store.document_names()
        sid = next(r.signal_id for _, r in store.review().rows())
        before = (store.revision(), store.activity())
        for write in (
            lambda: writes.mark(viewer, store, sid, "wrong"),
            lambda: writes.change(viewer, store, sid, signal="condemnation"),
            lambda: writes.add_signal(viewer, store, doc_id, 0, "condemnation", "Russia"),
            lambda: writes.withdraw(viewer, store, sid),
        ):
            with pytest.raises(writes.WriteRefused, match="Nothing was changed"):
                write()
        assert (store.revision(), store.activity(), store.corrections()) == (*before, [])


def test_a_typed_name_counts_only_where_nobody_logs_in():
    laptop = Access(True, "laptop-user")
    editor = Access(True, "editor@example.com", login="logged_in")
    assert writes.reviewer(laptop, "  Ana   Reviewer ") == "Ana Reviewer"
    assert writes.reviewer(laptop, "") == "laptop-user"
    assert writes.reviewer(editor, "Someone Else") == "editor@example.com"


def test_a_selected_row_lists_every_report_of_its_statement(data):
    at = run_app({"mentions": False})
    with open_store(data) as store:
        putin = next(r for _, r in store.review().rows() if r.signal.actor == "Vladimir Putin")
    at.session_state[review.SELECTED] = putin.signal_id
    at.run()
    (reports,) = [t.value for t in at.dataframe if list(t.value.columns)[:2] == ["date", "source"]]
    assert len(reports) > 1 and set(reports["source"].astype(str)) == {"CGTN"}
    assert any("one event with" in c.value for c in at.caption)
