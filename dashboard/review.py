"""The editors' review panel under the evidence table: judge, change or add a signal.

``render_review(store, tables, view, filters, access=...)`` draws nothing for a
session that may not write. For an editor it draws a "Review" expander (built
only while open): the selected evidence row's signal with "Right", "Wrong" and
"Withdraw correction", a form to change its type, actor or targets, and a form
to add a signal the analyser missed by choosing a sentence of the shown
document, a type and an actor. Every change goes through ``dashboard/writes.py``
(which checks the session's access on the server) and is stored with who made
it: the logged-in user, else the name typed here, else ``$LENS_USER`` or the
OS user. Returns True when the store changed (the caller reruns).

Texts from documents are shown as escaped Markdown literals.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.store import Store, StoreError
from analysis.taxonomy import taxonomy
from dashboard import data, writes
from dashboard import filters as flt
from dashboard.access import Access
from dashboard.data import Tables
from dashboard.highlight import markdown_literal

REVIEW_PANEL = "review-panel"  # the expander's key (open or closed)
SELECTED = "review-signal"  # session key: signal_id of the evidence row last selected
NAME = "reviewer-name"  # session key: the name a reviewer typed (no login)
MESSAGE = "review-message"  # session key: what the last review action did

# What the evidence table's Review column shows for each review state.
REVIEW_LABELS = {
    "": "",
    "right": "✓ right",
    "wrong": "✗ wrong",
    "changed": "✎ changed",
    "added": "+ added",
}


def selected_row(tables: Tables, filters: flt.Filters, signal_id: str | None) -> pd.Series | None:
    """The row of the selected signal as the view shows it (corrected or raw)."""
    if not signal_id:
        return None
    rows = tables.signals[tables.signals["signal_id"] == signal_id]
    which = "raw" if filters.raw else "kept"
    shown = rows[rows[which].to_numpy(dtype=bool)]
    rows = shown if len(shown) else rows
    return rows.iloc[0] if len(rows) else None


def targets_from(text: str) -> list[str]:
    return [t.strip() for t in (text or "").split(";") if t.strip()]


def sentence_label(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _done(message: str) -> bool:
    st.session_state[MESSAGE] = message
    return True


def render_review(
    store: Store, tables: Tables, filters: flt.Filters, *, access: Access, doc_id: str | None
) -> bool:
    """The review panel (module docstring); ``doc_id`` is the document the source pane shows."""
    if not access.can_write:
        return False
    panel = st.expander("Review: mark, change or add signals", key=REVIEW_PANEL,
                        on_change="rerun", icon=":material/rate_review:")  # fmt: skip
    if not panel.open:
        return False
    with panel:
        return _render(store, tables, filters, access, doc_id)


def _render(
    store: Store, tables: Tables, filters: flt.Filters, access: Access, doc_id: str | None
) -> bool:
    message = st.session_state.pop(MESSAGE, None)
    if message:
        st.success(markdown_literal(message))
    if access.login == "none":
        st.text_input(
            "Your name", key=NAME, placeholder=access.user,
            help="Stored with each correction and in the activity log "
            f"(empty: {access.user}, from $LENS_USER or the system).",
        )  # fmt: skip
    name = st.session_state.get(NAME)
    types = list(taxonomy().ids)
    row = selected_row(tables, filters, st.session_state.get(SELECTED))
    try:
        if row is None:
            st.caption("Select an evidence row to mark it right or wrong or to change it.")
        else:
            changed = _render_selected(store, tables, access, row, types, name)
            if changed:
                return True
        if doc_id is not None:
            return _render_add(store, tables, access, doc_id, types, name)
        st.caption("Open a document to add a signal the analyser missed.")
    except StoreError as e:  # a sentence for the user; nothing was changed
        st.error(markdown_literal(str(e)))
    return False


def _render_selected(
    store: Store, tables: Tables, access: Access, row: pd.Series, types: list[str], name
) -> bool:
    sid = str(row["signal_id"])
    review = str(row["review"] or "")
    state = f" ({REVIEW_LABELS[review]})" if review else ""
    st.markdown(markdown_literal(f"{row['signal']} by {row['actor']}{state}: “{row['sentence']}”"))
    buttons = st.container(horizontal=True)
    if buttons.button("Right", key="review-right", icon=":material/check:"):
        writes.mark(access, store, sid, "right", name=name)
        return _done(f"Marked right: {row['signal']} by {row['actor']}.")
    if buttons.button("Wrong", key="review-wrong", icon=":material/close:"):
        writes.mark(access, store, sid, "wrong", name=name)
        return _done(f"Marked wrong: {row['signal']} by {row['actor']}.")
    if review and buttons.button("Withdraw correction", key="review-withdraw"):
        writes.withdraw(access, store, sid, name=name)
        return _done("The correction was withdrawn; the analyser's reading stands.")
    with st.form("review-change", border=True):
        st.caption("Change the signal")
        signal = st.selectbox("Type", types, index=types.index(str(row["signal"])))
        actors = list(dict.fromkeys([str(row["actor"]), *tables.options.actors]))
        actor = st.selectbox("Actor", actors, index=0, accept_new_options=False)
        targets = st.text_input("Targets (separated by ;)", value=str(row["targets_text"]))
        if st.form_submit_button("Save the change"):
            new_targets = targets_from(targets)
            old_targets = targets_from(str(row["targets_text"]))
            writes.change(
                access, store, sid,
                signal=signal if signal != row["signal"] else None,
                actor=actor if actor != row["actor"] else None,
                targets=new_targets if new_targets != old_targets else None,
                name=name,
            )  # fmt: skip
            return _done(f"Changed: now {signal} by {actor}.")
    return False


def _render_add(
    store: Store, tables: Tables, access: Access, doc_id: str, types: list[str], name
) -> bool:
    analysis = data.document_analysis(doc_id)
    if analysis is None or not analysis.sentences:
        return False
    sentences = [s for s in analysis.sentences if s.text.strip()]
    here = list(dict.fromkeys(m.actor.name for m in analysis.mentions))
    actors = list(dict.fromkeys([*here, *tables.options.actors]))
    if not actors:
        return False
    with st.form("review-add", border=True):
        st.caption(
            f"Add a signal the analyser missed in “{markdown_literal(tables.doc_labels.get(doc_id, doc_id))}”"
        )
        k = st.selectbox(
            "Sentence", range(len(sentences)),
            format_func=lambda i: sentence_label(sentences[i].text),
        )  # fmt: skip
        signal = st.selectbox("Type", types, key="review-add-type")
        actor = st.selectbox("Actor", actors, key="review-add-actor",
                             help="Actors named in this document first.")  # fmt: skip
        targets = st.text_input("Targets (separated by ;)", key="review-add-targets")
        if st.form_submit_button("Add the signal"):
            s = sentences[int(k)]
            writes.add_signal(access, store, doc_id, s.start, signal, actor,
                              targets=targets_from(targets), name=name)  # fmt: skip
            return _done(f"Added: {signal} by {actor}.")
    return False
