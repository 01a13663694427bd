"""A session's first page in a real browser (issue 12): the link's filters as text
until the first chart is drawn, then the widgets, holding the same filters.

Starts `streamlit run dashboard/app.py` on a free local port and drives
Debian's Chromium with Playwright (``browser_support``).
Run alone with: pytest -m browser
"""

from __future__ import annotations

import pytest
from browser_support import (
    FILTER_WIDGETS,
    chips,
    launch_browser,
    location,
    metric,
    serve,
    wait_for_run,
)

pytestmark = pytest.mark.browser

PUTIN = "Vladimir Putin"
DRAWN = '[data-testid="stPlotlyChart"] .main-svg .point'
# Notes, in the page, what the sidebar held when the first chart was drawn.
AT_FIRST_CHART = """
(() => {
  const look = () => {
    if (window.__atFirstChart || !document.querySelector('DRAWN')) return;
    const sidebar = document.querySelector('[data-testid="stSidebar"]');
    window.__atFirstChart = {
      widgets: document.querySelectorAll('WIDGETS').length,
      text: sidebar ? sidebar.innerText : '',
    };
  };
  new MutationObserver(look).observe(document, {subtree: true, childList: true});
})();
""".replace("DRAWN", DRAWN).replace("WIDGETS", FILTER_WIDGETS.replace('"', '\\"'))
# Keeps the page's own script from pressing "Show the evidence table" (the widgets
# then wait for the test to press it, as a hand would where scripts do not run).
NO_AUTO_FINISH = """
(() => {
  const click = HTMLElement.prototype.click;
  HTMLElement.prototype.click = function () {
    if (this.closest && this.closest('.st-key-finish-first-paint')) return;
    return click.call(this);
  };
})();
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with launch_browser() as b:
        yield b


def new_page(browser, url: str, *scripts: str):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    for script in scripts:
        context.add_init_script(script)
    page = context.new_page()
    page.goto(url)
    return page


def test_the_first_chart_comes_before_the_widgets_which_hold_the_links_filters(server, browser):
    link = f"{server}/?actor=Vladimir+Putin&signal=ceasefire_call&mentions=TRUE"
    page = new_page(browser, link, AT_FIRST_CHART)
    try:
        page.wait_for_function("window.__atFirstChart", timeout=60_000)
        seen = page.evaluate("window.__atFirstChart")
        # when the chart was drawn: no widget, the link's filters listed
        assert seen["widgets"] == 0
        assert f"Actors: {PUTIN}" in seen["text"] and "Signal types: ceasefire_call" in seen["text"]
        assert "Count: every mention" in seen["text"]
        signals = metric(page, "Signals")

        page.wait_for_selector(FILTER_WIDGETS, timeout=30_000)
        page.wait_for_selector('[data-testid="stDataFrame"]', timeout=30_000)
        wait_for_run(page)
        assert chips(page, "Actors") == [PUTIN]
        assert chips(page, "Signal types") == ["ceasefire_call"]
        mentions = page.locator('[data-testid="stCheckbox"]', has_text="Count mentions")
        assert mentions.locator("input").is_checked()
        assert "Actors:" not in page.locator('[data-testid="stSidebar"]').inner_text()
        # the link's filters still apply: the same view, the same link
        assert metric(page, "Signals") == signals
        matrix = page.locator('[data-testid="stPlotlyChart"]').nth(0)
        assert matrix.locator(".ytick text").all_text_contents() == [PUTIN]
        assert "actor=Vladimir+Putin" in location(page)
        assert "signal=ceasefire_call" in location(page) and "mentions=TRUE" in location(page)
        assert not page.locator('[data-testid="stAlert"]').count()  # TRUE is no unknown value
    finally:
        page.context.close()


def test_a_chart_click_before_the_widgets_keeps_the_link_and_the_click(server, browser):
    page = new_page(browser, f"{server}/?mentions=true", NO_AUTO_FINISH)
    try:
        page.wait_for_selector(DRAWN, timeout=60_000)
        wait_for_run(page)
        assert not page.locator(FILTER_WIDGETS).count()  # still the link as text
        matrix = page.locator('[data-testid="stPlotlyChart"]').nth(0)
        box = matrix.locator(".scatterlayer .point").first.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_function(
            "() => location.search.includes('actor=') && location.search.includes('signal=')",
            timeout=20_000,
        )
        wait_for_run(page)
        assert "mentions=true" in location(page)  # what the link set stays
        sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
        assert "Actors: " in sidebar and "Count: every mention" in sidebar
        actor = sidebar.split("Actors: ", 1)[1].split("\n", 1)[0]
        assert f"actor={actor.replace(' ', '+')}" in location(page)

        page.get_by_role("button", name="Show the evidence table").click()
        page.wait_for_selector(FILTER_WIDGETS, timeout=30_000)
        wait_for_run(page)
        assert chips(page, "Actors") == [actor] and len(chips(page, "Signal types")) == 1
        mentions = page.locator('[data-testid="stCheckbox"]', has_text="Count mentions")
        assert mentions.locator("input").is_checked()
        assert f"actor={actor.replace(' ', '+')}" in location(page)
        assert "mentions=true" in location(page)
    finally:
        page.context.close()
