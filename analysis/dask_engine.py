"""Batch analysis on a Dask cluster: ``python -m analysis analyze --engine dask``.

::

    summary = run_dask(["corpus/"], "out/")                       # a LocalCluster here
    summary = run_dask(["corpus/"], "out/", scheduler="tcp://host:8786")

This process reads the inputs (folders, CSV/JSON Lines collections, Parquet
datasets: ``analysis.load.parquet``) in order, refuses repeated ids as
``analyze`` does, cuts the documents into partitions and sends each to the
cluster, where ``analyse_partition`` runs ``analyze_document`` (the same
function ``analyze`` runs, nothing else) and turns the results into Arrow
tables. The tables come back and this process writes them, partition ``n``
as ``part-0000n.parquet`` in ``OUT/signals/`` and ``OUT/documents/`` (with
``for_ingest`` also ``OUT/sentences/`` and ``OUT/mentions/``, what ``ingest
--from-parquet`` needs). So the workers need neither the inputs nor the
output folder, only this package installed; at most ``WINDOW`` partitions
per worker thread are in flight, so memory here does not grow with the
corpus; and the partitions, their rows and the signals' columns are those
``analyze`` writes, in its order.

Dask is imported inside ``run_dask`` only: ``import analysis`` stays light,
and a missing Dask is a sentence (``DaskUnavailable``), not a traceback.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from analysis.load import LoadError, Source, UniqueIds, iter_sources, read_source
from analysis.load.parquet import is_parquet_input, iter_parquet
from analysis.models import Document
from analysis.output import RECORD_COLUMNS, records_table, signal_record
from analysis.pipeline import analyze_document
from analysis.version import analyser_version

# A partition closes at this many documents or this many characters of text.
PARTITION_DOCUMENTS = 64
PARTITION_CHARACTERS = 256_000
# Partitions in flight per worker thread.
WINDOW = 3
TABLES = ("signals", "documents", "sentences", "mentions")
INSTALL = "pip install 'statement-lens[dask]' (or: pip install 'dask[distributed]')"


class DaskError(Exception):
    """A problem with Dask or the cluster, as one sentence for the user."""


@dataclass
class DaskSummary:
    documents: int = 0
    signals: int = 0
    partitions: int = 0
    seconds: float = 0.0
    workers: int = 0
    tables: tuple[str, ...] = ()  # the datasets written
    skipped: list[LoadError] = field(default_factory=list)


@dataclass(frozen=True)
class PartitionOutput:
    """What a worker sends back for one partition: a table per dataset, and the
    documents whose analysis failed."""

    tables: dict  # name in TABLES -> pyarrow.Table
    failures: tuple[LoadError, ...]
    documents: int


# ---- the inputs, in order ------------------------------------------------------


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[tuple[Document | LoadError, int | None]]:
    """(document or error, line) for every input, in order: Parquet files and
    folders by ``iter_parquet``, everything else as ``analyze`` reads it."""
    for path in paths:
        if is_parquet_input(path):
            yield from iter_parquet(path)
            continue
        for item, line in iter_sources([path]):
            yield (read_source(item) if isinstance(item, Source) else item), line


def unique_documents(
    items: Iterable[tuple[Document | LoadError, int | None]], on_error: Callable[[LoadError], None]
) -> Iterator[Document]:
    """The documents whose id is new; errors and repeated ids go to ``on_error``."""
    ids = UniqueIds()
    for item, line in items:
        item = ids.check(item, line)
        if isinstance(item, LoadError):
            on_error(item)
        else:
            yield item


def partitions(
    documents: Iterable[Document],
    max_documents: int | None = None,
    max_characters: int | None = None,
) -> Iterator[list[Document]]:
    """Consecutive documents, up to ``max_documents`` or ``max_characters`` of text
    (default: ``PARTITION_DOCUMENTS``, ``PARTITION_CHARACTERS``) per partition."""
    max_documents = max_documents or PARTITION_DOCUMENTS
    max_characters = max_characters or PARTITION_CHARACTERS
    part: list[Document] = []
    size = 0
    for doc in documents:
        part.append(doc)
        size += len(doc.text)
        if len(part) >= max_documents or size >= max_characters:
            yield part
            part, size = [], 0
    if part:
        yield part


# ---- one partition, on a worker -----------------------------------------------


def analyse_partition(docs: Sequence[Document], for_ingest: bool = False) -> PartitionOutput:
    """``analyze_document`` on each document, as Arrow tables (runs on a worker).

    Without ``for_ingest`` as ``analyze`` analyses (no tone, no mentions);
    with it as ``ingest`` does, adding the sentences (with their tone) and
    the mentions. A document the analysis fails on is left out and reported.
    """
    version = analyser_version()
    signals, documents, sentences, mentions, failures = [], [], [], [], []
    for doc in docs:
        try:
            analysis = analyze_document(doc, with_tone=for_ingest, with_mentions=for_ingest)
        except Exception as e:  # a bug in the analysis must not stop the run
            failures.append(
                LoadError(
                    doc.path or doc.id,
                    f"the analysis failed on this document ({type(e).__name__}: {e}); "
                    "please report this with the document.",
                )
            )
            continue
        signals += [signal_record(s) for s in analysis.signals]
        documents.append(document_record(doc, len(analysis.signals), version))
        if for_ingest:
            tone = analysis.tone if len(analysis.tone) == len(analysis.sentences) else None
            sentences += [
                {"doc_id": doc.id, "index": s.index, "start": s.start, "end": s.end,
                 "kind": s.kind, "paragraph": s.paragraph,
                 "tone": tone[i] if tone is not None else None,
                 "text": None if doc.text[s.start : s.end] == s.text else s.text}
                for i, s in enumerate(analysis.sentences)
            ]  # fmt: skip
            mentions += [
                {"doc_id": doc.id, "index": i, "actor": m.actor.name, "actor_type": m.actor.type,
                 "affiliation": m.actor.affiliation, "title": m.actor.title,
                 "start": m.start, "end": m.end, "text": m.text, "how": m.how}
                for i, m in enumerate(analysis.mentions)
            ]  # fmt: skip
    tables = {
        "signals": records_table(signals, RECORD_COLUMNS),
        "documents": _table(documents, DOCUMENT_SCHEMA),
    }
    if for_ingest:
        tables["sentences"] = _table(sentences, SENTENCE_SCHEMA)
        tables["mentions"] = _table(mentions, MENTION_SCHEMA)
    return PartitionOutput(tables, tuple(failures), len(documents))


def document_record(doc: Document, signals: int, version: str) -> dict:
    """A row of ``OUT/documents/``: the document as loaded, and who analysed it when."""
    return {
        "doc_id": doc.id, "title": doc.title, "date": doc.date, "source": doc.source,
        "url": doc.url, "path": doc.path, "language": doc.language, "text": doc.text,
        "warnings": list(doc.warnings),
        "blocks": json.dumps([[b.start, b.end, b.kind] for b in doc.blocks]),
        "signals": signals, "analyser_version": version,
        "analysed_at": datetime.now(UTC).isoformat(),
    }  # fmt: skip


# column -> Arrow type name (pyarrow is imported only where tables are made)
DOCUMENT_SCHEMA = {
    "doc_id": "string", "title": "string", "date": "string", "source": "string",
    "url": "string", "path": "string", "language": "string", "text": "string",
    "warnings": "list<string>", "blocks": "string", "signals": "int64",
    "analyser_version": "string", "analysed_at": "string",
}  # fmt: skip
SENTENCE_SCHEMA = {
    "doc_id": "string", "index": "int64", "start": "int64", "end": "int64", "kind": "string",
    "paragraph": "int64", "tone": "float64", "text": "string",
}  # fmt: skip
MENTION_SCHEMA = {
    "doc_id": "string", "index": "int64", "actor": "string", "actor_type": "string",
    "affiliation": "string", "title": "string", "start": "int64", "end": "int64",
    "text": "string", "how": "string",
}  # fmt: skip


def arrow_schema(columns: dict):
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(),
             "list<string>": pa.list_(pa.string())}  # fmt: skip
    return pa.schema([(name, types[kind]) for name, kind in columns.items()])


def _table(rows: list[dict], columns: dict):
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=arrow_schema(columns))


def worker_version() -> str:
    """The analyser version on a worker (``run_dask`` compares it with its own)."""
    return analyser_version()


# ---- the run --------------------------------------------------------------------


def output_folder(out: str | Path | None) -> Path:
    """The output folder, checked: it must not hold results already."""
    if not out:
        raise DaskError("--engine dask writes a folder of Parquet datasets: give -o FOLDER")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise DaskError(f"{folder} is a file; --engine dask writes a folder: give -o FOLDER")
    for name in TABLES:
        sub = folder / name
        if sub.is_dir() and any(sub.iterdir()):
            raise DaskError(f"{sub} already holds results; give a new folder, or remove it first")
    return folder


def run_dask(
    paths: Sequence[str | Path],
    out: str | Path | None,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    for_ingest: bool = False,
    on_error: Callable[[LoadError], None] = lambda e: None,
    on_note: Callable[[str], None] = lambda s: None,
    connect_timeout: float = 10,
) -> DaskSummary:
    """Analyse ``paths`` on the Dask cluster at ``scheduler`` (else on a
    ``LocalCluster`` of ``workers`` processes here) into the folder ``out``.

    Skipped inputs and failed documents go to ``on_error``, remarks (the
    cluster's dashboard, a worker of another analyser version) to
    ``on_note``. Raises ``DaskError`` with a sentence for the user.
    """
    folder = output_folder(out)
    if paths and not any(Path(p).exists() for p in paths):
        missing = ", ".join(str(p) for p in paths)
        raise DaskError(f"no such file or folder: {missing}; check the path")
    started = time.perf_counter()
    summary = DaskSummary()

    def skip(error: LoadError) -> None:
        summary.skipped.append(error)
        on_error(error)

    with _client(scheduler, workers, connect_timeout) as client:
        threads = sum(client.nthreads().values())
        summary.workers = len(client.nthreads())
        if client.dashboard_link and scheduler is None:
            on_note(f"Dask dashboard: {client.dashboard_link}")
        _check_workers(client, on_note)
        summary.tables = TABLES if for_ingest else TABLES[:2]
        for name in summary.tables:
            (folder / name).mkdir(parents=True, exist_ok=True)
        docs = unique_documents(iter_inputs(paths), skip)
        for number, output in enumerate(
            _in_order(client, partitions(docs), max(1, threads) * WINDOW, for_ingest)
        ):
            for error in output.failures:
                skip(error)
            _write_partition(folder, number, output.tables)
            summary.partitions += 1
            summary.documents += output.documents
            summary.signals += output.tables["signals"].num_rows
        if summary.partitions == 0:  # no document: empty datasets, with their columns
            _write_partition(folder, 0, analyse_partition([], for_ingest).tables)
    summary.seconds = time.perf_counter() - started
    return summary


def _client(scheduler: str | None, workers: int, timeout: float):
    try:
        import logging

        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskError(
            f"the Dask engine needs dask.distributed, which is not installed: {INSTALL}"
        ) from None
    if scheduler is None:
        # the workers' own log lines (a heartbeat cut short while the cluster
        # closes) are noise for the user; a failed partition is reported by us
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True,
            dashboard_address=":0", silence_logs=logging.CRITICAL,
        )  # fmt: skip
        return _Owned(Client(cluster), cluster)
    try:
        return _Owned(Client(scheduler, timeout=f"{timeout}s"), None)
    except (OSError, ValueError) as e:
        raise DaskError(
            f"cannot reach the Dask scheduler at {scheduler} ({e}); check the address "
            "(tcp://host:8786) and that the scheduler is running"
        ) from None


class _Owned:
    """A client, and the LocalCluster it started if any: both closed on exit."""

    def __init__(self, client, cluster):
        self.client, self.cluster = client, cluster

    def __enter__(self):
        return self.client

    def __exit__(self, *exc):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _check_workers(client, on_note: Callable[[str], None]) -> None:
    if not client.nthreads():
        client.wait_for_workers(1, timeout="60s")
    try:
        versions = set(client.run(worker_version).values())
    except (ImportError, AttributeError) as e:
        raise DaskError(
            f"the Dask workers cannot run the analysis ({e}); install this package on every "
            f"worker: {INSTALL}"
        ) from None
    mine = analyser_version()
    if versions - {mine}:
        on_note(
            f"the Dask workers run analyser {', '.join(sorted(versions))}, this machine {mine}; "
            "each document's analyser_version records the one that analysed it"
        )


def _in_order(client, parts: Iterator[list[Document]], window: int, for_ingest: bool):
    """The partitions' outputs in order, at most ``window`` of them in flight."""
    from collections import deque

    pending: deque = deque()
    try:
        for part in parts:
            pending.append(client.submit(analyse_partition, part, for_ingest, pure=False))
            while len(pending) >= window:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        for future in pending:
            future.cancel()


def _result(future) -> PartitionOutput:
    try:
        return future.result()
    except Exception as e:
        if type(e).__name__ == "KilledWorker":
            raise DaskError(
                "a Dask worker stopped unexpectedly (out of memory, or killed); give the "
                "workers more memory, or run with fewer --workers"
            ) from None
        raise DaskError(
            f"a partition failed on the Dask cluster ({type(e).__name__}: {e}); check that "
            f"the workers run this version of the package ({INSTALL})"
        ) from None


def _write_partition(folder: Path, number: int, tables: dict) -> None:
    import pyarrow.parquet as pq

    for name, table in tables.items():
        pq.write_table(table, folder / name / f"part-{number:05d}.parquet")
