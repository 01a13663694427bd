"""The dashboard end to end, headless (streamlit.testing AppTest).

The app reads the document store in $LENS_DATA_DIR, seeded from seeds/ when
empty; every test points it at a temporary folder, never at the repository.
Assertions rest on what SIGNALS.md says the seed article contains (Putin calls
for a ceasefire, Russia offers mediation), not on exact counts, because the
extraction keeps improving.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import ROOT, dashboard_app
from streamlit.testing.v1 import AppTest

APP = str(ROOT / "dashboard" / "app.py")
PUTIN = "Vladimir Putin"


@pytest.fixture(scope="module")
def seeded_dir(tmp_path_factory) -> Path:
    """One store seeded from seeds/, shared by the tests that only read it."""
    return tmp_path_factory.mktemp("lens-data")


@pytest.fixture
def open_app(seeded_dir, monkeypatch):
    """Run the app as a browser would open a link with these query parameters."""
    monkeypatch.setenv("LENS_DATA_DIR", str(seeded_dir))

    def run(**params) -> AppTest:
        at = dashboard_app()
        for name, value in params.items():
            at.query_params[name.rstrip("_")] = value  # from_ -> from
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def evidence(at: AppTest):
    return next(t for t in at.dataframe if (t.key or "").startswith("evidence-")).value


def pairs(at: AppTest) -> set[tuple[str, str]]:
    table = evidence(at)
    return set(zip(table["actor"].astype(str), table["signal"].astype(str), strict=True))


def widget(at: AppTest, kind: str, key: str):
    return next(w for w in getattr(at.sidebar, kind) if w.key == key)


def chart_specs(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def share_link(at: AppTest) -> str:
    at.session_state["share"] = True  # open the "Link to this view" popover
    at.run()
    return next(c.value for c in at.code if c.value.startswith("http"))


def open_add_panel(at: AppTest) -> None:
    at.session_state["add-panel"] = True  # the sidebar's "Add or remove documents"
    at.run()


def test_opens_on_the_seeds_with_every_view(open_app):
    at = open_app()
    assert (PUTIN, "ceasefire_call") in pairs(at)
    assert any(signal == "mediation_offer" for _, signal in pairs(at))
    metrics = {m.label: m.value for m in at.metric}
    assert int(metrics["Documents"]) >= 1 and int(metrics["Signals"]) == len(evidence(at))
    assert [t.label for t in at.main.tabs] == [
        "Matrix",
        "Timeline",
        "Map",
        "Relations",
        "Actor profile",
    ]
    titles = [spec["layout"]["title"]["text"] for spec in chart_specs(at)]
    assert titles[0].startswith("Who does what") and titles[1] == "Signals per actor"
    assert not at.warning


@pytest.mark.parametrize("view", ["Timeline", "Map", "Relations", "Actor profile"])
def test_each_view_renders(open_app, view):
    at = open_app(view=view, actor=PUTIN)
    assert chart_specs(at), f"no chart in {view}"
    assert set(evidence(at)["actor"]) == {PUTIN}


@pytest.mark.parametrize(
    ("kind", "key", "choose", "keeps"),
    [
        ("multiselect", "actor", lambda w: w.select(PUTIN), lambda r: r["actor"] == PUTIN),
        (
            "multiselect",
            "signal",
            lambda w: w.select("mediation_offer"),
            lambda r: r["signal"] == "mediation_offer",
        ),
        ("multiselect", "source", lambda w: w.select("CGTN"), lambda r: r["source"] == "CGTN"),
        (
            "text_input",
            "q",
            lambda w: w.input("RESTRAINT"),
            lambda r: "restraint" in r["sentence"].lower(),
        ),
        (
            "checkbox",
            "reported",
            lambda w: w.uncheck(),
            lambda r: r["modality"] != "reported" and r["confidence"] >= 0.5,
        ),
    ],
)
def test_each_filter_narrows_the_evidence(open_app, kind, key, choose, keeps):
    # every mention counted: filters narrow mentions, and events are counted from what
    # passes (an event whose later mention matches the search is found by it)
    at = open_app(mentions="true")
    before = evidence(at)
    expected = before[before.apply(keeps, axis=1)]
    choose(widget(at, kind, key)).run()
    after = evidence(at)
    assert not at.exception
    assert 0 < len(after) <= len(before)
    assert after.apply(keeps, axis=1).all()
    assert len(after) == len(expected)
    assert int(next(m for m in at.metric if m.label == "Signals").value) == len(after)


def test_date_and_document_filters(open_app):
    at = open_app()
    first = evidence(at)["date"].dropna().astype(str).min()
    widget(at, "date_input", "from").set_value(first).run()
    assert len(evidence(at)) == evidence(at)["date"].notna().sum()  # undated ones drop out
    widget(at, "date_input", "from").set_value("2100-01-01").run()
    assert evidence(at).empty
    assert "No signals match" in chart_specs(at)[0]["layout"]["annotations"][0]["text"]

    at = open_app()
    doc_id = str(evidence(at)["doc_id"].iloc[0])
    widget(at, "selectbox", "doc").set_value(doc_id).run()
    assert set(evidence(at)["doc_id"]) == {doc_id}
    # the document choice goes into the URL, by the name users see (the file name)
    assert at.query_params["doc"] == str(evidence(at)["document"].iloc[0])


def test_a_link_sets_the_widgets_and_every_view(open_app):
    at = open_app(actor=PUTIN, signal="ceasefire_call")
    assert widget(at, "multiselect", "actor").value == [PUTIN]
    assert widget(at, "multiselect", "signal").value == ["ceasefire_call"]
    assert pairs(at) == {(PUTIN, "ceasefire_call")}
    matrix, bars = chart_specs(at)[:2]
    assert matrix["data"][0]["y"] == [PUTIN]
    assert matrix["data"][0]["x"] == ["Ceasefire call"]
    assert [trace["name"] for trace in bars["data"]] == ["Ceasefire call"]
    marks = [h.value for h in at.html if 'class="lens-source"' in h.value]
    assert 'data-signals="ceasefire_call"' in marks[0]
    assert "Vladimir Putin: Ceasefire call" in marks[0]


def test_links_carry_dates_search_and_the_reported_switch(open_app):
    at = open_app(from_="2000-01-01", to="2100-12-31", q="ceasefire", reported="false")
    table = evidence(at)
    assert len(table) > 0
    assert table["sentence"].str.lower().str.contains("ceasefire").all()
    assert (table["modality"] != "reported").all()
    assert widget(at, "checkbox", "reported").value is False


def test_widget_changes_show_up_in_the_share_link(open_app):
    at = open_app()
    assert re.fullmatch(r"http://localhost:8501/", share_link(at))
    widget(at, "multiselect", "actor").select(PUTIN).run()
    widget(at, "multiselect", "signal").select("ceasefire_call").run()
    widget(at, "text_input", "q").input("halt fire").run()
    assert share_link(at).endswith("?actor=Vladimir+Putin&signal=ceasefire_call&q=halt+fire")
    # and opening that link reproduces the view
    again = open_app(actor=PUTIN, signal="ceasefire_call", q="halt fire")
    assert evidence(again)["sentence"].tolist() == evidence(at)["sentence"].tolist()


def test_unknown_values_in_a_link_give_a_notice(open_app):
    at = open_app(actor=["Darth Vader", PUTIN], signal="world_peace", to="soon", doc="nope")
    assert len(at.warning) == 1
    notice = at.warning[0].value.replace("\\", "")  # as rendered, without Markdown escapes
    for bad in ("'Darth Vader'", "'world_peace'", "'soon'", "'nope'"):
        assert bad in notice
    assert widget(at, "multiselect", "actor").value == [PUTIN]
    assert set(evidence(at)["actor"]) == {PUTIN}
    assert "doc" not in at.query_params  # an unknown document is dropped from the URL


def test_a_link_cannot_inject_markdown_into_the_notice(open_app):
    at = open_app(actor="[click here](https://evil.example)")
    assert r"\[click here\]\(https\://evil\.example\)" in at.warning[0].value


def test_clear_all_filters(open_app):
    at = open_app(actor=PUTIN, q="ceasefire")
    narrowed = len(evidence(at))
    next(b for b in at.sidebar.button if b.label == "Clear all filters").click().run()
    assert len(evidence(at)) > narrowed
    assert widget(at, "multiselect", "actor").value == []


def test_a_document_with_markup_is_shown_as_text(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "evil.txt").write_text(
        "Kremlin statement <b>bold</b>\n"
        "Updated 08:58, 01-Oct-2020\n\n"
        "Russian President Vladimir Putin called for an immediate ceasefire "
        "<script>alert('owned')</script> and <img src=x onerror=alert(1)> restraint.\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(seeds))
    at = dashboard_app().run()
    assert not at.exception
    # The only script on the page is the layout's own, fixed one (it scrolls the source box).
    ours = [h.value for h in at.html if h.value.lstrip().startswith("<script>")]
    assert len(ours) == 1 and "owned" not in ours[0] and "lens-focus" in ours[0]
    body = "".join(h.value for h in at.html if h.value not in ours)
    assert "<script>" not in body and "<img" not in body and "<b>bold" not in body
    assert "&lt;script&gt;alert(&#x27;owned&#x27;)&lt;/script&gt;" in body
    assert "&lt;b&gt;bold&lt;/b&gt;" in body  # the title, in the header


def test_pasted_text_shows_up_in_the_views(tmp_path, monkeypatch):
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    at = dashboard_app().run()
    before = set(evidence(at)["doc_id"])
    documents = len(widget(at, "selectbox", "doc").options)
    open_add_panel(at)
    text = next(t for t in at.sidebar.text_area if t.key == "add-text")
    text.input(
        "Qatar offers to host talks\n\n"
        "Qatar's Foreign Minister Mohammed bin Abdulrahman Al Thani said Doha stands ready "
        "to host negotiations between the two sides.\n"
    )
    next(b for b in at.sidebar.button if b.label == "Add text").click().run()
    assert not at.exception
    added = evidence(at)[~evidence(at)["doc_id"].isin(before)]
    assert set(added["actor"]) & {"Qatar", "Mohammed bin Abdulrahman Al Thani"}
    assert len(widget(at, "selectbox", "doc").options) == documents + 1


def test_an_empty_store_opens_with_a_hint(tmp_path, monkeypatch):
    (tmp_path / "no-seeds").mkdir()
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(tmp_path / "no-seeds"))
    at = dashboard_app().run()
    assert not at.exception
    assert "no documents yet" in at.info[0].value
    assert evidence(at).empty
