"""The baseline of benchmarks/bench_first_paint.py: a Streamlit page with one Plotly chart."""

import plotly.graph_objects as go
import streamlit as st

st.title("One chart")
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2])), width="stretch")
