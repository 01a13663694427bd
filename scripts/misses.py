"""List what the analyser missed and what it found beyond the gold (lenient pairing).

    python scripts/misses.py GOLD.jsonl DOCS [--scorer PATH] [--signal TYPE]

A development aid next to ``scripts/evaluate.py``: it analyses DOCS, pairs
predictions with gold signals as the shared scorer does (lenient: actor or
affiliation among the gold's accepted names) and prints, per document, the
required gold signals left unpaired (``-``, with their evidence) and the
predictions that paired with nothing (``+``, with their sentence). Read it to
find the *kind* of wording a rule misses, then write a general rule with test
sentences of your own; never a rule for the sentence shown.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("docs", nargs="+")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--signal", help="only this signal type")
    args = parser.parse_args(argv)
    if not args.scorer.exists():
        print(f"error: {args.scorer} does not exist; give --scorer.", file=sys.stderr)
        return 1
    spec = importlib.util.spec_from_file_location("score", args.scorer)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "pred.jsonl"
        subprocess.run(
            [sys.executable, "-m", "analysis", "analyze", *args.docs, "-o", str(pred_path)],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        pred = score.load(pred_path)
    gold = score.load(args.gold)
    gold_by = defaultdict(list)
    for row in gold:
        gold_by[(row["doc"], row["signal"])].append(row)
    pred_by = defaultdict(dict)
    for row in pred:
        key = (str(row["doc_id"]), row["signal"])
        pred_by[key].setdefault(score.norm(row["actor"]), row)
    lines = defaultdict(list)
    for key in sorted(set(gold_by) | set(pred_by)):
        if args.signal and key[1] != args.signal:
            continue
        golds = gold_by.get(key, [])
        preds = list(pred_by.get(key, {}).values())
        names = [{score.norm(n) for n in g["actor"]} for g in golds]
        units = [{score.norm(p["actor"]), score.norm(p["affiliation"])} for p in preds]
        owner = score.max_matching(units, names, lambda p, g: bool(p & g))
        paired = set(owner.values())
        for j, g in enumerate(golds):
            if j not in owner and not g.get("optional"):
                lines[key[0]].append(f"  - {key[1]:22} {g['actor'][0]:28} | {g['evidence'][:110]}")
        for i, p in enumerate(preds):
            if i in paired:
                continue
            if any(units[i] & names[j] for j, g in enumerate(golds) if g.get("optional")):
                continue
            lines[key[0]].append(f"  + {key[1]:22} {p['actor']:28} | {p['sentence'][:110]}")
    for doc in sorted(lines):
        print(doc)
        print("\n".join(lines[doc]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
