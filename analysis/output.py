"""Signals as the output contract's records (SIGNALS.md), written as JSON Lines, CSV or Parquet.

The one place that knows the output columns and formats: ``python -m analysis
analyze``, the store's ``export`` and the dashboard's CSV download all write
through here, so the same signal reads the same everywhere::

    records = (signal_record(s) for a in analyses for s in a.signals)
    with open("signals.csv", "w", encoding="utf-8", newline="") as f:
        write_csv(records, f, RECORD_COLUMNS)

The columns are the fields of ``Signal`` in their order; a field added there
is written everywhere. Writers stream: JSON Lines and CSV one record at a
time, Parquet one row group per ``PARQUET_BATCH`` records, so memory does not
grow with the number of signals. In CSV, ``targets`` is joined with "; " and
a missing value is empty.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import TextIO

from analysis.models import Signal

# The keys of a signal record, in order: the fields of Signal.
RECORD_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Signal))

# Output file extensions and their formats.
FORMATS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
}  # fmt: skip
PARQUET_BATCH = 10_000
TARGET_SEPARATOR = "; "

_values = attrgetter(*RECORD_COLUMNS)
_TYPES = typing.get_type_hints(Signal)
# Columns typed float are written as floats in CSV whatever the value (4 -> 4.0),
# as a table library would for the whole column; a stream sees one row at a time.
_FLOAT_COLUMNS = frozenset(name for name, t in _TYPES.items() if t is float)


def signal_record(signal: Signal) -> dict:
    """The JSON object of the output contract: targets as a list, confidence to 3 places."""
    record = dict(zip(RECORD_COLUMNS, _values(signal), strict=True))
    record["targets"] = list(signal.targets)
    record["confidence"] = round(signal.confidence, 3)
    return record


def format_of(path: str | Path | None, default: str | None = "jsonl") -> str | None:
    """The format an output file's extension asks for; ``default`` when it names none."""
    if not path:
        return default
    return FORMATS.get(Path(path).suffix.lower(), default)


# json.dumps(record, ensure_ascii=False), without building an encoder per record
_json = json.JSONEncoder(ensure_ascii=False).encode


def write_jsonl(records: Iterable[Mapping], stream: TextIO) -> int:
    """One JSON object per line (UTF-8 text, not escaped); returns how many."""
    n = 0
    write = stream.write
    for record in records:
        write(_json(record) + "\n")
        n += 1
    return n


def write_csv(records: Iterable[Mapping], stream: TextIO, columns: Sequence[str]) -> int:
    """A header of ``columns``, then one line per record; returns how many records.

    Open a file for it with ``newline=""``. Lists are joined with "; ", a
    missing value or None is empty, other keys of a record are left out.
    """
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(columns)
    return _csv_rows(records, writer, columns)


def _csv_rows(records: Iterable[Mapping], writer, columns: Sequence[str]) -> int:
    floats = [c in _FLOAT_COLUMNS for c in columns]
    n = 0
    for record in records:
        get = record.get
        writer.writerow(
            [_csv_value(get(c), is_float) for c, is_float in zip(columns, floats, strict=True)]
        )
        n += 1
    return n


def _csv_value(value, is_float: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return TARGET_SEPARATOR.join(value)
    if isinstance(value, float) or (is_float and isinstance(value, int)):
        return "" if value != value else repr(float(value))  # NaN: missing
    return str(value)


def write_parquet(
    records: Iterable[Mapping],
    path: str | Path,
    columns: Sequence[str],
    types: Mapping[str, type] | None = None,
) -> int:
    """A Parquet file of ``columns`` (types from ``Signal``, then ``types``; other
    columns text), written a row group at a time; returns how many records."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema(columns, types)
    n = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict] = []
        for record in records:
            batch.append({c: record.get(c) for c in columns})
            if len(batch) == PARQUET_BATCH:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n += len(batch)
                batch = []
        # the last (or only) row group; an empty one keeps the schema for readers
        writer.write_table(pa.Table.from_pylist(batch, schema=schema))
        n += len(batch)
    return n


def parquet_schema(columns: Sequence[str], types: Mapping[str, type] | None = None):
    """The Arrow schema ``write_parquet`` writes ``columns`` with (types from
    ``Signal``, then ``types``; other columns text)."""
    import pyarrow as pa

    known = {**_TYPES, **(types or {})}
    return pa.schema([(c, _arrow_type(pa, known.get(c, str))) for c in columns])


def records_table(records: Iterable[Mapping], columns: Sequence[str] = RECORD_COLUMNS):
    """The records as one Arrow table of ``parquet_schema(columns)``: what
    ``write_parquet`` writes for them (the Dask engine writes one per partition)."""
    import pyarrow as pa

    rows = [{c: record.get(c) for c in columns} for record in records]
    return pa.Table.from_pylist(rows, schema=parquet_schema(columns))


def _arrow_type(pa, annotation):
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int64()
    if annotation is float:
        return pa.float64()
    if typing.get_origin(annotation) is tuple:
        return pa.list_(pa.string())
    return pa.string()


def write_records(
    records: Iterable[Mapping],
    fmt: str,
    columns: Sequence[str],
    path: str | Path | None = None,
    *,
    types: Mapping[str, type] | None = None,
) -> int:
    """Write records in ``fmt`` (``jsonl``, ``csv``, ``parquet``) to the file ``path``,
    or to standard output without one; returns how many. ``types`` gives Parquet the
    type of a column that is not a field of ``Signal`` (else text).

    Raises ``OSError`` when the file cannot be written, and ``ValueError`` for
    an unknown format or Parquet without a file.
    """
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet needs an output file")
        return write_parquet(records, path, columns, types)
    if fmt not in ("jsonl", "csv"):
        raise ValueError(f"unknown output format {fmt!r}; use jsonl, csv or parquet")
    if path is None:
        return _write_text(records, fmt, columns, sys.stdout)
    with open(path, "w", encoding="utf-8", newline="") as stream:
        return _write_text(records, fmt, columns, stream)


def _write_text(records: Iterable[Mapping], fmt: str, columns: Sequence[str], stream) -> int:
    return write_csv(records, stream, columns) if fmt == "csv" else write_jsonl(records, stream)


def records_text(records: Iterable[Mapping], fmt: str, columns: Sequence[str]) -> str:
    """The lines ``write_records`` writes for these records in ``fmt`` (``jsonl``
    or ``csv``), without the CSV header: text that analysis processes make for
    their documents and one process writes in order (``write_texts``)."""
    if fmt == "jsonl":
        return "".join([_json(record) + "\n" for record in records])
    if fmt != "csv":
        raise ValueError(f"no text for the format {fmt!r}; use jsonl or csv")
    stream = io.StringIO(newline="")
    _csv_rows(records, csv.writer(stream, lineterminator="\n"), columns)
    return stream.getvalue()


def write_texts(
    texts: Iterable[str], fmt: str, columns: Sequence[str], path: str | Path | None = None
) -> None:
    """Write the texts ``records_text`` made, in order, to the file ``path`` or to
    standard output: what ``write_records`` writes for all their records.

    Raises ``OSError`` when the file cannot be written.
    """
    if path is None:
        _write_texts(texts, fmt, columns, sys.stdout)
        return
    with open(path, "w", encoding="utf-8", newline="") as stream:
        _write_texts(texts, fmt, columns, stream)


def _write_texts(texts: Iterable[str], fmt: str, columns: Sequence[str], stream) -> None:
    if fmt == "csv":
        csv.writer(stream, lineterminator="\n").writerow(columns)
    write = stream.write
    for text in texts:
        if text:
            write(text)
