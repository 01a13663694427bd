"""The dashboard's filters, as pure functions over a signals frame."""

import datetime as dt
import io
import json

import pandas as pd
import pytest
from helpers import ROOT

from analysis import SIGNAL_TYPES
from analysis.taxonomy import taxonomy
from dashboard.filters import (
    HEDGED_BELOW,
    QUERY_PARAMS,
    Filters,
    apply_filters,
    describe_filters,
    filters_from_link,
    invalid_params,
    link_bool,
    link_day,
    narrow_to_selection,
    options_from,
    to_csv,
    to_json,
    to_query,
    view_id,
)


def shown(frame):
    return sorted(zip(frame["actor"].astype(str), frame["signal"].astype(str), strict=True))


def test_no_filters_keep_every_signal(signals):
    assert len(apply_filters(signals, Filters())) == 7


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(actors=("Vladimir Putin",)), [("Vladimir Putin", "ceasefire_call")]),
        (
            Filters(signals=("negotiation_rejection",)),
            [("Armenia", "negotiation_rejection"), ("Azerbaijan", "negotiation_rejection")],
        ),
        (
            Filters(sources=("TASS",)),
            [("Russia", "alliance_support"), ("Sergei Lavrov", "mediation_offer")],
        ),
        (
            Filters(doc="talks"),
            [("Russia", "alliance_support"), ("Sergei Lavrov", "mediation_offer")],
        ),
        # a date bound drops the undated signal
        (
            Filters(date_from=dt.date(2020, 10, 5)),
            [("Russia", "alliance_support"), ("Sergei Lavrov", "mediation_offer")],
        ),
        (
            Filters(date_to=dt.date(2020, 10, 1), actors=("Azerbaijan",)),
            [("Azerbaijan", "negotiation_rejection")],
        ),
        (
            Filters(q="HOST TALKS"),
            [("Russia", "alliance_support"), ("Sergei Lavrov", "mediation_offer")],
        ),
        # reported (the Kremlin said) and hedged (confidence 0.4) statements left out
        (
            Filters(
                include_reported=False,
                signals=("ceasefire_call", "mediation_offer", "alliance_support"),
            ),
            [("Russia", "alliance_support")],
        ),
        (
            Filters(actors=("Vladimir Putin", "Armenia"), signals=("ceasefire_call",)),
            [("Vladimir Putin", "ceasefire_call")],
        ),
        (Filters(actors=("Nobody",)), []),
    ],
)
def test_each_filter_narrows_the_rows(signals, filters, expected):
    assert shown(apply_filters(signals, filters)) == expected


def test_search_treats_the_query_as_plain_text(signals):
    assert apply_filters(signals, Filters(q="a.b(")).empty
    assert len(apply_filters(signals, Filters(q="Nagorno-Karabakh"))) == 2


def test_prepared_frame_has_days_and_joined_targets(signals):
    putin = signals[signals["actor"] == "Vladimir Putin"].iloc[0]
    assert putin["targets_text"] == "Azerbaijan; Armenia"
    assert putin["day"].date() == dt.date(2020, 10, 1)
    assert signals["day"].isna().sum() == 1


def test_options_list_the_corpus_values(signals, seed_like_signals):
    docs = seed_like_signals.groupby("doc_id", as_index=False).agg(
        date=("date", "first"), source=("source", "first")
    )
    options = options_from(signals, docs, SIGNAL_TYPES)
    assert options.actors == (
        "Armenia",
        "Azerbaijan",
        "Emmanuel Macron",
        "Russia",
        "Sergei Lavrov",
        "Vladimir Putin",
    )
    assert options.sources == ("CGTN", "TASS")
    assert options.docs == ("seed", "talks", "undated")
    assert (options.first_day, options.last_day) == (dt.date(2020, 10, 1), dt.date(2020, 10, 9))


def test_a_heatmap_cell_narrows_actor_and_signal():
    narrowed = narrow_to_selection(
        Filters(q="ceasefire"), [{"customdata": ["Vladimir Putin", "ceasefire_call", ""]}]
    )
    assert narrowed == Filters(
        actors=("Vladimir Putin",), signals=("ceasefire_call",), q="ceasefire"
    )


def test_timeline_bars_narrow_signal_and_days():
    points = [
        {"x": "2020-10-09", "customdata": ["", "mediation_offer", "2020-10-09"]},
        {"x": "2020-10-01", "customdata": ["", "ceasefire_call", "2020-10-01"]},
    ]
    narrowed = narrow_to_selection(Filters(actors=("Russia",)), points)
    assert narrowed.actors == ("Russia",)
    assert narrowed.signals == ("ceasefire_call", "mediation_offer")
    assert (narrowed.date_from, narrowed.date_to) == (dt.date(2020, 10, 1), dt.date(2020, 10, 9))


def test_a_box_over_the_timeline_narrows_only_the_dates():
    points = [
        {"customdata": ["", "mediation_offer", "2020-10-09"]},
        {"customdata": ["", "ceasefire_call", "2020-10-01"]},
        {"customdata": ["", "hostilities", "2020-10-03"]},
    ]
    narrowed = narrow_to_selection(Filters(), points, dimensions=("day",))
    assert narrowed == Filters(date_from=dt.date(2020, 10, 1), date_to=dt.date(2020, 10, 9))


def test_marks_without_customdata_leave_the_filters_alone():
    f = Filters(actors=("Russia",))
    assert narrow_to_selection(f, [{"x": 1, "y": 2}, {"customdata": None}]) == f


def test_invalid_link_values_are_named(signals, seed_like_signals):
    docs = seed_like_signals.groupby("doc_id", as_index=False).agg(
        date=("date", "first"), source=("source", "first")
    )
    options = options_from(signals, docs, SIGNAL_TYPES)
    raw = {
        "actor": ["Vladimir Putin", "Darth Vader"],
        "signal": ["ceasefire_call", "world_peace"],
        "from": ["2020-10-01"],
        "to": ["next week"],
        "doc": ["talks"],
        "reported": ["maybe"],
        "utm_source": ["mail"],
    }
    assert invalid_params(raw, options) == {
        "actor": ["Darth Vader"],
        "signal": ["world_peace"],
        "to": ["next week"],
        "reported": ["maybe"],
    }


@pytest.mark.parametrize("value", ["false", "FALSE", "False", "fAlSe"])
def test_a_boolean_in_a_link_counts_in_any_case(signals, seed_like_signals, value):
    """As the bound checkbox reads it; ?reported=FALSE was named as ignored while the
    checkbox took it."""
    docs = seed_like_signals.groupby("doc_id", as_index=False).agg(
        date=("date", "first"), source=("source", "first")
    )
    options = options_from(signals, docs, SIGNAL_TYPES)
    raw = {"reported": [value], "raw": ["TRUE"]}
    assert link_bool(value) is False
    assert invalid_params(raw, options) == {}
    link = filters_from_link(raw, options)
    assert link.include_reported is False and link.raw is True
    wrong = {"reported": ["no"], "raw": ["1"], "mentions": [""]}
    assert invalid_params(wrong, options) == wrong
    assert filters_from_link(wrong, options) == Filters()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2020-10-05", dt.date(2020, 10, 5)),
        ("2020/10/05", dt.date(2020, 10, 5)),
        ("2020-1-5", dt.date(2020, 1, 5)),
        ("20201005", None),  # an ISO form Python reads, the date picker does not
        ("2020-W41-1", None),
        ("1800-01-01", None),  # before any date a picker accepts
        ("2020-02-30", None),
        ("", None),
    ],
)
def test_link_dates_are_read_as_the_date_pickers_read_them(text, day):
    assert link_day(text) == day


def test_a_link_is_read_as_the_widgets_read_it(signals, seed_like_signals):
    docs = seed_like_signals.groupby("doc_id", as_index=False).agg(
        date=("date", "first"), source=("source", "first")
    )
    options = options_from(signals, docs, SIGNAL_TYPES)
    raw = {
        "actor": ["Vladimir Putin", "Darth Vader", "Armenia", "Vladimir Putin"],
        "signal": ["world_peace"],
        "from": [options.first_day.isoformat()],  # the corpus's first day: no bound
        "to": ["2020/10/05", "2020-10-09"],  # the first of two
        "q": ["talks", "  host talks "],  # the last of two, trimmed
        "doc": ["talks"],
        "view": ["Map"],
        "utm_source": ["mail"],
    }
    assert filters_from_link(raw, options) == Filters(
        actors=("Vladimir Putin", "Armenia"),  # known ones, in the link's order, once
        doc="talks",
        date_to=dt.date(2020, 10, 5),
        q="host talks",
    )
    # one bad date of two leaves the picker at its default
    assert filters_from_link({"from": ["2020-10-05", "later"]}, options).date_from is None
    assert filters_from_link({}, options) == Filters()


def test_filters_are_described_in_words():
    f = Filters(
        actors=("Vladimir Putin", "Armenia"),
        signals=("ceasefire_call",),
        states=("Russia",),
        sources=("TASS",),
        doc="d1",
        date_from=dt.date(2020, 10, 1),
        q="talks",
        include_reported=False,
        raw=True,
        mentions=True,
    )
    assert describe_filters(f, doc_label="Talks in Moscow (2020-10-05)") == [
        ("Actors", "Vladimir Putin, Armenia"),
        ("Signal types", "ceasefire_call"),
        ("States", "Russia"),
        ("From", "2020-10-01"),
        ("Sources", "TASS"),
        ("Document", "Talks in Moscow (2020-10-05)"),
        ("Search", "talks"),
        ("Reported and hedged statements", "left out"),
        ("Data", "the analyser's raw output"),
        ("Count", "every mention"),
    ]
    assert describe_filters(Filters(doc="d1")) == [("Document", "d1")]
    assert describe_filters(Filters()) == []


def test_query_string_leaves_defaults_out(signals, seed_like_signals):
    docs = seed_like_signals.groupby("doc_id", as_index=False).agg(
        date=("date", "first"), source=("source", "first")
    )
    options = options_from(signals, docs, SIGNAL_TYPES)
    f = Filters(
        actors=("Vladimir Putin", "Emmanuel Macron"),
        signals=("ceasefire_call",),
        date_from=dt.date(2020, 10, 1),  # the corpus start: a default
        date_to=dt.date(2020, 10, 5),
        q="restraint",
        include_reported=False,
    )
    assert to_query(f, options) == [
        ("actor", "Vladimir Putin"),
        ("actor", "Emmanuel Macron"),
        ("signal", "ceasefire_call"),
        ("to", "2020-10-05"),
        ("q", "restraint"),
        ("reported", "false"),
    ]
    assert to_query(Filters(), options) == []


def test_every_query_parameter_is_documented():
    """Links in reports depend on these names: each needs a row in docs/dashboard.md."""
    doc = (ROOT / "docs" / "dashboard.md").read_text()
    for name in QUERY_PARAMS:
        assert f"| `{name}` |" in doc, f"query parameter {name!r} is not documented"


def test_exports_keep_the_contract_columns_and_only_the_filtered_rows(signals, seed_like_signals):
    putin = apply_filters(signals, Filters(actors=("Vladimir Putin",)))
    records = json.loads(to_json(putin))
    assert len(records) == 1
    assert list(records[0]) == list(seed_like_signals.columns)
    assert records[0]["targets"] == ["Azerbaijan", "Armenia"]
    assert records[0]["reported_by"] == "Russia"
    undated = json.loads(to_json(apply_filters(signals, Filters(doc="undated"))))
    assert undated[0]["date"] is None and undated[0]["reported_by"] is None
    table = pd.read_csv(io.StringIO(to_csv(putin)))
    assert table.loc[0, "targets"] == "Azerbaijan; Armenia"
    assert list(table.columns) == list(seed_like_signals.columns)


def test_hedged_means_below_the_taxonomy_threshold(signals):
    assert HEDGED_BELOW == taxonomy().hedged_below
    hedged = signals[(signals["modality"] != "reported") & signals["secondhand"]]
    assert (hedged["confidence"] < HEDGED_BELOW).all() and len(hedged)


def test_view_id_names_one_view():
    assert view_id(Filters(actors=("Russia",))) == view_id(Filters(actors=("Russia",)))
    assert view_id(Filters(actors=("Russia",))) != view_id(Filters())


def test_a_link_may_name_a_document_by_its_name_or_its_id():
    from dashboard.filters import Options, doc_param, document_names, resolve_doc

    # Store.document_names(): id -> the file name; two uploads called "note" share one.
    names = {"a1b2": "000_a05659aaa7e80c9a", "c3d4": "note", "e5f6": "note"}
    options = Options((), (), (), docs=tuple(names), doc_names=document_names(names))
    assert resolve_doc("000_a05659aaa7e80c9a", options) == "a1b2"
    assert resolve_doc("a1b2", options) == "a1b2"
    assert resolve_doc("note", options) is None  # ambiguous: the link must use an id
    assert resolve_doc("c3d4", options) == "c3d4"
    assert doc_param("a1b2", options) == "000_a05659aaa7e80c9a"
    assert doc_param("c3d4", options) == "c3d4"


@pytest.mark.parametrize(
    ("mean", "shown"), [(-0.04, "0.0"), (0.04, "0.0"), (-0.3, "-0.3"), (4.5, "+4.5"), (0, "0.0")]
)
def test_a_mean_score_is_signed_but_never_minus_zero(mean, shown):
    from dashboard.figures import score_text

    assert score_text(mean) == shown
