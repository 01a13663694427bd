"""Charts: pure functions from a (filtered, prepared) signals frame to a Plotly figure.

Every chart and the source highlighter take a signal type's colour from
``SIGNAL_COLOURS``, read from the taxonomy (the Okabe-Ito palette, readable
with the common forms of colour blindness), so a colour means the same thing
everywhere. Every mark carries ``customdata = [actor, signal, day]`` ("" where
a mark has no such dimension) so that a selection maps back to filters
(``filters.narrow_to_selection``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from analysis.taxonomy import taxonomy

# Names, colours and the relations drawn in the network come from the taxonomy
# (analysis/data/taxonomy.toml), so SIGNALS.md, the analyser and every chart agree.
SIGNAL_TYPES: tuple[str, ...] = taxonomy().ids  # display order
SIGNAL_LABELS: dict[str, str] = taxonomy().labels
SIGNAL_COLOURS: dict[str, str] = taxonomy().colours  # checked to be #RRGGBB when read
# Types that say who stands how towards whom: drawn as arrows actor -> target.
NETWORK_SIGNALS: tuple[str, ...] = taxonomy().network_types
NEUTRAL = "#4a5563"
FONT = dict(family="Source Sans Pro, Arial, sans-serif", size=13, color="#1f2933")
MAX_ACTORS = 30  # rows in the matrix and bars; the rest are summed up in the title
MAX_EDGES = 120
MAX_NODES = 24  # the most connected actors; more labels on one circle are unreadable

# Plotly's toolbar: keep the PNG download, drop what an analyst does not need.
PLOTLY_CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["lasso2d", "autoScale2d", "toggleSpikelines"],
    "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "statement-lens-chart"},
}


def score_text(value: float) -> str:
    """A mean cooperation score as shown: one decimal, signed, and never "-0.0".

    >>> score_text(-0.04), score_text(2.25), score_text(-3.0)
    ('0.0', '+2.2', '-3.0')
    """
    rounded = round(float(value), 1) + 0.0  # + 0.0 turns -0.0 into 0.0
    return "0.0" if rounded == 0 else f"{rounded:+.1f}"


def chart_config(filename: str) -> dict:
    """Plotly config whose PNG export is named after the chart."""
    config = dict(PLOTLY_CONFIG)
    config["toImageButtonOptions"] = {**PLOTLY_CONFIG["toImageButtonOptions"], "filename": filename}
    return config


def styled(fig: go.Figure, title: str, *, height: int, legend: bool = True) -> go.Figure:
    """The house layout every chart shares (also timeline.py and geo.py): title, font,
    margins, legend above the plot."""
    fig.update_layout(
        title=dict(text=title, x=0, xanchor="left", font=dict(size=16)),
        font=FONT,
        height=height,
        margin=dict(l=10, r=10, t=90 if legend else 48, b=10),
        plot_bgcolor="white",
        paper_bgcolor="white",
        showlegend=legend,
        # above the plot, under the title: clear of rotated tick labels
        legend=dict(
            orientation="h",
            yanchor="bottom",
            y=1.0,
            xanchor="left",
            x=0,
            title=None,
            traceorder="normal",
        ),
        hoverlabel=dict(bgcolor="white", font_size=13),
    )
    return fig


def empty_figure(title: str, message: str = "No signals match the filters.") -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font=dict(size=14, color=NEUTRAL))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return styled(fig, title, height=220, legend=False)


def _types_present(signals: pd.DataFrame) -> list[str]:
    present = set(signals["signal"].unique())
    return [t for t in SIGNAL_TYPES if t in present]


def _count_table(signals: pd.DataFrame, rows: str, columns: str = "signal") -> pd.DataFrame:
    """Counts of ``rows`` x ``columns`` (fast on categoricals: only observed pairs)."""
    table = signals.groupby([rows, columns], observed=True).size().unstack(fill_value=0)
    table.index = table.index.astype(str)
    table.columns = table.columns.astype(str)
    return table


def _top_actors(counts: pd.DataFrame, limit: int = MAX_ACTORS) -> list[str]:
    """The actors with most signals first (ties by name), from a count table."""
    totals = counts.sum(axis=1)
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    return [a for a, _ in ordered[:limit]]


def matrix_figure(signals: pd.DataFrame) -> go.Figure:
    """Actor x signal-type heatmap with the count in each cell."""
    title = "Who does what: signals per actor and type"
    if signals.empty:
        return empty_figure(title)
    counts = _count_table(signals, "actor")
    actors = _top_actors(counts)
    types = _types_present(signals)
    counts = counts.reindex(index=actors, columns=types, fill_value=0)
    z = counts.to_numpy()
    labels = [SIGNAL_LABELS[t] for t in types]
    # Drawn as square markers rather than a Heatmap trace: Streamlit cannot
    # select heatmap cells, and a click on a cell should narrow the view.
    cells = [(i, j) for i in range(len(actors)) for j in range(len(types)) if z[i][j]]
    values = [int(z[i][j]) for i, j in cells]
    top = max(values)
    fig = go.Figure(
        go.Scatter(
            x=[labels[j] for _, j in cells],
            y=[actors[i] for i, _ in cells],
            mode="markers+text",
            text=[str(v) for v in values],
            textfont=dict(color=["white" if v > top / 2 else "#1f2933" for v in values], size=12),
            marker=dict(
                symbol="square",
                size=24,
                color=values,
                cmin=0,
                cmax=top,
                colorscale=[[0, "#e3ecf5"], [1, "#2f5d8a"]],
                line=dict(width=0),
            ),
            customdata=[[actors[i], types[j], ""] for i, j in cells],
            hovertext=[f"{actors[i]}<br>{SIGNAL_LABELS[types[j]]}: {z[i][j]}" for i, j in cells],
            hovertemplate="%{hovertext}<extra></extra>",
            showlegend=False,
        )
    )
    fig.update_xaxes(
        categoryorder="array", categoryarray=labels, showgrid=True, gridcolor="#eef1f5"
    )
    fig.update_yaxes(
        categoryorder="array", categoryarray=actors, showgrid=True, gridcolor="#eef1f5"
    )
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(side="top", title=None, tickangle=-35, tickfont=dict(size=12))
    if signals["actor"].nunique() > len(actors):
        title += f" (top {len(actors)} actors)"
    fig = styled(fig, title, height=max(280, 170 + 26 * len(actors)), legend=False)
    fig.update_layout(margin=dict(t=150))  # room for the title above the column labels
    return fig


def actor_bars_figure(signals: pd.DataFrame) -> go.Figure:
    """Per-actor horizontal bars, stacked by signal type."""
    title = "Signals per actor"
    if signals.empty:
        return empty_figure(title)
    counts = _count_table(signals, "actor")
    actors = _top_actors(counts)
    counts = counts.reindex(index=actors, fill_value=0)
    fig = go.Figure()
    for t in _types_present(signals):
        values = counts[t] if t in counts else pd.Series(0, index=actors)
        fig.add_bar(
            y=actors,
            x=values.to_numpy(),
            orientation="h",
            name=SIGNAL_LABELS[t],
            marker=dict(color=SIGNAL_COLOURS[t], line=dict(color="white", width=0.5)),
            customdata=[[a, t, ""] for a in actors],
            hovertemplate="%{y}<br>" + SIGNAL_LABELS[t] + ": %{x}<extra></extra>",
        )
    fig.update_layout(barmode="stack", bargap=0.3)
    # Long actor names leave a narrow plot area: two legend entries per row.
    fig.update_layout(legend=dict(entrywidth=0.5, entrywidthmode="fraction", font=dict(size=12)))
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(
        title="signals", gridcolor="#e5e7eb", dtick=whole_number_ticks(counts.sum(axis=1).max())
    )
    return styled(fig, title, height=max(260, 110 + 26 * len(actors)))


def whole_number_ticks(maximum: float) -> float | None:
    """Whole-number ticks for small counts (no "0.5 signals")."""
    return 1 if maximum and maximum <= 8 else None


def relation_edges(signals: pd.DataFrame) -> pd.DataFrame:
    """Directed edges actor -> target with a count, for the network's signal types."""
    rel = signals[signals["signal"].isin(NETWORK_SIGNALS) & (signals["targets_text"] != "")]
    if rel.empty:
        return pd.DataFrame(columns=["actor", "target", "signal", "count"])
    pairs = (
        rel[["actor", "signal", "targets"]]
        .assign(actor=rel["actor"].astype(str), signal=rel["signal"].astype(str))
        .explode("targets")
    )
    pairs = pairs[pairs["targets"].notna() & (pairs["targets"] != pairs["actor"])]
    edges = (
        pairs.groupby(["actor", "targets", "signal"], observed=True)
        .size()
        .reset_index(name="count")
        .rename(columns={"targets": "target"})
    )
    edges = edges.sort_values(["count", "actor", "target"], ascending=[False, True, True])
    return edges.head(MAX_EDGES).reset_index(drop=True)


def circular_layout(names: Sequence[str]) -> dict[str, tuple[float, float]]:
    """Evenly spaced positions on a circle, in the given order (deterministic)."""
    n = max(len(names), 1)
    return {
        name: (
            math.cos(math.pi / 2 - 2 * math.pi * i / n),
            math.sin(math.pi / 2 - 2 * math.pi * i / n),
        )
        for i, name in enumerate(names)
    }


def network_figure(signals: pd.DataFrame, affiliations: dict[str, str] | None = None) -> go.Figure:
    """Who backs, fights or calls on whom: arrows actor -> target, coloured by type.

    Nodes sit on a circle ordered by affiliation, so a leader sits next to the
    state it speaks for.
    """
    title = "Relations: support, hostilities and calls directed at a target"
    edges = relation_edges(signals)
    if edges.empty:
        return empty_figure(title, "No support, hostilities or targeted calls match the filters.")
    affiliations = affiliations or {}
    weight = (
        pd.concat([edges.groupby("actor")["count"].sum(), edges.groupby("target")["count"].sum()])
        .groupby(level=0)
        .sum()
    )
    keep = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NODES]
    kept = {name for name, _ in keep}
    if len(weight) > len(kept):
        title += f" (the {len(kept)} most connected actors)"
        edges = edges[edges["actor"].isin(kept) & edges["target"].isin(kept)]
    names = sorted(
        set(edges["actor"]) | set(edges["target"]),
        key=lambda n: (affiliations.get(n, n), n != affiliations.get(n, n), n),
    )
    pos = circular_layout(names)
    fig = go.Figure()
    types = [t for t in NETWORK_SIGNALS if t in set(edges["signal"])]
    for k, t in enumerate(types):
        sub = edges[edges["signal"] == t]
        xs: list[float | None] = []
        ys: list[float | None] = []
        sizes: list[int] = []
        mid_x, mid_y, hover, custom = [], [], [], []
        # Parallel edges of different types are bent apart a little.
        bend = 0.08 * (k - (len(types) - 1) / 2)
        for row in sub.itertuples(index=False):
            (x0, y0), (x1, y1) = pos[row.actor], pos[row.target]
            mx, my = (x0 + x1) / 2 - bend * (y1 - y0), (y0 + y1) / 2 + bend * (x1 - x0)
            # stop short of the target so the arrow head is not hidden by its node
            shorten = 0.12 / max(math.dist((x1, y1), (mx, my)), 1e-9)
            ex, ey = x1 - shorten * (x1 - mx), y1 - shorten * (y1 - my)
            xs += [x0, mx, ex, None]
            ys += [y0, my, ey, None]
            sizes += [0, 0, 11, 0]
            mid_x.append(mx)
            mid_y.append(my)
            hover.append(f"{row.actor} → {row.target}<br>{SIGNAL_LABELS[t]}: {row.count}")
            custom.append([row.actor, t, ""])  # a click on an edge: that actor, that type
        fig.add_scatter(
            x=xs,
            y=ys,
            mode="lines+markers",
            name=SIGNAL_LABELS[t],
            hoverinfo="skip",
            line=dict(color=SIGNAL_COLOURS[t], width=2, shape="spline"),
            marker=dict(symbol="arrow", angleref="previous", size=sizes, color=SIGNAL_COLOURS[t]),
        )
        fig.add_scatter(
            x=mid_x,
            y=mid_y,
            mode="markers",
            showlegend=False,
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            marker=dict(size=10, color=SIGNAL_COLOURS[t], opacity=0.01),
            customdata=custom,
        )
    degree = pd.concat([edges["actor"], edges["target"]]).value_counts()
    fig.add_scatter(
        x=[pos[n][0] for n in names],
        y=[pos[n][1] for n in names],
        mode="markers+text",
        text=names,
        textfont=dict(size=12),
        textposition=[_label_position(pos[n]) for n in names],
        showlegend=False,
        marker=dict(
            size=[10 + 3 * min(int(degree.get(n, 1)), 6) for n in names],
            color="white",
            line=dict(color=NEUTRAL, width=2),
        ),
        customdata=[[n, "", ""] for n in names],
        hovertemplate="%{text}<extra></extra>",
    )
    fig.update_xaxes(visible=False, range=[-1.6, 1.6])
    fig.update_yaxes(visible=False, range=[-1.3, 1.3], scaleanchor="x")
    return styled(fig, title, height=520)


def _label_position(xy: tuple[float, float]) -> str:
    x, y = xy
    vertical = "top" if y > 0.3 else "bottom" if y < -0.3 else "middle"
    horizontal = "right" if x > 0.3 else "left" if x < -0.3 else "center"
    if vertical == "middle" and horizontal == "center":
        horizontal = "right"
    return f"{vertical} {horizontal}"


def stance_figure(signals: pd.DataFrame, actor: str) -> go.Figure:
    """One actor's signals per type, in the type colours."""
    title = f"What {actor} did"
    mine = signals[signals["actor"] == actor]
    if mine.empty:
        return empty_figure(title, f"No signals by {actor} match the filters.")
    counts = mine.groupby("signal", observed=True).size()
    counts.index = counts.index.astype(str)
    types = [t for t in SIGNAL_TYPES if t in counts]
    fig = go.Figure(
        go.Bar(
            y=[SIGNAL_LABELS[t] for t in types],
            x=[int(counts[t]) for t in types],
            orientation="h",
            marker=dict(color=[SIGNAL_COLOURS[t] for t in types]),
            customdata=[[actor, t, ""] for t in types],
            text=[int(counts[t]) for t in types],
            textposition="outside",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="signals", gridcolor="#e5e7eb", dtick=whole_number_ticks(counts.max()))
    return styled(fig, title, height=max(200, 80 + 30 * len(types)), legend=False)


def keywords_figure(keywords: pd.DataFrame, actor: str, *, top: int = 12) -> go.Figure:
    """An actor's most distinctive words (z-score against everyone else's)."""
    title = f"Words that set {actor} apart"
    mine = keywords[keywords["actor"] == actor].sort_values("zscore", ascending=False).head(top)
    if mine.empty:
        return empty_figure(title, f"Not enough text attributed to {actor} for keywords.")
    fig = go.Figure(
        go.Bar(
            y=mine["term"],
            x=mine["zscore"].round(1),
            orientation="h",
            marker=dict(color=NEUTRAL),
            customdata=mine[["count", "rest_count"]].to_numpy(),
            hovertemplate="%{y}: z = %{x}<br>%{customdata[0]} times here, "
            "%{customdata[1]} elsewhere<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed", title=None)
    fig.update_xaxes(title="z-score (how much more often than other actors)", gridcolor="#e5e7eb")
    return styled(fig, title, height=max(220, 80 + 24 * len(mine)), legend=False)


TONE_COLOURS = {"negative": "#7f7f7f", "neutral": "#d4d4d4", "positive": "#3f3f3f"}


def tone_figure(tone: pd.DataFrame, actor: str) -> go.Figure:
    """Shares of the sentences about an actor whose wording is negative, neutral or positive."""
    title = f"Tone of the sentences about {actor}"
    row = tone[tone["actor"] == actor]
    if row.empty or int(row["sentences"].iloc[0]) == 0:
        return empty_figure(title, f"No sentences to score for {actor}.")
    r = row.iloc[0]
    n = int(r["sentences"])
    fig = go.Figure()
    for part in ("negative", "neutral", "positive"):
        share = float(r[part])
        fig.add_bar(
            y=[""],
            x=[round(100 * share, 1)],
            orientation="h",
            name=f"{part} ({100 * share:.0f}%)",
            marker=dict(color=TONE_COLOURS[part]),
            hovertemplate=f"{part}: {100 * share:.0f}% of {n} sentences<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(
        range=[0, 100],
        ticksuffix="%",
        title=f"{n} sentences; mean VADER compound {float(r['mean_tone']):+.2f}",
    )
    return styled(fig, title, height=200)
