"""Which analyser produced an analysis: ``ANALYSER_VERSION`` plus a digest of the code and data.

Stored with each document, so ``reanalyze`` finds documents analysed by other
code even when nobody remembered to bump ``ANALYSER_VERSION``.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from analysis.pipeline import ANALYSER_VERSION

PACKAGE = Path(__file__).resolve().parent

# Top-level names (files or sub-packages) of code that only runs after the
# analysis, on its results, so a stored analysis stays valid when it changes:
# the store (persistence: writes and reads analyses as they are), the command
# line (arguments and messages), the output writers (format records when they
# are written, from fresh or stored analyses alike) and the frames stage
# (tables, keywords and tone per actor, computed from a corpus whenever they
# are shown, never stored), review (corrections laid over a stored analysis
# when it is read) and events (mentions grouped into events, likewise).
# Everything else, including any module added later in any sub-package, is
# part of the digest.
NOT_ANALYSIS = frozenset(
    {"__main__.py", "cli.py", "output.py", "store", "frames", "review", "events"}
)


def analysis_files(root: Path = PACKAGE) -> list[Path]:
    """The files whose content the analysis depends on, sorted by path within ``root``:
    every ``.py`` module of the package at any depth (minus ``NOT_ANALYSIS``) and
    every data file under ``data/``."""
    modules = [f for f in root.rglob("*.py") if f.relative_to(root).parts[0] not in NOT_ANALYSIS]
    data = [f for f in (root / "data").rglob("*") if f.is_file()]
    return sorted(modules + data, key=lambda f: f.relative_to(root).as_posix())


def analyser_version(root: Path | None = None) -> str:
    """``ANALYSER_VERSION`` plus a digest of ``analysis_files(root)`` (names and bytes).

    Without ``root``: the running package's, computed once per process.
    """
    return _running_version() if root is None else _version(root)


@functools.cache
def _running_version() -> str:
    return _version(PACKAGE)


def _version(root: Path) -> str:
    digest = hashlib.sha256()
    for f in analysis_files(root):
        digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return f"{ANALYSER_VERSION}+{digest.hexdigest()[:8]}"
