"""The map of stances by state (dashboard.geo): who counts for which state, and the figure."""

from __future__ import annotations

import pandas as pd

from dashboard import geo
from dashboard.filters import Filters, apply_filters, narrow_to_selection


def test_iso_codes_come_from_the_gazetteer():
    codes = geo.state_codes()
    assert codes["Russia"] == "RUS" and codes["Armenia"] == "ARM" and codes["Kosovo"] == "XKX"
    assert "United Nations" not in codes


def test_people_and_ministries_count_for_their_state(signals):
    # Putin and Lavrov (people), Russia (the state) count for Russia; Macron for France.
    table = geo.state_table(signals).set_index("state")
    assert table.loc["Russia", "signals"] == 3
    assert table.loc["Russia", "iso3"] == "RUS"
    assert table.loc["France", "signals"] == 1
    assert table.loc["Azerbaijan", "signals"] == 2
    assert table["drawn"].all()


def test_a_signal_type_counts_only_its_own_signals(signals):
    table = geo.state_table(signals, "ceasefire_call")
    assert dict(zip(table["state"], table["value"], strict=True)) == {"France": 1, "Russia": 1}


def test_the_mean_score_colours_by_the_states_mean(signals):
    table = geo.state_table(signals, geo.MEAN).set_index("state")
    assert table.loc["Azerbaijan", "value"] == -7.5  # a rejection (-5) and an attack (-10)


def test_organisations_and_groups_are_listed_beside_the_map():
    frame = pd.DataFrame(
        {
            "actor": ["Antonio Guterres", "Hamas", "Sergei Lavrov"],
            "affiliation": ["United Nations", "Hamas", "Russia"],
            "signal": ["ceasefire_call", "negotiation_rejection", "mediation_offer"],
            "score": [-0.3, -5.0, 5.0],
        }
    )
    assert list(geo.non_state_table(frame)["actor"]) == ["Antonio Guterres", "Hamas"]
    assert list(geo.state_table(frame)["state"]) == ["Russia"]


def test_the_map_draws_states_by_iso3_and_a_click_names_the_state(signals):
    fig = geo.map_figure(signals.assign(signal=signals["signal"].astype(str)), "ceasefire_call")
    (trace,) = fig.data
    assert trace.type == "choropleth" and trace.locationmode == "ISO-3"
    assert sorted(trace.locations) == ["FRA", "RUS"]
    point = {"customdata": list(trace.customdata[list(trace.locations).index("RUS")])}
    narrowed = narrow_to_selection(Filters(), [point])
    assert narrowed.states == ("Russia",) and narrowed.signals == ("ceasefire_call",)


def test_a_state_filter_keeps_the_state_its_people_and_bodies(signals):
    kept = apply_filters(signals, Filters(states=("Russia",)))
    assert set(kept["actor"].astype(str)) == {"Vladimir Putin", "Sergei Lavrov", "Russia"}


def test_a_state_too_small_for_the_map_is_listed_not_lost():
    frame = pd.DataFrame(
        {"actor": ["Bahrain"], "affiliation": ["Bahrain"], "signal": ["agreement"], "score": [9.0]}
    )
    table = geo.state_table(frame)
    assert list(table["state"]) == ["Bahrain"] and not table["drawn"].iloc[0]
    assert geo.map_figure(frame).layout.annotations  # "No state has signals ..."
