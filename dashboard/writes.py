"""Every change the dashboard makes to the store, each checking the permission first.

The panels call these, never the store's write methods directly. Each takes
the session's ``Access`` (``dashboard/access.py``, decided on the server) and
raises ``WriteRefused`` before touching the store when it does not allow
writing; so a viewer's crafted rerun -- widget state set by hand, a form
submitted that was never drawn -- reaches no write, whatever the page shows.
Each write is logged under ``access.user``. Uploads keep their limits (types
and size) here too, not only in the file picker.

Review corrections (``mark``, ``change``, ``add_signal``, ``withdraw``) are
write actions like the others, behind the same check; the store logs each as
``correct``. Who made one: the logged-in user where the deployment has a
login, else the name the reviewer typed in the sidebar, else ``access.user``
(``$LENS_USER`` or the OS user); see ``reviewer``.
"""

from __future__ import annotations

from pathlib import Path

from analysis.load import (
    COLLECTION_EXTENSIONS,
    HTML_EXTENSIONS,
    MARKDOWN_EXTENSIONS,
    TEXT_EXTENSIONS,
    LoadError,
)
from analysis.review import Correction
from analysis.store import UPLOAD_LIMIT_BYTES, IngestReport, Store, StoreError
from dashboard.access import Access

UPLOAD_TYPES = sorted(
    ext.lstrip(".")
    for ext in TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS | COLLECTION_EXTENSIONS
)
# Matches server.maxUploadSize in .streamlit/config.toml.
UPLOAD_LIMIT_MB = UPLOAD_LIMIT_BYTES // (1024 * 1024)


class WriteRefused(StoreError):
    """This session may not change the store; the message says why."""


def _allowed(access: Access) -> None:
    if not isinstance(access, Access) or access.can_write is not True:
        reason = getattr(access, "reason", "") or "This session may not change the store."
        raise WriteRefused(f"Nothing was changed: {reason}")


def upload(access: Access, store: Store, name: str, data: bytes) -> IngestReport:
    """Analyse and store one uploaded file; a bad file comes back as a report error."""
    _allowed(access)
    ext = Path(name).suffix.lower().lstrip(".")
    if ext not in UPLOAD_TYPES:
        kinds = ", ".join(f".{t}" for t in UPLOAD_TYPES)
        return IngestReport(
            errors=[LoadError(name, f"this file type is not supported; upload {kinds}")]
        )
    if len(data) > UPLOAD_LIMIT_BYTES:
        return IngestReport(
            errors=[
                LoadError(name, f"the file is larger than the {UPLOAD_LIMIT_MB} MB upload limit")
            ]
        )
    try:
        return store.add_upload(name, data, user=access.user)
    except StoreError as e:
        return IngestReport(errors=[LoadError(name, f"it could not be stored: {e}")])


def paste(
    access: Access,
    store: Store,
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
) -> IngestReport:
    """Analyse and store pasted text."""
    _allowed(access)
    return store.add_text(text, title=title, date=date, source=source, user=access.user)


def remove(access: Access, store: Store, doc_id: str) -> bool:
    """Move a document with its signals to the trash; False when it was not stored."""
    _allowed(access)
    return store.remove_document(doc_id, user=access.user)


def restore(access: Access, store: Store, doc_id: str) -> bool:
    """Put a document back from the trash; False when the trash does not hold it."""
    _allowed(access)
    return store.restore_document(doc_id, user=access.user)


def reviewer(access: Access, name: str | None = None) -> str:
    """Who a correction is recorded under: the logged-in user when there is a login
    (a typed name cannot stand for someone else there), else the typed name, else
    ``access.user``."""
    typed = " ".join((name or "").split())[:80]
    if access.login != "none" or not typed:
        return access.user
    return typed


def mark(
    access: Access, store: Store, signal_id: str, verdict: str, *, name: str | None = None
) -> Correction | None:
    """Mark a signal right or wrong (``Store.mark_signal``)."""
    _allowed(access)
    return store.mark_signal(signal_id, verdict, user=reviewer(access, name))


def change(
    access: Access,
    store: Store,
    signal_id: str,
    *,
    signal: str | None = None,
    actor: str | None = None,
    targets: list[str] | None = None,
    name: str | None = None,
) -> Correction:
    """Change a signal's type, actor or targets (``Store.change_signal``)."""
    _allowed(access)
    return store.change_signal(
        signal_id, signal=signal, actor=actor, targets=targets, user=reviewer(access, name)
    )


def add_signal(
    access: Access,
    store: Store,
    doc_id: str,
    start: int,
    signal: str,
    actor: str,
    *,
    targets: list[str] | None = None,
    name: str | None = None,
) -> Correction:
    """Add a signal the analyser missed (``Store.add_signal``)."""
    _allowed(access)
    return store.add_signal(
        doc_id, start, signal, actor, targets=targets, user=reviewer(access, name)
    )


def withdraw(access: Access, store: Store, signal_id: str, *, name: str | None = None):
    """Withdraw a signal's correction (``Store.withdraw_correction``)."""
    _allowed(access)
    return store.withdraw_correction(signal_id, user=reviewer(access, name))
