"""``analyze --engine dask``: on a two-worker LocalCluster, the same signals as
``analyze`` in one process (up to row order), from folders, JSON Lines and
Parquet; and a sentence, not a traceback, for what can go wrong.

One LocalCluster serves the module (``scheduler=`` its address); one test
runs the command as a user does, starting its own cluster.
"""

from __future__ import annotations

import json
import sys
import types
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from helpers import ROOT, SEEDS, run_cli

import analysis.dask_engine as engine
from analysis.cli import main
from analysis.dask_engine import DaskError, analyse_partition, run_dask
from analysis.load import document_from_text
from analysis.load.parquet import is_parquet_input, iter_parquet

SORT = ["doc_id", "start", "end", "cue_start", "signal", "actor"]
STATEMENTS = [
    "Russian Foreign Minister Sergei Lavrov said Moscow was ready to host talks.",
    "Armenia and Azerbaijan vowed to keep fighting and rejected calls for negotiations.",
    "Egypt's foreign ministry condemned the strike and called for restraint.",
    "Qatar said Israel and Hamas had agreed to a four-day truce.",
    "Turkey backs Azerbaijan, President Erdogan said.",
    "The UN Secretary-General urged both sides to return to the negotiating table.",
    "Nothing of note happened in the capital on Tuesday.",
]


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    # as sys.modules["__main__"] is in test_parallel: workers need not run pytest's main
    main_module = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local:
            yield local.scheduler_address
    finally:
        sys.modules["__main__"] = main_module


@pytest.fixture
def small_partitions(monkeypatch):
    """Partitions of 7 documents, so a small corpus makes several."""
    monkeypatch.setattr(engine, "PARTITION_DOCUMENTS", 7)


def generated_rows(n: int = 60) -> list[dict]:
    """Documents made of statements and seed paragraphs, in changing combinations."""
    seed = (SEEDS / "000_a05659aaa7e80c9a.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in seed.split("\n\n") if p.strip()]
    rows = []
    for i in range(n):
        parts = [STATEMENTS[i % len(STATEMENTS)], paragraphs[i % len(paragraphs)]]
        if i % 3 == 0:
            parts.append(STATEMENTS[(i * 5 + 2) % len(STATEMENTS)])
        rows.append(
            {
                "doc_id": f"gen{i:03d}",
                "title": f"Generated {i}",
                "date": f"2024-03-{1 + i % 28:02d}",
                "source": "Test Wire",
                "text": "\n\n".join(parts),
            }
        )
    return rows


def serial(paths: list[str], tmp_path: Path) -> pd.DataFrame:
    out = tmp_path / "serial.parquet"
    assert main(["analyze", *paths, "--workers", "1", "-o", str(out)]) == 0
    return pd.read_parquet(out)


def same_rows(a: pd.DataFrame, b: pd.DataFrame) -> None:
    assert list(a.columns) == list(b.columns)
    a = a.sort_values(SORT).reset_index(drop=True)
    b = b.sort_values(SORT).reset_index(drop=True)
    pd.testing.assert_frame_equal(a, b)


def test_seed_and_sample_folders_give_the_serial_signals(cluster, tmp_path, small_partitions):
    paths = [str(SEEDS), str(ROOT / "sample")]
    summary = run_dask(paths, tmp_path / "out", scheduler=cluster)
    dask_signals = pd.read_parquet(tmp_path / "out" / "signals")
    expected = serial(paths, tmp_path)
    same_rows(dask_signals, expected)
    assert dask_signals.equals(expected)  # even in the same order: partitions in input order
    assert summary.partitions > 2 and summary.documents == 37 and not summary.skipped
    documents = pd.read_parquet(tmp_path / "out" / "documents")
    assert sorted(documents["doc_id"]) == sorted(
        set(dask_signals["doc_id"]) | set(documents["doc_id"])
    )
    assert len(documents) == 37
    assert documents.set_index("doc_id")["signals"].sum() == len(dask_signals)


def test_a_generated_corpus_as_json_lines_and_as_parquet(cluster, tmp_path, small_partitions):
    rows = generated_rows()
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({("id" if k == "doc_id" else k): v for k, v in r.items()}) + "\n"
            for r in rows
        ),
        encoding="utf-8",
    )
    dataset = tmp_path / "corpus_parquet"
    dataset.mkdir()
    pd.DataFrame(rows[:30]).to_parquet(dataset / "a.parquet")
    pd.DataFrame(rows[30:]).to_parquet(dataset / "b.parquet")
    expected = serial([str(jsonl)], tmp_path)
    assert len(expected) > 60

    run_dask([str(jsonl)], tmp_path / "from_jsonl", scheduler=cluster)
    same_rows(pd.read_parquet(tmp_path / "from_jsonl" / "signals"), expected)
    summary = run_dask([str(dataset)], tmp_path / "from_parquet", scheduler=cluster)
    same_rows(pd.read_parquet(tmp_path / "from_parquet" / "signals"), expected)
    assert summary.documents == 60 and summary.partitions == 9


def test_the_command_starts_a_local_cluster_and_writes_parquet_datasets(tmp_path):
    out = tmp_path / "out"
    result = run_cli("analyze", "--engine", "dask", "--workers", "2", "seeds", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "signals in 1 partition on 2 Dask workers" in result.stderr
    assert result.stderr.endswith(f"s): {out}/signals/, {out}/documents/\n")
    assert "Traceback" not in result.stderr and "ERROR" not in result.stderr
    signals = pd.read_parquet(out / "signals")
    assert len(signals) > 10 and set(signals["doc_id"]) == {"000_a05659aaa7e80c9a"}
    again = run_cli("analyze", "--engine", "dask", "--workers", "2", "seeds", "-o", str(out))
    assert again.returncode == 1
    assert again.stderr.startswith("error: ") and "already holds results" in again.stderr


def test_skipped_inputs_and_repeated_ids_are_reported_as_analyze_does(cluster, tmp_path):
    (tmp_path / "a.txt").write_text(STATEMENTS[0], encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "a", "text": "Qatar offered to mediate."}\n')
    errors = []
    summary = run_dask(
        [str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"), str(tmp_path / "missing")],
        tmp_path / "out",
        scheduler=cluster,
        on_error=errors.append,
    )
    assert summary.documents == 1
    reasons = [e.reason for e in errors]
    assert len(reasons) == 2 and "already used" in reasons[0] and "no such file" in reasons[1]


def test_an_empty_input_writes_empty_datasets_with_their_columns(cluster, tmp_path):
    (tmp_path / "in").mkdir()
    run_dask([str(tmp_path / "in")], tmp_path / "out", scheduler=cluster)
    signals = pd.read_parquet(tmp_path / "out" / "signals")
    assert len(signals) == 0 and "doc_id" in signals.columns


def test_an_unreachable_scheduler_is_one_sentence(tmp_path):
    with pytest.raises(DaskError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run_dask(["seeds"], tmp_path / "out", scheduler="tcp://127.0.0.1:9", connect_timeout=0.5)


def test_without_dask_installed_the_error_says_how_to_install(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    code = main(["analyze", "--engine", "dask", str(SEEDS), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and "pip install 'statement-lens[dask]'" in err and "Traceback" not in err


def test_missing_inputs_are_one_sentence_before_any_cluster_starts(tmp_path, capsys):
    code = main(["analyze", "--engine", "dask", "nowhere/", "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 1 and err == "error: no such file or folder: nowhere/; check the path\n"


def test_the_output_must_be_a_folder(tmp_path, capsys):
    assert main(["analyze", "--engine", "dask", str(SEEDS)]) == 1
    assert "give -o FOLDER" in capsys.readouterr().err
    assert main(["analyze", "--scheduler", "tcp://x:1", str(SEEDS)]) == 1
    assert "add --engine dask" in capsys.readouterr().err


def test_a_partition_for_ingest_has_sentences_with_tone_and_mentions():
    doc = document_from_text(STATEMENTS[0] + " " + STATEMENTS[4], "d1")
    output = analyse_partition([doc], for_ingest=True)
    tables = {name: t.to_pylist() for name, t in output.tables.items()}
    assert {r["doc_id"] for r in tables["sentences"]} == {"d1"}
    assert all(r["tone"] is not None for r in tables["sentences"])
    assert {r["actor"] for r in tables["mentions"]} >= {"Sergei Lavrov", "Turkey"}
    assert "sentences" not in analyse_partition([doc]).tables


def test_parquet_inputs_are_recognised_and_read_row_by_row(tmp_path):
    frame = pd.DataFrame(
        {"text": ["Qatar offered to mediate.", " "], "date": pd.to_datetime(["2024-01-02"] * 2)}
    )
    frame.to_parquet(tmp_path / "docs.parquet")
    assert is_parquet_input(tmp_path) and is_parquet_input(tmp_path / "docs.parquet")
    assert not is_parquet_input(SEEDS)
    (doc, line), (error, _) = list(iter_parquet(tmp_path))
    assert doc.id == "docs-1" and doc.date == "2024-01-02" and line == 1
    assert "empty" in error.reason and error.line == 2
    pd.DataFrame({"body": ["x"]}).to_parquet(tmp_path / "other.parquet")
    ((error, _),) = list(iter_parquet(tmp_path / "other.parquet"))
    assert "no 'text' column (columns: body)" in error.reason


def test_ingest_from_parquet_stores_what_ingest_stores_without_analysing(
    cluster, tmp_path, small_partitions, monkeypatch, backend
):
    from analysis.store import SQLiteStore, open_store
    from analysis.store.from_parquet import add_parquet_results

    paths = [str(SEEDS), str(ROOT / "sample")]
    run_dask(paths, tmp_path / "out", scheduler=cluster, for_ingest=True)
    (tmp_path / "direct").mkdir()
    # the reference: ingest into SQLite (on the PostgreSQL case too, whose store is below)
    with SQLiteStore(tmp_path / "direct" / "lens.sqlite") as direct:
        direct.add_paths(paths, user="ana")
        expected = {a.document.id: a for a in direct.corpus().analyses}
        expected_names = direct.document_names()

    def no_analysis(*args, **kwargs):
        raise AssertionError("ingest --from-parquet analysed a document")

    monkeypatch.setattr("analysis.store.ingest.analyze_document", no_analysis)
    with open_store(tmp_path / "store") as store:
        report = add_parquet_results(store, tmp_path / "out", user="ben")
        assert len(report.added) == 37 and not report.errors
        assert store.check() == [] and store.outdated_count() == 0
        assert store.document_names() == expected_names
        stored = {a.document.id: a for a in store.corpus().analyses}
        assert {entry.user for entry in store.activity()} == {"ben"}
        again = add_parquet_results(store, tmp_path / "out", user="ben")
        assert not again.added and len(again.duplicates) == 37
    assert stored.keys() == expected.keys()
    for did, analysis in stored.items():
        want = expected[did]
        assert analysis.document == want.document
        assert analysis.sentences == want.sentences and analysis.mentions == want.mentions
        assert analysis.tone == want.tone
        rounded = [replace(s, confidence=round(s.confidence, 3)) for s in want.signals]
        assert list(analysis.signals) == rounded


def test_ingest_from_parquet_refuses_an_output_without_store_rows(cluster, tmp_path):
    run_dask([str(SEEDS)], tmp_path / "out", scheduler=cluster)
    result = run_cli("ingest", "--from-parquet", str(tmp_path / "out"), data=tmp_path / "data")
    assert result.returncode == 1 and "written without --for-ingest" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_from_parquet_reports_an_unreadable_file_in_one_sentence(tmp_path):
    for name in ("documents", "signals", "sentences", "mentions"):
        (tmp_path / "out" / name).mkdir(parents=True)
        (tmp_path / "out" / name / "part-00000.parquet").write_bytes(b"not parquet")
    result = run_cli("ingest", "--from-parquet", str(tmp_path / "out"), data=tmp_path / "data")
    assert result.returncode == 1 and "could not be read as Parquet" in result.stderr
    assert "Traceback" not in result.stderr


def test_ingest_from_parquet_lists_a_near_duplicate_of_a_stored_document(
    cluster, tmp_path, backend
):
    from analysis.store import open_store
    from analysis.store.from_parquet import add_parquet_results

    seed = (SEEDS / "000_a05659aaa7e80c9a.txt").read_text(encoding="utf-8")
    inbox = tmp_path / "in"
    inbox.mkdir()
    # the seed as another outlet runs it: its own outlet line and a credit
    copy = seed.replace("CGTN", "Global Wire") + "\n\nAdditional reporting by the desk.\n"
    (inbox / "wire_copy.txt").write_text(copy, encoding="utf-8")
    run_dask([str(inbox)], tmp_path / "out", scheduler=cluster, for_ingest=True)
    with open_store(tmp_path / "store") as store:
        store.add_paths([str(SEEDS)], user="ana")
        report = add_parquet_results(store, tmp_path / "out", user="ben")
        assert not report.added and list(report.copies) == ["wire_copy"]
        (listed,) = store.copies()
        assert (listed.name, listed.source, listed.added_by) == ("wire_copy", "Global Wire", "ben")
        assert list(store.document_names().values()) == ["000_a05659aaa7e80c9a"]
        assert store.check() == []
