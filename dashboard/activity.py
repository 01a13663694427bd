"""The editors' panel: the trash (with restore) and the activity log.

``render_activity(store, access=..., key=...)`` draws nothing for a session
that may not write; for an editor it lists the trash with a restore form and
the latest changes to the store (who, when, what), with a button that opens
the whole log in a wide dialog (the sidebar is too narrow for its table). It
returns True when a document was restored (the caller reruns to read the new
revision)::

    with st.expander("Trash and activity"):
        if render_activity(data.store(), access=access, key="trash"):
            st.rerun()

Tables are shown with ``st.dataframe``, which renders values as text, never
as Markdown or HTML; messages are escaped.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.store import Activity, Store, StoreError, TrashEntry
from dashboard import writes
from dashboard.access import Access, current_access
from dashboard.highlight import markdown_literal

# The latest changes in the dialog; `python -m analysis log -n 0` prints them all.
ACTIVITY_ROWS = 500
# The latest changes listed in the sidebar itself.
RECENT_ROWS = 5


def trash_frame(entries: list[TrashEntry]) -> pd.DataFrame:
    """The trash as a table: document, removed (UTC), by, signals, store id."""
    return pd.DataFrame(
        {
            "document": [e.label for e in entries],
            "removed (UTC)": [e.removed_at.replace("T", " ")[:19] for e in entries],
            "by": [e.removed_by for e in entries],
            "signals": [e.signals for e in entries],
            "store id": [e.doc_id for e in entries],
        }
    )


def activity_frame(entries: list[Activity]) -> pd.DataFrame:
    """The activity log as a table, newest first: when (UTC), who, action, document, detail."""
    return pd.DataFrame(
        {
            "when (UTC)": [a.at.replace("T", " ")[:19] for a in entries],
            "who": [a.user for a in entries],
            "action": [a.action for a in entries],
            "document": [a.name or a.doc_id or "" for a in entries],
            "detail": [a.detail or "" for a in entries],
        }
    )


def activity_line(a: Activity) -> str:
    """One change in a few words: '2026-12-04 20:32 · bob · remove · d01_qatar'."""
    return " · ".join(
        part for part in (a.at.replace("T", " ")[:16], a.user, a.action, a.name or a.doc_id) if part
    )


def trash_line(e: TrashEntry) -> str:
    """One trashed document in a few words: 'Title (name) · removed 2026-12-04 20:32 by bob'."""
    return f"{e.label} · removed {e.removed_at.replace('T', ' ')[:16]} by {e.removed_by}"


@st.dialog("Activity log", width="large")
def _activity_dialog(entries: list[Activity], trash: list[TrashEntry]) -> None:
    st.caption(
        f"The latest {len(entries)} changes to the store, newest first (times in UTC); "
        "`python -m analysis log -n 0` prints them all."
    )
    st.dataframe(activity_frame(entries), hide_index=True)
    if trash:
        st.markdown("**Trash**")
        st.dataframe(trash_frame(trash), hide_index=True)


def _restore(store: Store, key: str, access: Access, entries: list[TrashEntry]) -> bool:
    labels = {e.doc_id: e.label for e in entries}
    with st.form(f"{key}-restore-form", clear_on_submit=True, border=False):
        doc_id = st.selectbox(
            "Document to restore",
            options=list(labels),
            index=None,
            format_func=labels.get,
            key=f"{key}-restore-doc",
            placeholder="Choose a document",
        )
        submitted = st.form_submit_button("Restore document")
    if not submitted:
        return False
    if doc_id is None:
        st.warning("Choose the document to restore first.")
        return False
    try:
        restored = writes.restore(access, store, doc_id)
    except StoreError as e:  # WriteRefused, or the same text stored again meanwhile
        st.error(markdown_literal(f"The document could not be restored: {e}"))
        return False
    if not restored:
        st.info("That document is no longer in the trash.")
        return True
    st.session_state[f"{key}-messages"] = [f"Restored '{labels[doc_id]}' with its signals."]
    return True


def render_activity(store: Store, *, access: Access | None = None, key: str = "trash") -> bool:
    """The trash with restore, and the activity log; True when a document was restored."""
    access = access if access is not None else current_access()
    if not access.can_write:
        return False
    for message in st.session_state.pop(f"{key}-messages", []):
        st.success(markdown_literal(message))
    try:
        entries = store.trash()
        log = store.activity(ACTIVITY_ROWS)
    except StoreError as e:
        st.error(markdown_literal(f"The trash and the log could not be read: {e}"))
        return False
    changed = False
    st.markdown("**Trash**")
    if entries:
        for e in entries[:RECENT_ROWS]:
            st.caption(markdown_literal(trash_line(e)))
        if len(entries) > RECENT_ROWS:
            st.caption(f"… and {len(entries) - RECENT_ROWS} more.")
        changed = _restore(store, key, access, entries)
        st.caption(
            "Removed documents wait here with their signals; only "
            "`python -m analysis purge --older-than DAYS` deletes them for good."
        )
    else:
        st.caption("The trash is empty.")
    st.markdown("**Activity**")
    if not log:
        st.caption("No changes recorded yet.")
        return changed
    for a in log[:RECENT_ROWS]:
        st.caption(markdown_literal(activity_line(a)))
    if st.button("Show the activity log", key=f"{key}-log"):
        _activity_dialog(log, entries)
    return changed
