"""What the browser tests share: the real server on a free port, Debian's Chromium, waits.

A test module imports what it needs::

    from browser_support import launch_browser, open_view, serve

    @pytest.fixture(scope="module")
    def server(tmp_path_factory):
        with serve(tmp_path_factory, seeds=SEEDS) as base:
            yield base

The module skips (with the reason) where Chromium or Playwright is missing.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import ROOT

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


@contextlib.contextmanager
def serve(
    tmp_path_factory, *, script: str = "dashboard/app.py", seeds: Path | None = None, **env: str
) -> Iterator[str]:
    """``streamlit run SCRIPT`` on a fresh store (seeded from ``seeds``, else the default
    folders) until the block ends; yields the base URL. Always stops the server.

    Whatever the shell exports, the server runs as on a laptop (no LENS_READ_ONLY,
    no LENS_EDITORS) unless ``env`` says otherwise.
    """
    data = tmp_path_factory.mktemp("lens-browser-data")
    log_path = data / "streamlit.log"
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", script,
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--global.developmentMode", "false",
    ]  # fmt: skip
    laptop = {k: v for k, v in os.environ.items() if k not in ("LENS_READ_ONLY", "LENS_EDITORS")}
    env = {**laptop, "LENS_DATA_DIR": str(data), **env}
    if seeds is not None:
        env["LENS_SEEDS_DIR"] = str(seeds)
    with open(log_path, "w") as log:
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
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


@contextlib.contextmanager
def launch_browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield b
        finally:
            b.close()


# The sidebar's filter widgets (the actor picker comes first).
FILTER_WIDGETS = '[data-testid="stSidebar"] [data-testid="stMultiSelect"]'


def open_view(browser, url: str, *, width: int = 1400, height: int = 900, chart: bool = True):
    """A new page on ``url``, its first chart drawn and then its evidence table and
    the sidebar's filter widgets, which the page draws right after the first chart
    (``evidence.render_evidence``, ``sidebar.render_filters``)."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url)
    wait_for_run(page)
    if chart:
        page.wait_for_selector('[data-testid="stPlotlyChart"] .main-svg', timeout=30_000)
        page.wait_for_selector('[data-testid="stDataFrame"]', timeout=30_000)
        page.wait_for_selector(FILTER_WIDGETS, timeout=30_000)
        wait_for_run(page)
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


def location(page) -> str:
    # page.url misses Streamlit's history.replaceState updates; ask the page.
    return page.evaluate("window.location.href")


def metric(page, label: str) -> str:
    box = page.locator('[data-testid="stMetric"]', has_text=label).first
    return box.locator('[data-testid="stMetricValue"]').inner_text().strip()
