"""The command line as a user runs it: files in, JSON Lines or CSV out, clear skips."""

from __future__ import annotations

import csv
import json

from helpers import SEEDS, run_cli

CONTRACT = {
    "doc_id",
    "signal",
    "actor",
    "actor_type",
    "affiliation",
    "targets",
    "sentence",
    "start",
    "end",
    "reported_by",
    "date",
    "confidence",
    "cameo",
    "plover",
    "score",
    "modality",
}


def test_analyze_writes_json_lines_to_stdout():
    result = run_cli("analyze", str(SEEDS))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(CONTRACT <= set(r) for r in rows)
    text = (SEEDS / "000_a05659aaa7e80c9a.txt").read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["sentence"] for r in rows)
    assert {
        "doc_id": "000_a05659aaa7e80c9a",
        "signal": "mediation_offer",
        "actor": "Russia",
    }.items() <= next(
        r for r in rows if r["signal"] == "mediation_offer" and r["actor"] == "Russia"
    ).items()


def test_analyze_writes_csv_when_the_output_ends_in_csv(tmp_path):
    out = tmp_path / "signals.csv"
    result = run_cli("analyze", str(SEEDS), "-o", str(out))
    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert rows and CONTRACT <= set(rows[0])
    assert any(r["actor"] == "Turkey" and r["targets"] == "Azerbaijan" for r in rows)


def test_a_bad_file_is_named_the_others_are_analysed_and_the_exit_code_says_so(tmp_path):
    (tmp_path / "good.txt").write_text(
        "Norway called for an immediate ceasefire.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = run_cli("analyze", str(tmp_path), str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert (
        "empty.txt" in result.stderr
        and "picture.txt" in result.stderr
        and "missing.txt" in result.stderr
    )
    assert "Traceback" not in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc_id"], r["signal"], r["actor"]) for r in rows] == [
        ("good", "ceasefire_call", "Norway")
    ]


def test_unwritable_output_is_a_clear_error(tmp_path):
    result = run_cli(
        "analyze", str(SEEDS), "-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl")
    )
    assert result.returncode == 1
    assert "could not write" in result.stderr and "Traceback" not in result.stderr


def test_actors_lists_recognised_actors_with_counts():
    result = run_cli("actors", str(SEEDS))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["actor", "type", "affiliation"]
    by_name = {line[:26].strip(): line.split()[-1] for line in lines[1:]}
    assert int(by_name["Vladimir Putin"]) >= 5
    assert "Sergei Lavrov" in by_name


def test_a_broken_knowledge_file_is_reported_in_one_sentence(monkeypatch, capsys):
    from analysis import cli
    from analysis.knowledge import DataFileError

    def broken(*args, **kwargs):
        raise DataFileError(
            "cues.toml", "[[rule]] number 3", "the signal 'truce_call' is not defined"
        )

    monkeypatch.setattr(cli, "analyse_sources_in_order", broken)
    assert cli.main(["analyze", str(SEEDS), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == (
        "error: analysis/data/cues.toml, [[rule]] number 3: the signal 'truce_call' is not "
        "defined. Correct the file and run again."
    )
