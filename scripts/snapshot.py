"""Record everything the analyser outputs, and compare two records (not part of the tests).

    python scripts/snapshot.py record OUT.json PATH [PATH ...]
    python scripts/snapshot.py compare BEFORE.json AFTER.json

``record`` analyses the documents under each PATH (files or folders, as
``analyze`` reads them) and, for each Python test module among the PATHs, every
string literal of 40 characters or more as a document of its own: the
sentences the project wrote for its tests. It keeps, per document, the blocks,
sentences, mentions, every signal field and the tone. ``compare`` prints what
differs and exits 1 if anything does, so a refactoring can show it changed
nothing::

    python scripts/snapshot.py record /tmp/before.json seeds ../shared/eval/dev/docs \
        ../shared/eval/dev2/docs tests/test_signals.py tests/test_actors.py
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from dataclasses import asdict
from pathlib import Path

# this checkout's package, not whichever an editable install points at
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis import analyze_document, document_from_text, iter_documents  # noqa: E402
from analysis.output import signal_record  # noqa: E402


def _test_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    texts = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) >= 40
    ]
    return sorted(set(texts))


def _documents(paths: list[str]):
    files = [p for p in paths if not p.endswith(".py")]
    for item in iter_documents(files):
        if hasattr(item, "text"):
            yield item
    for p in paths:
        if p.endswith(".py"):
            for k, text in enumerate(_test_texts(Path(p))):
                yield document_from_text(text, doc_id=f"{Path(p).stem}#{k}")


def record(paths: list[str]) -> dict:
    out: dict = {}
    for doc in _documents(paths):
        a = analyze_document(doc)
        out[doc.id] = {
            "blocks": [asdict(b) for b in doc.blocks],
            "meta": [doc.title, doc.date, doc.source, doc.language, list(doc.warnings)],
            "sentences": [asdict(s) for s in a.sentences],
            "mentions": [
                [
                    m.actor.name,
                    m.actor.type,
                    m.actor.affiliation,
                    m.actor.title,
                    m.start,
                    m.end,
                    m.text,
                    m.how,
                ]
                for m in a.mentions
            ],
            "signals": [signal_record(s) for s in a.signals],
            "tone": list(a.tone),
        }
    return out


def compare(before: dict, after: dict) -> int:
    differences = 0
    for doc_id in sorted(set(before) | set(after)):
        b, a = before.get(doc_id), after.get(doc_id)
        if b == a:
            continue
        if b is None or a is None:
            print(f"{doc_id}: only {'after' if b is None else 'before'}")
            differences += 1
            continue
        for part in b:
            if b[part] != a.get(part):
                differences += 1
                print(f"{doc_id}: {part} differ")
                if part == "signals":
                    gone = [s for s in b[part] if s not in a[part]]
                    new = [s for s in a[part] if s not in b[part]]
                    for s in gone:
                        print(f"   - {s['signal']} {s['actor']} | {s['sentence'][:90]}")
                    for s in new:
                        print(f"   + {s['signal']} {s['actor']} | {s['sentence'][:90]}")
    print(f"{len(before)} documents before, {len(after)} after, {differences} differences")
    return 1 if differences else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("paths", nargs="+")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        args.out.write_text(json.dumps(record(args.paths), ensure_ascii=False), encoding="utf-8")
        return 0
    return compare(
        json.loads(args.before.read_text(encoding="utf-8")),
        json.loads(args.after.read_text(encoding="utf-8")),
    )


if __name__ == "__main__":
    sys.exit(main())
