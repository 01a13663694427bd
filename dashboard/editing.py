"""The sidebar's editing corner: account, add or remove documents, trash and activity.

``render_editing(store, access=...)`` draws, in the sidebar, the login state
and, for a session that may write, the "Add or remove documents" and "Trash
and activity" panels; a viewer sees one line saying why they read only.
Returns True when the store changed (the caller reruns)::

    if render_editing(data.store(), access=current_access()):
        st.rerun()
"""

from __future__ import annotations

import streamlit as st

from analysis.store import Store
from dashboard.access import Access, current_access, render_account
from dashboard.activity import render_activity
from dashboard.add_documents import render_add_documents


def render_editing(store: Store, *, access: Access | None = None) -> bool:
    """Account, then the write panels for editors; True when the store changed."""
    access = access if access is not None else current_access()
    with st.sidebar:
        render_account(access, key="account")
        if not access.can_write:
            return False
        with st.expander("Add or remove documents"):
            changed = render_add_documents(store, access=access, key="add")
        with st.expander("Trash and activity"):
            changed |= render_activity(store, access=access, key="trash")
    return changed
