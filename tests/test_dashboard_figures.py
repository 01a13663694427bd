"""Charts are pure functions of the signals frame: the same colours everywhere."""

import re

import pandas as pd
import pytest

from analysis import SIGNAL_TYPES, signals_frame
from analysis.taxonomy import taxonomy
from dashboard.figures import (
    NETWORK_SIGNALS,
    SIGNAL_COLOURS,
    actor_bars_figure,
    circular_layout,
    keywords_figure,
    matrix_figure,
    network_figure,
    relation_edges,
    stance_figure,
    tone_figure,
)
from dashboard.filters import prepare_signals
from dashboard.timeline import timeline_figure


def test_every_signal_type_has_its_own_valid_colour():
    assert SIGNAL_COLOURS == taxonomy().colours  # the charts read them from the taxonomy
    assert list(SIGNAL_COLOURS) == list(SIGNAL_TYPES)  # legend order = taxonomy order
    assert len(set(SIGNAL_COLOURS.values())) == len(SIGNAL_TYPES)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in SIGNAL_COLOURS.values())


def test_matrix_counts_signals_per_actor_and_type(signals):
    fig = matrix_figure(signals)
    assert list(fig.layout.xaxis.categoryarray) == [
        "Ceasefire call",
        "Mediation offer",
        "Negotiation rejection",
        "Alliance / support",
        "Hostilities",
    ]
    assert list(fig.layout.yaxis.categoryarray)[0] == "Azerbaijan"  # most signals first
    cells = fig.data[0]  # one clickable square per (actor, type) with signals
    counts = {(a, t): int(n) for (a, t, _), n in zip(cells.customdata, cells.text, strict=True)}
    assert counts == {
        ("Vladimir Putin", "ceasefire_call"): 1,
        ("Emmanuel Macron", "ceasefire_call"): 1,
        ("Sergei Lavrov", "mediation_offer"): 1,
        ("Armenia", "negotiation_rejection"): 1,
        ("Azerbaijan", "negotiation_rejection"): 1,
        ("Russia", "alliance_support"): 1,
        ("Azerbaijan", "hostilities"): 1,
    }


def test_bars_and_timeline_use_the_signal_colours(signals):
    for fig in (actor_bars_figure(signals), timeline_figure(signals)):
        by_name = {trace.name: trace.marker.color for trace in fig.data}
        assert by_name["Ceasefire call"] == SIGNAL_COLOURS["ceasefire_call"]
        assert (
            by_name["Hostilities" if "Hostilities" in by_name else "Mediation offer"]
            in SIGNAL_COLOURS.values()
        )
        assert fig.layout.showlegend


def test_timeline_has_one_bar_per_day_and_counts_undated_apart(signals):
    fig = timeline_figure(signals)
    assert fig.layout.xaxis.type == "date"  # days at their place in time, not categories
    assert fig.layout.title.text.startswith("Signals per day")
    assert sorted({str(x)[:10] for trace in fig.data for x in trace.x}) == [
        "2020-10-01",
        "2020-10-09",
    ]
    assert "1 undated not shown" in fig.layout.title.text
    ceasefire = next(t for t in fig.data if t.name == "Ceasefire call")
    assert list(ceasefire.customdata[0]) == ["", "ceasefire_call", "2020-10-01/2020-10-01"]


def test_relations_come_from_support_hostilities_and_targeted_calls(signals):
    assert NETWORK_SIGNALS == taxonomy().network_types  # `network = true` in taxonomy.toml
    edges = relation_edges(signals)
    assert sorted(
        map(tuple, edges[["actor", "target", "signal", "count"]].to_numpy().tolist())
    ) == [
        ("Azerbaijan", "Armenia", "hostilities", 1),
        ("Emmanuel Macron", "Armenia", "ceasefire_call", 1),
        ("Emmanuel Macron", "Azerbaijan", "ceasefire_call", 1),
        ("Russia", "Armenia", "alliance_support", 1),
        ("Vladimir Putin", "Armenia", "ceasefire_call", 1),
        ("Vladimir Putin", "Azerbaijan", "ceasefire_call", 1),
    ]
    fig = network_figure(signals, {"Vladimir Putin": "Russia", "Emmanuel Macron": "France"})
    legend = {t.name for t in fig.data if t.showlegend is not False}
    assert legend == {"Alliance / support", "Hostilities", "Ceasefire call"}
    nodes = fig.data[-1]
    assert set(nodes.text) == {
        "Armenia",
        "Azerbaijan",
        "Emmanuel Macron",
        "Russia",
        "Vladimir Putin",
    }
    heads = [size for t in fig.data if t.mode == "lines+markers" for size in t.marker.size if size]
    assert len(heads) == 6  # one arrow head per edge


def test_network_layout_is_deterministic():
    names = ["Armenia", "Azerbaijan", "Russia", "France"]
    assert circular_layout(names) == circular_layout(list(names))
    assert circular_layout(names)["Armenia"] == pytest.approx((0.0, 1.0))


def test_empty_selection_gives_a_message_not_an_error(signals):
    none = signals.iloc[0:0]
    for fig in (
        matrix_figure(none),
        actor_bars_figure(none),
        timeline_figure(none),
        network_figure(none),
    ):
        assert fig.layout.annotations[0].text.startswith("No ")


def test_profile_charts(signals):
    stance = stance_figure(signals, "Azerbaijan")
    assert list(stance.data[0].y) == ["Negotiation rejection", "Hostilities"]
    assert list(stance.data[0].marker.color) == [
        SIGNAL_COLOURS["negotiation_rejection"],
        SIGNAL_COLOURS["hostilities"],
    ]
    keywords = pd.DataFrame(
        [
            ["Russia", "host", 3.2, 2, 0],
            ["Russia", "talks", 2.1, 3, 1],
            ["France", "restraint", 2.0, 1, 0],
        ],
        columns=["actor", "term", "zscore", "count", "rest_count"],
    )
    assert list(keywords_figure(keywords, "Russia").data[0].y) == ["host", "talks"]
    tone = pd.DataFrame(
        [["Russia", "state", "Russia", 5, -0.12, 0.2, 0.6, 0.2]],
        columns=[
            "actor",
            "actor_type",
            "affiliation",
            "sentences",
            "mean_tone",
            "positive",
            "negative",
            "neutral",
        ],
    )
    fig = tone_figure(tone, "Russia")
    assert [t.name for t in fig.data] == ["negative (60%)", "neutral (20%)", "positive (20%)"]
    assert fig.layout.xaxis.title.text == "5 sentences; mean VADER compound -0.12"


def test_every_chart_builds_from_the_analysed_seed(seed_corpus):
    signals = prepare_signals(signals_frame(seed_corpus))
    assert "Vladimir Putin" in list(matrix_figure(signals).layout.yaxis.categoryarray)
    assert actor_bars_figure(signals).data
    assert str(timeline_figure(signals).data[0].x[0])[:10] == "2020-10-01"
    assert network_figure(signals).data
    assert stance_figure(signals, "Vladimir Putin").data[0].y[0] == "Ceasefire call"
