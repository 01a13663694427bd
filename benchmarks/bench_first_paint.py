"""First paint in a real browser: the dashboard against a minimal Streamlit page.

    .venv/bin/python benchmarks/bench_first_paint.py [--rounds 5] [--seeds DIR ...]

Starts two servers side by side -- the dashboard on a fresh store (seeded from
the default folders, or ``--seeds``) and ``benchmarks/minimal_plotly_app.py``,
one Plotly bar chart -- and opens each in Debian's Chromium (Playwright,
``/usr/bin/chromium``), in a new browser context every time (an empty cache, as
a first visit). It times navigation start to the first *drawn* chart: a Plotly
SVG with at least one mark in it, on the screen. The first visit to each server
after its start is reported apart (cold: the dashboard also seeds and analyses
its store); then ``--rounds`` visits alternate between the two, and the medians
are compared. ``--against DIR`` adds a third server, the dashboard of another
checkout (``git worktree add DIR COMMIT``), timed in the same rounds: a before and
after from one run, on a machine whose speed drifts.

The page times itself (:data:`STOPWATCH`): a script installed before any of the
page's own notes when the first mark is attached and reads the clock at the
next animation frame, the frame that paints it. Asking Playwright when the
selector appears would not do: ``wait_for_selector`` polls at 0, 20, 50, 100,
100 and then every 500 ms, and its query waits for the page's main thread, so
it reported a chart up to half a second (and a busy main thread) late, by an
amount that depended on where the draw fell between two polls.

Goal (issue 12): the dashboard's median at most 1.5x the minimal page's, in the same run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
MINIMAL = ROOT / "benchmarks" / "minimal_plotly_app.py"
# A drawn chart: Plotly's SVG holds at least one bar, point or shape.
DRAWN = '[data-testid="stPlotlyChart"] .main-svg .point, path.choroplethlocation'
GOAL = 1.5
# Installed in every page before its own scripts: performance.now() (ms from
# navigation start) at the first animation frame after a drawn chart is attached.
STOPWATCH = """
(() => {
  const drawn = DRAWN_SELECTOR;
  const look = () => {
    if (window.__firstDrawnChart !== undefined || !document.querySelector(drawn)) return;
    window.__firstDrawnChart = null;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstDrawnChart = performance.now(); });
  };
  const observer = new MutationObserver(look);
  observer.observe(document, {subtree: true, childList: true});
})();
""".replace("DRAWN_SELECTOR", json.dumps(DRAWN))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(script: Path, env: dict[str, str], root: Path = ROOT):
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--global.developmentMode", "false",
    ]  # fmt: skip
    proc = subprocess.Popen(
        command, cwd=root, env={**os.environ, **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                sys.exit(f"{script} exited with {proc.returncode}")
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                sys.exit(f"{script} did not become healthy in 60 s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def first_drawn_chart(browser, url: str) -> float:
    """Seconds from navigation start to the first chart with marks, in a fresh context."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    context.add_init_script(STOPWATCH)
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit")
        # when Playwright sees it does not matter: the page noted the time itself
        page.wait_for_function("window.__firstDrawnChart > 0", timeout=120_000)
        return page.evaluate("window.__firstDrawnChart") / 1000
    finally:
        context.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seeds", type=Path, nargs="*", help="folders to seed the store from")
    parser.add_argument("--path", default="/", help="dashboard URL path and query, e.g. /?view=Map")
    parser.add_argument("--app", type=Path, default=ROOT / "dashboard" / "app.py",
                        help="the Streamlit script to time (default: dashboard/app.py)")  # fmt: skip
    parser.add_argument("--against", type=Path, metavar="DIR",
                        help="also time the dashboard of the checkout in DIR, same rounds")  # fmt: skip
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with (
        tempfile.TemporaryDirectory() as folder,
        tempfile.TemporaryDirectory() as other_folder,
        contextlib.ExitStack() as servers,
    ):
        env = {"LENS_DATA_DIR": folder}
        if args.seeds:
            env["LENS_SEEDS_DIR"] = os.pathsep.join(map(str, args.seeds))
        pages = {"dashboard": servers.enter_context(serve(args.app, env)) + args.path}
        if args.against:
            other = args.against.resolve()
            # its own packages first: this checkout's are the installed ones
            other_env = {**env, "LENS_DATA_DIR": other_folder, "PYTHONPATH": str(other)}
            url = servers.enter_context(serve(other / "dashboard" / "app.py", other_env, other))
            pages[other.name[:13]] = url + args.path
        pages["minimal page"] = servers.enter_context(serve(MINIMAL, {})) + "/"
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            cold = {name: first_drawn_chart(browser, url) for name, url in pages.items()}
            times: dict[str, list[float]] = {name: [] for name in pages}
            for _ in range(args.rounds):
                for name, url in pages.items():
                    times[name].append(first_drawn_chart(browser, url))
            browser.close()

    print(f"first drawn chart, Chromium, {args.rounds} rounds (dashboard path {args.path}):")
    for name in pages:
        print(
            f"  {name:<13} cold {cold[name]:5.2f} s   median {statistics.median(times[name]):5.2f} s"
            f"   (min {min(times[name]):.2f}, max {max(times[name]):.2f})"
        )
    baseline = statistics.median(times["minimal page"])
    for name in pages:
        if name != "minimal page":
            ratio = statistics.median(times[name]) / baseline
            verdict = "met" if ratio <= GOAL else "NOT met"
            print(f"  {name} / minimal page: {ratio:.2f}x (goal <= {GOAL}x: {verdict})")


if __name__ == "__main__":
    main()
