"""Statement Lens dashboard (run: streamlit run dashboard/app.py)."""
