"""Paths and helpers the test modules share: ``from helpers import ROOT, run_cli``.

``tests`` is not a package; pytest puts this folder on sys.path (its default
"prepend" import mode), so the modules here import each other by name.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
# The bundled seed article, whose signals SIGNALS.md walks through.
SEED_ARTICLE = SEEDS / "000_a05659aaa7e80c9a.txt"


def run_cli(
    *args: str, data: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """``python -m analysis ARGS [--data-dir DATA]`` in a new process, as a user runs it."""
    command = [sys.executable, "-m", "analysis", *args]
    if data is not None:
        command += ["--data-dir", str(data)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def dashboard_app(*, add_panel: bool = False, timeout: float = 60):
    """``dashboard/app.py`` in Streamlit's AppTest, as a browser has it after its first
    paint: the evidence table and the per-actor bars drawn (the page's script presses
    "Show the evidence table" once the first chart is drawn; AppTest runs no scripts). ``add_panel``
    opens the sidebar's "Add or remove documents", which is built only while open."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=timeout)
    at.session_state["first-paint-done"] = True
    if add_panel:
        at.session_state["add-panel"] = True
    return at


def signals_of(text: str) -> set[tuple[str, str]]:
    """The (signal, actor) pairs the analyser reads in a text of our own."""
    from analysis import analyze_document, document_from_text

    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}
