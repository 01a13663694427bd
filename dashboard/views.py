"""The page header and the five views (tabs): Matrix, Timeline, Map, Relations, Actor profile.

Every chart draws the filtered signals; clicking a mark narrows the filters
(and so the URL) to what the mark stands for.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard import figures as fg
from dashboard import filters as flt
from dashboard import geo, layout, sidebar
from dashboard import highlight as hl
from dashboard import timeline as tl
from dashboard.data import Tables


def render_header(tables: Tables, view: pd.DataFrame, unknown: dict[str, list[str]]) -> None:
    """Title, notices (unknown link values, an empty store) and the headline figures."""
    st.title("Statement Lens")
    st.caption(
        "Per-actor diplomatic signals read from news and statements. "
        "Click a chart mark or an evidence row to narrow the view; the URL always holds it."
    )
    if unknown:
        # Link values are untrusted: shown as typed, never as Markdown.
        st.warning(
            "This link names values that are not in the corpus; they were ignored: "
            + "; ".join(
                f"{name} = {', '.join(hl.markdown_literal(repr(v)) for v in values)}"
                for name, values in unknown.items()
            )
        )
    if tables.documents.empty:
        st.info(
            "The store holds no documents yet. "
            "Add some under “Add or remove documents” in the sidebar."
        )
    for note in tables.notes:
        st.caption(note)

    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Documents", view["doc_id"].nunique())
    m2.metric("Actors", view["actor"].nunique())
    events = "mentions" in view.columns and len(view) < int(view["mentions"].sum())
    m3.metric(
        "Signals", len(view),
        help="Events: a statement reported several times counts once (tick 'Count "
        "mentions' to count every report)." if events else None,
    )  # fmt: skip
    m4.metric(
        "Mean cooperation score",
        fg.score_text(view["score"].mean()) if len(view) else "–",
        help="Goldstein scale: -10 conflict … +10 cooperation.",
    )


def _narrow_to_chart_selection(chart_key: str, options: flt.Options) -> None:
    selection = st.session_state[chart_key].selection
    if selection.points:
        # a dragged box on the timeline is a date range; a click is that mark
        dimensions = ("day",) if selection.box else ("actor", "signal", "day")
        narrowed = flt.narrow_to_selection(
            sidebar.current_filters(options), selection.points, dimensions=dimensions
        )
        sidebar.set_filters(narrowed, options)
        # the source then opens on the first sentence behind the mark, outlined
        st.session_state[sidebar.FOCUS] = sidebar.FOCUS_FIRST


def _chart(
    figure: go.Figure,
    key: str,
    filename: str,
    *,
    options: flt.Options,
    view_key: int,
    selectable: bool = True,
    box: bool = False,
    config: dict | None = None,
) -> None:
    """A Plotly chart whose selected marks narrow the filters (a box selects a range)."""
    # A new key for each view: Streamlit keeps a chart's selection and offers
    # no way to clear it, so an old selection must not outlive its marks.
    full_key = f"{key}-{view_key}"
    on_select = partial(_narrow_to_chart_selection, full_key, options) if selectable else "ignore"
    if box:
        figure.update_layout(dragmode="select")  # dragging selects rather than zooms
    st.plotly_chart(
        figure,
        key=full_key,
        width="stretch",
        config={**fg.chart_config(filename), **(config or {})},
        on_select=on_select,
        selection_mode=("points", "box") if box else "points",
    )


def render_views(tables: Tables, view: pd.DataFrame, filters: flt.Filters) -> bool:
    """The tabs; the open one is in the URL (``view``). False when it drew no chart
    (an actor profile with no actor), so nothing waits for a first chart."""
    chart = partial(_chart, options=tables.options, view_key=flt.view_id(filters))
    # Only the open tab is built (lazy tabs), so a filter change costs two charts, not six.
    tab_matrix, tab_time, tab_map, tab_network, tab_profile = st.tabs(
        list(flt.VIEWS), key=flt.P_VIEW, bind="query-params", on_change="rerun"
    )
    if tab_matrix.open:
        with tab_matrix:
            # one above the other: the pane beside the source is too narrow for two;
            # the bars are below the fold, drawn after the first paint (layout)
            chart(fg.matrix_figure(view), "matrix", "signals-by-actor-and-type")
            if layout.first_paint_done():
                chart(fg.actor_bars_figure(view), "bars", "signals-per-actor")
    if tab_time.open:
        with tab_time:
            _render_timeline(view, filters, chart)
    if tab_map.open:
        with tab_map:
            _render_map(view, chart)
    if tab_network.open:
        with tab_network:
            affiliations = dict(
                zip(tables.actors["actor"], tables.actors["affiliation"], strict=False)
            )
            chart(fg.network_figure(view, affiliations), "network", "relations")
    if tab_profile.open:
        with tab_profile:
            return _render_profile(tables, view, chart)
    return True


def _render_profile(tables: Tables, view: pd.DataFrame, chart) -> bool:
    """One actor: what they did, the words that set them apart, the tone about them.
    False when no actor has signals (no chart)."""
    per_actor = view.groupby("actor", observed=True).size()
    ranked = [str(a) for a in per_actor.sort_values(ascending=False, kind="stable").index]
    if not ranked:
        st.info("No actor has signals under these filters.")
        return False
    actor = ranked[0] if len(ranked) == 1 else st.selectbox("Actor", ranked, key="profile")
    mine = view[view["actor"] == actor]
    row = tables.actors[tables.actors["actor"] == actor]
    kind = f"{row['actor_type'].iloc[0]}, {row['affiliation'].iloc[0]}" if len(row) else ""
    st.subheader(hl.markdown_literal(actor + (f" · {kind}" if kind else "")))
    p1, p2, p3 = st.columns(3)
    p1.metric("Signals", len(mine))
    p2.metric("Mean cooperation score", fg.score_text(mine["score"].mean()))
    p3.metric("Documents", mine["doc_id"].nunique())
    # one under the other: the pane beside the source is too narrow for two
    chart(fg.stance_figure(view, actor), "stance", f"stance-{actor}")
    if tables.keywords is not None:
        chart(
            fg.keywords_figure(tables.keywords, actor),
            "keywords",
            f"keywords-{actor}",
            selectable=False,
        )
    if tables.tone is not None:
        chart(fg.tone_figure(tables.tone, actor), "tone", f"tone-{actor}", selectable=False)
    if tables.collocations is not None:
        pairs = tables.collocations[tables.collocations["actor"] == actor].head(10)
        if len(pairs):
            st.caption("Word pairs typical of " + hl.markdown_literal(actor))
            st.dataframe(pairs[["bigram", "count", "score"]], hide_index=True, width="stretch")
    return True


MAP_LIST_LIMIT = 15  # organisations and groups listed beside the map


def _render_map(view: pd.DataFrame, chart) -> None:
    """States coloured by a chosen measure; organisations and groups listed beside."""
    measure = st.columns([2, 1])[0].selectbox(
        "Colour states by",
        geo.MAP_MEASURES,
        format_func=geo.measure_label,
        key="map-measure",
        help="People, ministries and named forces count for their state.",
    )
    left, right = st.columns([5, 2])
    with left:
        st.caption("Click a state to narrow every view to it (and its people and bodies).")
        chart(
            geo.map_figure(view, measure),
            "map",
            f"stances-by-state-{measure}",
            config={"topojsonURL": geo.TOPOJSON_URL},
        )
    with right:
        others = geo.non_state_table(view, measure)
        st.markdown("**Organisations and groups**")
        if others.empty:
            st.caption("None under these filters.")
        else:
            # a plain list (names escaped), not a table: the map's first paint needs no grid
            st.caption(
                "\n".join(
                    f"- {hl.markdown_literal(r.actor)}"
                    + (f" ({hl.markdown_literal(r.affiliation)})" if r.affiliation != r.actor else "")
                    + f": {r.signals} signal{'s' if r.signals != 1 else ''}, "
                    f"mean {fg.score_text(r.mean_score)}"
                    for r in others.head(MAP_LIST_LIMIT).itertuples(index=False)
                )
            )
            if len(others) > MAP_LIST_LIMIT:
                st.caption(f"… and {len(others) - MAP_LIST_LIMIT} more; see the evidence.")
        small = geo.state_table(view, measure)
        small = small[~small["drawn"]]
        if len(small):
            st.markdown("**States too small to draw at this scale**")
            st.caption(
                hl.markdown_literal(
                    "; ".join(f"{r.state} ({r.signals})" for r in small.itertuples(index=False))
                )
            )


def _render_timeline(view: pd.DataFrame, filters: flt.Filters, chart) -> None:
    """Signals over time, then each chosen actor's stance over time."""
    st.caption("Click a bar for that period and type, or drag a box over several periods.")
    chart(tl.timeline_figure(view), "timeline", "signals-over-time", box=True)
    actors = tl.stance_actors(view, filters.actors)
    measure = st.radio(
        "Stance measured by",
        tl.STANCE_MEASURES,
        format_func=tl.STANCE_LABELS.get,
        horizontal=True,
        key="stance-measure",
    )
    if not filters.actors and actors:
        st.caption(
            "Showing the actors with most signals; choose actors in the sidebar to compare them."
        )
    chart(
        tl.stance_over_time_figure(view, actors, measure),
        "stance-time",
        "stance-over-time",
        box=True,
    )
