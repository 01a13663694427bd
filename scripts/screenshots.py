"""Take the README's screenshots of every view from the sample corpus (not part of the tests).

    python scripts/screenshots.py [--out docs/screenshots]

Starts the dashboard on a fresh store seeded from seeds/ and sample/, opens each
view in Debian's Chromium (Playwright, /usr/bin/chromium) at 1400x900, waits
until its charts are drawn (the map: until its countries are), and writes one
PNG per view.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# file name -> (URL path, what to wait for, CSS selector to scroll into view or None)
VIEWS = {
    "overview.png": ("/", '[data-testid="stPlotlyChart"] .main-svg .point', None),
    "timeline.png": (
        "/?view=Timeline&actor=Russia&actor=Armenia&actor=Azerbaijan&from=2020-09-01&to=2020-12-31",
        '[data-testid="stPlotlyChart"] .main-svg .point',
        None,
    ),
    "map.png": ("/?view=Map&signal=ceasefire_call", "path.choroplethlocation", None),
    "relations.png": (
        "/?view=Relations&source=Harbour+Post",
        '[data-testid="stPlotlyChart"] .main-svg .point',
        None,
    ),
    "profile.png": (
        "/?view=Actor+profile&actor=Antonio+Guterres",
        '[data-testid="stPlotlyChart"] .main-svg .point',
        None,
    ),
    "source.png": (
        "/?doc=000_a05659aaa7e80c9a&actor=Vladimir+Putin",
        '[data-testid="stPlotlyChart"] .main-svg .point',
        None,
    ),
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", "dashboard/app.py",
             "--server.headless", "true", "--server.port", str(port),
             "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"],
            cwd=ROOT, env={**os.environ, "LENS_DATA_DIR": folder},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                        if r.read().strip() == b"ok":
                            break
                except OSError:
                    time.sleep(0.3)
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path="/usr/bin/chromium",
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                for name, (path, ready, scroll_to) in VIEWS.items():
                    page = browser.new_page(viewport={"width": 1400, "height": 900})
                    page.goto(base + path)
                    page.wait_for_selector(ready, state="attached", timeout=120_000)
                    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=60_000)
                    # the filter widgets, which come with the table after the first chart
                    page.wait_for_selector(
                        '[data-testid="stSidebar"] [data-testid="stMultiSelect"]', timeout=60_000
                    )
                    page.wait_for_selector(
                        '[data-testid="stApp"][data-test-script-state="notRunning"]'
                    )
                    page.wait_for_timeout(1500)
                    if scroll_to:
                        page.locator(scroll_to).first.scroll_into_view_if_needed()
                        page.wait_for_timeout(500)
                    page.screenshot(path=str(args.out / name))
                    print("wrote", args.out / name)
                    page.close()
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
