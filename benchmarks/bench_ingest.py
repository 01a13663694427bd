"""Ingest benchmark: documents/s with 1 and 2 worker processes, store overhead, size.

    .venv/bin/python benchmarks/bench_ingest.py [FOLDER ...] [--docs N] [--workers 1 2]

Generates ``--docs`` documents (default 20,000) from the paragraphs of
``seeds/*.txt``, ``sample/*.txt`` and the ``.txt`` files of any FOLDER given
(e.g. /work/shared/eval/dev/docs): each is a headline and paragraphs of
different texts drawn at random with a fixed seed, as long as the texts'
median, so the documents are distinct stories as near-duplicate detection
sees them; ``--copy-share`` of
them (default 5 %) are republications of an earlier one (another outlet line
and a credit), as a wire feed has. Then, for each worker count, ingests them
all into a new store in a temporary folder and prints:

- documents/s of the whole ingest (load -> hash -> analyse -> write),
- analysis-only time: ``analyze_document`` on the same documents in this
  process, without the store (timed on every ``--sample``-th document and
  scaled up, so the benchmark does not take twice as long),
- store overhead, with one worker: (ingest time - time inside
  ``analyze_document`` during that ingest) / that analysis time -- everything
  the store adds: hashing, duplicate checks, turning analyses into rows,
  writing -- in wall time and in CPU time (which other programs running on the
  machine do not distort); and the time spent inside the write transactions,
- with more workers, the main process's CPU time as a share of the analysis,
- the database size on disk;
- for the last worker count, the same ingest again without near-duplicate
  detection (``find_copies=False``), and the cost of detection: the share by
  which its documents/s fall short (goal, issue 13: at most 15 %).

First, the store alone: ``--store-docs`` (default 20,000) pre-analysed
documents written in batches, read back with ``corpus()`` by a new store
object, checked, and the size on disk -- the store's cost without waiting for
the analysis.

Goal (issue 4): overhead under 20 % of the analysis time, and more documents/s
with more workers. The full ingest of 20,000 documents takes as long as
analysing them (at 10 docs/s on one core, over half an hour per worker count):
use ``--docs 1000`` for a quick run, ``--docs 0`` for the store-alone figures only.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import Document, analyze_document, document_from_text  # noqa: E402
from analysis.store import open_store  # noqa: E402


def base_texts(folders: list[Path]) -> list[tuple[str, str]]:
    """(name, text) of every seed and every .txt file in the folders."""
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "sample").glob("*.txt"))
    for folder in folders:
        files += sorted(folder.glob("*.txt"))
    return [(f.stem, f.read_text(encoding="utf-8", errors="replace")) for f in files]


def generate(bases: list[tuple[str, str]], n: int, copy_share: float = 0.05) -> list[Document]:
    """Distinct stories of paragraphs of different texts, and some republications."""
    import random
    import re

    rng = random.Random(20261205)
    pools = [
        [p for p in re.split(r"\n\s*\n", text.strip())[1:] if len(p) > 80] for _, text in bases
    ]
    pools = [p for p in pools if p]
    # stories as long as the base texts' median (news: about 2 kB with the dev sets)
    length = sorted(len(text) for _, text in bases)[len(bases) // 2]
    docs, texts = [], []
    for i in range(n):
        if texts and rng.random() < copy_share:
            earlier = texts[rng.randrange(len(texts))]
            text = (
                earlier.replace("Benchmark Wire", "Partner Agency") + "\nReporting by the desk.\n"
            )
        else:
            body = []
            for pool in rng.sample(pools, len(pools)):
                body.append(rng.choice(pool))
                if sum(map(len, body)) >= length:
                    break
            text = f"Story {i}\nMarch 1, 2024\nBenchmark Wire\n\n" + "\n\n".join(body) + "\n"
            texts.append(text)
        docs.append(document_from_text(text, f"doc{i:05d}"))
    return docs


def analysis_seconds(docs: list[Document], sample: int) -> float:
    """Single-process analysis time of all ``docs``, timed on every ``sample``-th."""
    subset = docs[::sample]
    start = time.perf_counter()
    for doc in subset:
        analyze_document(doc)
    return (time.perf_counter() - start) * len(docs) / len(subset)


class Clock:
    """Wall and CPU (this process) seconds, summed over the timed calls."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0

    def wrap(self, fn):
        def timed(*args, **kwargs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.wall += time.perf_counter() - wall
                self.cpu += time.process_time() - cpu

        return timed


def ingest(docs: list[Document], workers: int, folder: Path, find_copies: bool = True) -> dict:
    import analysis.store.ingest as store_module

    store = open_store(folder)
    total, analysis, writes = Clock(), Clock(), Clock()
    store._write = writes.wrap(store._write)
    analyse = store_module.analyze_document
    store_module.analyze_document = analysis.wrap(analyse)  # this process: 1 worker only
    try:
        report = total.wrap(store.add_documents)(
            docs, workers=workers, progress=True, find_copies=find_copies
        )
    finally:
        store_module.analyze_document = analyse
    store.close()
    size = sum(p.stat().st_size for p in folder.glob("lens.sqlite*"))
    stored = len(report.added) + len(report.copies) + len(report.duplicates)
    assert stored == len(docs) and not report.errors, report.summary()
    return {"total": total, "analysis": analysis, "writes": writes, "bytes": size,
            "copies": len(report.copies)}  # fmt: skip


def store_alone(bases: list[tuple[str, str]], n: int, folder: Path) -> None:
    """Write ``n`` pre-analysed documents and read them back: the store's own cost.

    Each base text is analysed once; the copies differ by a closing line (so
    by content id) and share the analysis rows, which is what the store sees.
    """
    from dataclasses import replace

    from analysis.store import analysis_rows, content_id
    from analysis.store.ingest import BATCH_DOCUMENTS

    analyses = [analyze_document(document_from_text(text, name)) for name, text in bases]
    store = open_store(folder)
    write, read, check = Clock(), Clock(), Clock()

    @write.wrap
    def build_and_write() -> None:
        batch = []
        for i in range(n):
            a = analyses[i % len(analyses)]
            text = f"{a.document.text}\n\nCopy {i} made for the ingest benchmark.\n"
            doc = replace(a.document, id=content_id(text), text=text)
            batch.append(analysis_rows(replace(a, document=doc), name=f"{i}", ingested_at="now"))
            if len(batch) == BATCH_DOCUMENTS:
                store._write(batch)
                batch.clear()
        if batch:
            store._write(batch)

    build_and_write()
    store.close()
    store = open_store(folder)  # a cold reader, as a new dashboard process
    corpus = read.wrap(store.corpus)()
    problems = check.wrap(store.check)()
    store.close()
    size = sum(p.stat().st_size for p in folder.glob("lens.sqlite*"))
    rows = sum(len(a.sentences) + len(a.mentions) + len(a.signals) for a in corpus.analyses)
    print(
        f"store alone, {n:,} pre-analysed documents ({rows:,} child rows; wall / CPU):\n"
        f"  rows built and written {write.wall:.1f} s / {write.cpu:.1f} s "
        f"({n / write.cpu:,.0f} docs per CPU second)\n"
        f"  corpus() read back by a new store object {read.wall:.1f} s / {read.cpu:.1f} s\n"
        f"  check() {check.wall:.1f} s / {check.cpu:.1f} s ({'ok' if not problems else problems})"
        f"\n  database {size / 1e6:.1f} MB ({size / n / 1e3:.1f} kB per document)",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="more .txt folders to repeat")
    parser.add_argument("--docs", type=int, default=20_000, help="documents to generate")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--sample", type=int, default=10, help="time analysis on every Nth doc")
    parser.add_argument("--copy-share", type=float, default=0.05, help="share of republications")
    parser.add_argument(
        "--store-docs", type=int, default=20_000,
        help="pre-analysed documents for the store-alone figures (0: skip)",
    )  # fmt: skip
    args = parser.parse_args(argv)

    bases = base_texts(args.folders)
    if args.store_docs:
        with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp:
            store_alone(bases, args.store_docs, Path(tmp))
    if not args.docs:
        return 0
    t = time.perf_counter()
    docs = generate(bases, args.docs, args.copy_share)
    mb = sum(len(d.text.encode()) for d in docs) / 1e6
    print(
        f"{len(docs):,} documents ({mb:.1f} MB) from {len(bases)} texts, "
        f"loaded in {time.perf_counter() - t:.1f} s; {os.cpu_count()} cores, load average "
        f"{os.getloadavg()[0]:.1f}",
        flush=True,
    )
    analysis = analysis_seconds(docs, max(1, args.sample))
    print(
        f"analysis only (1 process, no store): {analysis:.1f} s, "
        f"{len(docs) / analysis:,.0f} docs/s",
        flush=True,
    )
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        for workers in args.workers:
            r = ingest(docs, workers, Path(tmp) / f"w{workers}")
            results[workers] = r
            total, writes = r["total"], r["writes"]
            line = (
                f"ingest, {workers} worker{'s' if workers > 1 else ''}: {total.wall:.1f} s, "
                f"{len(docs) / total.wall:,.0f} docs/s; write transactions {writes.wall:.1f} s; "
                f"database {r['bytes'] / 1e6:.1f} MB; {r['copies']:,} near-duplicates listed"
            )
            if workers == 1:
                # both measured within the same run, so other load on the machine
                # affects them alike; CPU time is immune to it
                a = r["analysis"]
                line += (
                    f"\n  analysis inside it: {a.wall:.1f} s wall, {a.cpu:.1f} s CPU -> store "
                    f"overhead {100 * (total.wall - a.wall) / a.wall:.1f} % of analysis time "
                    f"(CPU: {100 * (total.cpu - a.cpu) / a.cpu:.1f} %)"
                )
            elif 1 in results:
                a = results[1]["analysis"]
                line += (
                    f"\n  main process (load, hash, write, exchange with workers): "
                    f"{total.cpu:.1f} s CPU = {100 * total.cpu / a.cpu:.1f} % of the analysis CPU"
                )
            print(line, flush=True)
        workers = args.workers[-1]
        plain = ingest(docs, workers, Path(tmp) / "plain", find_copies=False)
        with_copies = results[workers]["total"].wall
        print(
            f"ingest, {workers} worker{'s' if workers > 1 else ''}, without near-duplicate "
            f"detection: {plain['total'].wall:.1f} s, {len(docs) / plain['total'].wall:,.0f} "
            f"docs/s -> detection costs {100 * (1 - plain['total'].wall / with_copies):.1f} % "
            f"of the documents/s (goal: at most 15 %)",
            flush=True,
        )
    if 1 in results and len(results) > 1:
        for workers, r in results.items():
            if workers != 1:
                speedup = results[1]["total"].wall / r["total"].wall
                print(f"speed-up with {workers} workers: x{speedup:.2f}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average at the end: {load} (other work on the machine slows every figure)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
