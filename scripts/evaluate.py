"""Score the analyser against gold annotations (not part of the test suite).

    python scripts/evaluate.py GOLD.jsonl DOCS [DOCS ...] [--scorer PATH] [--markdown]

Analyses DOCS (files or folders) with ``python -m analysis analyze``, then
runs the official scorer (``score.py`` of the shared evaluation kit, given
with ``--scorer``; by default ``../shared/eval/score.py`` next to this
checkout) and prints its table, or a Markdown table for the README with
``--markdown``. Examples, from the repository root::

    python scripts/evaluate.py ../shared/eval/seed_gold.jsonl seeds
    python scripts/evaluate.py ../shared/eval/dev/gold.jsonl ../shared/eval/dev/docs --markdown
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("docs", nargs="+")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    for path in (args.gold, args.scorer):
        if not path.exists():
            print(
                f"error: {path} does not exist; give the gold file and --scorer path.",
                file=sys.stderr,
            )
            return 1
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        run = subprocess.run(
            [sys.executable, "-m", "analysis", "analyze", *args.docs, "-o", str(pred)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if run.returncode not in (0, 2) or not pred.exists():
            print(run.stderr, file=sys.stderr)
            return 1
        scored = subprocess.run(
            [sys.executable, str(args.scorer), str(args.gold), str(pred), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    result = json.loads(scored.stdout)
    if not args.markdown:
        for mode, table in result.items():
            print(f"{mode}:")
            for signal, m in table.items():
                print(
                    f"  {signal:24} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f} pred={m['predicted']} gold={m['gold']}"
                )
        return 0
    lenient, strict = result["lenient"], result["strict"]
    print("| signal | P | R | F1 (lenient) | F1 (strict) | predicted | gold |")
    print("|---|---|---|---|---|---|---|")
    for signal, m in lenient.items():
        name = f"**{signal}**" if signal == "ALL" else f"`{signal}`"
        print(
            f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | "
            f"{strict[signal]['f1']:.3f} | {m['predicted']} | {m['gold']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
