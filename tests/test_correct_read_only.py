"""A read-only deployment (``LENS_READ_ONLY=1``, issue #15) stores no review correction:
``correct`` refuses with a sentence and the store stays as it was."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.cli import main

REPO = Path(__file__).resolve().parents[1]


def test_a_read_only_deployment_refuses_correct_and_changes_nothing(tmp_path, capsys, monkeypatch):
    data = str(tmp_path / "data")
    assert main(["ingest", str(REPO / "seeds"), "--data-dir", data, "--workers", "1",
                 "--no-progress"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["export", "--data-dir", data]) == 0
    before = capsys.readouterr().out
    first = json.loads(before.splitlines()[0])

    monkeypatch.setenv("LENS_READ_ONLY", "1")
    for args in (
        ["--signal-id", first["signal_id"], "--wrong"],
        ["--signal-id", first["signal_id"], "--type", "negotiation_call"],
        ["--doc", first["doc_id"], "--start", str(first["start"]), "--signal", "condemnation",
         "--actor", first["actor"]],
    ):  # fmt: skip
        assert main(["correct", "--data-dir", data, *args]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: This is a read-only deployment") and "Traceback" not in err

    monkeypatch.delenv("LENS_READ_ONLY")
    assert main(["export", "--data-dir", data]) == 0
    assert capsys.readouterr().out == before
    assert main(["correct", "--data-dir", data, "--list"]) == 0
    assert capsys.readouterr().out.startswith("No corrections stored yet.")
