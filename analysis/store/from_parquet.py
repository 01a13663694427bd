"""``ingest --from-parquet OUT``: results of ``analyze --engine dask --for-ingest``
into the store, without analysing again.

``OUT`` holds the Parquet datasets the Dask engine writes, partition by
partition under the same file names: ``documents/`` (each document as
loaded, its ``analyser_version`` and ``analysed_at``), ``signals/``,
``sentences/`` (with their tone) and ``mentions/``. Each partition is read
whole, one at a time, and its documents go through the steps of every other
ingest (``ingest.py``): the content id of the text as store id, documents
already stored (or seen twice) reported as duplicates, near-duplicates of
stored ones listed with them as copies (``copies.py``), the loader's notes,
rows written in batches of whole documents, each change logged under
``user``. The analyser version stored is the one that analysed the document,
so ``reanalyze`` updates results of an older analyser as it would any other.
Signals keep the output's precision (confidence to 3 places).
"""

from __future__ import annotations

import json
from collections import OrderedDict, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis.models import Actor, Document, DocumentAnalysis, Mention, Sentence, Signal
from analysis.store.base import IngestReport, StoreError, content_id
from analysis.store.copies import Copy
from analysis.store.copy_finder import CopyFinder
from analysis.store.ingest import (
    LOOKUP_DOCUMENTS,
    Backend,
    _list_copies,
    _new_documents,
    _progress,
    _write_batches,
)
from analysis.store.rows import StoredRows, analysis_rows, document_from_row

NEEDED = ("documents", "signals", "sentences", "mentions")


@dataclass(frozen=True)
class ParquetResult:
    """One document of the output, with what the analysis found and who found it when."""

    analysis: DocumentAnalysis
    analyser_version: str
    analysed_at: str


def check_folder(folder: str | Path) -> Path:
    """``folder``, or a ``StoreError`` saying what it lacks."""
    folder = Path(folder)
    if not (folder / "documents").is_dir():
        raise StoreError(
            f"{folder} holds no documents/ dataset; give the folder that "
            "`python -m analysis analyze --engine dask --for-ingest ... -o FOLDER` wrote"
        )
    missing = [name for name in NEEDED if not (folder / name).is_dir()]
    if missing:
        raise StoreError(
            f"{folder} has no {' or '.join(f'{m}/' for m in missing)}: it was written without "
            "--for-ingest; run `analyze --engine dask --for-ingest` to write what the store needs"
        )
    return folder


def iter_results(folder: str | Path) -> Iterator[ParquetResult]:
    """Every document of the output, partition by partition, in order."""
    import pyarrow.parquet as pq

    folder = check_folder(folder)
    for part in sorted((folder / "documents").glob("*.parquet")):
        tables = {}
        for name in NEEDED[1:]:
            file = folder / name / part.name
            if not file.is_file():
                raise StoreError(f"{file} is missing: the output is incomplete; analyse again")
            tables[name] = _by_document(_rows(pq, file))
        for row in _rows(pq, part):
            yield _result(row, tables)


def _rows(pq, file: Path) -> list[dict]:
    try:
        return pq.read_table(file).to_pylist()
    except (OSError, ValueError) as e:  # pyarrow's ArrowInvalid is a ValueError
        raise StoreError(f"{file} could not be read as Parquet ({e}); analyse again") from None


def _by_document(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def _result(row: dict, tables: dict[str, dict[str, list[dict]]]) -> ParquetResult:
    name = row["doc_id"]
    # as the store reads its own rows; Parquet keeps the warnings as a list, not JSON
    doc = document_from_row(
        {**row, "id": name, "warnings": json.dumps(list(row["warnings"] or ()))}
    )
    sentences = sorted(tables["sentences"].get(name, []), key=lambda r: r["index"])
    tones = [r["tone"] for r in sentences]
    mentions = sorted(tables["mentions"].get(name, []), key=lambda r: r["index"])
    analysis = DocumentAnalysis(
        document=doc,
        sentences=tuple(
            Sentence(
                name,
                r["index"],
                r["start"],
                r["end"],
                r["text"] if r["text"] is not None else doc.text[r["start"] : r["end"]],
                r["kind"],
                r["paragraph"],
            )
            for r in sentences
        ),  # fmt: skip
        mentions=tuple(
            Mention(
                Actor(r["actor"], r["actor_type"], r["affiliation"], r["title"]),
                r["start"],
                r["end"],
                r["text"],
                r["how"],
            )
            for r in mentions
        ),  # fmt: skip
        signals=tuple(
            Signal(**{**r, "targets": tuple(r["targets"] or ())})
            for r in tables["signals"].get(name, [])
        ),
        tone=tuple(tones) if tones and all(t is not None for t in tones) else (),
    )
    return ParquetResult(analysis, row["analyser_version"], row["analysed_at"])


def add_parquet_results(
    store: Backend, folder: str | Path, *, progress: bool = False, user: str | None = None
) -> IngestReport:
    """Store the documents of a Dask output folder not stored yet (see the module)."""
    check_folder(folder)
    report = IngestReport()
    bar = _progress(progress, "ingest")
    # content id -> result, of the documents _new_documents has read ahead (at most
    # LOOKUP_DOCUMENTS; older ones were stored or skipped)
    current: OrderedDict[str, ParquetResult] = OrderedDict()
    finder = CopyFinder(store)  # near-duplicates as ingest finds them
    copies: list[Copy] = []

    def documents() -> Iterator[Document]:
        for result in iter_results(folder):
            current[content_id(result.analysis.document.text)] = result
            while len(current) > 2 * LOOKUP_DOCUMENTS:
                current.popitem(last=False)
            yield result.analysis.document

    def rows() -> Iterator[StoredRows]:
        for doc, name, ingested_at in _new_documents(store, documents(), report, bar):
            result = current.pop(doc.id)
            analysis = DocumentAnalysis(
                doc, *(getattr(result.analysis, f) for f in ("sentences", "mentions", "signals")),
                result.analysis.tone,
            )  # fmt: skip
            stored = analysis_rows(analysis, name=name, ingested_at=ingested_at)
            stored.document["analysed_at"] = result.analysed_at
            stored.document["analyser_version"] = result.analyser_version
            yield stored

    try:
        _write_batches(store, rows(), report, bar, user=user, finder=finder, copies=copies)
    finally:
        bar.close()
        _list_copies(store, copies, report, user)
    return report
