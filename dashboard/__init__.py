"""Statement Lens dashboard (run: streamlit run dashboard/app.py).

``app`` only composes the page from these modules:

- ``data``: the document store, loaded and cached once per revision;
- ``sidebar``: the filter widgets and the URL they are bound to;
- ``views``: the header and the tabs (Matrix, Timeline, Relations, Actor profile);
- ``evidence``: the evidence table, downloads, share link and the source text;
- ``add_documents``: the panel that adds documents to the store and removes them;

and the pure helpers behind them, free of Streamlit widgets: ``filters``,
``figures`` and ``highlight``.
"""
