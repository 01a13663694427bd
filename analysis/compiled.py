"""Whether the rule modules run compiled (``scripts/compile.py``), and a guard
against compiled modules that no longer match their sources.

Python loads ``actors.cpython-*.so`` in preference to ``actors.py``; after an
edit to the source, the old extension would go on running unseen. The build
records a hash of every source it compiled, and ``check()`` compares them.
"""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
# The modules that hold the per-token, per-trigger and per-sentence rule code
# (tone: NLTK's VADER itself stays interpreted, in analysis.vader), and the
# sentence splitter (NLTK's Punkt, its reference, stays interpreted).
COMPILED_MODULES = ("models", "tokens", "actors", "signals", "tone", "sentences")
MANIFEST = "analysis/_compiled.json"


class StaleBuildError(ImportError):
    """A compiled rule module was built from a different source than the one on disk."""


def source_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extension_files(root: Path) -> list[Path]:
    """The compiled files of a checkout at ``root``: the modules and their shared library."""
    package = root / "analysis"
    return sorted(
        {
            p
            for suffix in EXTENSION_SUFFIXES
            for p in package.glob(f"*{suffix}")
            if p.name.split(".")[0] in COMPILED_MODULES or p.name.startswith("_rules__mypyc")
        }
    )


def compiled_modules(root: Path = PACKAGE.parent) -> list[str]:
    """The rule modules that have a compiled extension next to their source."""
    return sorted({p.name.split(".")[0] for p in extension_files(root)} & set(COMPILED_MODULES))


def check(root: Path = PACKAGE.parent) -> None:
    """Refuse to run compiled modules built from other sources than those on disk."""
    present = compiled_modules(root)
    if not present:
        return
    manifest_path = root / MANIFEST
    try:
        recorded = json.loads(manifest_path.read_text(encoding="utf-8"))["sources"]
    except (OSError, ValueError, KeyError):
        recorded = {}
    stale = [
        name for name in present if recorded.get(name) != source_hash(root / f"analysis/{name}.py")
    ]
    if stale:
        files = ", ".join(f"analysis/{name}.py" for name in stale)
        raise StaleBuildError(
            f"{files} changed after it was compiled, so the compiled module would run "
            "the old code. Run `python scripts/compile.py` to compile it again, or "
            "`python scripts/compile.py --clean` to go back to pure Python."
        )


def running_compiled() -> bool:
    """True when every rule module was loaded from its compiled extension."""
    import importlib

    return all(
        not str(importlib.import_module(f"analysis.{name}").__file__).endswith(".py")
        for name in COMPILED_MODULES
    )


# On import as part of the package, before it imports any rule module;
# scripts/compile.py loads this file under another name to rebuild a stale build.
if __name__ == "analysis.compiled":
    check()
