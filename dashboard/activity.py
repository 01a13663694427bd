"""The editors' panel: the trash (with restore) and the activity log.

``render_activity(store, access=..., key=...)`` draws nothing for a session
that may not write; for an editor it lists the trash with a restore form and
the latest changes to the store (who, when, what), and returns True when a
document was restored (the caller reruns to read the new revision)::

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

# The latest changes shown; `python -m analysis log -n 0` prints them all.
ACTIVITY_ROWS = 200


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
        st.dataframe(trash_frame(entries), hide_index=True, key=f"{key}-table")
        changed = _restore(store, key, access, entries)
        st.caption(
            "Removed documents wait here with their signals; only "
            "`python -m analysis purge --older-than DAYS` deletes them for good."
        )
    else:
        st.caption("The trash is empty.")
    st.markdown("**Activity**")
    if log:
        st.dataframe(activity_frame(log), hide_index=True, key=f"{key}-log")
    else:
        st.caption("No changes recorded yet.")
    return changed
