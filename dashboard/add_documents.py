"""The dashboard panel that adds documents to the store and removes them.

``render_add_documents(store, access=..., key=...)`` draws three tabs --
upload files, paste text, move a document to the trash -- and returns True
when the store changed. The caller then reruns the app so that the new
revision is read; the messages of the action are kept in the session and
shown on that rerun::

    with st.expander("Add or remove documents"):
        if render_add_documents(data.store(), access=current_access(), key="add"):
            st.rerun()

It draws nothing for a session that may not write (``dashboard/access.py``),
and every change goes through ``dashboard/writes.py``, which checks again.

Document names and loader messages are untrusted text: they are shown with
Markdown escaped, never as HTML.
"""

from __future__ import annotations

import re

import streamlit as st

from analysis.store import IngestReport, Store, StoreError
from dashboard import writes
from dashboard.access import Access, current_access
from dashboard.writes import UPLOAD_LIMIT_MB, UPLOAD_TYPES

__all__ = ["UPLOAD_LIMIT_MB", "UPLOAD_TYPES", "md_escape", "render_add_documents"]

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^])")


def md_escape(text: str) -> str:
    """Text shown literally by ``st.markdown`` and friends (no links, no LaTeX, no tags)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def report_messages(report: IngestReport, titles: dict[str, str]) -> list[tuple[str, str]]:
    """(level, sentence) pairs for an ingest, level one of success/info/warning/error."""
    out: list[tuple[str, str]] = []
    if report.added:
        shown = ", ".join(f"'{titles.get(i) or report.names.get(i, i)}'" for i in report.added[:5])
        more = f" and {len(report.added) - 5} more" if len(report.added) > 5 else ""
        out.append(
            (
                "success",
                f"Added and analysed {_plural(len(report.added), 'document')}: {shown}{more}. "
                "They are in the filters now.",
            )
        )
    for name in report.duplicates:
        original = report.duplicate_of.get(name)
        where = f" as '{original}'" if original and original != name else ""
        out.append(("info", f"{name}: this text is already stored{where}; nothing was added."))
    for name, (original, similarity) in report.copies.items():
        out.append(
            ("info", f"{name}: nearly the same text as '{original}' (similarity "
             f"{similarity:.2f}), a republished copy; listed as another source of it.")
        )  # fmt: skip
    out += [("warning", note) for note in report.flagged]
    out += [("error", f"{e}") for e in report.errors]
    return out


# More messages of one kind than this are summed up in one line (a collection
# of 5,000 rows in another language would otherwise print 5,000 warnings).
MAX_MESSAGES_PER_KIND = 8


def _show(messages: list[tuple[str, str]]) -> None:
    show = {"success": st.success, "info": st.info, "warning": st.warning, "error": st.error}
    for level in ("success", "error", "warning", "info"):
        texts = [text for lvl, text in messages if lvl == level]
        for text in texts[:MAX_MESSAGES_PER_KIND]:
            show[level](md_escape(text))
        if len(texts) > MAX_MESSAGES_PER_KIND:
            show[level](md_escape(f"… and {len(texts) - MAX_MESSAGES_PER_KIND} more like these."))


def _finish(store: Store, report: IngestReport, key: str) -> bool:
    """Show or keep the messages of an action; True when the store changed."""
    try:
        titles = store.document_titles()
    except StoreError:
        titles = {}
    messages = report_messages(report, titles)
    if report.changed:
        st.session_state[f"{key}-messages"] = messages  # shown after the caller's rerun
        return True
    _show(messages)
    return False


def _upload(store: Store, key: str, access: Access) -> bool:
    with st.form(f"{key}-upload-form", clear_on_submit=True, border=False):
        files = st.file_uploader(
            "Files",
            type=UPLOAD_TYPES,
            accept_multiple_files=True,
            key=f"{key}-files",
            max_upload_size=UPLOAD_LIMIT_MB,
            help=f"Articles and statements as .txt, .md or .html, or collections as .csv or "
            f".jsonl with a 'text' column; up to {UPLOAD_LIMIT_MB} MB per file.",
        )
        # Not "Add files": the uploader's own button already says that.
        submitted = st.form_submit_button("Analyse and add", type="primary")
    if not submitted:
        return False
    if not files:
        st.warning("Choose one or more files first.")
        return False
    report = IngestReport()
    with st.spinner(f"Analysing {_plural(len(files), 'file')}…"):
        try:
            for f in files:
                report.merge(writes.upload(access, store, f.name, f.getvalue()))
        except StoreError as e:  # writes.WriteRefused among them
            st.error(md_escape(str(e)))
            return False
    return _finish(store, report, key)


def _paste(store: Store, key: str, access: Access) -> bool:
    with st.form(f"{key}-paste-form", clear_on_submit=True, border=False):
        text = st.text_area(
            "Text", key=f"{key}-text", height=160, placeholder="Paste an article or a statement"
        )
        title = st.text_input("Title (optional)", key=f"{key}-title")
        left, right = st.columns(2)
        date = left.date_input("Date (optional)", value=None, key=f"{key}-date")
        source = right.text_input("Source (optional)", key=f"{key}-source", placeholder="Reuters")
        submitted = st.form_submit_button("Add text", type="primary")
    if not submitted:
        return False
    if not text.strip():
        st.warning("Paste the text of a document first.")
        return False
    with st.spinner("Analysing…"):
        try:
            report = writes.paste(
                access,
                store,
                text,
                title=title.strip() or None,
                date=date.isoformat() if date else None,
                source=source.strip() or None,
            )
        except StoreError as e:
            st.error(md_escape(f"The text could not be stored: {e}"))
            return False
    return _finish(store, report, key)


def _remove(store: Store, key: str, access: Access) -> bool:
    titles = store.document_titles()
    if not titles:
        st.caption("The store holds no documents.")
        return False
    names = store.document_names()
    with st.form(f"{key}-remove-form", clear_on_submit=True, border=False):
        doc_id = st.selectbox(
            "Document",
            options=list(titles),
            index=None,
            format_func=lambda i: titles[i] if titles[i] == names.get(i) else
            f"{titles[i]} ({names.get(i, i)})",
            key=f"{key}-remove-doc",
            placeholder="Choose a document",
        )  # fmt: skip
        sure = st.checkbox("Yes, move it and its signals to the trash", key=f"{key}-remove-sure")
        submitted = st.form_submit_button("Remove document")
    if not submitted:
        return False
    if doc_id is None:
        st.warning("Choose the document to remove first.")
        return False
    if not sure:
        st.warning("Tick the box to confirm the removal.")
        return False
    try:
        removed = writes.remove(access, store, doc_id)
    except StoreError as e:
        st.error(md_escape(f"The document could not be removed: {e}"))
        return False
    if not removed:
        st.info("That document was already removed.")
        return True
    st.session_state[f"{key}-messages"] = [
        (
            "success",
            f"Removed '{titles[doc_id]}': it is in the trash, from where it can be restored.",
        )
    ]
    return True


def render_add_documents(store: Store, *, access: Access | None = None, key: str = "add") -> bool:
    """Upload files, paste text or remove a document; True when the store changed.

    ``access`` defaults to this deployment's rule for this visitor
    (``current_access()``); without the right to write, nothing is drawn.
    """
    access = access if access is not None else current_access()
    if not access.can_write:
        return False
    _show(st.session_state.pop(f"{key}-messages", []))
    upload, paste, remove = st.tabs(["Upload", "Paste text", "Remove"])
    changed = False
    with upload:
        changed |= _upload(store, key, access)
    with paste:
        changed |= _paste(store, key, access)
    with remove:
        changed |= _remove(store, key, access)
    return changed
