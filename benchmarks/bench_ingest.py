"""Ingest benchmark: documents/s with 1 and 2 worker processes, store overhead, size.

    .venv/bin/python benchmarks/bench_ingest.py [FOLDER ...] [--docs N] [--workers 1 2]
        [--backend sqlite|postgresql|both] [--database-url URL]

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
  which its documents/s fall short (goal, issue 13: at most 15 %). Other work
  on the machine slows whichever ingest it overlaps, so with ``--rounds N``
  (default 3) both ingests run N times, alternated (with, without; without,
  with; ...: a drift in the load hits both alike), each with the load average
  at its start, and the cost is given from the medians and from the best runs;
  and from the CPU time of all the ingest's processes (this one and its
  workers, read from /proc on Linux), which that load barely changes: on cores
  the ingest keeps busy, the CPU detection adds is the documents/s it costs.

With more than one worker, a short ingest first (not timed) starts the fork
server the workers of every later ingest come from, so that the first timed
ingest does not pay for it alone.

First, the store alone: ``--store-docs`` (default 20,000) pre-analysed
documents written in batches, read back with ``corpus()`` by a new store
object, checked, and the size on disk -- the store's cost without waiting for
the analysis.

``--backend both`` (the default when ``--database-url`` or ``$LENS_DATABASE_URL``
names a PostgreSQL database) runs every measurement on SQLite and on PostgreSQL,
one after the other in the same run, each store new (a schema of its own in
the database, dropped at the end), and prints PostgreSQL's documents/s as a
share of SQLite's (goal, issue 14: at least 70 %).

Goal (issue 4): overhead under 20 % of the analysis time, and more documents/s
with more workers. The full ingest of 20,000 documents takes as long as
analysing them (at 10 docs/s on one core, over half an hour per worker count):
use ``--docs 1000`` for a quick run, ``--docs 0`` for the store-alone figures only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import Document, analyze_document, document_from_text  # noqa: E402
from analysis.store import Store, database_url, open_store  # noqa: E402


class Backend:
    """Where the benchmark's stores go: new SQLite files in a temporary folder, or new
    schemas of a PostgreSQL database (``url``), dropped by ``close``."""

    def __init__(self, name: str, folder: Path, url: str | None = None):
        self.name, self.folder, self.url = name, folder, url
        self.stores: dict[str, str] = {}  # store name -> its URL (PostgreSQL)
        self.schemas: list[str] = []

    def new(self, store_name: str) -> Store:
        """A new, empty store."""
        if self.url is None:
            return open_store(self.folder / store_name)
        from analysis.store.postgres import create_schema

        schema = f"bench_{store_name}_{uuid.uuid4().hex[:8]}"
        self.schemas.append(schema)
        self.stores[store_name] = create_schema(self.url, schema)
        return open_store(url=self.stores[store_name])

    def reopen(self, store_name: str) -> Store:
        if self.url is None:
            return open_store(self.folder / store_name)
        return open_store(url=self.stores[store_name])

    def size(self, store_name: str) -> int:
        """The store's bytes on disk (tables and indexes)."""
        if self.url is None:
            return sum(p.stat().st_size for p in (self.folder / store_name).glob("lens.sqlite*"))
        with self.reopen(store_name) as store:
            return store._conn.execute(
                "SELECT CAST(coalesce(sum(pg_total_relation_size(c.oid)), 0) AS BIGINT) "
                "FROM pg_class c "
                "WHERE c.relnamespace = CAST(current_schema() AS regnamespace) "
                "AND c.relkind = 'r'"
            ).fetchone()[0]

    def close(self) -> None:
        if self.url is not None:
            from analysis.store.postgres import drop_schema

            for schema in self.schemas:
                drop_schema(self.url, schema)


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


def descendants_cpu() -> float | None:
    """CPU seconds of this process's descendants so far: the finished children it waited
    for, and every live (or not yet waited for) descendant with the finished children
    that one waited for -- the analysis workers, whether forked from here or from a fork
    server. None where there is no /proc (not Linux)."""
    if not Path("/proc/self/stat").exists():
        return None
    tick = os.sysconf("SC_CLK_TCK")
    parent, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                # after the command name, in parentheses: state, ppid, ...; fields 14-17
                # of the line are utime, stime, cutime, cstime
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:  # ended meanwhile
                continue
            pid = int(entry.name)
            parent[pid] = int(fields[1])
            cpu[pid] = sum(map(int, fields[11:15])) / tick
    mine, total = os.getpid(), os.times().children_user + os.times().children_system
    for pid in cpu:
        ancestor = parent[pid]
        while ancestor not in (mine, 0, 1) and ancestor in parent:
            ancestor = parent[ancestor]
        if ancestor == mine and pid != mine:
            total += cpu[pid]
    return total


def ingest(
    docs: list[Document], workers: int, backend: Backend, name: str, find_copies: bool = True
) -> dict:
    import analysis.store.ingest as store_module

    store = backend.new(name)
    load = os.getloadavg()[0]  # other work on the machine, as the ingest starts
    total, analysis, writes = Clock(), Clock(), Clock()
    store._write = writes.wrap(store._write)
    analyse = store_module.analyze_document
    store_module.analyze_document = analysis.wrap(analyse)  # this process: 1 worker only
    workers_before = descendants_cpu()
    try:
        report = total.wrap(store.add_documents)(
            docs, workers=workers, progress=True, find_copies=find_copies
        )
    finally:
        store_module.analyze_document = analyse
    workers_after = descendants_cpu()
    # all the CPU the ingest took: this process's, its workers' (the fork server's too)
    cpu = None if workers_after is None else total.cpu + workers_after - workers_before
    store.close()
    size = backend.size(name)
    stored = len(report.added) + len(report.copies) + len(report.duplicates)
    assert stored == len(docs) and not report.errors, report.summary()
    return {"total": total, "analysis": analysis, "writes": writes, "bytes": size,
            "copies": len(report.copies), "load": load, "cpu": cpu}  # fmt: skip


def store_alone(bases: list[tuple[str, str]], n: int, backend: Backend) -> None:
    """Write ``n`` pre-analysed documents and read them back: the store's own cost.

    Each base text is analysed once; the copies differ by a closing line (so
    by content id) and share the analysis rows, which is what the store sees.
    """
    from dataclasses import replace

    from analysis.store import analysis_rows, content_id
    from analysis.store.ingest import BATCH_DOCUMENTS

    analyses = [analyze_document(document_from_text(text, name)) for name, text in bases]
    store = backend.new("alone")
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
    store = backend.reopen("alone")  # a cold reader, as a new dashboard process
    corpus = read.wrap(store.corpus)()
    problems = check.wrap(store.check)()
    store.close()
    size = backend.size("alone")
    rows = sum(len(a.sentences) + len(a.mentions) + len(a.signals) for a in corpus.analyses)
    print(
        f"{backend.name}: store alone, {n:,} pre-analysed documents ({rows:,} child rows; wall / CPU):\n"
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
        "--rounds", type=int, default=3,
        help="ingests with and without near-duplicate detection, alternated (default 3 each)",
    )  # fmt: skip
    parser.add_argument(
        "--store-docs", type=int, default=20_000,
        help="pre-analysed documents for the store-alone figures (0: skip)",
    )  # fmt: skip
    parser.add_argument(
        "--backend", choices=("sqlite", "postgresql", "both"),
        help="where the stores go (default: both when a database URL is set, else sqlite)",
    )  # fmt: skip
    parser.add_argument(
        "--database-url", help="the PostgreSQL database (default: $LENS_DATABASE_URL)"
    )
    args = parser.parse_args(argv)
    url = database_url(args.database_url)
    chosen = args.backend or ("both" if url else "sqlite")
    if chosen != "sqlite" and not url:
        parser.error("--backend postgresql needs --database-url or $LENS_DATABASE_URL")
    names = ("sqlite", "postgresql") if chosen == "both" else (chosen,)

    with tempfile.TemporaryDirectory(prefix="bench_ingest_") as tmp:
        backends = [
            Backend(name, Path(tmp) / name, url if name == "postgresql" else None) for name in names
        ]
        try:
            return run(args, backends)
        finally:
            for backend in backends:
                backend.close()


def run(args: argparse.Namespace, backends: list[Backend]) -> int:
    bases = base_texts(args.folders)
    if args.store_docs:
        for backend in backends:
            store_alone(bases, args.store_docs, backend)
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
    if max(args.workers) > 1:
        # not timed: the first pool of workers starts the fork server that every later
        # pool's workers come from (it imports the analysis once), which would slow the
        # first ingest below alone
        ingest(docs[:100], max(args.workers), backends[0], "warm_up")
    results: dict[tuple[str, int], dict] = {}
    for workers in args.workers:
        for backend in backends:  # one after the other: the machine's drift hits both alike
            r = ingest(docs, workers, backend, f"w{workers}")
            results[backend.name, workers] = r
            total, writes = r["total"], r["writes"]
            line = (
                f"{backend.name}: ingest, {workers} worker{'s' if workers > 1 else ''}: "
                f"{total.wall:.1f} s, {len(docs) / total.wall:,.0f} docs/s; write transactions "
                f"{writes.wall:.1f} s; database {r['bytes'] / 1e6:.1f} MB; "
                f"{r['copies']:,} near-duplicates listed; {_seconds(r['cpu'])} CPU (load "
                f"average at its start {r['load']:.1f})"
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
            elif (backend.name, 1) in results:
                a = results[backend.name, 1]["analysis"]
                line += (
                    f"\n  main process (load, hash, write, exchange with workers): "
                    f"{total.cpu:.1f} s CPU = {100 * total.cpu / a.cpu:.1f} % of the analysis CPU"
                )
            print(line, flush=True)
        if len(backends) == 2:
            sqlite, postgres = (results[b.name, workers]["total"].wall for b in backends)
            print(
                f"PostgreSQL / SQLite, {workers} worker{'s' if workers > 1 else ''}: "
                f"{len(docs) / postgres:,.0f} / {len(docs) / sqlite:,.0f} docs/s = "
                f"{100 * sqlite / postgres:.0f} % (goal: at least 70 %)",
                flush=True,
            )
    workers, backend = args.workers[-1], backends[0]
    detection_cost(docs, workers, backend, max(1, args.rounds), results[backend.name, workers])
    for backend in backends:
        if (backend.name, 1) in results:
            for workers in args.workers:
                if workers != 1:
                    speedup = (
                        results[backend.name, 1]["total"].wall
                        / results[backend.name, workers]["total"].wall
                    )
                    print(f"{backend.name}: speed-up with {workers} workers: x{speedup:.2f}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average at the end: {load} (other work on the machine slows every figure)")
    return 0


def detection_cost(
    docs: list[Document], workers: int, backend: Backend, rounds: int, first: dict
) -> None:
    """Ingest with and without near-duplicate detection, ``rounds`` times each, in
    alternating order; ``first``: the ingest with detection already run (round 1's).

    Besides documents/s, the CPU time of all the ingest's processes, which other work
    on the machine barely changes: on a machine whose cores the ingest keeps busy, the
    share of CPU detection adds is the share of documents/s it costs."""
    seconds: dict[bool, list[float]] = {True: [first["total"].wall], False: []}
    cpu: dict[bool, list[float]] = {True: [first["cpu"]], False: []}
    plural = "s" if workers > 1 else ""
    for r in range(rounds):
        # round 1: with (done above), without; round 2: without, with; round 3: with, ...
        for find_copies in (True, False) if r % 2 == 0 else (False, True):
            if r == 0 and find_copies:
                continue
            name = f"r{r}{'copies' if find_copies else 'plain'}"
            run = ingest(docs, workers, backend, name, find_copies=find_copies)
            wall, load = run["total"].wall, run["load"]
            seconds[find_copies].append(wall)
            cpu[find_copies].append(run["cpu"])
            print(
                f"{backend.name}: ingest, {workers} worker{plural}, round {r + 1}, "
                f"{'with' if find_copies else 'without'} near-duplicate detection: {wall:.1f} s, "
                f"{len(docs) / wall:,.0f} docs/s, {_seconds(run['cpu'])} CPU (load average "
                f"at its start {load:.1f})",
                flush=True,
            )
    picks = [("medians", statistics.median), ("best runs", min)] if rounds > 1 else [("", min)]
    for label, pick in picks:
        with_copies, plain = pick(seconds[True]), pick(seconds[False])
        print(
            f"{backend.name}: {workers} worker{plural}"
            f"{f', {label} of {rounds} rounds' if label else ''}: "
            f"{len(docs) / with_copies:,.0f} docs/s with "
            f"near-duplicate detection, {len(docs) / plain:,.0f} without -> detection costs "
            f"{100 * (1 - plain / with_copies):.1f} % of the documents/s (goal: at most 15 %)",
            flush=True,
        )
    if None not in cpu[True] + cpu[False]:
        with_copies, plain = statistics.median(cpu[True]), statistics.median(cpu[False])
        print(
            f"{backend.name}: {workers} worker{plural}, CPU of the ingest's processes (median): "
            f"{with_copies:.1f} s with near-duplicate detection, {plain:.1f} s without -> "
            f"detection adds {100 * (1 - plain / with_copies):.1f} % of the CPU",
            flush=True,
        )


def _seconds(cpu: float | None) -> str:
    return "? s" if cpu is None else f"{cpu:.1f} s"


if __name__ == "__main__":
    sys.exit(main())
