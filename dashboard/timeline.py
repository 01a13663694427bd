"""The timeline: signals on a real date axis, binned by day, week or month to suit
the range, and each chosen actor's stance over time. Pure functions.

A corpus spanning 2008-2025 must not look like one busy fortnight, and a quiet
month must stay visible as a gap: bins are calendar days, ISO weeks (from
Monday) or calendar months, drawn at their place in time.

Marks carry ``customdata = [actor, signal, "FIRST/LAST"]``: the bin's first and
last day as an ISO 8601 interval, so a click on a weekly bar narrows the dates
to that week (``filters.narrow_to_selection``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures import (
    SIGNAL_COLOURS,
    SIGNAL_LABELS,
    empty_figure,
    styled,
    whole_number_ticks,
)

DAY_MS = 86_400_000
# The longest range drawn with daily (weekly) bins; longer ranges use the next size.
DAILY_UP_TO_DAYS = 62
WEEKLY_UP_TO_DAYS = 2 * 366
MAX_STANCE_ACTORS = 6  # lines in the stance chart when no actor is chosen

STANCE_MEASURES = ("mean_score", "signals")
STANCE_LABELS = {"mean_score": "Mean cooperation score", "signals": "Signals"}


@dataclass(frozen=True)
class Bins:
    """How a date range is cut: pandas period alias, its name, and a bar width."""

    period: str  # "D", "W-SUN" (weeks Monday..Sunday) or "M"
    name: str  # "day", "week", "month"
    width_ms: float


DAILY = Bins("D", "day", 0.8 * DAY_MS)
WEEKLY = Bins("W-SUN", "week", 0.8 * 7 * DAY_MS)
MONTHLY = Bins("M", "month", 0.8 * 30 * DAY_MS)


def bins_for(first: dt.date | pd.Timestamp, last: dt.date | pd.Timestamp) -> Bins:
    """Days for up to two months, weeks for up to two years, months beyond.

    >>> bins_for(dt.date(2020, 10, 1), dt.date(2020, 10, 9)).name
    'day'
    >>> bins_for(dt.date(2008, 1, 1), dt.date(2025, 8, 7)).name
    'month'
    """
    span = (pd.Timestamp(last) - pd.Timestamp(first)).days
    if span <= DAILY_UP_TO_DAYS:
        return DAILY
    if span <= WEEKLY_UP_TO_DAYS:
        return WEEKLY
    return MONTHLY


def binned(dated: pd.DataFrame, bins: Bins) -> pd.DataFrame:
    """``dated`` (rows with a ``day``) with the columns ``start``, ``end`` (the bin's
    first and last day), ``middle`` (where its mark is drawn) and ``interval``."""
    periods = dated["day"].dt.to_period(bins.period)
    start = periods.dt.start_time.dt.normalize()
    end = periods.dt.end_time.dt.normalize()
    return dated.assign(
        start=start,
        end=end,
        middle=start + (end - start + pd.Timedelta(days=1)) / 2,
        interval=start.dt.strftime("%Y-%m-%d") + "/" + end.dt.strftime("%Y-%m-%d"),
    )


def _date_axis(fig: go.Figure, bins: Bins) -> None:
    fig.update_xaxes(type="date", title=None, gridcolor="#eef1f5")
    if bins is MONTHLY:
        fig.update_xaxes(tickformat="%b %Y")
    else:
        fig.update_xaxes(tickformat="%d %b %Y")


def timeline_figure(signals: pd.DataFrame) -> go.Figure:
    """Signals per day, week or month on a date axis, stacked by type."""
    dated = signals[signals["day"].notna()]
    if dated.empty:
        return empty_figure("Signals over time", "No dated signals match the filters.")
    bins = bins_for(dated["day"].min(), dated["day"].max())
    title = f"Signals per {bins.name}"
    frame = binned(dated[["day", "signal"]], bins)
    counts = (
        frame.assign(signal=frame["signal"].astype(str))
        .groupby(["middle", "interval", "signal"])
        .size()
        .unstack(fill_value=0)
        .sort_index()
    )
    middles = counts.index.get_level_values("middle")
    intervals = list(counts.index.get_level_values("interval"))
    fig = go.Figure()
    for t in [t for t in SIGNAL_COLOURS if t in counts.columns]:
        fig.add_bar(
            x=middles,
            y=counts[t].to_numpy(),
            width=bins.width_ms,
            name=SIGNAL_LABELS[t],
            marker=dict(color=SIGNAL_COLOURS[t], line=dict(color="white", width=0.5)),
            customdata=[["", t, i] for i in intervals],
            hovertext=[_bin_text(i, bins) for i in intervals],
            hovertemplate="%{hovertext}<br>" + SIGNAL_LABELS[t] + ": %{y}<extra></extra>",
        )
    fig.update_layout(barmode="stack")
    _date_axis(fig, bins)
    fig.update_yaxes(
        title="signals", gridcolor="#e5e7eb", dtick=whole_number_ticks(counts.sum(axis=1).max())
    )
    undated = len(signals) - len(dated)
    if undated:
        title += f" ({undated} undated not shown)"
    return _legend_below(styled(fig, title, height=380))


def _legend_below(fig: go.Figure) -> go.Figure:
    """The legend under the axis: beside the source pane there is no room for it above."""
    fig.update_layout(
        legend=dict(orientation="h", yanchor="top", y=-0.12, xanchor="left", x=0),
        margin=dict(t=48, b=10),
    )
    return fig


def _bin_text(interval: str, bins: Bins) -> str:
    first, last = interval.split("/")
    if bins is DAILY:
        return first
    if bins is MONTHLY:
        return pd.Timestamp(first).strftime("%B %Y")
    return f"week of {first} to {last}"


def stance_actors(signals: pd.DataFrame, chosen: tuple[str, ...] | list[str]) -> list[str]:
    """The actors whose lines are drawn: the chosen ones, else those with most dated signals."""
    if chosen:
        return list(chosen)
    dated = signals[signals["day"].notna()]
    counts = dated.groupby("actor", observed=True).size()
    ordered = sorted(((str(a), int(n)) for a, n in counts.items()), key=lambda kv: (-kv[1], kv[0]))
    return [a for a, _ in ordered[:MAX_STANCE_ACTORS]]


def stance_over_time_figure(
    signals: pd.DataFrame, actors: list[str], measure: str = "mean_score"
) -> go.Figure:
    """One line per actor: its mean cooperation score (or signal count) per bin."""
    label = STANCE_LABELS[measure]
    title = f"How each actor's stance changed: {label.lower()}"
    dated = signals[signals["day"].notna() & signals["actor"].isin(actors)]
    if dated.empty:
        return empty_figure(title, "None of these actors has dated signals under the filters.")
    all_dated = signals[signals["day"].notna()]
    bins = bins_for(all_dated["day"].min(), all_dated["day"].max())  # as the timeline above
    title = title.replace(":", f" per {bins.name}:")
    frame = binned(dated[["day", "actor", "score"]], bins)
    frame = frame.assign(actor=frame["actor"].astype(str))
    table = (
        frame.groupby(["actor", "middle", "interval"])
        .agg(mean_score=("score", "mean"), signals=("score", "size"))
        .reset_index()
        .sort_values(["actor", "middle"])
    )
    fig = go.Figure()
    for actor in actors:
        mine = table[table["actor"] == actor]
        if mine.empty:
            continue
        fig.add_scatter(
            x=mine["middle"],
            y=mine[measure].round(2).to_numpy(),
            mode="lines+markers",
            name=actor,
            line=dict(width=2),
            marker=dict(size=8),
            customdata=[[actor, "", i] for i in mine["interval"]],
            hovertext=[
                f"{actor}, {_bin_text(i, bins)}<br>{n} signal{'s' if n != 1 else ''}, "
                f"mean score {m:+.1f}"
                for i, n, m in zip(mine["interval"], mine["signals"], mine["mean_score"],
                                   strict=True)
            ],  # fmt: skip
            hovertemplate="%{hovertext}<extra></extra>",
        )
    _date_axis(fig, bins)
    if measure == "mean_score":
        fig.update_yaxes(title="mean score", range=[-10.5, 10.5], zeroline=True,
                         zerolinecolor="#9aa5b1", gridcolor="#e5e7eb")  # fmt: skip
    else:
        fig.update_yaxes(title="signals", rangemode="tozero", gridcolor="#e5e7eb")
    return _legend_below(styled(fig, title, height=380))
