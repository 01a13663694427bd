"""The dashboard in a real browser: a shared link opens the same view, the source
stays beside the charts, and a read-only deployment offers no way to change the store.

Starts `streamlit run dashboard/app.py` on a free local port (readiness via
/_stcore/health), drives Debian's Chromium with Playwright, and always stops
the server. Screenshots go to artifacts/browser/ (not committed).
Run alone with: pytest -m browser
"""

from __future__ import annotations

import pytest
from browser_support import (
    ARTIFACTS,
    chips,
    launch_browser,
    location,
    open_view,
    serve,
    wait_for_run,
)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory) as base:
        yield base


@pytest.fixture(scope="module")
def read_only_server(tmp_path_factory):
    """The dashboard as deployed for a shared link that nobody may change."""
    with serve(tmp_path_factory, LENS_READ_ONLY="1") as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with launch_browser() as b:
        yield b


def test_a_shared_link_shows_only_that_actor_and_signal(server, browser):
    page = open_view(browser, f"{server}/?actor=Vladimir+Putin&signal=ceasefire_call")
    try:
        assert chips(page, "Actors") == ["Vladimir Putin"]
        assert chips(page, "Signal types") == ["ceasefire_call"]

        charts = page.locator('[data-testid="stPlotlyChart"]')
        matrix, bars = charts.nth(0), charts.nth(1)
        assert matrix.locator(".ytick text").all_text_contents() == ["Vladimir Putin"]
        assert matrix.locator(".xtick text").all_text_contents() == ["Ceasefire call"]
        assert bars.locator(".legendtext").all_text_contents() == ["Ceasefire call"]
        assert bars.locator(".ytick text").all_text_contents() == ["Vladimir Putin"]

        signals = page.locator('[data-testid="stMetric"]', has_text="Signals").first
        count = int(signals.locator('[data-testid="stMetricValue"]').inner_text())
        assert count >= 1
        assert page.get_by_text(f"Evidence ({count} signal").count() == 1

        marks = page.locator("mark.lens-signal")
        assert marks.count() >= 1
        assert set(m.get_attribute("data-signals") for m in marks.all()) == {"ceasefire_call"}
        assert "Vladimir Putin: Ceasefire call" in marks.first.get_attribute("title")
        texts = [m.inner_text() for m in marks.all()]
        assert any("called for an immediate ceasefire" in t for t in texts), texts

        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "putin-ceasefire.png"))
        marks.nth(texts.index(next(t for t in texts if "immediate ceasefire" in t)))\
            .scroll_into_view_if_needed()  # fmt: skip
        page.screenshot(path=str(ARTIFACTS / "putin-ceasefire-source.png"))
    finally:
        page.close()


def test_clicking_a_chart_mark_narrows_the_view(server, browser):
    page = open_view(browser, f"{server}/")
    try:
        matrix = page.locator('[data-testid="stPlotlyChart"]').nth(0)
        cell = matrix.locator(".scatterlayer .point").first
        box = cell.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_function(
            "() => location.search.includes('actor=') && location.search.includes('signal=')",
            timeout=20_000,
        )
        wait_for_run(page)
        assert len(chips(page, "Actors")) == 1 and len(chips(page, "Signal types")) == 1
        actor = chips(page, "Actors")[0]
        assert page.locator('[data-testid="stPlotlyChart"]').nth(0).locator(
            ".ytick text"
        ).all_text_contents() == [actor]
        assert f"actor={actor.replace(' ', '+')}" in location(page)
        # the source opens on the first sentence behind the mark, outlined
        page.locator(".lens-source mark.lens-focus").wait_for(timeout=10_000)
        assert actor in page.locator(".lens-source mark.lens-focus").get_attribute("title")
    finally:
        page.close()


def test_selecting_a_row_opens_its_document_and_removing_a_filter_updates_the_url(server, browser):
    page = open_view(browser, f"{server}/?actor=Vladimir+Putin&signal=ceasefire_call")
    try:
        grid = page.locator('[data-testid="stDataFrame"]').first
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        # the row's selection box: first column, first row under the 35 px header
        page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
        page.wait_for_function("() => location.search.includes('doc=')", timeout=20_000)
        wait_for_run(page)
        assert "actor=Vladimir+Putin" in location(page)
        focused = page.locator('mark.lens-signal[style*="outline"]')
        assert focused.count() == 1
        assert "Vladimir Putin: Ceasefire call" in focused.get_attribute("title")

        page.locator('button[aria-label="Remove ceasefire_call"]').first.click()
        page.wait_for_function("() => !location.search.includes('signal=')", timeout=20_000)
        wait_for_run(page)
        assert "actor=Vladimir+Putin" in location(page)
        legend = page.locator('[data-testid="stPlotlyChart"]').nth(1).locator(".legendtext")
        assert len(legend.all_text_contents()) > 1  # Putin's other signal types are back
    finally:
        page.close()


def source_box(page):
    return page.locator(".lens-source").bounding_box()


def test_on_a_wide_screen_the_source_stays_beside_the_charts(server, browser):
    page = open_view(browser, f"{server}/?actor=Vladimir+Putin")
    try:
        chart = page.locator('[data-testid="stPlotlyChart"]').first.bounding_box()
        source = source_box(page)
        assert source["x"] > chart["x"] + chart["width"] - 1  # beside, not under
        assert source["y"] < 900
        page.mouse.move(chart["x"] + 50, chart["y"] + 50)
        page.mouse.wheel(0, 1600)  # scroll down to the evidence table
        page.wait_for_timeout(800)
        assert page.locator('[data-testid="stDataFrame"]').first.bounding_box()["y"] < 900
        moved = source_box(page)
        assert 0 <= moved["y"] < 900 and moved["y"] + moved["height"] > 0  # still in view
    finally:
        page.close()


def test_on_a_narrow_screen_the_source_comes_under_the_evidence(server, browser):
    page = open_view(browser, f"{server}/?actor=Vladimir+Putin", width=900, height=1000)
    try:
        grid = page.locator('[data-testid="stDataFrame"]').first.bounding_box()
        source = source_box(page)
        assert source["y"] > grid["y"] + grid["height"] - 1
        assert source["width"] > 0.5 * 900 - 100
    finally:
        page.close()


def test_selecting_an_evidence_row_scrolls_the_source_to_its_sentence(server, browser):
    # Guterres speaks late in the seed article: his sentence is below the box's fold.
    page = open_view(browser, f"{server}/?actor=Antonio+Guterres")
    try:
        grid = page.locator('[data-testid="stDataFrame"]').first
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)
        page.wait_for_function("() => location.search.includes('doc=')", timeout=20_000)
        wait_for_run(page)
        page.wait_for_timeout(800)
        focused = page.locator(".lens-source mark.lens-focus")
        assert focused.count() == 1
        assert "Antonio Guterres" in focused.get_attribute("title")
        assert page.evaluate("document.querySelector('.lens-source').scrollTop") > 0
        mark, text = focused.bounding_box(), source_box(page)
        assert text["y"] <= mark["y"] <= text["y"] + text["height"]  # in the box's view
    finally:
        page.close()


WRITE_ACTIONS = ("Add files", "Analyse and add", "Add text", "Remove document", "Restore document")


def write_actions(page) -> dict[str, int]:
    """How many of each write action the page shows."""
    found = {
        "file uploader": page.locator('[data-testid="stFileUploader"]').count(),
        "text area": page.locator("textarea").count(),
        "panel": page.locator('[data-testid="stExpander"]', has_text="Add or remove documents")
        .count(),
    }  # fmt: skip
    for label in WRITE_ACTIONS:
        found[label] = page.get_by_role("button", name=label).count()
    return {what: n for what, n in found.items() if n}


def test_a_read_only_deployment_shows_no_write_actions(read_only_server, server, browser):
    laptop = open_view(browser, f"{server}/")
    try:  # the same page without the setting has them: the check below can fail
        laptop.get_by_text("Add or remove documents").click()
        laptop.get_by_role("tab", name="Paste text").click()
        laptop.wait_for_selector("textarea", timeout=10_000)
        assert {"panel", "text area", "Add text"} <= set(write_actions(laptop))
    finally:
        laptop.close()

    page = open_view(browser, f"{read_only_server}/")
    try:
        assert write_actions(page) == {}
        sidebar = page.locator('[data-testid="stSidebar"]')
        assert "This is a read-only deployment" in sidebar.inner_text()
        assert page.locator("mark.lens-signal").count() >= 1  # and it still reads
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "read-only.png"))
    finally:
        page.close()
