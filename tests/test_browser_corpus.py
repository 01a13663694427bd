"""What a first visit found (issue 12), in a real browser: an upload shows up at
once, a link names a document by its file name, a score of zero reads 0.0, and
the upload form's button has a name of its own.

The server's store is seeded from the seed article alone (dated 2020-10-01),
so the counts are known. Run alone with: pytest -m browser
"""

from __future__ import annotations

import pytest
from browser_support import chips, launch_browser, location, metric, open_view, serve, wait_for_run
from helpers import SEEDS

pytestmark = pytest.mark.browser

SEED_NAME = "000_a05659aaa7e80c9a"
LATER = (
    "Baku and Yerevan trade accusations\n"
    "September 19, 2023\n\n"
    "Azerbaijan launched an offensive against Armenian forces in Nagorno-Karabakh on Tuesday. "
    "Russian Foreign Minister Sergei Lavrov called for an immediate ceasefire.\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory, seeds=SEEDS) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with launch_browser() as b:
        yield b


def test_a_link_with_the_document_name_opens_its_source(server, browser):
    page = open_view(browser, f"{server}/?doc={SEED_NAME}")
    try:
        assert page.locator('[data-testid="stAlert"]', has_text="not in the corpus").count() == 0
        header = page.locator(".lens-doc-header")
        assert SEED_NAME in header.inner_text()
        assert page.locator(".lens-source mark.lens-signal").count() >= 1
        assert f"doc={SEED_NAME}" in location(page)
    finally:
        page.close()


def test_a_mean_score_of_zero_reads_0_0(server, browser):
    page = open_view(browser, f"{server}/?mentions=true")  # every mention, as the seed balances out
    try:
        assert metric(page, "Mean cooperation score") == "0.0"
    finally:
        page.close()


def screen_point(page, lon: float, lat: float) -> tuple[float, float]:
    """Where a longitude/latitude is on the screen, by the map's own projection."""
    return tuple(page.evaluate(
        """([lon, lat]) => {
          const gd = document.querySelector('.js-plotly-plot');
          const [x, y] = gd._fullLayout.geo._subplot.projection([lon, lat]);
          const m = gd.querySelector('path.choroplethlocation').getScreenCTM();
          return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
        }""",
        [lon, lat],
    ))  # fmt: skip


def test_the_map_draws_the_states_offline_and_a_click_narrows_to_one(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    failed: list[str] = []
    page.on("requestfailed", lambda request: failed.append(request.url))
    try:
        page.goto(f"{server}/?view=Map&signal=ceasefire_call")
        wait_for_run(page)
        page.wait_for_selector("path.choroplethlocation", timeout=30_000)
        # the states that called for a ceasefire, and the world's borders, are drawn
        assert page.locator("path.choroplethlocation").count() >= 2
        assert page.locator(".geo .countries path, .geo .layer path").count() >= 1
        assert not [url for url in failed if "world_110m" in url]
        before = int(metric(page, "Signals"))
        x, y = screen_point(page, 100, 62)  # Siberia
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        page.mouse.click(x, y)
        page.wait_for_function("() => location.search.includes('state=Russia')", timeout=20_000)
        wait_for_run(page)
        assert page.locator("path.choroplethlocation").count() == 1
        assert chips(page, "States") == ["Russia"]
        assert int(metric(page, "Signals")) < before  # the evidence narrowed to Russia's calls
    finally:
        page.close()


def test_a_later_document_uploaded_in_the_sidebar_is_counted_without_a_reload(
    server, browser, tmp_path
):
    page = open_view(browser, f"{server}/")
    try:
        assert metric(page, "Documents") == "1"
        signals = int(metric(page, "Signals"))
        page.get_by_text("Add or remove documents").click()
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_role("button", name="Analyse and add").wait_for(timeout=30_000)  # lazy
        # two buttons, two names: the uploader's own and the form's submit
        assert sidebar.get_by_role("button", name="Analyse and add").count() == 1
        later = tmp_path / "later.txt"
        later.write_text(LATER, encoding="utf-8")
        sidebar.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
            str(later)
        )
        page.wait_for_timeout(500)
        sidebar.get_by_role("button", name="Analyse and add").click()
        page.get_by_text("Added and analysed 1 document").wait_for(timeout=60_000)
        wait_for_run(page)
        assert metric(page, "Documents") == "2"
        assert int(metric(page, "Signals")) > signals
        assert "to=" not in location(page)
    finally:
        page.close()
