"""The evidence table, its downloads and share link, and the source text with highlights.

Documents are untrusted input: the source panel is built by ``highlight``,
which escapes every piece of text and adds only its own markup.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from dashboard import filters as flt
from dashboard import highlight as hl
from dashboard import layout, sidebar
from dashboard import review as rv
from dashboard.data import Tables

SHARE = "share"  # the share-link popover's key

# The columns shown, in order; a selected row also needs doc_id, start and end.
EVIDENCE_SHOWN = [
    "review_label",
    "date",
    "actor",
    "signal",
    "targets_text",
    "sentence",
    "document",
    "source",
    "modality",
    "reported_by",
    "confidence",
    "score",
    "mentions",
]
EVIDENCE_COLUMNS = {
    "review_label": st.column_config.TextColumn(
        "Review",
        width="small",
        help="How a reviewer judged the signal: right, wrong (left out of the corrected "
        "data), changed, or added by hand; empty when nobody has reviewed it",
    ),  # fmt: skip
    "date": st.column_config.TextColumn("Date", width="small"),
    "actor": st.column_config.TextColumn("Actor"),
    "signal": st.column_config.TextColumn("Signal", help="Signal id (SIGNALS.md)"),
    "targets_text": st.column_config.TextColumn("Targets"),
    "sentence": st.column_config.TextColumn("Evidence sentence", width="large"),
    "document": st.column_config.TextColumn("Document"),
    "source": st.column_config.TextColumn("Source"),
    "modality": st.column_config.TextColumn("Modality", width="small"),
    "reported_by": st.column_config.TextColumn("Reported by"),
    "confidence": st.column_config.NumberColumn("Confidence", format="%.2f", width="small"),
    "score": st.column_config.NumberColumn(
        "Score", format="%+.1f", width="small", help="Goldstein cooperation score"
    ),
    "mentions": st.column_config.NumberColumn(
        "Mentions",
        width="small",
        help="How many reports of this statement (one event) the view holds; select the "
        "row to list them",
    ),  # fmt: skip
}


def _open_evidence_row(table_key: str, rows: pd.DataFrame, options: flt.Options) -> None:
    """A selected evidence row opens its document (a filter, so it is in the URL)."""
    selected = st.session_state[table_key].selection.rows
    if selected:
        row = rows.iloc[selected[0]]
        st.session_state[rv.SELECTED] = str(row["signal_id"])
        st.session_state[sidebar.FOCUS] = (str(row["doc_id"]), int(row["start"]), int(row["end"]))
        sidebar.set_filters(
            replace(sidebar.current_filters(options), doc=str(row["doc_id"])), options
        )


def render_evidence(tables: Tables, view: pd.DataFrame, filters: flt.Filters) -> None:
    """The evidence table (a selected row opens its document), downloads, the share link."""
    corrected = int(view["corrected"].sum()) if "corrected" in view else 0
    what = "the analyser's raw output" if filters.raw else "corrected by review"
    # one row per event (a statement, however often reported) unless mentions are counted
    mentions = int(view["mentions"].sum()) if "mentions" in view else len(view)
    reports = "" if filters.mentions or mentions == len(view) else f", {mentions:,} mentions"
    st.subheader(f"Evidence ({len(view):,} signals{reports})")
    if corrected:
        st.caption(f"{corrected:,} of them reviewed; {what}.")
    if not layout.first_paint_done():
        # The table's grid and Arrow reader are 1.6 MB of scripts that a new visitor's
        # browser would parse while it draws the first chart (issue 12: first paint
        # 1.6x a one-chart page with the table, 1.2x without). It is below the fold:
        # a script of ours presses this button once the first chart is drawn.
        layout.finish_first_paint_button("Show the evidence table")
        return
    evidence = view[[*EVIDENCE_SHOWN[1:], "doc_id", "start", "end", "signal_id"]].assign(
        review_label=view["review"].astype(str).map(rv.REVIEW_LABELS).fillna("")
    )
    # A new key for each view, as for the charts: a row selection is not kept across views.
    table_key = f"evidence-{flt.view_id(filters)}"
    st.dataframe(
        evidence,
        key=table_key,
        on_select=partial(_open_evidence_row, table_key, evidence, tables.options),
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        height=min(420, 38 + 35 * max(len(evidence), 1)),
        column_order=EVIDENCE_SHOWN,
        column_config=EVIDENCE_COLUMNS,
    )

    render_event_detail(tables, filters)

    row = st.container(horizontal=True)  # the buttons side by side, each as wide as its label
    # Built on demand, with no rerun: most views are never downloaded.
    row.download_button(
        "Download CSV",
        data=lambda: flt.to_csv(view),
        file_name="signals.csv",
        mime="text/csv",
        on_click="ignore",
        icon=":material/download:",
    )
    row.download_button(
        "Download JSON",
        data=lambda: flt.to_json(view),
        file_name="signals.json",
        mime="application/json",
        on_click="ignore",
        icon=":material/download:",
    )

    # The link is built only while its popover is open (lazy): st.code's highlighter
    # is a 1.5 MB script the first paint does without. The URL holds the view anyway.
    share = row.popover("Link to this view", icon=":material/link:", key=SHARE, on_change="rerun")
    if share.open:
        query = urlencode(flt.to_query(filters, tables.options))
        base = (st.context.url or "http://localhost:8501").rstrip("/") + "/"
        with share:
            st.caption("Copy with the button on the right:")
            st.code(base + (f"?{query}" if query else ""), language=None, wrap_lines=True)


def event_mentions(tables: Tables, filters: flt.Filters, signal_id: str | None) -> pd.DataFrame:
    """Every report of the selected signal's statement (its event), oldest first."""
    signals = tables.signals
    if not signal_id or "event_id" not in signals:
        return signals.iloc[0:0]
    mine = signals[signals["signal_id"] == signal_id]
    if mine.empty:
        return mine
    which = "raw" if filters.raw else "kept"
    same = signals[(signals["event_id"] == mine["event_id"].iloc[0]) & signals[which]]
    return same.sort_values(["day", "doc_id", "start"], na_position="last")


def render_event_detail(tables: Tables, filters: flt.Filters) -> None:
    """Under the table: the dates, outlets and documents of the selected row's event."""
    reports = event_mentions(tables, filters, st.session_state.get(rv.SELECTED))
    if len(reports) < 2:
        return
    outlets = reports["source"].dropna().astype(str).unique()
    st.caption(
        f"This statement is one event with {len(reports)} mentions in "
        f"{reports['doc_id'].nunique()} documents"
        + (f" from {len(outlets)} outlets" if len(outlets) > 1 else "")
        + ":"
    )
    st.dataframe(
        reports[["date", "source", "document", "sentence"]],
        hide_index=True,
        width="stretch",
        height=min(250, 38 + 35 * len(reports)),
        key="event-mentions",
        column_config={
            "date": st.column_config.TextColumn("Date", width="small"),
            "source": st.column_config.TextColumn("Outlet"),
            "document": st.column_config.TextColumn("Document"),
            "sentence": st.column_config.TextColumn("Evidence sentence", width="large"),
        },
    )


def shown_document(tables: Tables, view: pd.DataFrame, filters: flt.Filters) -> str | None:
    """The chosen document, else the one of the opened row, else the evidence's first."""
    focus = st.session_state.get(sidebar.FOCUS)
    if filters.doc:
        return filters.doc
    if focus and (view["doc_id"] == focus[0]).any():
        return focus[0]
    return str(view["doc_id"].iloc[0]) if len(view) else None


def render_source(tables: Tables, view: pd.DataFrame, filters: flt.Filters) -> None:
    """One document with the evidence of the filtered signals highlighted in it."""
    st.subheader("Source")
    doc_id = shown_document(tables, view, filters)
    document = tables.documents_by_id.get(doc_id) if doc_id else None
    if document is None:
        st.info("Select an evidence row or a document to read it here.")
        return
    if not filters.doc:
        st.caption("Showing the first document of the evidence; select a row to open another.")
    doc_signals = view[view["doc_id"] == document.id]
    spans = hl.spans_from_rows(
        doc_signals[["start", "end", "signal", "actor", "cue_start", "cue_end"]]
        .astype({"signal": str, "actor": str})
        .to_dict("records")
    )
    st.html(
        hl.document_header_html(
            document.title,
            document.id,
            document.date,
            document.source,
            document.url,
            name=str(doc_signals["document"].iloc[0]) if len(doc_signals) else None,
        )
    )
    copies = tables.copies.get(document.id, ())
    if copies:  # a republished story: stored once, its other sources listed
        st.caption(
            "Also published as: "
            + "; ".join(
                hl.markdown_literal(
                    " · ".join(x for x in (c.source, c.date, c.title or c.name) if x)
                    + (f" ({c.url})" if c.url else "")
                )
                for c in copies
            )
        )
    st.html(hl.legend_html(doc_signals["signal"].astype(str).unique()))
    focus = st.session_state.get(sidebar.FOCUS)
    if focus == sidebar.FOCUS_FIRST and spans:  # a chart mark was clicked: its first sentence
        first = min(spans, key=lambda s: (s.start, s.end))
        focus = st.session_state[sidebar.FOCUS] = (document.id, first.start, first.end)
    focused = (focus[1], focus[2]) if focus and focus[0] == document.id else None
    st.html(hl.highlight_html(document.text, spans, focus=focused))
    # to the selected sentence, else the first highlight of the view
    layout.scroll_to_focus(focused[0] if focused else -min((s.start for s in spans), default=0))
