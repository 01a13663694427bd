"""Statement Lens dashboard: who called for a ceasefire, who offered talks, who backs whom.

Run from the repository root:  streamlit run dashboard/app.py

The page, top to bottom: data (cached) -> link check -> sidebar filters and the
editing corner -> header -> two panes: views and evidence on one side, the source
text on the other. Who may add or remove documents is the deployment's choice
(``dashboard/access.py``). Every filter lives in the URL (README lists the
parameters), so a copied link reproduces the view.
``import dashboard`` works because the project is installed (``pip install -e .``).
"""

import streamlit as st

from analysis.store import StoreError
from dashboard import data, evidence, layout, review, sidebar, views
from dashboard.access import current_access
from dashboard.editing import render_editing
from dashboard.filters import apply_filters, counted

st.set_page_config(page_title="Statement Lens", page_icon="⚖️", layout="wide")

try:
    tables = data.load()
except StoreError as e:
    st.error(f"The document store could not be opened: {e}")
    st.stop()

unknown = sidebar.unknown_link_values(tables.options)  # before the widgets drop them
# the widgets, or on a session's first page the link's filters as text (sidebar.py)
filters = sidebar.render_filters(tables)
unknown = sidebar.link_notice(unknown, filters)  # the opened link's, while its view is shown
# viewers read, editors write (dashboard/access.py); the write panels are editors' only
access = current_access()
if render_editing(data.store(), access=access):
    st.rerun()  # read the new store revision

view = apply_filters(tables.signals, filters)  # every mention: the source pane highlights all
shown = counted(view, filters)  # one row per event, unless "Count mentions" is ticked
layout.style()
views.render_header(tables, shown, unknown)
charts_pane, source_pane = layout.panes()  # side by side on a wide screen, else stacked
with charts_pane:
    if not views.render_views(tables, shown, filters) and not layout.first_paint_done():
        layout.finish_first_paint()  # no chart to wait for: the widgets and table now
        st.rerun()
    evidence.render_evidence(tables, shown, filters)  # the table comes after the first chart
    # editors: judge, change or add signals (corrections; dashboard/review.py)
    if layout.first_paint_done() and review.render_review(
        data.store(), tables, filters, access=access,
        doc_id=evidence.shown_document(tables, view, filters),
    ):  # fmt: skip
        st.rerun()
with source_pane:
    evidence.render_source(tables, view, filters)
if sidebar.follow_up_due():  # the widgets, from a link a callback moved (sidebar.py)
    st.rerun()
