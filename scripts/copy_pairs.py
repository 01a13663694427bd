"""Measure near-duplicate document detection ([copies] in analysis/events/rules.toml).

Pairs are built from the project's own texts (``seeds/`` and ``sample/``):

- copies, as another outlet republishes a story: its own outlet name and a
  credit line; a rewritten headline and the last paragraph cut; and, heavier,
  all of those in another house style (reporting verbs, abbreviated titles);
- not copies: every two documents of the same episode (same file-name
  prefix), which share names, places and much vocabulary; and each of them
  updated with a new lead (two paragraphs of the other) over its old text,
  where that lead states something the old story does not (the analyser
  finds a signal in it, read alone under the story's header, of a type, actor
  or targets the old story lacks), so the update must be stored and analysed.

For each threshold the script runs ``CopyFinder``, the step ingest runs (LSH
bands, then the estimated Jaccard similarity), on each pair and prints how
many pairs of each kind it takes for copies, and the precision and recall of
that call; the range of the exact Jaccard similarity of the shingles is
printed beside the estimate's. ``--shingles-only`` leaves out the check that
a copy states nothing its original does not, to show what shingles alone do.

    python scripts/copy_pairs.py [--shingles-only] [FOLDER ...]
"""

from __future__ import annotations

import argparse
import itertools
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from analysis import analyze_document, document_from_text
from analysis.events.similarity import words
from analysis.store.copies import copy_rules, signature, similarity
from analysis.store.copy_finder import CopyFinder

ROOT = Path(__file__).resolve().parents[1]
DIFFERENT = "not: another story, same episode"
UPDATED = "not: a new lead that states something new"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def outlet_and_credit(text: str) -> str:
    # the outlet line is the third of the header (title, date, outlet)
    lines = text.split("\n")
    if len(lines) > 2 and lines[2].strip():
        lines[2] = "Partner Agency"
    return "\n".join(lines) + "\n\nThis story was first published by a partner agency.\n"


def new_headline_cut_end(text: str) -> str:
    parts = paragraphs(text)
    head = parts[0].split("\n")
    head[0] = "UPDATE: " + " ".join(reversed(head[0].split()))
    body = parts[1:-1] if len(parts) > 2 else parts[1:]
    return "\n\n".join(["\n".join(head), *body])


def heavy_edit(text: str) -> str:
    # a house style: other reporting verbs and titles, numbers in words
    edited = new_headline_cut_end(outlet_and_credit(text))
    for old, new in (("said", "stated"), ("President", "Pres."), ("Minister", "Min."),
                     ("told", "informed"), ("on Monday", "on Monday local time")):  # fmt: skip
        edited = edited.replace(old, new)
    return re.sub(r"\b(\d+)\b", lambda m: f"{m.group(1)} (sic)", edited, count=3)


def new_top(text: str, other: str) -> str:
    """An updated story: new lead paragraphs (another story's) over the old one."""
    head, *body = paragraphs(text)
    return "\n\n".join([head, *paragraphs(other)[1:3], *body])


EDITS = {
    "copy: credit line": outlet_and_credit,
    "copy: headline + last paragraph cut": new_headline_cut_end,
    "copy: + house style (verbs, titles, numbers)": heavy_edit,
}


def exact_jaccard(a: str, b: str, k: int) -> float:
    def shingles(t: str) -> set[str]:
        w = words(t)
        return {" ".join(w[i : i + k]) for i in range(max(1, len(w) - k + 1))}

    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y) if x | y else 1.0


@cache
def said_by(text: str) -> frozenset:
    """What a text states, as ingest compares it: its signals' types and actors."""
    analysis = analyze_document(document_from_text(text, "pair"))
    return frozenset((s.signal, s.actor) for s in analysis.signals)


def found_copy(a: str, b: str, rules, shingles_only: bool = False) -> bool:
    """Whether ingest takes b for a copy of a; ``shingles_only``: as if no text stated
    anything, so that any text similar enough is a copy."""

    def statements(text: str) -> frozenset:
        return frozenset() if shingles_only else said_by(text)

    finder = CopyFinder(None, rules)  # an empty store: a is new, then b
    finder.find("a", signature(a, rules), lambda: statements(a))
    return finder.find("b", signature(b, rules), lambda: statements(b)) is not None


def build_pairs(folders: list[str]) -> dict[str, list[tuple[str, str]]]:
    """The pairs of each kind, built from the .txt files of the folders."""
    docs = {f.stem: f.read_text(encoding="utf-8")
            for d in folders for f in sorted(Path(d).glob("*.txt"))}  # fmt: skip
    pairs: dict[str, list[tuple[str, str]]] = {kind: [] for kind in EDITS}
    pairs[DIFFERENT], pairs[UPDATED] = [], []
    for text in docs.values():
        for kind, edit in EDITS.items():
            pairs[kind].append((text, edit(text)))
    for a, b in itertools.combinations(docs, 2):
        if a[:2] == b[:2] and a[:1].isalpha():  # same episode
            pairs[DIFFERENT].append((docs[a], docs[b]))
            lead = new_top(docs[a], docs[b])
            said = said_by(paragraphs(lead)[0] + "\n\n" + "\n\n".join(paragraphs(docs[b])[1:3]))
            if not said <= said_by(docs[a]):
                pairs[UPDATED].append((docs[a], lead))
    return pairs


def measure(pairs: dict[str, list[tuple[str, str]]], rules, shingles_only: bool = False) -> dict:
    """How many pairs of each kind ingest takes for copies; precision and recall."""
    hits = {
        kind: sum(found_copy(a, b, rules, shingles_only) for a, b in v) for kind, v in pairs.items()
    }
    copies = [kind for kind in pairs if kind.startswith("copy")]
    tp = sum(hits[kind] for kind in copies)
    fp = sum(hits[kind] for kind in pairs if kind not in copies)
    positives = sum(len(pairs[kind]) for kind in copies)
    return {
        "hits": hits,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / positives if positives else 1.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=[str(ROOT / "seeds"), str(ROOT / "sample")])
    parser.add_argument("--shingles-only", action="store_true")
    args = parser.parse_args()
    rules = copy_rules()
    pairs = build_pairs(args.folders)
    k = rules.shingle_words
    print(f"{rules.permutations} permutations in {rules.bands} bands, "
          f"{k}-word shingles, shipped threshold {rules.jaccard}")  # fmt: skip
    for kind, values in pairs.items():
        est = [similarity(signature(a, rules), signature(b, rules)) for a, b in values]
        exact = [exact_jaccard(a, b, k) for a, b in values]
        print(f"  {kind}: {len(values)} pairs, estimated similarity {min(est):.2f}-{max(est):.2f}, "
              f"exact {min(exact):.2f}-{max(exact):.2f}")  # fmt: skip
    print("\n| threshold | " + " | ".join(pairs) + " | precision | recall |")
    print("|---" * (len(pairs) + 3) + "|")
    for t in sorted({*THRESHOLDS, rules.jaccard}):
        result = measure(pairs, replace(rules, jaccard=t), args.shingles_only)
        cells = " | ".join(f"{result['hits'][kind]}/{len(v)}" for kind, v in pairs.items())
        print(f"| {t:.2f} | {cells} | {result['precision']:.3f} | {result['recall']:.3f} |")


if __name__ == "__main__":
    main()
