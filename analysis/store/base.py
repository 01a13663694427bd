"""What every part of the store shares: settings, the error, the ingest report, content ids.

Nothing here touches a database or the analyser, so every other store module
can import it.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from analysis.load import LoadError

DATA_DIR_ENV = "LENS_DATA_DIR"
# a postgresql:// URL puts the store on PostgreSQL instead of SQLite in the data folder
DATABASE_URL_ENV = "LENS_DATABASE_URL"
USER_ENV = "LENS_USER"
READ_ONLY_ENV = "LENS_READ_ONLY"
DEFAULT_DATA_DIR = Path("data")
DATABASE_FILE = "lens.sqlite"
# Matches server.maxUploadSize in .streamlit/config.toml (20 MB).
UPLOAD_LIMIT_BYTES = 20 * 1024 * 1024


class StoreError(Exception):
    """A problem with the store itself, as a sentence for the user."""


def data_dir(explicit: str | Path | None = None) -> Path:
    """The data folder: ``explicit``, else ``$LENS_DATA_DIR``, else ``./data``."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(env).expanduser() if env else DEFAULT_DATA_DIR


def database_url(explicit: str | None = None) -> str | None:
    """The PostgreSQL URL: ``explicit``, else ``$LENS_DATABASE_URL``; None means SQLite."""
    url = (explicit or os.environ.get(DATABASE_URL_ENV, "")).strip()
    return url or None


def read_only() -> bool:
    """Whether ``$LENS_READ_ONLY`` makes this a read-only deployment (issue #15): true,
    1, yes or on (any case). The dashboard also reads ``read_only`` from its secrets."""
    return os.environ.get(READ_ONLY_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


READ_ONLY_REFUSAL = (
    "This is a read-only deployment (LENS_READ_ONLY is set): review corrections cannot "
    "be stored here; nothing was changed."
)


def default_user() -> str:
    """Who is changing the store when nobody said: ``$LENS_USER``, else the OS user."""
    env = os.environ.get(USER_ENV, "").strip()
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (e.g. a container's)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def now() -> str:
    """The current UTC time as stored (ISO 8601, seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


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
    # near-duplicate input name -> (name of the stored document it copies, similarity):
    # listed with that document as another source, not stored again
    copies: dict[str, tuple[str, float]] = field(default_factory=dict)

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
        self.copies.update(other.copies)
        return self

    def summary(self) -> str:
        """One sentence: '3 documents added, 1 already stored, 2 skipped, 1 note.'"""

        def n(k: int, one: str, many: str) -> str:
            return f"{k} {one if k == 1 else many}"

        parts = [n(len(self.added), "document added", "documents added")]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already stored")
        if self.copies:
            parts.append(
                n(len(self.copies), "near-duplicate listed as another source",
                  "near-duplicates listed as other sources")
            )  # fmt: skip
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
        for name, (original, similarity) in self.copies.items():
            out.append(
                f"{name}: nearly the same text as '{original}' (similarity {similarity:.2f}), "
                "a republished copy; listed as another source of it, not added again."
            )
        return out + list(self.flagged)


# What the activity log records. "correct" is reserved for review corrections
# (a later change to a stored signal), which record through ``Store.record_activity``.
ACTIONS = ("add", "remove", "restore", "reanalyse", "purge", "migrate", "correct")


@dataclass(frozen=True, slots=True)
class TrashEntry:
    """A removed document waiting in the trash, with everything it had when removed."""

    doc_id: str
    name: str
    title: str | None
    removed_at: str  # ISO 8601, UTC
    removed_by: str
    signals: int

    @property
    def label(self) -> str:
        """What users know it by: the title, with the name when they differ."""
        if self.title and self.title != self.name:
            return f"{self.title} ({self.name})"
        return self.name


@dataclass(frozen=True, slots=True)
class Activity:
    """One change to the store: who, when, what."""

    at: str  # ISO 8601, UTC
    user: str
    action: str  # one of ACTIONS
    doc_id: str | None = None
    name: str | None = None
    detail: str | None = None
