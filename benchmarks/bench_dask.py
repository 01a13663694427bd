"""Dask engine benchmark: documents/s on a LocalCluster of 1 and 2 workers against the process pool.

    .venv/bin/python benchmarks/bench_dask.py FOLDER [FOLDER ...] [--mb 3] [--rounds 2]

Writes about ``--mb`` megabytes of text into a temporary folder by repeating
the ``.txt`` documents of the FOLDERs, as ``bench_parallel.py`` does (every
copy distinct), then, in the same run and taking turns for ``--rounds``
rounds (best round kept), times as a user runs them (a new interpreter each,
start-up, imports and, for Dask, starting the LocalCluster included):

- ``python -m analysis analyze TMP -o out.parquet --workers N``: the process pool;
- ``python -m analysis analyze --engine dask --workers N TMP -o OUT/``;

for N = 1 and 2. Then, on a LocalCluster started once and warmed up, it times
``run_dask`` alone (the steady rate, without the start-up a cluster pays once)
and reads each worker's peak resident memory (``ru_maxrss``) when done; for
the pool, the largest peak of its processes. It checks that every run wrote
the same signals (up to row order).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from bench_parallel import build_corpus  # noqa: E402

SORT = ["doc_id", "start", "end", "cue_start", "signal", "actor"]


def run(*args: str) -> float:
    """Wall-clock seconds of ``python -m analysis ARGS``."""
    command = [sys.executable, "-m", "analysis", *args]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 2):
        sys.exit(f"error: {' '.join(command)} failed:\n{result.stderr[-2000:]}")
    return seconds


def signals(path: Path):
    import pandas as pd

    return pd.read_parquet(path).sort_values(SORT).reset_index(drop=True)


def worker_peak() -> int:
    """This process's peak resident memory in bytes (run on a Dask worker)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def warm_cluster(corpus: Path, out: Path, workers: int) -> tuple[float, list[int]]:
    """(seconds of run_dask on a warmed-up LocalCluster, each worker's peak memory)."""
    import logging
    import shutil

    from distributed import Client, LocalCluster

    from analysis.dask_engine import run_dask

    with LocalCluster(
        n_workers=workers, threads_per_worker=1, dashboard_address=None,
        silence_logs=logging.CRITICAL,
    ) as cluster, Client(cluster) as client:  # fmt: skip
        warm = out.parent / "warm"
        warm.mkdir(exist_ok=True)
        (warm / "one.txt").write_text("Qatar offered to mediate.\n", encoding="utf-8")
        run_dask([warm], out.parent / "warm_out", scheduler=cluster.scheduler_address)
        shutil.rmtree(out.parent / "warm_out")
        started = time.perf_counter()
        run_dask([corpus], out, scheduler=cluster.scheduler_address)
        seconds = time.perf_counter() - started
        peaks = sorted(client.run(worker_peak).values())
    return seconds, peaks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of .txt news documents")
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of text (default 3)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of measurements (best kept)")
    args = parser.parse_args()
    for folder in args.folders:
        if not folder.is_dir():
            sys.exit(f"error: {folder} is not a folder.")
    try:
        import distributed  # noqa: F401
    except ImportError:
        sys.exit("error: the benchmark needs Dask: pip install -e '.[dask]'")

    with tempfile.TemporaryDirectory(prefix="bench_dask_") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        mb = build_corpus(args.folders, corpus, args.mb) / 1e6
        docs = len(list(corpus.glob("*.txt")))
        print(f"corpus: {mb:.2f} MB in {docs} documents; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.1f}; best of {args.rounds} rounds")  # fmt: skip
        runs = {
            f"{engine} {n}": [] for engine in ("pool", "dask") for n in (1, 2)
        }  # name -> seconds per round
        pool_peak = 0
        for r in range(max(1, args.rounds)):
            for n in (1, 2):
                out = tmp / f"pool{n}.parquet"
                runs[f"pool {n}"].append(
                    run("analyze", str(corpus), "-o", str(out), "--workers", str(n))
                )
            if r == 0:  # the largest peak of the finished processes, before any Dask run
                pool_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
            for n in (1, 2):
                out = tmp / f"dask{n}_{r}"
                runs[f"dask {n}"].append(
                    run(
                        "analyze",
                        "--engine",
                        "dask",
                        "--workers",
                        str(n),
                        str(corpus),
                        "-o",
                        str(out),
                    )  # fmt: skip
                )
        reference = signals(tmp / "pool1.parquet")
        same = all(
            signals(path).equals(reference)
            for path in [tmp / "pool2.parquet", *(tmp / f"dask{n}_0" / "signals" for n in (1, 2))]
        )
        labels = {"pool": "process pool (analyze --workers N)",
                  "dask": "Dask LocalCluster (analyze --engine dask --workers N)"}  # fmt: skip
        print("as a user runs them (new interpreter, start-up included):")
        for name, seconds in runs.items():
            engine, n = name.split()
            best = min(seconds)
            rounds = ", ".join(f"{docs / s:.0f}" for s in seconds)
            print(f"  {labels[engine]}, N={n}: {docs / best:.0f} documents/s "
                  f"({best:.1f} s; rounds {rounds})")  # fmt: skip
        print("warm LocalCluster (run_dask only, cluster started and warmed up before):")
        for n in (1, 2):
            seconds, peaks = warm_cluster(corpus, tmp / f"warm{n}", n)
            memory = ", ".join(f"{p / 1e6:.0f} MB" for p in peaks)
            print(f"  {n} worker{'s' if n > 1 else ''}: {docs / seconds:.0f} documents/s "
                  f"({seconds:.1f} s); peak memory per worker: {memory}")  # fmt: skip
        print(f"largest peak memory of a process-pool process (or of the analyze process "
              f"itself): {pool_peak / 1e6:.0f} MB")  # fmt: skip
        print(f"signals of every run {'identical' if same else 'DIFFERENT'} (up to row order)")


if __name__ == "__main__":
    main()
