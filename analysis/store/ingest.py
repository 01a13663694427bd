"""Ingest and reanalyze: load, skip what is stored, analyse in parallel, write in batches.

Works on any backend that has the primitives of ``Backend`` (``Store``
subclasses do); the database-specific part stays in the backend. All writes
happen in the calling process, a batch of whole documents per transaction, so
an interruption loses at most the batch in flight and a rerun completes.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Protocol

from analysis.load import LoadError, document_from_text, documents_from_bytes, iter_documents
from analysis.models import Document
from analysis.parallel import map_in_order
from analysis.pipeline import analyze_document
from analysis.store import copies as copies_module
from analysis.store.base import UPLOAD_LIMIT_BYTES, IngestReport, content_id, now
from analysis.store.copies import Copy, signature
from analysis.store.copy_finder import CopyFinder, New
from analysis.store.rows import StoredRows, analysis_rows, statements_of

# Documents written per transaction during ingest, and the longest a batch waits.
BATCH_DOCUMENTS = 200
BATCH_SECONDS = 1.0
# Documents loaded ahead to ask the store about them at once (stored? names taken?)
LOOKUP_DOCUMENTS = 50


class Backend(Protocol):
    """The store primitives ingest needs (``analysis.store.Store`` declares them)."""

    def _existing(self, ids: Sequence[str]) -> set[str]: ...

    def _name_of(self, doc_id: str) -> str | None: ...

    def _ids_named(self, names: Sequence[str]) -> dict[str, set[str]]: ...

    def _write(
        self, batch: Sequence[StoredRows], *, replace: bool = False, user: str | None = None
    ) -> list[str]: ...

    def _stored(self, *, outdated_only: bool) -> Iterator[tuple[Document, str, str]]: ...

    def _signatures(self, ids: Sequence[str] | None = None) -> list[tuple[str, str]]: ...

    def _changes_since(
        self, seq: int | None, own: int = 0
    ) -> tuple[int, list[tuple[str, str]]]: ...

    def _statements(self, ids: Sequence[str]) -> dict[str, frozenset[tuple[str, str]]]: ...

    def _add_copies(self, copies: Sequence[Copy], user: str | None) -> list[Copy]: ...


def add_paths(
    store: Backend,
    paths: Iterable[str | Path] | str | Path,
    *,
    workers: int = 1,
    progress: bool = False,
    user: str | None = None,
) -> IngestReport:
    """Ingest files, folders and collections (CSV/JSONL); see ``add_documents``."""
    if isinstance(paths, str | Path):
        paths = [paths]
    report = IngestReport()
    existing = []
    for p in paths:
        if Path(p).exists():
            existing.append(p)
        else:
            report.errors.append(LoadError(str(p), "no such file or folder"))
    if not existing:
        return report
    return report.merge(
        add_documents(
            store, iter_documents(existing), workers=workers, progress=progress, user=user
        )
    )


def add_upload(store: Backend, name: str, data: bytes, *, user: str | None = None) -> IngestReport:
    """Ingest one uploaded file (its name gives the format)."""
    name = Path(name).name or "upload"
    if len(data) > UPLOAD_LIMIT_BYTES:
        mb = UPLOAD_LIMIT_BYTES // (1024 * 1024)
        return IngestReport(
            errors=[LoadError(name, f"the file is larger than the {mb} MB upload limit")]
        )
    items = documents_from_bytes(name, data, max_bytes=UPLOAD_LIMIT_BYTES)
    return add_documents(store, items, user=user)


def add_text(
    store: Backend,
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    user: str | None = None,
) -> IngestReport:
    """Ingest pasted text, with optional title, date (YYYY-MM-DD) and source."""
    if not text or not text.strip():
        return IngestReport(errors=[LoadError("pasted text", "the text is empty")])
    name = (title or "").strip() or f"pasted text {content_id(text)[:8]}"
    doc = document_from_text(text, name, title=title, date=date, source=source, url=url)
    return add_documents(store, [doc], user=user)


def add_documents(
    store: Backend,
    docs: Iterable[Document | LoadError],
    *,
    workers: int = 1,
    progress: bool = False,
    user: str | None = None,
    find_copies: bool = True,
) -> IngestReport:
    """Analyse and store documents not stored yet; report duplicates and errors.

    ``LoadError`` items (as ``iter_documents`` yields them) are reported.
    With ``workers > 1`` the analysis runs in that many processes. A near-duplicate
    of a stored document (``analysis/store/copies.py``) is listed as another
    source of it instead of being stored, unless ``find_copies`` is False (then no
    signature is stored either, and later ingests do not find copies of these).
    """
    report = IngestReport()
    bar = _progress(progress, "ingest")
    finder = CopyFinder(store) if find_copies else None
    copies: list[Copy] = []
    try:
        new = _new_documents(store, docs, report, bar)
        _write_batches(
            store,
            _analysed(new, workers),
            report,
            bar,
            user=user,
            finder=finder,
            copies=copies,
        )
    finally:
        bar.close()
        _list_copies(store, copies, report, user)
    return report


def _list_copies(
    store: Backend, copies: list[Copy], report: IngestReport, user: str | None
) -> None:
    """List the near-duplicates with their originals, which are written by now (or
    failed: then each copy is a note to ingest it again)."""
    if not copies:
        return
    listed = {c.content_id for c in store._add_copies(copies, user)}
    for c in copies:
        if c.content_id not in listed:
            report.copies.pop(c.name, None)
            report.flagged.append(
                f"{c.name}: a near-duplicate of a document that could not be stored; "
                "ingest it again on its own."
            )


def reanalyze(
    store: Backend,
    *,
    workers: int = 1,
    progress: bool = False,
    force: bool = False,
    errors: list[LoadError] | None = None,
    user: str | None = None,
) -> int:
    """Re-run the analysis on documents analysed by another analyser version
    (all documents with ``force``); returns how many were re-analysed.

    A document the analysis fails on keeps its previous analysis; the
    failure is appended to ``errors`` when given.
    """
    bar = _progress(progress, "reanalyze")
    report = IngestReport()
    try:
        work = store._stored(outdated_only=not force)
        _write_batches(store, _analysed(work, workers), report, bar, replace=True, user=user)
    finally:
        bar.close()
    if errors is not None:
        errors += report.errors
    return len(report.added)


# ---- internals ----------------------------------------------------------------


def _analyse_one(doc: Document, name: str, ingested_at: str) -> StoredRows | LoadError:
    try:
        return analysis_rows(analyze_document(doc), name=name, ingested_at=ingested_at)
    except Exception as e:  # a bug in the analysis must not stop the batch
        return LoadError(
            doc.path or name,
            f"the analysis failed on this document ({type(e).__name__}: {e}); it was not "
            "stored. Please report this with the document.",
        )


def _progress(progress: bool, desc: str):
    from tqdm import tqdm

    return tqdm(desc=desc, unit="doc", file=sys.stderr, disable=not progress, dynamic_ncols=True)


def _mentions_language(warning: str) -> bool:
    return any(w in warning.lower() for w in ("language", "english"))


def _document_notes(doc: Document, name: str) -> list[str]:
    notes = [f"{name}: {w}" for w in doc.warnings]
    lang = (doc.language or "").lower()
    if lang and lang != "en" and not any(_mentions_language(w) for w in doc.warnings):
        notes.append(
            f"{name}: the text looks like language '{doc.language}'; it is stored, "
            "but the analysis is English-only for now, so expect few or no signals."
        )
    return notes


def _new_documents(
    store: Backend,
    docs: Iterable[Document | LoadError],
    report: IngestReport,
    bar,
) -> Iterator[tuple[Document, str, str]]:
    """Documents with their content id, minus those already stored or seen."""
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    ingested_at = now()
    for chunk in _chunks(docs, LOOKUP_DOCUMENTS):
        # what the store holds, asked once per chunk (a round trip each on a server)
        loaded = [(item, content_id(item.text)) for item in chunk if isinstance(item, Document)]
        stored = store._existing([did for _, did in loaded])
        named = store._ids_named(list(dict.fromkeys(item.id for item, _ in loaded)))
        ids = iter(loaded)
        for item in chunk:
            if isinstance(item, LoadError):
                report.errors.append(item)
                bar.update()
                continue
            if not isinstance(item, Document):
                continue
            _, did = next(ids)
            name = item.id
            if did in seen or did in stored:
                report.duplicates.append(name)
                report.duplicate_of[name] = seen.get(did) or store._name_of(did) or did
                bar.update()
                continue
            seen[did] = name
            report.flagged += _document_notes(item, name)
            others = (named.get(name, set()) | ({names[name]} if name in names else set())) - {did}
            if others:
                report.flagged.append(
                    f"{name}: another document with this name but different text is "
                    "already stored; both are kept."
                )
            names[name] = did
            yield replace(item, id=did), name, ingested_at


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _analysed(
    work: Iterable[tuple[Document, str, str]], workers: int
) -> Iterator[StoredRows | LoadError]:
    """Rows of each document, in order; the workers build them. (The MinHash signature
    of a new document is computed by the writer, ``_unless_copies``: there it takes a
    third of the time it took in a worker, whose caches the analysis fills.)"""
    return map_in_order(_analyse_work, work, workers, weight=_work_weight)


def _analyse_work(item: tuple[Document, str, str]) -> StoredRows | LoadError:
    doc, name, ingested_at = item
    return _analyse_one(doc, name, ingested_at)


def _work_weight(item: tuple[Document, str, str]) -> int:
    return len(item[0].text)


def _write_batches(
    store: Backend,
    rows: Iterable[StoredRows | LoadError],
    report: IngestReport,
    bar,
    *,
    replace: bool = False,
    user: str | None = None,
    finder: CopyFinder | None = None,
    copies: list[Copy] | None = None,
) -> None:
    """Write analysed documents in batches; with a ``finder``, near-duplicates of
    stored or earlier ones are appended to ``copies`` instead of written."""
    batch: list[StoredRows] = []
    new_names: dict[str, str] = {}  # id -> name of the new documents
    started = time.monotonic()

    def flush() -> None:
        if finder is not None:
            batch[:] = _unless_copies(batch, finder, copies, report, store, new_names)
        written = store._write(batch, replace=replace, user=user)
        report.added += written
        done = set(written)
        if finder is not None:
            finder.settle(done)
        for r in batch:
            did, name = r.document["id"], r.document["name"]
            if did in done:
                report.names[did] = name
            elif not replace:  # another writer stored the same text meanwhile
                report.duplicates.append(name)
                report.duplicate_of[name] = store._name_of(did) or did
                new_names.pop(did, None)
        batch.clear()

    for r in rows:
        bar.update()
        if isinstance(r, LoadError):
            report.errors.append(r)
            continue
        batch.append(r)
        if len(batch) >= BATCH_DOCUMENTS or time.monotonic() - started > BATCH_SECONDS:
            flush()
            started = time.monotonic()
    if batch:
        flush()


def _unless_copies(
    batch: list[StoredRows],
    finder: CopyFinder,
    copies: list[Copy] | None,
    report: IngestReport,
    store: Backend,
    new_names: dict[str, str],
) -> list[StoredRows]:
    """The rows to write, each with its MinHash signature; the near-duplicates are
    appended to ``copies`` and reported instead."""
    sigs = [signature(r.document["text"], finder.rules) for r in batch]
    news = [
        New(r.document["id"], sig, partial(statements_of, r))
        for r, sig in zip(batch, sigs, strict=True)
    ]
    kept = []
    for r, new, found in zip(batch, news, finder.find_batch(news), strict=True):
        doc = r.document
        if found is None or copies is None:
            new_names[doc["id"]] = doc["name"]
            kept.append(replace(r, minhash=copies_module.to_text(new.sig)))
            continue
        original, similarity = found
        copies.append(
            Copy(original, doc["id"], doc["name"], doc["title"], doc["date"], doc["source"],
                 doc["url"], doc["path"], similarity)
        )  # fmt: skip
        # a document of this ingest is named as it was written; another, as stored
        name = new_names.get(original) or store._name_of(original) or original
        report.copies[doc["name"]] = (name, similarity)
    return kept
