"""The dashboard in a real browser: a shared link opens the same view, and a
read-only deployment offers no way to change the store.

Starts `streamlit run dashboard/app.py` on a free local port (readiness via
/_stcore/health), drives Debian's Chromium with Playwright, and always stops
the server. Screenshots go to artifacts/browser/ (not committed).
Run alone with: pytest -m browser
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from helpers import ROOT

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(os.environ.get("LENS_ARTIFACTS_DIR") or ROOT / "artifacts") / "browser"

if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) "
        "to run the browser tests",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    yield from serve(tmp_path_factory.mktemp("lens-browser-data"))


@pytest.fixture(scope="module")
def read_only_server(tmp_path_factory):
    """The dashboard as deployed for a shared link that nobody may change."""
    yield from serve(tmp_path_factory.mktemp("lens-read-only-data"), LENS_READ_ONLY="1")


def serve(data: Path, **env: str):
    """Run the dashboard on a free port over the store in ``data``; yield its URL."""
    log_path = data / "streamlit.log"
    port = free_port()
    # whatever the shell exports, the server runs as on a laptop unless ``env`` says otherwise
    laptop = {k: v for k, v in os.environ.items() if k not in ("LENS_READ_ONLY", "LENS_EDITORS")}
    command = [
        sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--global.developmentMode", "false",
    ]  # fmt: skip
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            command, cwd=ROOT, env={**laptop, "LENS_DATA_DIR": str(data), **env},
            stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                pytest.fail(f"streamlit exited with {proc.returncode}:\n{log_path.read_text()}")
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"streamlit did not become healthy:\n{log_path.read_text()}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield b
        finally:
            b.close()


def open_view(browser, url: str):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(url)
    wait_for_run(page)
    page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=30_000)
    return page


def wait_for_run(page) -> None:
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=60_000
    )
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]',
                           timeout=60_000)  # fmt: skip
    page.wait_for_timeout(500)


def chips(page, label: str) -> list[str]:
    box = page.locator('[data-testid="stMultiSelect"]', has_text=label)
    return box.locator('[data-testid="stMultiSelectTagsContainer"] [data-tag] > span[title]')\
        .all_text_contents()  # fmt: skip


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


def location(page) -> str:
    # page.url misses Streamlit's history.replaceState updates; ask the page.
    return page.evaluate("window.location.href")


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


WRITE_ACTIONS = ("Add files", "Add text", "Remove document", "Restore document")


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
