"""Review in a real browser: an editor selects an evidence row, marks it wrong in the
Review panel, and the counts follow; the raw toggle brings it back marked; a read-only
deployment offers no review. Run alone with: pytest -m browser"""

from __future__ import annotations

import re

import pytest
from browser_support import ARTIFACTS, ROOT, launch_browser, open_view, serve, wait_for_run

pytestmark = pytest.mark.browser

VIEW = "?actor=Vladimir+Putin&signal=ceasefire_call&mentions=true"  # every report counted


@pytest.fixture(scope="module")
def browser():
    with launch_browser() as b:
        yield b


def evidence_count(page) -> int:
    title = page.get_by_text(re.compile(r"^Evidence \(\d+ signals?\)$")).first.inner_text()
    return int(re.search(r"\d+", title).group())


def test_an_editor_marks_a_signal_wrong_and_the_raw_toggle_shows_it_again(
    tmp_path_factory, browser
):
    with serve(tmp_path_factory, seeds=ROOT / "seeds", LENS_USER="browser-reviewer") as base:
        page = open_view(browser, f"{base}/{VIEW}")
        try:
            before = evidence_count(page)
            grid = page.locator('[data-testid="stDataFrame"]').first
            grid.scroll_into_view_if_needed()
            box = grid.bounding_box()
            page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)  # the first row
            page.wait_for_function("() => location.search.includes('doc=')", timeout=20_000)
            wait_for_run(page)
            panel = page.locator('[data-testid="stExpander"]', has_text="Review")
            panel.locator("summary").click()
            wait_for_run(page)
            assert "Vladimir Putin" in panel.inner_text()
            panel.get_by_role("button", name="Wrong").click()
            page.get_by_text("Marked wrong: ceasefire_call by Vladimir Putin").wait_for(
                timeout=20_000
            )
            wait_for_run(page)
            assert evidence_count(page) == before - 1
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "review-marked-wrong.png"))
        finally:
            page.close()

        page = open_view(browser, f"{base}/{VIEW}&raw=true")
        try:
            assert evidence_count(page) == before
            assert page.get_by_text("1 of them reviewed; the analyser's raw output.").count() == 1
            toggle = page.get_by_role("checkbox", name="Show the analyser's raw output")
            assert toggle.is_checked()
        finally:
            page.close()


def test_a_read_only_deployment_offers_no_review(tmp_path_factory, browser):
    with serve(tmp_path_factory, seeds=ROOT / "seeds", LENS_READ_ONLY="1") as base:
        page = open_view(browser, f"{base}/{VIEW}")
        try:
            assert page.locator('[data-testid="stExpander"]', has_text="Review").count() == 0
            assert page.get_by_role("button", name="Wrong").count() == 0
        finally:
            page.close()
