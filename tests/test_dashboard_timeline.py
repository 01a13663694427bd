"""The timeline on a real date axis (dashboard.timeline): bins that suit the range,
and each actor's stance over time."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import signal_record

from dashboard.filters import Filters, narrow_to_selection, prepare_signals
from dashboard.timeline import (
    bins_for,
    stance_actors,
    stance_over_time_figure,
    timeline_figure,
)


@pytest.mark.parametrize(
    ("first", "last", "size"),
    [
        ("2020-10-01", "2020-10-09", "day"),
        ("2020-10-01", "2020-12-01", "day"),  # two months of days still fit
        ("2023-10-07", "2024-11-27", "week"),
        ("2008-08-07", "2025-08-07", "month"),
    ],
)
def test_bins_suit_the_range(first, last, size):
    assert bins_for(dt.date.fromisoformat(first), dt.date.fromisoformat(last)).name == size


def spread(dates_and_actors) -> pd.DataFrame:
    """Signals on the given dates: (date, actor, signal, score)."""
    return prepare_signals(
        pd.DataFrame(
            [
                signal_record(
                    f"d{i}",
                    signal,
                    actor,
                    "A sentence.",
                    0,
                    date=date,
                    score=score,
                    actor_type="state",
                )
                for i, (date, actor, signal, score) in enumerate(dates_and_actors)
            ]  # fmt: skip
        )
    )


def test_years_of_signals_are_counted_per_month_at_their_place_in_time():
    signals = spread(
        [
            ("2008-08-08", "Russia", "hostilities", -10.0),
            ("2008-08-12", "France", "mediation_offer", 5.0),
            ("2008-08-15", "Russia", "agreement", 9.0),
            ("2020-10-01", "Russia", "ceasefire_call", -0.3),
        ]
    )
    fig = timeline_figure(signals)
    assert fig.layout.xaxis.type == "date"
    assert fig.layout.title.text == "Signals per month"
    bars = {t.name: (list(map(str, t.x)), list(t.y)) for t in fig.data}
    # August 2008 and October 2020 are two bars twelve years apart, not neighbours
    assert sorted({x[:7] for xs, _ in bars.values() for x in xs}) == ["2008-08", "2020-10"]
    hostilities = next(t for t in fig.data if t.name == "Hostilities")
    assert list(hostilities.customdata[0]) == ["", "hostilities", "2008-08-01/2008-08-31"]


def test_a_click_on_a_weekly_bar_narrows_the_dates_to_that_week():
    point = {"customdata": ["", "ceasefire_call", "2023-10-09/2023-10-15"]}
    narrowed = narrow_to_selection(Filters(), [point])
    assert (narrowed.date_from, narrowed.date_to) == (dt.date(2023, 10, 9), dt.date(2023, 10, 15))
    assert narrowed.signals == ("ceasefire_call",)


def test_each_actor_has_a_line_of_its_mean_score_per_bin():
    signals = spread(
        [
            ("2020-10-01", "Russia", "mediation_offer", 5.0),
            ("2020-10-01", "Russia", "condemnation", -2.0),
            ("2020-10-05", "Russia", "agreement", 9.0),
            ("2020-10-03", "Turkey", "alliance_support", 3.5),
        ]
    )
    fig = stance_over_time_figure(signals, ["Russia", "Turkey"], "mean_score")
    lines = {t.name: (list(map(str, t.x)), list(t.y)) for t in fig.data}
    assert [x[:10] for x in lines["Russia"][0]] == ["2020-10-01", "2020-10-05"]
    assert lines["Russia"][1] == [1.5, 9.0]
    assert lines["Turkey"][1] == [3.5]
    counts = stance_over_time_figure(signals, ["Russia"], "signals")
    assert list(counts.data[0].y) == [2, 1]


def test_without_chosen_actors_the_busiest_are_drawn():
    signals = spread([("2020-10-01", a, "ceasefire_call", -0.3) for a in "ABBCCC"])
    assert stance_actors(signals, ()) == ["C", "B", "A"]
    assert stance_actors(signals, ("A",)) == ["A"]
