"""Which analyser produced an analysis: ``ANALYSER_VERSION`` plus a digest of the code and data."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

from analysis.pipeline import ANALYSER_VERSION

# Modules that do not change what the analysis finds.
_NOT_ANALYSIS = {
    "cli.py",
    "__main__.py",
    "tables.py",
}


@functools.cache
def analyser_version() -> str:
    """``ANALYSER_VERSION`` plus a digest of the analysis code and its data files.

    Stored with each document, so ``reanalyze`` finds documents analysed by
    other code even when nobody remembered to bump ``ANALYSER_VERSION``.
    """
    package = Path(__file__).resolve().parent
    files = [f for f in package.glob("*.py") if f.name not in _NOT_ANALYSIS]
    files += [f for f in (package / "data").rglob("*") if f.is_file()]
    digest = hashlib.sha256()
    for f in sorted(files):
        digest.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes())
    return f"{ANALYSER_VERSION}+{digest.hexdigest()[:8]}"
