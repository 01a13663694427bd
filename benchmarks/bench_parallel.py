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

and the ratio of (a) to (c). Goal: (a) >= 3x (c).

The machine's other load moves every figure, so the measurements take turns
(a, b, c, d, then again) for ``--rounds`` rounds (default 3) and each figure
is the best of its rounds: the speed with the least interference. Compare
figures of the same run.
"""

from __future__ import annotations

import argparse
import filecmp
import os
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


def run_analyze(checkout: Path, corpus: Path, out: Path, *extra: str) -> float:
    """Wall-clock seconds of ``python -m analysis analyze`` run from ``checkout``."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    command = [sys.executable, "-m", "analysis", "analyze", str(corpus), "-o", str(out), *extra]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=checkout, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode not in (0, 2):  # 2: some input skipped
        sys.exit(f"error: {' '.join(command)} failed in {checkout}:\n{result.stderr[-2000:]}")
    return seconds


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
        times: dict[str, list[float]] = {"a": [], "b": [], "c": [], "cpu": [], "d": []}
        for _ in range(max(1, args.rounds)):
            times["a"].append(run_analyze(ROOT, corpus, tmp / "a.jsonl"))
            times["b"].append(run_analyze(ROOT, corpus, tmp / "b.jsonl", "--workers", "1"))
            wall, cpu, sentences = naive_nltk(corpus)
            times["c"].append(wall)
            times["cpu"].append(cpu)
            if args.baseline:
                times["d"].append(run_analyze(args.baseline, corpus, tmp / "d.jsonl"))
        a, b, c, cpu = (min(times[k]) for k in ("a", "b", "c", "cpu"))
        same = filecmp.cmp(tmp / "a.jsonl", tmp / "b.jsonl", shallow=False)

        def rounds(key: str) -> str:
            return ", ".join(f"{mb / t:.2f}" for t in times[key])

        print(f"(a) analyze, default workers ({os.cpu_count()}): {mb / a:.2f} MB/s "
              f"({a:.1f} s; rounds {rounds('a')})")  # fmt: skip
        print(f"(b) analyze --workers 1: {mb / b:.2f} MB/s ({b:.1f} s; rounds {rounds('b')}); "
              f"output {'identical to' if same else 'DIFFERENT from'} (a)")  # fmt: skip
        print(f"(c) naive NLTK (Punkt, Treebank, VADER), one core: {mb / c:.2f} MB/s "
              f"({c:.1f} s; rounds {rounds('c')}; CPU {mb / cpu:.2f} MB/s; {sentences} sentences)")  # fmt: skip
        if args.baseline:
            d = min(times["d"])
            print(f"(d) baseline {args.baseline}: {mb / d:.2f} MB/s "
                  f"({d:.1f} s; rounds {rounds('d')})")  # fmt: skip
        print(f"(a) / (c) = {c / a:.2f} (goal >= 3); (b) / (c) = {c / b:.2f}", end="")
        print(f"; (b) / (d) = {min(times['d']) / b:.2f}" if args.baseline else "")


if __name__ == "__main__":
    main()
