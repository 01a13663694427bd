"""The sidebar filters and the URL they live in.

Every filter is a widget bound to a URL query parameter (README lists them),
so a copied link reproduces the view. Chart clicks and evidence rows move the
same widgets through :func:`set_filters`, which is how they reach the URL too.

A session's first page lists the link's filters as text instead, and draws
the widgets in the run after its first chart is drawn (``layout.first_paint_done``):
the browser fetches a script or two for each of the 13 widgets, and over the
six connections it keeps to a server these went ahead of Plotly's bundle,
delaying the first chart (issue 12). Until the widgets are drawn the link is
the filters' only home: :func:`current_filters` reads it as the widgets will
(``filters.filters_from_link``) and :func:`set_filters` writes it.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard import filters as flt
from dashboard import highlight as hl
from dashboard import layout
from dashboard.data import Tables

# Session key of the evidence span the user opened: (doc_id, start, end), or
# FOCUS_FIRST after a chart click: the first evidence sentence of the shown document.
FOCUS = "focus"
FOCUS_FIRST = ("", -1, -1)
# Session key of the corpus date range the date pickers last defaulted to.
DATE_DEFAULTS = "date-defaults"
# Session keys: the filter widgets have been drawn in this session (from then on
# they hold the filters); a callback moved the filters while only the link held them.
WIDGETS_DRAWN = "filter-widgets-drawn"
LINK_MOVED = "link-moved"
# Session key: the widgets are due but wait for a run that starts from the moved link.
FOLLOW_UP = "filters-follow-up"
# Session key: (the unknown values of the link the session opened, its filters).
OPENED = "opened-link"
# The filter parameters (the open tab is not a filter)
FILTER_PARAMS = tuple(p for p in flt.QUERY_PARAMS if p != flt.P_VIEW)


def unknown_link_values(options: flt.Options) -> dict[str, list[str]]:
    """Values in the opened link that name nothing in the corpus, per parameter.

    Call before the sidebar is drawn: the bound widgets drop such values from
    the URL silently, and the user should be told which ones were ignored.
    """
    return flt.invalid_params(_link(), options)


def link_notice(unknown: dict[str, list[str]], filters: flt.Filters) -> dict[str, list[str]]:
    """What the notice lists: the values the session's link named in vain, while the
    view is still the one it opened, else those in the URL now (``unknown``).

    The widgets and the document picker drop such values from the URL as they
    are first drawn, which on a session's first page is a run or two after the
    link was opened; the notice must not vanish (or shrink) with them.
    """
    s = st.session_state
    if OPENED not in s:
        s[OPENED] = (unknown, filters)
    opened, opened_filters = s[OPENED]
    if filters != opened_filters:
        s[OPENED] = ({}, None)  # the user moved on: the link is told about no more
        return unknown
    return opened or unknown


def _link() -> dict[str, list[str]]:
    return {k: st.query_params.get_all(k) for k in flt.QUERY_PARAMS if k in st.query_params}


def link_filters(options: flt.Options) -> flt.Filters:
    """The filters the page's link sets, read as the widgets will read it when drawn.

    The document is the one :func:`_restore_doc` took from the link (or a
    callback chose since): the picker is seeded from session state, not the URL.
    """
    return replace(flt.filters_from_link(_link(), options), doc=st.session_state.get(flt.P_DOC))


def current_filters(options: flt.Options) -> flt.Filters:
    """The filters as the sidebar widgets hold them (also usable inside callbacks);
    the link's, read as the widgets will, while they are not drawn yet."""
    s = st.session_state
    if not s.get(WIDGETS_DRAWN):
        return link_filters(options)
    date_from, date_to = s.get(flt.P_FROM), s.get(flt.P_TO)
    return flt.Filters(
        actors=tuple(s.get(flt.P_ACTOR) or ()),
        signals=tuple(s.get(flt.P_SIGNAL) or ()),
        sources=tuple(s.get(flt.P_SOURCE) or ()),
        states=tuple(s.get(flt.P_STATE) or ()),
        doc=s.get(flt.P_DOC) or None,
        # The full range means "no date filter", so undated signals stay in.
        date_from=None if date_from in (None, options.first_day) else date_from,
        date_to=None if date_to in (None, options.last_day) else date_to,
        q=(s.get(flt.P_QUERY) or "").strip(),
        include_reported=s.get(flt.P_REPORTED, True),
        raw=bool(s.get(flt.P_RAW, False)),
        mentions=bool(s.get(flt.P_MENTIONS, False)),
    )


def set_filters(f: flt.Filters, options: flt.Options) -> None:
    """Move the sidebar widgets (and with them the URL) to ``f``; for callbacks only.

    Widgets can be set through session state only before they are drawn, that
    is in a callback, which runs ahead of the next script run. Before the
    session's widgets exist the link is rewritten instead (the open tab and
    other parameters kept), and the widgets are later drawn from it.
    """
    s = st.session_state
    if not s.get(WIDGETS_DRAWN):
        pairs = flt.to_query(f, options)
        for name in FILTER_PARAMS:
            values = [value for key, value in pairs if key == name]
            if values:
                st.query_params[name] = values
            elif name in st.query_params:
                del st.query_params[name]
        s[flt.P_DOC] = f.doc
        s[LINK_MOVED] = True
        return
    s[flt.P_ACTOR] = list(f.actors)
    s[flt.P_SIGNAL] = list(f.signals)
    s[flt.P_SOURCE] = list(f.sources)
    s[flt.P_STATE] = list(f.states)
    s[flt.P_DOC] = f.doc
    sync_doc_param(options)
    s[flt.P_FROM] = f.date_from or options.first_day
    s[flt.P_TO] = f.date_to or options.last_day
    s[flt.P_QUERY] = f.q
    s[flt.P_REPORTED] = f.include_reported
    s[flt.P_RAW] = f.raw
    s[flt.P_MENTIONS] = f.mentions


def reset_filters(options: flt.Options) -> None:
    set_filters(flt.Filters(), options)
    st.session_state.pop(FOCUS, None)


def sync_doc_param(options: flt.Options) -> None:
    """Write the document choice to the URL.

    The document picker shows titles, and a bound widget would put its label in
    the URL; the link carries the document's name (what the CLI writes and users
    see) or, when two documents share a name, its id, so this one parameter is
    kept in step by hand.
    """
    doc = st.session_state.get(flt.P_DOC)
    if doc:
        st.query_params[flt.P_DOC] = flt.doc_param(doc, options)
    elif flt.P_DOC in st.query_params:
        del st.query_params[flt.P_DOC]


def _restore_doc(tables: Tables) -> None:
    """Seed the document picker from the link once; forget a document removed meanwhile."""
    s = st.session_state
    if flt.P_DOC not in s:
        linked = st.query_params.get(flt.P_DOC)
        s[flt.P_DOC] = flt.resolve_doc(linked, tables.options)  # a name or an id
        if linked and s[flt.P_DOC] is None:
            del st.query_params[flt.P_DOC]  # the link notice names it; the URL drops it
    elif s[flt.P_DOC] not in tables.documents_by_id:
        s[flt.P_DOC] = None


def follow_corpus_dates(options: flt.Options) -> None:
    """Move a date picker the user never set to the corpus's new first or last day.

    The pickers default to the corpus range; when a document outside it is
    added (here or in another session), a picker still at the old default would
    become a filter nobody chose and hide the new document. A date the user
    picked (or a link named) stays fixed. Runs before the pickers are drawn.
    """
    s = st.session_state
    now = (options.first_day, options.last_day)
    before = s.get(DATE_DEFAULTS)
    if before is not None and before != now:
        for key, old, new in ((flt.P_FROM, before[0], now[0]), (flt.P_TO, before[1], now[1])):
            if key in s and s[key] in (old, None):
                s[key] = new
    s[DATE_DEFAULTS] = now


def _actor_caption(tables: Tables, chosen: list[str]) -> str:
    info = tables.actors.set_index("actor")
    return " · ".join(
        hl.markdown_literal(
            f"{a} ({info.at[a, 'actor_type']}, {info.at[a, 'affiliation']})"
            if a in info.index
            else a
        )
        for a in chosen
    )


def _widgets_due() -> bool:
    """Whether this run draws the filter widgets: once the first paint is done.

    Not in the run whose callback moved the link before they were drawn: a widget
    drawn for the first time is seeded from the URL the run started with, which
    the callback's change is not in yet; the next run (:func:`follow_up_due`)
    starts from the moved link.
    """
    s = st.session_state
    moved = s.pop(LINK_MOVED, False)
    if s.get(WIDGETS_DRAWN):
        return True
    if not layout.first_paint_done():
        return False
    if moved:
        s[FOLLOW_UP] = True
        return False
    return True


def follow_up_due() -> bool:
    """Whether the widgets wait for another run (call at the end of the script, and
    ``st.rerun()`` when True)."""
    return bool(st.session_state.pop(FOLLOW_UP, False))


def describe_link(tables: Tables, f: flt.Filters) -> None:
    """The filters as text, where the widgets will be (a session's first page)."""
    st.header("Filters")
    doc_label = tables.doc_labels.get(f.doc, f.doc) if f.doc else None
    lines = flt.describe_filters(f, doc_label=doc_label)
    # link values are untrusted: shown as typed, never as Markdown
    st.markdown(
        "\n".join(f"- **{label}:** {hl.markdown_literal(text)}" for label, text in lines)
        if lines
        else "None: every signal in the store."
    )
    st.caption("The filter controls come as soon as the first chart is drawn.")


def render_filters(tables: Tables) -> flt.Filters:
    """Draw the filter widgets in the sidebar and return the filters they hold; on a
    session's first page, until its first chart is drawn, the link's filters as text."""
    options = tables.options
    _restore_doc(tables)
    follow_corpus_dates(options)
    if not _widgets_due():
        shown = link_filters(options)
        with st.sidebar:
            describe_link(tables, shown)
        return shown
    st.session_state[WIDGETS_DRAWN] = True
    st.session_state.pop(FOLLOW_UP, None)  # a run that waited for them is no longer needed
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
            st.caption(_actor_caption(tables, chosen))
        st.multiselect(
            "Signal types",
            options.signals,
            key=flt.P_SIGNAL,
            bind="query-params",
            placeholder="All types",
            help="The signal ids of the taxonomy (SIGNALS.md).",
        )
        st.multiselect(
            "States",
            options.states,
            key=flt.P_STATE,
            bind="query-params",
            placeholder="All states",
            help="A state's signals with those of its people and bodies; click one on the map.",
        )
        for label, key, value in (
            ("From", flt.P_FROM, options.first_day),
            ("To", flt.P_TO, options.last_day),
        ):
            st.date_input(
                label,
                value=value,
                key=key,
                bind="query-params",
                format="YYYY-MM-DD",
                min_value=flt.EARLIEST,
                max_value=flt.LATEST,
            )
        st.multiselect(
            "Sources",
            options.sources,
            key=flt.P_SOURCE,
            bind="query-params",
            placeholder="All sources",
        )
        st.selectbox(
            "Document",
            options.docs,
            format_func=lambda doc_id: tables.doc_labels.get(doc_id, doc_id),
            index=None,
            key=flt.P_DOC,
            on_change=sync_doc_param,
            args=(options,),
            placeholder="All documents",
            help="Narrows every view to one document and opens it in the source panel.",
        )
        st.text_input(
            "Search the evidence",
            key=flt.P_QUERY,
            bind="query-params",
            placeholder="e.g. restraint",
        )
        st.checkbox(
            "Include reported and hedged statements",
            value=True,
            key=flt.P_REPORTED,
            bind="query-params",
            help='Reported: attributed through another source ("…, the Kremlin said"). '
            f"Hedged: confidence below {flt.HEDGED_BELOW}.",
        )
        st.checkbox(
            "Show the analyser's raw output",
            value=False,
            key=flt.P_RAW,
            bind="query-params",
            help="Without the reviewers' corrections: signals marked wrong are back, changed "
            "ones as the analyser read them, added ones left out. Corrected rows are marked "
            "in the evidence table either way.",
        )
        st.checkbox(
            "Count mentions",
            value=False,
            key=flt.P_MENTIONS,
            bind="query-params",
            help="Count every report of a statement. Unticked, a statement reported by "
            "several outlets (or repeated in one article) counts once, as one event.",
        )
        st.button("Clear all filters", on_click=reset_filters, args=(options,), width="stretch")
    return current_filters(options)
