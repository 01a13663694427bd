"""Parallel analysis benchmark: ``analyze`` on all cores and on one, against a naive NLTK pipeline.

    .venv/bin/python benchmarks/bench_parallel.py FOLDER [FOLDER ...] [--mb 3] [--baseline PATH]

Writes about ``--mb`` megabytes of news text (default 3) into a temporary
folder by repeating the ``.txt`` documents of the FOLDERs (e.g. the
development set's ``docs``); every copy ends with a numbered line, so every
document is distinct. Then, in the same run, it prints MB/s (text bytes over
wall-clock seconds) for:

(a) ``python -m analysis analyze TMP -o out.jsonl`` with the default workers
    (all cores), as a user runs it: interpreter start and imports included;
(b) the same with ``--workers 1`` (in one process), and whether (a) and (b)
    wrote identical files;
(c) a naive NLTK pipeline on one core, in this process (imports and file
    reading not timed): untrained Punkt sentences, Treebank tokens per
    sentence and VADER ``polarity_scores`` on every sentence;
(d) with ``--baseline PATH``: ``python -m analysis analyze`` from an older
    checkout of this repository (its defaults), e.g. the pure-Python build
    before the parallel CLI, for "one worker is not slower than it was".

and the ratio of (a) to (c). Goal: (a) >= 3x (c). For (a), (b) and (d) it
also gives the CPU seconds of all their processes (the workers' included): a
figure that other load on the machine moves less than the wall clock.

Bytecode (``--bytecode``): by default the runs of (a), (b) and (d) keep the
bytecode Python compiles in the temporary folder (``PYTHONPYCACHEPREFIX``),
filled by one untimed run of each checkout first, so every timed run starts
as an installed package does, from compiled modules, even where
``PYTHONDONTWRITEBYTECODE`` is set. With ``--bytecode as-is`` the runs get the
environment as it is: with that variable set, each run compiles the package
from source (some 0.05 s here, more for an older checkout).

The machine's other load moves every figure, so the measurements take turns
(a, b, c, d, then again) for ``--rounds`` rounds (default 3) and each figure
is the best of its rounds: the speed with the least interference. Compare
figures of the same run.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def build_corpus(folders: list[Path], target: Path, megabytes: float) -> int:
    """Repeat the folders' ``.txt`` documents into ``target`` until it holds
    ``megabytes``; returns the bytes written."""
    texts = [
        (f.stem, f.read_text(encoding="utf-8")) for d in folders for f in sorted(d.glob("*.txt"))
    ]
    if not texts:
        sys.exit(
            f"error: no .txt documents in {', '.join(map(str, folders))}; give a folder of news texts."
        )
    size, copy = 0, 0
    while size < megabytes * 1e6:
        for name, text in texts:
            body = f"{text.rstrip()}\n\nThis is copy {copy} of the text.\n"
            (target / f"{copy:05d}_{name}.txt").write_text(body, encoding="utf-8")
            size += len(body.encode("utf-8"))
        copy += 1
    return size


def run_analyze(
    checkout: Path, corpus: Path, out: Path, *extra: str, pycache: Path | None = None
) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of all its processes) of ``python -m
    analysis analyze`` run from ``checkout``; with ``pycache``, Python keeps
    the bytecode it compiles there."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    if pycache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    command = [sys.executable, "-m", "analysis", "analyze", str(corpus), "-o", str(out), *extra]
    cpu = _children_cpu()
    started = time.perf_counter()
    result = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 2):  # 2: some input skipped
        sys.exit(f"error: {' '.join(command)} failed in {checkout}:\n{result.stderr[-2000:]}")
    return seconds, _children_cpu() - cpu


def _children_cpu() -> float:
    """CPU seconds of the finished child processes (with the workers they waited for)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def naive_nltk(corpus: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, sentences) of the naive pipeline over the corpus."""
    from nltk.tokenize import TreebankWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    sys.path.insert(0, str(ROOT))
    from analysis.tone.vader import analyzer

    vader, punkt, treebank = analyzer(), PunktSentenceTokenizer(), TreebankWordTokenizer()
    texts = [f.read_text(encoding="utf-8") for f in sorted(corpus.glob("*.txt"))]
    sentences = 0
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for sentence in punkt.tokenize(text):
            treebank.tokenize(sentence)
            vader.polarity_scores(sentence)
            sentences += 1
    return time.perf_counter() - wall, time.process_time() - cpu, sentences


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="folders of .txt news documents")
    parser.add_argument("--mb", type=float, default=3.0, help="megabytes of text (default 3)")
    parser.add_argument("--baseline", type=Path, help="an older checkout of this repository")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of measurements (best kept)")
    parser.add_argument(
        "--bytecode", choices=("cached", "as-is"), default="cached",
        help="cached (default): the analyze runs start from compiled modules, as an installed "
        "package does; as-is: the environment as it is (see the module's docstring)",
    )  # fmt: skip
    args = parser.parse_args()
    for folder in [*args.folders, *([args.baseline] if args.baseline else [])]:
        if not folder.is_dir():
            sys.exit(f"error: {folder} is not a folder.")
    if args.baseline and not (args.baseline / "analysis").is_dir():
        sys.exit(
            f"error: {args.baseline} holds no analysis package; give a checkout of this repository."
        )

    with tempfile.TemporaryDirectory(prefix="bench_parallel_") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        corpus.mkdir()
        mb = build_corpus(args.folders, corpus, args.mb) / 1e6
        files = len(list(corpus.glob("*.txt")))
        print(f"corpus: {mb:.2f} MB in {files} documents; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.1f}; best of {args.rounds} rounds")  # fmt: skip
        pycache = tmp / "pycache" if args.bytecode == "cached" else None
        checkouts = [ROOT, *([args.baseline] if args.baseline else [])]
        if pycache is not None:  # compile each checkout's modules once, untimed
            warm = tmp / "warm"
            warm.mkdir()
            (warm / "one.txt").write_text("Qatar offered to mediate.\n", encoding="utf-8")
            for checkout in checkouts:
                run_analyze(checkout, warm, tmp / "warm.jsonl", pycache=pycache)
        times: dict[str, list[tuple[float, float]]] = {"a": [], "b": [], "c": [], "d": []}
        for _ in range(max(1, args.rounds)):
            times["a"].append(run_analyze(ROOT, corpus, tmp / "a.jsonl", pycache=pycache))
            times["b"].append(
                run_analyze(ROOT, corpus, tmp / "b.jsonl", "--workers", "1", pycache=pycache)
            )
            wall, cpu, sentences = naive_nltk(corpus)
            times["c"].append((wall, cpu))
            if args.baseline:
                times["d"].append(
                    run_analyze(args.baseline, corpus, tmp / "d.jsonl", pycache=pycache)
                )
        same = filecmp.cmp(tmp / "a.jsonl", tmp / "b.jsonl", shallow=False)

        def best(key: str) -> tuple[float, float]:
            return min(times[key])  # the fastest round, with its CPU time

        def rounds(key: str) -> str:
            return ", ".join(f"{mb / wall:.2f}" for wall, _ in times[key])

        def figures(key: str) -> str:
            wall, cpu = best(key)
            return f"{mb / wall:.2f} MB/s ({wall:.1f} s, CPU {cpu:.1f} s; rounds {rounds(key)})"

        a, b, c = best("a")[0], best("b")[0], best("c")[0]
        print(f"bytecode: {'compiled once, kept' if pycache else 'as the environment has it'}")
        print(f"(a) analyze, default workers ({os.cpu_count()}): {figures('a')}")
        print(f"(b) analyze --workers 1: {figures('b')}; "
              f"output {'identical to' if same else 'DIFFERENT from'} (a)")  # fmt: skip
        print(f"(c) naive NLTK (Punkt, Treebank, VADER), one core: {mb / c:.2f} MB/s "
              f"({c:.1f} s, CPU {best('c')[1]:.1f} s; rounds {rounds('c')}; "
              f"{sentences} sentences)")  # fmt: skip
        if args.baseline:
            print(f"(d) baseline {args.baseline}: {figures('d')}")
        print(f"(a) / (c) = {c / a:.2f} (goal >= 3); (b) / (c) = {c / b:.2f}", end="")
        print(f"; (b) / (d) = {best('d')[0] / b:.2f}" if args.baseline else "")


if __name__ == "__main__":
    main()
