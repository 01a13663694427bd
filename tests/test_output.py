"""Signals written as the output contract says: one record shape, three formats, one writer.

``analyze``, the store's ``export`` and the dashboard's CSV download all
write through ``analysis.output``, so the same signal reads the same in each.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis import Signal, analyze_document, document_from_text, signals_frame
from analysis.cli import main
from analysis.frames.tables import SIGNAL_COLUMNS
from analysis.output import (
    RECORD_COLUMNS,
    format_of,
    records_text,
    signal_record,
    write_csv,
    write_jsonl,
    write_parquet,
    write_records,
    write_texts,
)
from analysis.store import SIGNAL_FIELDS

TEXT = (
    "Turkey backs Azerbaijan, President Erdogan said.\n\n"
    "Russian President Vladimir Putin and French President Emmanuel Macron called for an "
    "immediate ceasefire in the conflict between Azerbaijan and ethnic Armenian forces around "
    "the Nagorno-Karabakh region following a call, the Kremlin said on Thursday.\n"
)
CONTRACT = [
    "doc_id", "signal", "actor", "actor_type", "affiliation", "targets", "sentence", "start",
    "end", "reported_by", "date", "confidence", "cameo", "plover", "score", "modality",
]  # fmt: skip


@pytest.fixture(scope="module")
def signals() -> list[Signal]:
    doc = document_from_text(TEXT, "karabakh")
    return list(analyze_document(doc, with_tone=False).signals)


def test_the_columns_are_the_signal_fields_and_start_with_the_contract():
    assert RECORD_COLUMNS == tuple(f.name for f in fields(Signal))
    assert list(RECORD_COLUMNS[: len(CONTRACT)]) == CONTRACT
    assert SIGNAL_COLUMNS == [*RECORD_COLUMNS, "title"]  # the signals frame adds the title
    # the store keeps every field: a column of its signals table, or its extra JSON
    assert set(SIGNAL_FIELDS) <= set(RECORD_COLUMNS) - {"doc_id"}


def test_a_signal_record_is_the_contract_object(signals):
    putin = next(s for s in signals if s.actor == "Vladimir Putin")
    record = signal_record(putin)
    assert list(record) == list(RECORD_COLUMNS)
    assert record["signal"] == "ceasefire_call"
    assert record["reported_by"] == "Russia"
    assert isinstance(record["targets"], list)
    assert record["confidence"] == round(putin.confidence, 3)
    assert TEXT[record["start"] : record["end"]] == record["sentence"]
    json.dumps(record)  # plain JSON values only


def test_json_lines_give_back_the_records(signals):
    records = [signal_record(s) for s in signals]
    stream = io.StringIO()
    assert write_jsonl(records, stream) == len(records) >= 3
    lines = stream.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == records
    assert "Nagorno-Karabakh" in lines[-1]  # text as written, not \\u-escaped


def test_csv_quotes_the_sentence_joins_targets_and_leaves_missing_values_empty():
    record = {
        "doc_id": "d1", "signal": "condemnation", "actor": "Egypt", "targets": ["Israel", "Hamas"],
        "sentence": 'Egypt said: "stop",\nnow.', "reported_by": None, "score": -2,
        "confidence": 0.8,
    }  # fmt: skip
    stream = io.StringIO()
    assert write_csv([record], stream, RECORD_COLUMNS) == 1
    text = stream.getvalue()
    assert text.startswith(",".join(RECORD_COLUMNS) + "\n")
    (row,) = csv.DictReader(io.StringIO(text))
    assert row["sentence"] == 'Egypt said: "stop",\nnow.'
    assert row["targets"] == "Israel; Hamas"
    assert row["reported_by"] == "" and row["date"] == ""  # None, and a missing key
    assert row["score"] == "-2.0" and row["confidence"] == "0.8"  # score is a float column


def test_parquet_keeps_the_types_and_writes_in_row_groups(signals, tmp_path, monkeypatch):
    import analysis.output

    monkeypatch.setattr(analysis.output, "PARQUET_BATCH", 2)
    records = [signal_record(s) for s in signals]
    path = tmp_path / "signals.parquet"
    assert write_parquet(records, path, RECORD_COLUMNS) == len(records)
    table = pq.read_table(path)
    assert table.column_names == list(RECORD_COLUMNS)
    assert table.to_pylist() == records
    assert table.schema.field("targets").type.value_type == pa.string()
    assert table.schema.field("start").type == pa.int64()
    assert pq.ParquetFile(path).num_row_groups == -(-len(records) // 2)

    empty = tmp_path / "none.parquet"
    assert write_parquet([], empty, RECORD_COLUMNS) == 0
    assert pq.read_table(empty).column_names == list(RECORD_COLUMNS)


def test_the_format_comes_from_the_extension():
    assert format_of("out.csv") == "csv"
    assert format_of("OUT.PARQUET") == "parquet"
    assert format_of("out.ndjson") == "jsonl"
    assert format_of(None) == "jsonl"
    assert format_of("signals.txt") == "jsonl"
    assert format_of("signals.txt", default=None) is None


def signals_frame_of(path):
    from analysis import analyze, load_documents

    return signals_frame(analyze(load_documents([path]), with_tone=False))


def test_analyze_and_the_dashboard_write_the_same_csv(tmp_path):
    from dashboard.filters import prepare_signals, to_csv

    (tmp_path / "karabakh.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "signals.csv"
    assert main(["analyze", str(tmp_path / "karabakh.txt"), "-o", str(out)]) == 0
    frame = prepare_signals(signals_frame_of(tmp_path / "karabakh.txt"))
    dashboard_csv = to_csv(frame.drop(columns="title"))  # the dashboard adds the title
    assert out.read_text(encoding="utf-8") == dashboard_csv


def test_analyze_writes_parquet_when_the_output_ends_in_parquet(tmp_path):
    (tmp_path / "karabakh.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "signals.parquet"
    assert main(["analyze", str(tmp_path), "-o", str(out)]) == 0
    rows = pq.read_table(out).to_pylist()
    assert {(r["actor"], r["signal"]) for r in rows} >= {
        ("Vladimir Putin", "ceasefire_call"),
        ("Emmanuel Macron", "ceasefire_call"),
    }


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_texts_made_in_parts_are_written_as_the_records_at_once(signals, tmp_path, fmt):
    # analysis processes make the text of their documents; one process writes it
    records = [signal_record(s) for s in signals]
    parts = [records[:1], [], records[1:]]
    write_records(records, fmt, RECORD_COLUMNS, tmp_path / f"whole.{fmt}")
    texts = [records_text(part, fmt, RECORD_COLUMNS) for part in parts]
    write_texts(texts, fmt, RECORD_COLUMNS, tmp_path / f"parts.{fmt}")
    whole = (tmp_path / f"whole.{fmt}").read_bytes()
    assert (tmp_path / f"parts.{fmt}").read_bytes() == whole
    assert whole.count(b"\n") >= len(records)
