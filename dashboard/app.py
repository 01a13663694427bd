"""Statement Lens dashboard: who called for a ceasefire, who offered talks, who backs whom.

Run from the repository root:  streamlit run dashboard/app.py

The page, top to bottom: data (cached) -> link check -> sidebar filters ->
header and views -> evidence -> source text. Who may add or remove documents
is the deployment's choice (``dashboard/access.py``). Every filter lives in the URL
(README lists the parameters), so a copied link reproduces the view.
``import dashboard`` works because the project is installed (``pip install -e .``).
"""

import streamlit as st

from analysis.store import StoreError
from dashboard import data, evidence, sidebar, views
from dashboard.access import current_access
from dashboard.editing import render_editing
from dashboard.filters import apply_filters

st.set_page_config(page_title="Statement Lens", page_icon=":material/policy:", layout="wide")

try:
    tables = data.load()
except StoreError as e:
    st.error(f"The document store could not be opened: {e}")
    st.stop()

unknown = sidebar.unknown_link_values(tables.options)  # before the widgets drop them
filters = sidebar.render_filters(tables)
# viewers read, editors write (dashboard/access.py); the write panels are editors' only
if render_editing(data.store(), access=current_access()):
    st.rerun()  # read the new store revision

view = apply_filters(tables.signals, filters)
views.render_header(tables, view, unknown)
views.render_views(tables, view, filters)
evidence.render_evidence(tables, view, filters)
evidence.render_source(tables, view, filters)
