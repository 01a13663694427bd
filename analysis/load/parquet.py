"""Parquet datasets -> one ``Document`` per row (the Dask engine's input).

A Parquet input is a ``.parquet`` / ``.pq`` file, or a folder whose files
(hidden ones and ``_``-prefixed metadata aside, at any depth) are all Parquet
files, as Dask, Spark or pyarrow write a dataset. Columns: ``text``
(required), and optional ``doc_id`` (or ``id``), ``title``, ``date`` (text,
a date or a timestamp), ``source`` and ``url``; other columns are ignored.
Each row becomes a document as a row of a CSV or JSON Lines collection does
(same layout reading and metadata, an id of ``<name>-<row>`` when it has
none); a row without text is reported with its row number. The file is read
one row group at a time, so memory does not grow with the dataset.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

from analysis.load.collections import row_document
from analysis.load.errors import LoadError
from analysis.models import Document

PARQUET_EXTENSIONS = frozenset({".parquet", ".pq"})
COLUMNS = ("doc_id", "id", "title", "date", "source", "url", "text")


def is_parquet_input(path: str | Path) -> bool:
    """Whether ``path`` is a Parquet file or a folder holding only Parquet files."""
    p = Path(path)
    if p.is_file():
        return p.suffix.lower() in PARQUET_EXTENSIONS
    if not p.is_dir():
        return False
    files = _data_files(p)
    return bool(files) and all(Path(f).suffix.lower() in PARQUET_EXTENSIONS for f in files)


def _data_files(folder: Path) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        found += [os.path.join(root, f) for f in sorted(files) if not f.startswith((".", "_"))]
    return found


def iter_parquet(path: str | Path) -> Iterator[tuple[Document | LoadError, int | None]]:
    """(document or error, row number from 1) for every row of a Parquet file or
    folder, files in name order; nothing raises."""
    p = Path(path)
    files = [str(p)] if p.is_file() else _data_files(p)
    for file in files:
        yield from _iter_file(file)


def _iter_file(file: str) -> Iterator[tuple[Document | LoadError, int | None]]:
    import pyarrow.parquet as pq

    try:
        reader = pq.ParquetFile(file)
    except Exception as e:  # noqa: BLE001 - a loader reports, never crashes the caller
        yield LoadError(file, f"the file could not be read as Parquet ({e}); check it"), None
        return
    names = {n.lower(): n for n in reader.schema_arrow.names}
    if "text" not in names:
        found = ", ".join(reader.schema_arrow.names) or "none"
        reason = (
            f"the Parquet file has no 'text' column (columns: {found}); name the column "
            "that holds each document's text 'text'"
        )
        yield LoadError(file, reason), None
        return
    wanted = [names[c] for c in COLUMNS if c in names]
    stem = Path(file).stem
    number = 0
    try:
        for batch in reader.iter_batches(columns=wanted):
            for row in batch.to_pylist():
                number += 1
                fields = {k.lower(): _plain(v) for k, v in row.items()}
                if fields.get("doc_id") is not None:
                    fields["id"] = fields["doc_id"]
                fields.pop("doc_id", None)
                yield row_document(fields, file, stem, number, number), number
    except Exception as e:  # noqa: BLE001
        yield LoadError(file, f"the file stopped being readable as Parquet ({e})", number + 1), None


def _plain(value: object) -> object:
    """A cell as the collections loader takes it: dates as ISO text, text as is."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, str):
        return value
    return str(value)
