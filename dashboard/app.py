"""Statement Lens dashboard: who called for a ceasefire, who offered talks, who backs whom.

Run from the repository root:  streamlit run dashboard/app.py

Reads top to bottom: data (cached) -> link check -> sidebar filters -> views ->
evidence -> source text. Every filter is a widget bound to a URL query
parameter (docs/dashboard.md lists them), so a copied link reproduces the view.
"""

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ itself on sys.path, not the
# repository root, so `import dashboard.*` needs the root added (AppTest too).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataclasses import replace  # noqa: E402
from functools import partial  # noqa: E402
from urllib.parse import urlencode  # noqa: E402

import streamlit as st  # noqa: E402

from analysis import SIGNAL_TYPES  # noqa: E402
from analysis.store import StoreError  # noqa: E402
from dashboard import data  # noqa: E402
from dashboard import figures as fg  # noqa: E402
from dashboard import filters as flt  # noqa: E402
from dashboard import highlight as hl  # noqa: E402

try:  # the upload panel is written separately; the dashboard works without it
    from dashboard.add_documents import render_add_documents  # noqa: E402
except ImportError:
    render_add_documents = None

st.set_page_config(page_title="Statement Lens", page_icon=":material/policy:", layout="wide")

try:
    tables = data.load()
except StoreError as e:
    st.error(f"The document store could not be opened: {e}")
    st.stop()
options = tables.options
all_signals = tables.signals

# --- Links: the bound widgets drop unknown values silently; say which ones. ---
raw_params = {k: st.query_params.get_all(k) for k in flt.QUERY_PARAMS if k in st.query_params}
ignored = flt.invalid_params(raw_params, options)


def current_filters() -> flt.Filters:
    """The filters as the sidebar widgets hold them (also usable inside callbacks)."""
    s = st.session_state
    date_from, date_to = s.get(flt.P_FROM), s.get(flt.P_TO)
    return flt.Filters(
        actors=tuple(s.get(flt.P_ACTOR) or ()),
        signals=tuple(s.get(flt.P_SIGNAL) or ()),
        sources=tuple(s.get(flt.P_SOURCE) or ()),
        doc=s.get(flt.P_DOC) or None,
        # The full range means "no date filter", so undated signals stay in.
        date_from=None if date_from in (None, options.first_day) else date_from,
        date_to=None if date_to in (None, options.last_day) else date_to,
        q=(s.get(flt.P_QUERY) or "").strip(),
        include_reported=s.get(flt.P_REPORTED, True),
    )


def set_filters(f: flt.Filters) -> None:
    """Move the sidebar widgets (and with them the URL) to ``f``; for callbacks only."""
    s = st.session_state
    s[flt.P_ACTOR] = list(f.actors)
    s[flt.P_SIGNAL] = list(f.signals)
    s[flt.P_SOURCE] = list(f.sources)
    s[flt.P_DOC] = f.doc
    sync_doc_param()
    s[flt.P_FROM] = f.date_from or options.first_day
    s[flt.P_TO] = f.date_to or options.last_day
    s[flt.P_QUERY] = f.q
    s[flt.P_REPORTED] = f.include_reported


def sync_doc_param() -> None:
    """Write the document choice to the URL.

    The document picker shows titles, and a bound widget would put its label in
    the URL; the link must carry the stable document id, so this one parameter
    is kept in step by hand.
    """
    doc = st.session_state.get(flt.P_DOC)
    if doc:
        st.query_params[flt.P_DOC] = doc
    elif flt.P_DOC in st.query_params:
        del st.query_params[flt.P_DOC]


def narrow_to_chart_selection(chart_key: str) -> None:
    selection = st.session_state[chart_key].selection
    if selection.points:
        # a dragged box on the timeline is a date range; a click is that mark
        dimensions = ("day",) if selection.box else ("actor", "signal", "day")
        set_filters(
            flt.narrow_to_selection(current_filters(), selection.points, dimensions=dimensions)
        )


def open_evidence_row(table_key: str, rows) -> None:
    """A selected evidence row opens its document (a filter, so it is in the URL)."""
    selected = st.session_state[table_key].selection.rows
    if selected:
        row = rows.iloc[selected[0]]
        st.session_state["focus"] = (str(row["doc_id"]), int(row["start"]), int(row["end"]))
        set_filters(replace(current_filters(), doc=str(row["doc_id"])))


def reset_filters() -> None:
    set_filters(flt.Filters())
    st.session_state.pop("focus", None)


# The document choice is kept in the URL by hand (see sync_doc_param).
if flt.P_DOC not in st.session_state:
    linked = st.query_params.get(flt.P_DOC)
    st.session_state[flt.P_DOC] = linked if linked in tables.documents_by_id else None
    if linked and st.session_state[flt.P_DOC] is None:
        del st.query_params[flt.P_DOC]  # named in the notice above; not kept in the URL
elif st.session_state[flt.P_DOC] not in tables.documents_by_id:  # removed meanwhile
    st.session_state[flt.P_DOC] = None

# --- Sidebar: filters --------------------------------------------------------
with st.sidebar:
    st.header("Filters")
    st.multiselect(
        "Actors",
        options.actors,
        key=flt.P_ACTOR,
        bind="query-params",
        placeholder="All actors",
        help="Canonical actor names; type to search.",
    )
    chosen = st.session_state.get(flt.P_ACTOR) or []
    if chosen:
        info = tables.actors.set_index("actor")
        st.caption(
            " · ".join(
                hl.markdown_literal(
                    f"{a} ({info.at[a, 'actor_type']}, {info.at[a, 'affiliation']})"
                    if a in info.index
                    else a
                )
                for a in chosen
            )
        )
    st.multiselect(
        "Signal types",
        SIGNAL_TYPES,
        key=flt.P_SIGNAL,
        bind="query-params",
        placeholder="All types",
        help="The signal ids of the taxonomy (SIGNALS.md).",
    )
    st.date_input(
        "From",
        value=options.first_day,
        key=flt.P_FROM,
        bind="query-params",
        format="YYYY-MM-DD",
        min_value=flt.EARLIEST,
        max_value=flt.LATEST,
    )
    st.date_input(
        "To",
        value=options.last_day,
        key=flt.P_TO,
        bind="query-params",
        format="YYYY-MM-DD",
        min_value=flt.EARLIEST,
        max_value=flt.LATEST,
    )
    st.multiselect(
        "Sources", options.sources, key=flt.P_SOURCE, bind="query-params", placeholder="All sources"
    )
    st.selectbox(
        "Document",
        options.docs,
        format_func=lambda doc_id: tables.doc_labels.get(doc_id, doc_id),
        index=None,
        key=flt.P_DOC,
        on_change=sync_doc_param,
        placeholder="All documents",
        help="Narrows every view to one document and opens it in the source panel.",
    )
    st.text_input(
        "Search the evidence", key=flt.P_QUERY, bind="query-params", placeholder="e.g. restraint"
    )
    st.checkbox(
        "Include reported and hedged statements",
        value=True,
        key=flt.P_REPORTED,
        bind="query-params",
        help='Reported: attributed through another source ("…, the Kremlin said"). '
        f"Hedged: confidence below {flt.HEDGED_BELOW}.",
    )
    st.button("Clear all filters", on_click=reset_filters, width="stretch")
    if render_add_documents is not None:
        with st.expander("Add or remove documents"):
            if render_add_documents(data.store(), key="add"):
                st.rerun()  # read the new store revision

filters = current_filters()
view = flt.apply_filters(all_signals, filters)
view_id = abs(hash(filters)) % 10**8  # fresh chart/table selections for each view

# --- Header and headline figures ---------------------------------------------
# Less empty space above the title than Streamlit's default (CSS only; no script).
st.html("<style>[data-testid='stMainBlockContainer'] { padding-top: 2.5rem; }</style>")
st.title("Statement Lens")
st.caption(
    "Per-actor diplomatic signals read from news and statements. "
    "Click a chart mark or an evidence row to narrow the view; the URL always holds it."
)
if ignored:
    st.warning(
        "This link names values that are not in the corpus; they were ignored: "
        + "; ".join(
            f"{name} = {', '.join(hl.markdown_literal(repr(v)) for v in values)}"
            for name, values in ignored.items()
        )
    )
if tables.documents.empty:
    st.info(
        "The store holds no documents yet. Add some under “Add or remove documents” in the sidebar."
    )
for note in tables.notes:
    st.caption(note)

m1, m2, m3, m4 = st.columns(4)
m1.metric("Documents", view["doc_id"].nunique())
m2.metric("Actors", view["actor"].nunique())
m3.metric("Signals", len(view))
m4.metric(
    "Mean cooperation score",
    f"{view['score'].mean():+.1f}" if len(view) else "–",
    help="Goldstein scale: -10 conflict … +10 cooperation.",
)


def chart(figure, key: str, filename: str, *, selectable: bool = True, box: bool = False) -> None:
    """A Plotly chart whose selected marks narrow the filters (a box selects a range)."""
    full_key = f"{key}-{view_id}"
    if box:
        figure.update_layout(dragmode="select")  # dragging selects rather than zooms
    st.plotly_chart(
        figure,
        key=full_key,
        width="stretch",
        config=fg.chart_config(filename),
        on_select=partial(narrow_to_chart_selection, full_key) if selectable else "ignore",
        selection_mode=("points", "box") if box else "points",
    )


# --- Views -------------------------------------------------------------------
# Only the open tab is built (lazy tabs), so a filter change costs two charts, not six.
tab_matrix, tab_time, tab_network, tab_profile = st.tabs(
    list(flt.VIEWS),
    key=flt.P_VIEW,
    bind="query-params",
    on_change="rerun",
)
if tab_matrix.open:
    with tab_matrix:
        left, right = st.columns(2)
        with left:
            chart(fg.matrix_figure(view), "matrix", "signals-by-actor-and-type")
        with right:
            chart(fg.actor_bars_figure(view), "bars", "signals-per-actor")
if tab_time.open:
    with tab_time:
        st.caption("Click a bar for that day and type, or drag a box over several days.")
        chart(fg.timeline_figure(view), "timeline", "signals-per-day", box=True)
if tab_network.open:
    with tab_network:
        affiliations = dict(zip(tables.actors["actor"], tables.actors["affiliation"], strict=False))
        chart(fg.network_figure(view, affiliations), "network", "relations")
if tab_profile.open:
    with tab_profile:
        per_actor = view.groupby("actor", observed=True).size()
        ranked = [str(a) for a in per_actor.sort_values(ascending=False, kind="stable").index]
        if not ranked:
            st.info("No actor has signals under these filters.")
        else:
            actor = ranked[0] if len(ranked) == 1 else st.selectbox("Actor", ranked, key="profile")
            mine = view[view["actor"] == actor]
            row = tables.actors[tables.actors["actor"] == actor]
            kind = f"{row['actor_type'].iloc[0]}, {row['affiliation'].iloc[0]}" if len(row) else ""
            st.subheader(hl.markdown_literal(actor + (f" · {kind}" if kind else "")))
            p1, p2, p3 = st.columns(3)
            p1.metric("Signals", len(mine))
            p2.metric("Mean cooperation score", f"{mine['score'].mean():+.1f}")
            p3.metric("Documents", mine["doc_id"].nunique())
            left, right = st.columns(2)
            with left:
                chart(fg.stance_figure(view, actor), "stance", f"stance-{actor}")
                if tables.tone is not None:
                    chart(
                        fg.tone_figure(tables.tone, actor),
                        "tone",
                        f"tone-{actor}",
                        selectable=False,
                    )
            with right:
                if tables.keywords is not None:
                    chart(
                        fg.keywords_figure(tables.keywords, actor),
                        "keywords",
                        f"keywords-{actor}",
                        selectable=False,
                    )
                if tables.collocations is not None:
                    pairs = tables.collocations[tables.collocations["actor"] == actor].head(10)
                    if len(pairs):
                        st.caption("Word pairs typical of " + hl.markdown_literal(actor))
                        st.dataframe(
                            pairs[["bigram", "count", "score"]], hide_index=True, width="stretch"
                        )

# --- Evidence ----------------------------------------------------------------
st.subheader(f"Evidence ({len(view):,} signals)")
# shown columns, then the ones a selected row needs to open its document
EVIDENCE_SHOWN = [
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
]
evidence = view[[*EVIDENCE_SHOWN, "doc_id", "start", "end"]]
table_key = f"evidence-{view_id}"
st.dataframe(
    evidence,
    key=table_key,
    on_select=partial(open_evidence_row, table_key, evidence),
    selection_mode="single-row",
    hide_index=True,
    width="stretch",
    height=min(420, 38 + 35 * max(len(evidence), 1)),
    column_order=EVIDENCE_SHOWN,
    column_config={
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
    },
)


d1, d2, _ = st.columns([1, 1, 4])
d1.download_button(
    "Download CSV",
    data=lambda: flt.to_csv(view),
    file_name="signals.csv",
    mime="text/csv",
    on_click="ignore",
    icon=":material/download:",
)
d2.download_button(
    "Download JSON",
    data=lambda: flt.to_json(view),
    file_name="signals.json",
    mime="application/json",
    on_click="ignore",
    icon=":material/download:",
)

query = urlencode(flt.to_query(filters, options))
base = (st.context.url or "http://localhost:8501").rstrip("/") + "/"
st.caption("Link to this view (copy with the button on the right):")
st.code(base + (f"?{query}" if query else ""), language=None, wrap_lines=True)

# --- Source text ---------------------------------------------------------------
st.subheader("Source")
focus = st.session_state.get("focus")
doc_id = filters.doc or (focus[0] if focus and (view["doc_id"] == focus[0]).any() else None)
if doc_id is None and len(view):
    doc_id = str(view["doc_id"].iloc[0])
document = tables.documents_by_id.get(doc_id) if doc_id else None
if document is None:
    st.info("Select an evidence row or a document to read it here.")
else:
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
    st.html(hl.legend_html(doc_signals["signal"].astype(str).unique()))
    st.html(
        hl.highlight_html(
            document.text,
            spans,
            focus=(focus[1], focus[2]) if focus and focus[0] == document.id else None,
        )
    )
