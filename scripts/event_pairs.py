"""Measure the event rules (analysis/events/rules.toml) on hand-built sentence pairs.

Each pair of tests/data/event_pairs.toml is two mentions from two outlets a day
apart; the script asks ``assign_events`` whether they are one event and prints,
per kind of pair, how often they were merged, and the precision and recall of
merging over all pairs.

    python scripts/event_pairs.py [--overlap 0.5]
"""

from __future__ import annotations

import argparse
import tomllib
from dataclasses import replace
from pathlib import Path

from analysis.events import Mention, assign_events, event_rules

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "data" / "event_pairs.toml"


def pair_mentions(p: dict) -> tuple[Mention, Mention]:
    a = Mention("a", "doc-a", p["signal"], p["actor"], p.get("affiliation", p["actor"]),
                tuple(p.get("targets", ())), "2024-05-01", p["a"], p.get("cue_a", ""))  # fmt: skip
    actor_b = p.get("actor_b", p["actor"])
    b = Mention("b", "doc-b", p["signal"], actor_b,
                p.get("affiliation_b", p.get("affiliation", actor_b) if "actor_b" not in p
                      else actor_b),
                tuple(p.get("targets_b", p.get("targets", ()))), "2024-05-02", p["b"],
                p.get("cue_b", ""))  # fmt: skip
    return a, b


def merged(p: dict, rules) -> bool:
    a, b = pair_mentions(p)
    texts = {"doc-a": p["a"], "doc-b": p["b"]}
    ids = assign_events([a, b], texts, rules)
    return ids[0] == ids[1]


def measure(pairs: list[dict], rules) -> dict:
    rows: dict[str, list[int]] = {}
    tp = fp = fn = 0
    for p in pairs:
        m = merged(p, rules)
        rows.setdefault(p["kind"], [0, 0])
        rows[p["kind"]][0] += m
        rows[p["kind"]][1] += 1
        tp += m and p["same"]
        fp += m and not p["same"]
        fn += (not m) and p["same"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"kinds": rows, "precision": precision, "recall": recall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--overlap", type=float, help="evidence_overlap to try instead")
    args = parser.parse_args()
    pairs = tomllib.loads(PAIRS.read_text(encoding="utf-8"))["pair"]
    rules = event_rules()
    if args.overlap is not None:
        rules = replace(rules, evidence_overlap=args.overlap)
    result = measure(pairs, rules)
    print(f"evidence_overlap {rules.evidence_overlap}")
    for kind, (n_merged, n) in result["kinds"].items():
        print(f"  {kind:16} merged {n_merged}/{n}")
    print(f"  precision {result['precision']:.3f}  recall {result['recall']:.3f}")


if __name__ == "__main__":
    main()
