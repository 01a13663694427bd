"""The corpus store: documents and their analysis, persisted across restarts.

One small API (``open_store`` -> ``Store``) that the CLI and the dashboard
share. ``Store`` holds everything that does not depend on the database
(loading, content ids, parallel analysis, reports); a backend implements a
handful of primitives (``_existing``, ``_write``, ``_stored``, ``corpus``,
...). ``SQLiteStore`` (``analysis/store_sqlite.py``) is the default; a
PostgreSQL backend through SQLAlchemy would be another subclass chosen by
``open_store`` (e.g. from a ``LENS_DATABASE_URL`` setting), with no change to
the dashboard.

Why SQLite rather than DuckDB: the store is written one document at a time
(ingest, uploads from the dashboard) while the dashboard's sessions read it,
often from several processes. SQLite in WAL mode gives exactly that -- one
writer and any number of readers at once, readers never blocked and never
seeing half a document -- and its transactions survive a crash or a killed
process without losing or corrupting what was committed. It is in the Python
standard library (no dependency, no server) and is built for many small
row-at-a-time inserts. DuckDB is faster for big analytical scans but allows
only one process to open a database for writing (readers in other processes
are locked out while the ingest runs) and is tuned for bulk loads, not
row-at-a-time transactions; our analytical queries run in pandas on a corpus
of thousands of documents, where SQLite's read speed is ample. (WAL needs the
data folder on a local disk, not a network share; a team server would use the
PostgreSQL backend.)

A document's id in the store is a hash of its normalised text
(``content_id``), so the same text ingested twice is stored once, whatever
its file name; the loader's name-based id is kept as the document's ``name``
and shown where users see documents.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import signal
import sys
import threading
import time
import unicodedata
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path

from analysis.load import (
    LoadError,
    document_from_text,
    documents_from_bytes,
    iter_documents,
)
from analysis.models import Actor, Block, Document, DocumentAnalysis, Mention, Sentence, Signal
from analysis.pipeline import ANALYSER_VERSION, Corpus, analyze_document

DATA_DIR_ENV = "LENS_DATA_DIR"
DEFAULT_DATA_DIR = Path("data")
DATABASE_FILE = "lens.sqlite"
# Matches server.maxUploadSize in .streamlit/config.toml (20 MB).
UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024
# Documents written per transaction during ingest, and the longest a batch waits.
BATCH_DOCUMENTS = 200
BATCH_SECONDS = 1.0


class StoreError(Exception):
    """A problem with the store itself, as a sentence for the user."""


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data folder: ``explicit``, else ``$LENS_DATA_DIR``, else ``./data``."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(env).expanduser() if env else DEFAULT_DATA_DIR


_data_dir_setting = data_dir  # open_store's parameter has the same name


def open_store(data_dir: str | Path | None = None) -> Store:
    """Open (creating if needed) the store in the data folder."""
    from analysis.store_sqlite import SQLiteStore

    folder = _data_dir_setting(data_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(
            f"The data folder {folder} could not be created ({e.strerror or e}); "
            f"set {DATA_DIR_ENV} or --data-dir to a writable folder."
        ) from e
    return SQLiteStore(folder / DATABASE_FILE)


_TRAILING_SPACE = re.compile(r"[ \t]+\n")


def content_id(text: str) -> str:
    """A stable id from the text: the same text, however saved, gives the same id.

    Normalised first: Unicode NFC, line endings, trailing spaces, surrounding
    blank lines, so a copy re-saved by another editor is still recognised.
    """
    norm = text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    if "\r" in norm:
        norm = norm.replace("\r\n", "\n").replace("\r", "\n")
    if " \n" in norm or "\t\n" in norm:
        norm = _TRAILING_SPACE.sub("\n", norm)
    return hashlib.sha256(norm.strip().encode("utf-8")).hexdigest()[:16]


@dataclass
class IngestReport:
    """What an ingest did: documents added, inputs already stored, inputs skipped, notes.

    ``added`` holds the store ids of the new documents, and ``names`` maps
    each to the name the user knows it by (file name or record id).
    ``duplicates`` holds the names of inputs whose text was already stored.
    ``flagged`` holds sentences about stored documents that deserve a look
    (unparseable date, another language, a name used for two texts).
    """

    added: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    # duplicate input name -> name of the stored document with the same text
    duplicate_of: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def changed(self) -> bool:
        return bool(self.added)

    def merge(self, other: IngestReport) -> IngestReport:
        self.added += other.added
        self.duplicates += other.duplicates
        self.errors += other.errors
        self.flagged += other.flagged
        self.names.update(other.names)
        self.duplicate_of.update(other.duplicate_of)
        return self

    def summary(self) -> str:
        """One sentence: '3 documents added, 1 already stored, 2 skipped, 1 note.'"""

        def n(k: int, one: str, many: str) -> str:
            return f"{k} {one if k == 1 else many}"

        parts = [n(len(self.added), "document added", "documents added")]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already stored")
        if self.errors:
            parts.append(f"{len(self.errors)} skipped")
        if self.flagged:
            parts.append(n(len(self.flagged), "note", "notes"))
        return ", ".join(parts) + "."

    def messages(self) -> list[str]:
        """Every problem and note as a sentence, skipped inputs first."""
        out = [f"Skipped {e}" for e in self.errors]
        for name in self.duplicates:
            original = self.duplicate_of.get(name)
            where = f" (as '{original}')" if original and original != name else ""
            out.append(f"{name}: the same text is already stored{where}; not added again.")
        return out + list(self.flagged)


@dataclass(frozen=True, slots=True)
class StoredRows:
    """One analysed document as table rows, ready to write (built in a worker).

    Row layouts follow the SQL tables in ``store_sqlite.py``.
    """

    document: dict
    sentences: list[tuple]
    mentions: list[tuple]
    signals: list[tuple]


# Signal fields with their own column; any field added to Signal later goes to
# the ``extra`` JSON column, so the store keeps working before a migration.
SIGNAL_FIELDS = (
    "signal", "actor", "actor_type", "affiliation", "targets", "sentence", "start", "end",
    "reported_by", "date", "confidence", "cameo", "plover", "score", "modality", "cue",
    "cue_start", "cue_end", "source",
)  # fmt: skip
_signal_values = attrgetter(*SIGNAL_FIELDS)
_TARGETS = SIGNAL_FIELDS.index("targets")
_EXTRA_SIGNAL_FIELDS = tuple(
    f.name for f in fields(Signal) if f.name not in SIGNAL_FIELDS and f.name != "doc_id"
)


# Modules that do not change what the analysis finds.
_NOT_ANALYSIS = {
    "store.py",
    "store_cli.py",
    "store_sqlite.py",
    "cli.py",
    "__main__.py",
    "tables.py",
}


@functools.cache
def analyser_version() -> str:
    """``ANALYSER_VERSION`` plus a digest of the analysis code and its data files.

    Stored with each document, so ``reanalyze`` finds documents analysed by
    other code even when nobody remembered to bump ``ANALYSER_VERSION``.
    """
    package = Path(__file__).resolve().parent
    files = [f for f in package.glob("*.py") if f.name not in _NOT_ANALYSIS]
    files += [f for f in (package / "data").rglob("*") if f.is_file()]
    digest = hashlib.sha256()
    for f in sorted(files):
        digest.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes())
    return f"{ANALYSER_VERSION}+{digest.hexdigest()[:8]}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def analysis_rows(analysis: DocumentAnalysis, *, name: str, ingested_at: str) -> StoredRows:
    """Table rows for one analysed document (the inverse of ``analysis_from_rows``)."""
    doc = analysis.document
    did = doc.id
    document = {
        "id": did,
        "name": name,
        "title": doc.title,
        "date": doc.date,
        "source": doc.source,
        "url": doc.url,
        "path": doc.path,
        "text": doc.text,
        "language": doc.language,
        "warnings": json.dumps(list(doc.warnings), ensure_ascii=False),
        "blocks": json.dumps([[b.start, b.end, b.kind] for b in doc.blocks]),
        "ingested_at": ingested_at,
        # microseconds: corpus() tells a re-analysed document by this stamp
        "analysed_at": datetime.now(UTC).isoformat(),
        "analyser_version": analyser_version(),
    }
    tone = analysis.tone if len(analysis.tone) == len(analysis.sentences) else None
    sentences = [
        (
            did,
            s.index,
            s.start,
            s.end,
            s.kind,
            s.paragraph,
            tone[i] if tone is not None else None,
            # the text is a slice of the document; stored only if it is not
            None if doc.text[s.start : s.end] == s.text else s.text,
        )
        for i, s in enumerate(analysis.sentences)
    ]
    mentions = [
        (did, i, m.actor.name, m.actor.type, m.actor.affiliation, m.actor.title,
         m.start, m.end, m.text, m.how)
        for i, m in enumerate(analysis.mentions)
    ]  # fmt: skip
    signals = []
    for i, s in enumerate(analysis.signals):
        values = list(_signal_values(s))
        values[_TARGETS] = json.dumps(list(s.targets), ensure_ascii=False) if s.targets else "[]"
        extra = {f: getattr(s, f) for f in _EXTRA_SIGNAL_FIELDS}
        signals.append((did, i, *values, json.dumps(extra, ensure_ascii=False) if extra else None))
    return StoredRows(document, sentences, mentions, signals)


def document_from_row(row: dict) -> Document:
    """The Document as loaded, from its stored row."""
    return Document(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        date=row["date"],
        source=row["source"],
        url=row["url"],
        path=row["path"],
        blocks=tuple(Block(s, e, k) for s, e, k in json.loads(row["blocks"] or "[]")),
        warnings=tuple(json.loads(row["warnings"] or "[]")),
        language=row["language"],
    )


def analysis_from_rows(
    document: Document,
    sentences: Sequence,
    mentions: Sequence,
    signals: Sequence,
    *,
    actors: dict | None = None,
) -> DocumentAnalysis:
    """Rebuild a DocumentAnalysis from rows laid out as in ``analysis_rows``.

    ``actors`` caches Actor objects across calls (a corpus names few actors
    many times).
    """
    actors = {} if actors is None else actors
    text = document.text
    sents = tuple(
        Sentence(document.id, idx, start, end, stored if stored is not None else text[start:end],
                 kind, paragraph)
        for (_, idx, start, end, kind, paragraph, _tone, stored) in sentences
    )  # fmt: skip
    tones = [r[6] for r in sentences]
    tone = tuple(tones) if tones and all(t is not None for t in tones) else ()
    ments = []
    for _, _i, actor, atype, aff, title, start, end, mtext, how in mentions:
        key = (actor, atype, aff, title)
        found = actors.get(key)
        if found is None:
            found = actors[key] = Actor(actor, atype, aff, title)
        ments.append(Mention(found, start, end, mtext, how))
    sigs = []
    for row in signals:
        values = dict(zip(SIGNAL_FIELDS, row[2 : 2 + len(SIGNAL_FIELDS)], strict=True))
        targets = values["targets"]
        values["targets"] = tuple(json.loads(targets)) if targets and targets != "[]" else ()
        extra = json.loads(row[2 + len(SIGNAL_FIELDS)] or "{}")
        values.update({k: v for k, v in extra.items() if k in _EXTRA_SIGNAL_FIELDS})
        sigs.append(Signal(doc_id=document.id, **values))
    return DocumentAnalysis(document, sents, tuple(ments), tuple(sigs), tone)


def _analyse_one(doc: Document, name: str, ingested_at: str) -> StoredRows | LoadError:
    try:
        return analysis_rows(analyze_document(doc), name=name, ingested_at=ingested_at)
    except Exception as e:  # a bug in the analysis must not stop the batch
        return LoadError(
            doc.path or name,
            f"the analysis failed on this document ({type(e).__name__}: {e}); it was not "
            "stored. Please report this with the document.",
        )


def _analyse_chunk(chunk: list[tuple[Document, str, str]]) -> list[StoredRows | LoadError]:
    """Worker side: analyse documents and turn them into rows (no database access)."""
    return [_analyse_one(doc, name, ingested_at) for doc, name, ingested_at in chunk]


def _start_method() -> str:
    """How to start analysis workers.

    fork on Linux from a program's main thread (the CLI): workers start in a
    fraction of a second with the lexicons already loaded, where spawn needs
    seconds per worker. spawn elsewhere: forking a threaded program such as
    Streamlit can deadlock a child on a lock another thread held. Workers never
    touch the parent's database connections, and leave without running its
    finalisers (os._exit), so inheriting them is harmless.
    """
    if sys.platform == "linux" and threading.current_thread() is threading.main_thread():
        return "fork"
    return "spawn"


def _worker_init(main_pid: int) -> None:
    # Ctrl-C is handled by the main process, which stops the pool; workers
    # printing their own KeyboardInterrupt tracebacks would only add noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    # A worker blocks on its task queue forever if the main process is killed
    # (SIGKILL, OOM): watch it and leave with it.
    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(main_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid was reused by another user's process
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="watch-main-process").start()


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


class Store(ABC):
    """Documents and their analysis. Use ``open_store()`` to get one."""

    # ---- backend primitives -------------------------------------------------

    @abstractmethod
    def _existing(self, ids: Sequence[str]) -> set[str]:
        """Those of ``ids`` that are stored."""

    @abstractmethod
    def _name_of(self, doc_id: str) -> str | None:
        """The name of a stored document."""

    @abstractmethod
    def _ids_named(self, name: str) -> set[str]:
        """Ids of stored documents with this name."""

    @abstractmethod
    def _write(self, batch: Sequence[StoredRows], *, replace: bool = False) -> list[str]:
        """Write documents with all their rows in one transaction; returns ids written.

        Without ``replace``, a document already stored is left as it is.
        """

    @abstractmethod
    def _stored(self, *, outdated_only: bool) -> Iterator[tuple[Document, str, str]]:
        """(document, name, ingested_at) of stored documents."""

    @abstractmethod
    def document_count(self) -> int: ...

    @abstractmethod
    def outdated_count(self) -> int:
        """Documents analysed by another analyser version (``reanalyze`` updates them)."""

    @abstractmethod
    def revision(self) -> str:
        """Changes whenever stored content changes (use it in cache keys)."""

    @abstractmethod
    def corpus(self) -> Corpus:
        """Every stored document's analysis, rebuilt from the rows."""

    @abstractmethod
    def document_names(self) -> dict[str, str]:
        """Stored document ids -> the loader's name (file name or record id)."""

    @abstractmethod
    def document_titles(self) -> dict[str, str]:
        """Stored document ids -> what users see: the title, else the name."""

    @abstractmethod
    def remove_document(self, doc_id: str) -> bool:
        """Remove a document and its analysis; False when it was not stored."""

    @abstractmethod
    def check(self) -> list[str]:
        """Integrity problems as sentences; empty when the store is sound."""

    @abstractmethod
    def _seeded(self) -> bool: ...

    @abstractmethod
    def _mark_seeded(self) -> None: ...

    @abstractmethod
    def close(self) -> None:
        """Release the database connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- ingest -------------------------------------------------------------

    def ensure_seeded(self, seeds_dir: Path) -> IngestReport:
        """Load the bundled seeds into a new, empty store (once: seeds a user
        removed do not come back)."""
        if self._seeded() or self.document_count() > 0 or not Path(seeds_dir).is_dir():
            return IngestReport()
        report = self.add_paths([seeds_dir])
        self._mark_seeded()
        return report

    def add_paths(
        self, paths: Iterable[str | Path] | str | Path, *, workers: int = 1, progress: bool = False
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
            self.add_documents(iter_documents(existing), workers=workers, progress=progress)
        )

    def add_upload(self, name: str, data: bytes) -> IngestReport:
        """Ingest one uploaded file (its name gives the format)."""
        name = Path(name).name or "upload"
        if len(data) > UPLOAD_LIMIT_BYTES:
            mb = UPLOAD_LIMIT_BYTES // (1024 * 1024)
            return IngestReport(
                errors=[LoadError(name, f"the file is larger than the {mb} MB upload limit")]
            )
        items = documents_from_bytes(name, data, max_bytes=UPLOAD_LIMIT_BYTES)
        return self.add_documents(items)

    def add_text(
        self,
        text: str,
        *,
        title: str | None = None,
        date: str | None = None,
        source: str | None = None,
        url: str | None = None,
    ) -> IngestReport:
        """Ingest pasted text, with optional title, date (YYYY-MM-DD) and source."""
        if not text or not text.strip():
            return IngestReport(errors=[LoadError("pasted text", "the text is empty")])
        name = (title or "").strip() or f"pasted text {content_id(text)[:8]}"
        doc = document_from_text(text, name, title=title, date=date, source=source, url=url)
        return self.add_documents([doc])

    def add_documents(
        self,
        docs: Iterable[Document | LoadError],
        *,
        workers: int = 1,
        progress: bool = False,
    ) -> IngestReport:
        """Analyse and store documents not stored yet; report duplicates and errors.

        ``LoadError`` items (as ``iter_documents`` yields them) are reported.
        With ``workers > 1`` the analysis runs in that many processes; all
        writes happen here, a batch of whole documents per transaction, so an
        interruption loses at most the batch in flight and a rerun completes.
        """
        report = IngestReport()
        bar = _progress(progress, "ingest")
        try:
            analysed = self._analysed(self._new_documents(docs, report, bar), workers)
            self._write_batches(analysed, report, bar)
        finally:
            bar.close()
        return report

    def reanalyze(
        self,
        *,
        workers: int = 1,
        progress: bool = False,
        force: bool = False,
        errors: list[LoadError] | None = None,
    ) -> int:
        """Re-run the analysis on documents analysed by another analyser version
        (all documents with ``force``); returns how many were re-analysed.

        A document the analysis fails on keeps its previous analysis; the
        failure is appended to ``errors`` when given.
        """
        bar = _progress(progress, "reanalyze")
        report = IngestReport()
        try:
            work = self._stored(outdated_only=not force)
            self._write_batches(self._analysed(work, workers), report, bar, replace=True)
        finally:
            bar.close()
        if errors is not None:
            errors += report.errors
        return len(report.added)

    # ---- ingest internals -----------------------------------------------------

    def _new_documents(
        self, docs: Iterable[Document | LoadError], report: IngestReport, bar
    ) -> Iterator[tuple[Document, str, str]]:
        """Documents with their content id, minus those already stored or seen."""
        seen: dict[str, str] = {}
        names: dict[str, str] = {}
        ingested_at = _now()
        for item in docs:
            if isinstance(item, LoadError):
                report.errors.append(item)
                bar.update()
                continue
            if not isinstance(item, Document):
                continue
            name = item.id
            did = content_id(item.text)
            if did in seen or self._existing([did]):
                report.duplicates.append(name)
                report.duplicate_of[name] = seen.get(did) or self._name_of(did) or did
                bar.update()
                continue
            seen[did] = name
            report.flagged += _document_notes(item, name)
            others = (self._ids_named(name) | ({names[name]} if name in names else set())) - {did}
            if others:
                report.flagged.append(
                    f"{name}: another document with this name but different text is "
                    "already stored; both are kept."
                )
            names[name] = did
            yield replace(item, id=did), name, ingested_at

    def _analysed(
        self, work: Iterable[tuple[Document, str, str]], workers: int
    ) -> Iterator[StoredRows | LoadError]:
        if workers <= 1:
            for item in work:
                yield from _analyse_chunk([item])
            return
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        ctx = multiprocessing.get_context(_start_method())
        if ctx.get_start_method() == "fork":
            # lexicons load on first use: load them once here, for every worker to inherit
            analyze_document(document_from_text("The talks resumed.", "warm-up"))
        chunk_size, in_flight = 8, workers * 4
        with ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),)
        ) as pool:
            pending: deque = deque()
            chunk: list = []
            try:
                for item in work:
                    chunk.append(item)
                    if len(chunk) == chunk_size:
                        pending.append(pool.submit(_analyse_chunk, chunk))
                        chunk = []
                        while len(pending) >= in_flight:
                            yield from pending.popleft().result()
                if chunk:
                    pending.append(pool.submit(_analyse_chunk, chunk))
                while pending:
                    yield from pending.popleft().result()
            except BaseException:
                for f in pending:
                    f.cancel()
                raise

    def _write_batches(
        self,
        rows: Iterable[StoredRows | LoadError],
        report: IngestReport,
        bar,
        *,
        replace: bool = False,
    ) -> None:
        batch: list[StoredRows] = []
        started = time.monotonic()

        def flush() -> None:
            written = self._write(batch, replace=replace)
            report.added += written
            done = set(written)
            for r in batch:
                did, name = r.document["id"], r.document["name"]
                if did in done:
                    report.names[did] = name
                elif not replace:  # another writer stored the same text meanwhile
                    report.duplicates.append(name)
                    report.duplicate_of[name] = self._name_of(did) or did
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
