"""``Store``: documents and their analysis, persisted across restarts.

One small API (``open_store`` -> ``Store``) that the CLI and the dashboard
share. ``Store`` holds everything that does not depend on the database
(loading, content ids, parallel analysis and reports, in
``analysis/store/ingest.py``); a backend implements a handful of primitives
(``_existing``, ``_write``, ``_stored``, ``corpus``, ...), all written once in
``sql.SQLStore``. ``SQLiteStore`` (``analysis/store/sqlite.py``) is the default;
``PostgresStore`` (``analysis/store/postgres.py``, SQLAlchemy and psycopg) is
chosen by ``open_store`` when ``LENS_DATABASE_URL`` names a database, with no
change to the CLI or the dashboard.

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

Nothing is deleted for good by a removal: ``remove_document`` moves the
document with all its rows to a trash, ``restore_document`` puts it back
exactly, and only ``purge_trash`` deletes. Every change (add, remove,
restore, reanalyse, purge) is recorded in an activity log with who made it
(``user=``; by default ``$LENS_USER``, else the OS user) and when.

A document's id in the store is a hash of its normalised text
(``content_id``), so the same text ingested twice is stored once, whatever
its file name; the loader's name-based id is kept as the document's ``name``
and shown where users see documents.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from analysis.load import LoadError
from analysis.models import Document
from analysis.pipeline import Corpus
from analysis.review import Correction, Review, Unplaced, review_corpus
from analysis.store import ingest, review
from analysis.store.base import (
    ACTIONS,
    Activity,
    IngestReport,
    StoreError,
    TrashEntry,
    default_user,
)
from analysis.store.rows import StoredRows


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
    def _ids_named(self, names: Sequence[str]) -> dict[str, set[str]]:
        """Ids of stored documents with these names: name -> ids (names stored under
        no id are left out)."""

    @abstractmethod
    def _write(
        self, batch: Sequence[StoredRows], *, replace: bool = False, user: str | None = None
    ) -> list[str]:
        """Write documents with all their rows in one transaction; returns ids written.

        Without ``replace``, a document already stored is left as it is. Each
        document written is logged ("add", or "reanalyse" when replaced) as ``user``.
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
    def _trash(self, doc_id: str, user: str) -> TrashEntry | None:
        """Move a document with all its rows to the trash and log it, in one transaction."""

    @abstractmethod
    def _restore(self, doc_id: str, user: str) -> TrashEntry | None:
        """Put a trashed document back exactly and log it; StoreError if stored again."""

    @abstractmethod
    def _purge(self, removed_up_to: str, user: str) -> list[TrashEntry]:
        """Delete for good the trash entries removed up to this ISO time, and log it."""

    @abstractmethod
    def _record(self, user: str, action: str, **what) -> None:
        """Add a line to the activity log."""

    @abstractmethod
    def trash(self) -> list[TrashEntry]:
        """The removed documents waiting in the trash, most recently removed first."""

    @abstractmethod
    def activity(self, limit: int | None = None) -> list[Activity]:
        """The activity log, newest first."""

    @abstractmethod
    def check(self) -> list[str]:
        """Integrity problems as sentences; empty when the store is sound."""

    @abstractmethod
    def _signatures(self, ids: Sequence[str] | None = None) -> list[tuple[str, str]]:
        """(id, MinHash signature as hex) of these stored documents (all when None)."""

    @abstractmethod
    def _changes_since(self, seq: int | None, own: int = 0) -> tuple[int, list[tuple[str, str]]]:
        """(the activity log's last line, [(action, doc_id)] of its lines after ``seq``;
        none when ``seq`` is None, or when all are the caller's ``own``): what
        ``copy_finder.CopyFinder`` reads again."""

    @abstractmethod
    def _statements(self, ids: Sequence[str]) -> dict[str, frozenset[tuple[str, str]]]:
        """What each of these stored documents states: the (type, actor) of its signals."""

    @abstractmethod
    def _add_copies(self, copies: Sequence, user: str | None) -> list:
        """List near-duplicates (``copies.Copy``) with their stored documents, logged;
        returns those listed (a copy whose document is not stored is not)."""

    @abstractmethod
    def copies(self) -> list:
        """Near-duplicate copies found at ingest, each listed with its stored document."""

    @abstractmethod
    def corrections(self) -> list[Correction]:
        """The stored review corrections (one per corrected signal, the latest)."""

    @abstractmethod
    def _save_correction(
        self, correction: Correction, user: str, detail: str, *, replaces: Correction | None = None
    ) -> None:
        """Store a correction (in place of ``replaces``) and log it, in one transaction."""

    @abstractmethod
    def _withdraw_correction(self, correction: Correction, user: str, detail: str) -> None:
        """Delete a correction and log it, in one transaction."""

    @abstractmethod
    def _seeded(self) -> bool: ...

    @abstractmethod
    def _mark_seeded(self) -> None: ...

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the store is, as messages name it: its file, or its database URL
        (without the password)."""

    @abstractmethod
    def close(self) -> None:
        """Release the database connections."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- trash and activity log ---------------------------------------------

    def remove_document(self, doc_id: str, *, user: str | None = None) -> bool:
        """Move a document with its analysis to the trash; False when it was not stored."""
        return self._trash(doc_id, user or default_user()) is not None

    def restore_document(self, doc_id: str, *, user: str | None = None) -> bool:
        """Put a document back from the trash exactly as it was; False when not in the trash.

        Raises ``StoreError`` (a sentence for the user) when the same text has
        been stored again since it was removed.
        """
        return self._restore(doc_id, user or default_user()) is not None

    def purge_trash(self, older_than_days: float, *, user: str | None = None) -> list[TrashEntry]:
        """Delete for good what was removed more than ``older_than_days`` days ago."""
        if not older_than_days >= 0:  # also refuses NaN
            raise StoreError(
                f"{older_than_days!r} is not a number of days; give 0 or more "
                "(0 empties the whole trash)."
            )
        cutoff = datetime.now(UTC) - timedelta(days=older_than_days)
        return self._purge(cutoff.isoformat(timespec="seconds"), user or default_user())

    def record_activity(
        self,
        action: str,
        *,
        user: str | None = None,
        doc_id: str | None = None,
        name: str | None = None,
        detail: str | None = None,
    ) -> None:
        """Log a change made outside the store's own methods (e.g. a review
        correction: action "correct"). ``action`` is one of ``ACTIONS``."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}; use one of {', '.join(ACTIONS)}")
        self._record(user or default_user(), action, doc_id=doc_id, name=name, detail=detail)

    # ---- review corrections (analysis/store/review.py) -----------------------

    def review(self) -> Review:
        """The stored analysis with the corrections laid over it (``analysis.review``);
        kept until the store changes."""
        revision = self.revision()
        cached = getattr(self, "_review_cache", None)
        if cached is not None and cached[0] == revision:
            return cached[1]
        result = review_corpus(self.corpus(), self.corrections())
        self._review_cache = (revision, result)
        return result

    def corrected_corpus(self) -> Corpus:
        """The corpus with the corrections applied: what charts, counts and exports read."""
        return self.review().corrected()

    def unplaced_corrections(self) -> tuple[Unplaced, ...]:
        """Corrections that could not be laid over the current analysis (``check`` lists them)."""
        return self.review().unplaced

    def mark_signal(
        self, signal_id: str, verdict: str, *, user: str | None = None
    ) -> Correction | None:
        """Mark a signal ``right`` or ``wrong`` (its ``signal_id`` as ``export`` writes it).

        Marking wrong a signal that was added by hand withdraws it (returns None).
        Raises ``StoreError`` with a sentence when the id names no signal.
        """
        return review.mark(self, signal_id, verdict, user)

    def change_signal(
        self,
        signal_id: str,
        *,
        signal: str | None = None,
        actor: str | None = None,
        actor_type: str | None = None,
        affiliation: str | None = None,
        targets: Sequence[str] | None = None,
        user: str | None = None,
    ) -> Correction:
        """Change a signal's type, actor or targets (None leaves it as it is; an
        empty list of targets means none). An actor the analyser never recognised
        needs ``actor_type`` (and ``affiliation``, else its own name)."""
        return review.change(
            self, signal_id, signal=signal, actor=actor, actor_type=actor_type,
            affiliation=affiliation, targets=targets, user=user,
        )  # fmt: skip

    def add_signal(
        self,
        doc_id: str,
        offset: int,
        signal: str,
        actor: str,
        *,
        actor_type: str | None = None,
        affiliation: str | None = None,
        targets: Sequence[str] | None = None,
        user: str | None = None,
    ) -> Correction:
        """Add a signal the analyser missed: the sentence of document ``doc_id`` (store
        id) that holds character ``offset``, a type and an actor."""
        return review.add(
            self, doc_id, offset, signal, actor, actor_type=actor_type,
            affiliation=affiliation, targets=targets, user=user,
        )  # fmt: skip

    def withdraw_correction(self, signal_id: str, *, user: str | None = None) -> Correction:
        """Withdraw a signal's correction: the analyser's reading stands again."""
        return review.withdraw(self, signal_id, user)

    # ---- ingest (analysis/store/ingest.py) -------------------------------------

    def ensure_seeded(self, seeds_dir: Path, *, user: str | None = None) -> IngestReport:
        """Load the bundled seeds into a new, empty store (once: seeds a user
        removed do not come back)."""
        if self._seeded() or self.document_count() > 0 or not Path(seeds_dir).is_dir():
            return IngestReport()
        report = self.add_paths([seeds_dir], user=user)
        self._mark_seeded()
        return report

    def add_paths(
        self,
        paths: Iterable[str | Path] | str | Path,
        *,
        workers: int = 1,
        progress: bool = False,
        user: str | None = None,
    ) -> IngestReport:
        """Ingest files, folders and collections (CSV/JSONL); see ``add_documents``."""
        return ingest.add_paths(self, paths, workers=workers, progress=progress, user=user)

    def add_upload(self, name: str, data: bytes, *, user: str | None = None) -> IngestReport:
        """Ingest one uploaded file (its name gives the format)."""
        return ingest.add_upload(self, name, data, user=user)

    def add_text(
        self,
        text: str,
        *,
        title: str | None = None,
        date: str | None = None,
        source: str | None = None,
        url: str | None = None,
        user: str | None = None,
    ) -> IngestReport:
        """Ingest pasted text, with optional title, date (YYYY-MM-DD) and source."""
        return ingest.add_text(
            self, text, title=title, date=date, source=source, url=url, user=user
        )

    def add_documents(
        self,
        docs: Iterable[Document | LoadError],
        *,
        workers: int = 1,
        progress: bool = False,
        user: str | None = None,
        find_copies: bool = True,
    ) -> IngestReport:
        """Analyse and store documents not stored yet; report duplicates and errors.

        ``LoadError`` items (as ``iter_documents`` yields them) are reported.
        With ``workers > 1`` the analysis runs in that many processes; all
        writes happen here, a batch of whole documents per transaction, so an
        interruption loses at most the batch in flight and a rerun completes.
        """
        return ingest.add_documents(
            self, docs, workers=workers, progress=progress, user=user, find_copies=find_copies
        )

    def reanalyze(
        self,
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
        return ingest.reanalyze(
            self, workers=workers, progress=progress, force=force, errors=errors, user=user
        )
