"""The dashboard while its corpus changes, and links that name documents (issue 12).

Each test opens the app (Streamlit's AppTest) on a store of its own seeded
from the seed article alone (dated 2020-10-01), so the counts are known.
"""

from __future__ import annotations

import pytest
from helpers import ROOT, SEEDS, dashboard_app
from streamlit.testing.v1 import AppTest

APP = str(ROOT / "dashboard" / "app.py")
SEED_NAME = "000_a05659aaa7e80c9a"  # the file name, which the CLI writes as doc_id

LATER = (
    "Baku and Yerevan trade accusations\n"
    "September 19, 2023\n\n"
    "Azerbaijan launched an offensive against Armenian forces in Nagorno-Karabakh on Tuesday. "
    "Russian Foreign Minister Sergei Lavrov called for an immediate ceasefire.\n"
)


@pytest.fixture
def open_app(tmp_path, monkeypatch):
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(SEEDS))

    def run(**params) -> AppTest:
        at = dashboard_app()
        for name, value in params.items():
            at.query_params[name.rstrip("_")] = value
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def evidence(at: AppTest):
    return next(t for t in at.dataframe if (t.key or "").startswith("evidence-")).value


def widget(at: AppTest, kind: str, key: str):
    return next(w for w in getattr(at.sidebar, kind) if w.key == key)


def open_add_panel(at: AppTest) -> None:
    at.session_state["add-panel"] = True  # the sidebar's "Add or remove documents"
    at.run()


def upload(at: AppTest, name: str, text: str) -> None:
    open_add_panel(at)
    at.sidebar.file_uploader[0].set_value((name, text.encode(), "text/plain"))
    next(b for b in at.sidebar.button if b.label == "Analyse and add").click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_a_later_document_added_in_the_sidebar_shows_up_at_once(open_app):
    at = open_app()
    assert metric(at, "Documents") == "1"
    signals = int(metric(at, "Signals"))

    upload(at, "later.txt", LATER)

    assert "Added and analysed 1 document" in at.sidebar.success[0].value
    assert metric(at, "Documents") == "2"  # no reload: the date range followed the corpus
    assert int(metric(at, "Signals")) > signals
    assert "2023-09-19" in set(evidence(at)["date"].astype(str))
    assert widget(at, "date_input", "to").value.isoformat() == "2023-09-19"
    assert "to" not in at.query_params and "from" not in at.query_params


def test_a_date_the_user_chose_stays_fixed_when_the_corpus_grows(open_app):
    at = open_app(to="2020-12-31")
    upload(at, "later.txt", LATER)
    assert widget(at, "date_input", "to").value.isoformat() == "2020-12-31"
    assert metric(at, "Documents") == "1"  # the new document is after the chosen range
    assert at.query_params["to"] == "2020-12-31"


@pytest.mark.parametrize("how", ["name", "id"])
def test_a_link_opens_a_document_by_its_name_or_its_id(open_app, how):
    at = open_app()
    doc_id = str(evidence(at)["doc_id"].iloc[0])
    assert doc_id != SEED_NAME  # the store's id is a hash of the text

    at = open_app(doc=SEED_NAME if how == "name" else doc_id)

    assert not at.warning  # no "names values that are not in the corpus"
    assert widget(at, "selectbox", "doc").value == doc_id
    assert set(evidence(at)["doc_id"]) == {doc_id}
    source = [h.value for h in at.html if 'class="lens-source"' in h.value]
    assert source and "Putin" in source[0]


def test_choosing_a_document_writes_its_name_into_the_link(open_app):
    at = open_app()
    doc_id = str(evidence(at)["doc_id"].iloc[0])
    widget(at, "selectbox", "doc").set_value(doc_id).run()
    assert at.query_params["doc"] == SEED_NAME


def test_a_mean_score_that_rounds_to_zero_reads_0_0(open_app):
    at = open_app(mentions="true")  # every mention: one row per event would weigh them otherwise
    mean = evidence(at)["score"].mean()
    assert abs(mean) < 0.05, f"the seed's scores no longer balance out ({mean}); pick another view"
    assert metric(at, "Mean cooperation score") == "0.0"


def test_the_upload_form_names_its_button_apart_from_the_uploader(open_app):
    at = open_app()
    open_add_panel(at)
    labels = [b.label for b in at.sidebar.button]
    assert "Analyse and add" in labels
    assert "Add files" not in labels  # that is the file uploader's own button


def chart_specs(at: AppTest) -> list[dict]:
    import json

    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def test_a_map_link_shows_the_states_that_called_for_a_ceasefire(open_app):
    at = open_app(view="Map", signal="ceasefire_call")
    (spec,) = chart_specs(at)
    (trace,) = spec["data"]
    assert trace["type"] == "choropleth" and trace["locationmode"] == "ISO-3"
    # Putin calls for Russia and Macron for France: people count for their state.
    assert {"RUS", "FRA"} <= set(trace["locations"])
    assert "USA" not in trace["locations"]
    # the UN Secretary-General is listed beside the map, not drawn
    beside = next(c.value for c in at.main.caption if c.value.startswith("- "))
    assert "Antonio Guterres (United Nations)" in beside.replace("\\", "")
    assert "Vladimir Putin" not in beside


def test_a_state_in_the_link_narrows_every_view_to_it(open_app):
    at = open_app(view="Map", state="Russia")
    assert widget(at, "multiselect", "state").value == ["Russia"]
    actors = set(evidence(at)["actor"].astype(str))
    assert {"Vladimir Putin", "Sergei Lavrov"} <= actors <= {"Vladimir Putin", "Sergei Lavrov",
                                                             "Russia"}  # fmt: skip
    (trace,) = chart_specs(at)[0]["data"]
    assert trace["locations"] == ["RUS"]


def test_a_new_visitor_gets_the_evidence_table_after_the_first_chart(tmp_path, monkeypatch):
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(SEEDS))
    at = AppTest.from_file(APP, default_timeout=60).run()  # a session's first page
    assert len(at.get("plotly_chart")) == 1 and not at.dataframe  # the matrix alone
    # in a browser, the page's own script presses this once the first chart is drawn
    next(b for b in at.button if b.label == "Show the evidence table").click().run()
    assert int(metric(at, "Signals")) == len(evidence(at))
    assert len(at.get("plotly_chart")) == 2  # and the per-actor bars
    widget(at, "multiselect", "signal").select("ceasefire_call").run()
    assert set(evidence(at)["signal"]) == {"ceasefire_call"}  # and it stays
