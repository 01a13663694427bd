"""A session's first page (issue 12): the link's filters as text, the widgets after.

Until its first chart is drawn, the page lists the link's filters in the
sidebar as text; the filter widgets come in the run after it (in a browser, a
script of the page's own presses "Show the evidence table" once a chart is
drawn; AppTest runs no scripts, so the tests press it). The link must mean the
same in both runs: the widgets read it when they are first drawn, the text
mode through ``filters.filters_from_link``. Each test opens the app
(Streamlit's AppTest) as a new visitor, on a store seeded from the seed article
alone (dated 2020-10-01).
"""

from __future__ import annotations

import pytest
from helpers import ROOT, SEEDS
from streamlit.testing.v1 import AppTest

from dashboard import sidebar

APP = str(ROOT / "dashboard" / "app.py")
SEED_NAME = "000_a05659aaa7e80c9a"  # the seed article's file name, as links name it
PUTIN = "Vladimir Putin"
FILTER_WIDGETS = ("multiselect", "date_input", "selectbox", "text_input", "checkbox")


@pytest.fixture(scope="module")
def seeded_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("lens-data")


@pytest.fixture
def first_visit(seeded_dir, monkeypatch):
    """A new visitor's first page on a link (``params``: name -> value or values)."""
    monkeypatch.setenv("LENS_DATA_DIR", str(seeded_dir))
    monkeypatch.setenv("LENS_SEEDS_DIR", str(SEEDS))

    def run(params: dict[str, str | list[str]] | None = None) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        for name, value in (params or {}).items():
            at.query_params[name] = value
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return run


def after_first_chart(at: AppTest) -> AppTest:
    """The run the page's script starts once the first chart is drawn."""
    next(b for b in at.button if b.label == "Show the evidence table").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def filter_widgets(at: AppTest) -> dict[str, object]:
    return {w.key: w.value for kind in FILTER_WIDGETS for w in getattr(at.sidebar, kind)}


def chart_keys(at: AppTest) -> list[str]:
    """Each chart's key ends in a number made from the filters (``filters.view_id``)."""
    return [chart.proto.id.rsplit("-", 1)[-1] for chart in at.get("plotly_chart")]


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.main.metric}


def test_a_first_page_lists_the_links_filters_then_draws_the_widgets_with_them(first_visit):
    at = first_visit(
        {"actor": [PUTIN, "Darth Vader"], "signal": "ceasefire_call", "q": " ceasefire ",
         "mentions": "TRUE"}
    )  # fmt: skip
    # no filter widget yet, the link's filters as text; the chart drawn under them
    assert filter_widgets(at) == {}
    text = "\n".join(m.value for m in at.sidebar.markdown).replace("\\", "")
    assert f"Actors:** {PUTIN}" in text and "Signal types:** ceasefire_call" in text
    assert "Search:** ceasefire" in text and "Count:** every mention" in text
    assert "Darth Vader" not in text  # ignored, as the notice says
    assert "Darth Vader" in at.warning[0].value
    first = (chart_keys(at), metrics(at))
    assert len(first[0]) == 1 and int(first[1]["Signals"]) >= 1

    after_first_chart(at)
    widgets = filter_widgets(at)
    assert widgets["actor"] == [PUTIN] and widgets["signal"] == ["ceasefire_call"]
    assert widgets["q"].strip() == "ceasefire" and widgets["mentions"] is True
    assert not [m for m in at.sidebar.markdown if "Actors:**" in m.value]  # the text is gone
    # the same view: the same filters (the charts' keys), the same figures
    assert chart_keys(at)[0] == first[0][0] and metrics(at) == first[1]
    table = next(t for t in at.dataframe if (t.key or "").startswith("evidence-")).value
    assert set(table["actor"].astype(str)) == {PUTIN}
    assert set(table["signal"].astype(str)) == {"ceasefire_call"}

    # and from then on the widgets hold the filters
    next(w for w in at.sidebar.multiselect if w.key == "actor").unselect(PUTIN).run()
    assert chart_keys(at)[0] != first[0][0]


LINKS = {
    "no filters": {},
    "an actor twice, an unknown one": {"actor": [PUTIN, "Nobody", PUTIN]},
    "signals in link order": {"signal": ["mediation_offer", "ceasefire_call"]},
    "a state and a source": {"state": "Russia", "source": ["Nobody", "CGTN"]},
    "a document by name": {"doc": SEED_NAME},
    "an unknown document": {"doc": "nothing-like-it"},
    "a date range around the corpus": {"from": "2020-09-01", "to": "2020-10-31"},
    "the corpus's own first day (a default)": {"from": "2020-10-01"},
    "dates with slashes, unpadded": {"from": "2020/9/1", "to": "2020-10-1"},
    "dates that are no dates": {"from": "20200901", "to": "soon"},
    "dates out of any range": {"from": "1800-01-01", "to": "2200-01-01"},
    "two dates for one bound": {"from": ["2020-09-01", "2020-09-15"]},
    "two dates, one bad": {"from": ["2020-09-01", "never"]},
    "a search with spaces": {"q": "  Ceasefire  "},
    "two searches": {"q": ["talks", "ceasefire"]},
    "booleans in capitals": {"reported": "FALSE", "raw": "True", "mentions": "TRUE"},
    "booleans that are not": {"reported": "no", "raw": "1", "mentions": ""},
    "two booleans": {"reported": ["false", "true"]},
    "another tab": {"view": "Timeline", "signal": "ceasefire_call"},
}


@pytest.mark.parametrize("link", LINKS.values(), ids=LINKS.keys())
def test_a_link_means_the_same_before_and_after_the_widgets(first_visit, link):
    at = first_visit(link)
    assert filter_widgets(at) == {}
    before = (chart_keys(at)[0], metrics(at), [w.value for w in at.warning])
    after_first_chart(at)
    assert filter_widgets(at), "the widgets come in the run after the first chart"
    assert (chart_keys(at)[0], metrics(at), [w.value for w in at.warning]) == before


def test_booleans_in_a_link_count_in_any_case_and_others_give_a_notice(first_visit):
    at = after_first_chart(first_visit({"reported": "FALSE", "mentions": "True"}))
    assert not at.warning  # they are not ignored
    widgets = filter_widgets(at)
    assert widgets["reported"] is False and widgets["mentions"] is True
    at = first_visit({"reported": "nope", "from": "20200901"})
    assert "reported = 'nope'" in at.warning[0].value
    assert "from = '20200901'" in at.warning[0].value  # the date picker ignores it


def test_a_view_with_no_chart_brings_the_widgets_and_the_table_at_once(first_visit):
    at = first_visit({"view": "Actor profile", "q": "no sentence says this"})
    assert not at.get("plotly_chart")
    assert at.info[0].value == "No actor has signals under these filters."
    assert filter_widgets(at)["q"] == "no sentence says this"
    assert not [b for b in at.button if b.label == "Show the evidence table"]
    assert any((t.key or "").startswith("evidence-") for t in at.dataframe)


def test_widgets_due_after_a_moved_link_wait_for_a_run_that_starts_from_it(first_visit):
    """A chart click before the widgets exist rewrites the link (``sidebar.set_filters``);
    a widget drawn in that same run would be seeded from the link the run started
    with, so the widgets come in a follow-up run, from the moved link."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["actor"] = PUTIN  # the link as the click left it
    at.session_state["first-paint-done"] = True  # and the first chart drawn
    at.session_state[sidebar.LINK_MOVED] = True  # by a callback of this run
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert filter_widgets(at)["actor"] == [PUTIN]
    assert at.session_state[sidebar.WIDGETS_DRAWN]
    assert sidebar.FOLLOW_UP not in at.session_state
