"""Compile the rule modules with mypyc, in place, for about twice the speed.

    python scripts/compile.py           # build (needs mypy and a C compiler)
    python scripts/compile.py --clean   # back to pure Python

The analyser is pure Python and stays so in the repository. Actor recognition
and signal extraction are most of its time; mypyc (the compiler mypy is built
with) turns those modules, the tokenizer, the data classes they pass around,
per-sentence tone and sentence splitting
(``analysis.compiled.COMPILED_MODULES``), as written, into C extensions that
give the same results, checked by running the test suite on the compiled build
in CI.

The extensions are written next to the sources (``analysis/actors.*.so`` and
so on), where Python prefers them to the ``.py`` files. So that an edit is
never silently ignored, the build records a hash of each compiled source in
``analysis/_compiled.json``; ``import analysis`` refuses to start when a source
no longer matches its extension and says to run this script again.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_helpers():
    """analysis/compiled.py, loaded by path: importing the package would refuse
    to start on the stale build this script is about to replace."""
    spec = importlib.util.spec_from_file_location("lens_build", ROOT / "analysis/compiled.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_helpers = _build_helpers()
COMPILED_MODULES = _helpers.COMPILED_MODULES
MANIFEST = _helpers.MANIFEST
extension_files = _helpers.extension_files
source_hash = _helpers.source_hash

# One shared library inside the package (not at the top level, where an
# installed package could not find it).
GROUP = "analysis._rules"


def clean() -> list[Path]:
    removed = extension_files(ROOT)
    for path in removed:
        path.unlink()
    manifest = ROOT / MANIFEST
    if manifest.exists():
        manifest.unlink()
        removed.append(manifest)
    return removed


def build() -> None:
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit(
            "mypyc is not installed. Install it with `pip install -e '.[fast]'` "
            "(it comes with mypy), then run this script again."
        )
    from setuptools import setup

    clean()
    sources = [f"analysis/{name}.py" for name in COMPILED_MODULES]
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory(prefix="lens-mypyc-") as tmp:
        extensions = mypycify(
            ["--ignore-missing-imports", "--follow-imports=silent", *sources],
            group_name=GROUP,
            target_dir=str(Path(tmp) / "c"),
        )
        if sys.platform != "win32":
            # Python rounds after every float operation; a C compiler may fuse a
            # multiply and an add into one (FMA; GCC does so by default on ARM64),
            # which would change the last bit of tone's VADER arithmetic.
            for extension in extensions:
                extension.extra_compile_args.append("-ffp-contract=off")
        setup(
            name="statement-lens-rules",
            ext_modules=extensions,
            script_args=[
                "build_ext",
                "--inplace",
                "--build-temp",
                str(Path(tmp) / "o"),
                "--build-lib",
                str(Path(tmp) / "lib"),
            ],
        )
    manifest = {
        "python": sys.version.split()[0],
        "sources": {name: source_hash(ROOT / f"analysis/{name}.py") for name in COMPILED_MODULES},
    }
    (ROOT / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules")
    args = parser.parse_args(argv)
    if args.clean:
        removed = clean()
        print(f"removed {len(removed)} files; the analyser is pure Python again")
        return 0
    build()
    built = extension_files(ROOT)
    print(f"compiled {', '.join(COMPILED_MODULES)} into {len(built)} extension files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
