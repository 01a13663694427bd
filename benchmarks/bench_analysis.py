"""Analysis benchmark: MB/s end to end on one core, per-stage times, flat memory.

    .venv/bin/python benchmarks/bench_analysis.py [FOLDER ...] [--mb 10] [--frames-mb 0]

Writes at least ``--mb`` megabytes of text (default 10) into a temporary
folder by repeating ``seeds/*.txt`` and the ``.txt`` files of any FOLDER
given (e.g. /work/shared/eval/dev/docs); every copy is its own file with a
numbered closing line, so every document is distinct. Then, in this one
process and thread, it streams them through the public API one document at
a time (``analysis.iter_documents`` + ``analysis.analyze_document``, tone
included), keeping nothing but counts, and prints:

- MB, documents, sentences, signals, seconds, MB/s, sentences/s, peak RSS;
  MB/s both by wall clock and by CPU time of the process (the analysis is
  one thread, so CPU MB/s is the one-core speed even on a busy machine);
- the time spent in each stage the pipeline calls (loading, sentence
  splitting, actor mentions, signals, tone), measured by wrapping the stage
  functions that ``analysis.pipeline`` calls, in the same run;
- a second run over twice the text (the same files plus as many new
  copies): its peak RSS minus the first run's peak shows whether memory
  grows with corpus size (it should stay near 0: documents are analysed one
  at a time and nothing is kept).

With ``--frames-mb N`` it also analyses the first N MB into a ``Corpus`` and
times ``keywords_frame``, ``collocations_frame`` and ``tone_frame`` on it.

Goal: >= 1 MB/s end to end, tone included, on one core. Use ``--mb 1`` for
a quick run (the default runs over 10 + 20 MB).
"""

from __future__ import annotations

import argparse
import functools
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import analysis  # noqa: E402
import analysis.pipeline  # noqa: E402
import analysis.tone  # noqa: E402
from analysis import Document, analyze_document, iter_documents  # noqa: E402

# stage packages (and modules) of the pipeline, by the name their functions are defined in
STAGE_NAMES = {
    "analysis.text": "split",
    "analysis.actors": "mentions",
    "analysis.signals": "signals",
    "analysis.tone": "tone",
}


def stage_of(module: str) -> str | None:
    """The stage of a function's module; a stage may be a package, whose
    modules are all its ("analysis.actors.recogniser" is "mentions")."""
    while module:
        if module in STAGE_NAMES:
            return STAGE_NAMES[module]
        module = module.rpartition(".")[0]
    return None


def base_texts(folders: list[Path]) -> list[tuple[str, str]]:
    """(name, text) of every seed and every .txt file in the folders."""
    files = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in folders:
        files += sorted(folder.glob("*.txt"))
    return [(f.stem, f.read_text(encoding="utf-8")) for f in files]


def write_copies(
    texts: list[tuple[str, str]], folder: Path, megabytes: float, first_copy: int = 0
) -> tuple[int, int]:
    """Repeat the texts into ``folder`` until it holds ``megabytes``.

    Returns the bytes written and the next copy number.
    """
    folder.mkdir()
    size, copy = 0, first_copy
    while size < megabytes * 1e6:
        for name, text in texts:
            body = f"{text.rstrip()}\n\nThis is copy {copy} of the text.\n"
            path = folder / f"{copy:05d}_{name}.txt"
            path.write_text(body, encoding="utf-8")
            size += len(body.encode("utf-8"))
        copy += 1
    return size, copy


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


class StageTimer:
    """Wraps the stage functions the pipeline calls and adds up their time."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.functions: dict[str, set[str]] = defaultdict(set)
        self._undo: list[tuple[object, str, object]] = []

    def _wrap(self, owner: object, attr: str, stage: str) -> None:
        original = getattr(owner, attr)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            t0 = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - t0

        setattr(owner, attr, timed)
        self._undo.append((owner, attr, original))
        self.functions[stage].add(original.__name__)

    def __enter__(self) -> StageTimer:
        # Whatever the pipeline imports from the stage modules, e.g.
        # split_sentences, find_mentions / analyse_actors, extract_signals.
        for attr, value in list(vars(analysis.pipeline).items()):
            stage = stage_of(getattr(value, "__module__", None) or "")
            if stage and callable(value) and not isinstance(value, type):
                self._wrap(analysis.pipeline, attr, stage)
        return self

    def __exit__(self, *exc) -> None:
        for owner, attr, original in reversed(self._undo):
            setattr(owner, attr, original)


def stream(paths: list[Path]) -> dict[str, float]:
    """Analyse every document of ``paths`` one at a time; keep only counts."""
    counts = defaultdict(float)
    load = 0.0
    t0, cpu0 = time.perf_counter(), time.process_time()
    documents = iter(iter_documents(paths))
    while True:
        t_load = time.process_time()
        item = next(documents, None)
        load += time.process_time() - t_load
        if item is None:
            break
        if not isinstance(item, Document):
            counts["skipped"] += 1
            continue
        result = analyze_document(item, with_tone=True)
        counts["bytes"] += len(item.text.encode("utf-8"))
        counts["documents"] += 1
        counts["sentences"] += len(result.sentences)
        counts["mentions"] += len(result.mentions)
        counts["signals"] += len(result.signals)
    counts["seconds"] = time.perf_counter() - t0
    counts["cpu"] = time.process_time() - cpu0
    counts["load"] = load
    return counts


def report(label: str, c: dict[str, float]) -> None:
    mb = c["bytes"] / 1e6
    print(
        f"{label}: {mb:.2f} MB, {int(c['documents'])} documents, {int(c['sentences'])} sentences, "
        f"{int(c['mentions'])} mentions, {int(c['signals'])} signals\n"
        f"  wall {c['seconds']:.1f} s = {mb / c['seconds']:.2f} MB/s; "
        f"CPU {c['cpu']:.1f} s = {mb / c['cpu']:.2f} MB/s, {c['sentences'] / c['cpu']:.0f} sentences/s; "
        f"peak RSS {peak_rss_mb():.0f} MB"
        + (f"; {int(c['skipped'])} files skipped" if c.get("skipped") else "")
    )


def time_frames(paths: list[Path], megabytes: float) -> None:
    from analysis.frames.keywords import collocations_frame, keywords_frame, tone_frame

    analyses, size = [], 0
    for item in iter_documents(paths):
        if isinstance(item, Document):
            analyses.append(analyze_document(item))
            size += len(item.text.encode("utf-8"))
            if size >= megabytes * 1e6:
                break
    corpus = analysis.Corpus(tuple(analyses))
    n = sum(len(a.sentences) for a in analyses)
    print(f"\nframes on a Corpus of {size / 1e6:.1f} MB, {n} sentences:")
    for frame in (keywords_frame, collocations_frame, tone_frame):
        t0 = time.perf_counter()
        rows = len(frame(corpus))
        print(f"  {frame.__name__:<20} {time.perf_counter() - t0:6.2f} s  {rows} rows")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="extra folders of .txt files")
    parser.add_argument("--mb", type=float, default=10.0, help="megabytes of text (default 10)")
    parser.add_argument(
        "--frames-mb", type=float, default=0.0, help="also time the keyword frames on N MB"
    )
    args = parser.parse_args(argv)
    missing = [str(f) for f in args.folders if not f.is_dir()]
    if missing:
        print(f"not a folder: {', '.join(missing)}", file=sys.stderr)
        return 1
    texts = base_texts(args.folders)
    with tempfile.TemporaryDirectory(prefix="bench_analysis_") as tmp:
        folder = Path(tmp) / "1x"
        size, next_copy = write_copies(texts, folder, args.mb)
        print(
            f"{len(texts)} source texts repeated into {len(list(folder.iterdir()))} files, "
            f"{size / 1e6:.1f} MB, in {folder}; one thread; analyser {analysis.ANALYSER_VERSION}"
        )
        # The lexicons and the gazetteer are read once per process; time that apart
        # so the runs measure throughput.
        t0 = time.process_time()
        analyze_document(Document(id="warm-up", text=texts[0][1]), with_tone=True)
        print(f"start-up (lexicons, gazetteer, one document): {time.process_time() - t0:.2f} s CPU")
        rss_before = peak_rss_mb()
        with StageTimer() as timer:
            first = stream([folder])
        report("run 1 (1x)", first)
        stages = {"load": first["load"], **timer.seconds}
        total = first["cpu"]
        print("stages (run 1, CPU seconds):")
        for stage, seconds in stages.items():
            names = ", ".join(sorted(timer.functions.get(stage, {"iter_documents"})))
            print(
                f"  {stage:<9} {seconds:7.2f} s {100 * seconds / total:5.1f}%  "
                f"{first['bytes'] / 1e6 / seconds if seconds else float('inf'):7.2f} MB/s  ({names})"
            )
        rest = total - sum(stages.values())
        print(f"  {'other':<9} {rest:7.2f} s {100 * rest / total:5.1f}%")
        rss_first = peak_rss_mb()
        # 2x: the same documents plus as many new copies, so every id is new.
        more = Path(tmp) / "more"
        write_copies(texts, more, size / 1e6, first_copy=next_copy)
        second = stream([folder, more])
        report("run 2 (2x)", second)
        rss_second = peak_rss_mb()
        print(
            f"peak RSS: {rss_before:.0f} MB before, {rss_first:.0f} MB after 1x, "
            f"{rss_second:.0f} MB after 2x: delta {rss_second - rss_first:+.0f} MB for twice the text"
        )
        if args.frames_mb:
            time_frames([folder], args.frames_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
