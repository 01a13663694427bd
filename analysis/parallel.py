"""Analysis across processes, results in input order, memory bounded.

``analyse_in_order(documents, workers)`` analyses documents;
``analyse_sources_in_order(iter_sources(paths), workers, render)``, what
``analyze`` uses, also leaves reading the files to the workers and has them
turn each analysis into what the caller writes (``render``), so the main
process only orders and writes; ``map_in_order(function, items, workers)``
is the same machinery for any function (ingest uses it to build table rows in
the workers too)::

    for result in analyse_in_order(iter_documents(["corpus/"]), workers=4):
        ...  # a DocumentAnalysis, or a LoadError when the analysis failed

Results come in the order of the input, whatever the number of workers, so
the output of a run does not depend on it. The input is read as the workers
need it: at most ``WINDOW`` chunks per worker are in flight, so memory does
not grow with the corpus. One worker, or an input that fits in one chunk
(which one worker would get anyway), runs in this process without a pool.

How workers start (``start_method``): on Linux, by fork when the calling
process runs a single thread, else from a fork server; spawn elsewhere.
Forking copies the caller as it is, so a worker starts in milliseconds with
the analysis imported and its lexicons loaded (once, in the caller, shared
by every worker). Its one hazard is a lock held by another thread at the
moment of the fork, which would stay locked in the child forever; with one
thread there is none (the pool starts all its processes before its own
threads). The command line is such a caller. A threaded caller (an ingest
with its progress bar) gets its workers from a fork server instead: a fresh
process, started once, that imports the analysis and forks each worker from
itself, so nothing of the caller is copied. As with spawn (macOS, Windows),
each such worker first runs the caller's main script, which must be
importable without side effects (``if __name__ == "__main__":``); a
Streamlit app, which runs as ``__main__``, analyses with one worker. Each
worker loads the lexicons when it starts (unless it inherited them),
ignores Ctrl-C (the main process stops the pool) and leaves when the main
process is gone.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Generic, TypeVar

from analysis.load import LoadError, Source, document_from_text, read_source
from analysis.models import Document, DocumentAnalysis
from analysis.pipeline import analyze_document

T = TypeVar("T")
R = TypeVar("R")

# A chunk (one task for a worker) closes at this many items or this much weight
# (for documents: characters of text), whichever comes first.
CHUNK_ITEMS = 16
CHUNK_WEIGHT = 32_000
# Chunks in flight per worker: enough to keep every worker busy while the
# main process waits for the oldest; few enough to bound memory.
WINDOW = 3
# A worker's first garbage-collection threshold (Python's default is 700; see settle_for_analysis).
WORKER_GC_THRESHOLD = 5_000
# What to tell the user when a worker died (BrokenProcessPool).
WORKER_LOST = (
    "an analysis process stopped unexpectedly (out of memory, or killed); "
    "run again with fewer --workers, or --workers 1 to analyse in one process."
)


def default_workers() -> int:
    """All cores (``os.cpu_count()``)."""
    return max(1, os.cpu_count() or 1)


def map_in_order(
    function: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    *,
    weight: Callable[[T], int] | None = None,
    tone: bool = True,
) -> Iterator[R]:
    """``function(item)`` for every item, in input order, on ``workers`` processes.

    ``function`` and the items must pickle (a module-level function, or a
    ``functools.partial`` of one). ``weight(item)`` sizes the chunks (default:
    every item weighs the same). An exception raised by ``function`` ends the
    iteration: catch what should not stop the others inside ``function``.
    ``tone``: whether ``function`` scores tone, whose lexicon (and NLTK) the
    workers then load before the first item.
    """
    if workers <= 1:
        for item in items:
            yield function(item)
        return
    chunks = _chunks(iter(items), weight)
    first = next(chunks, None)
    second = next(chunks, None)
    if second is None:  # all of it in one chunk, which one worker would get: no pool
        yield from _run_chunk(function, first or [])
        return
    yield from _in_pool(function, _prepend([first, second], chunks), workers, tone)


def analyse_in_order(
    documents: Iterable[Document],
    workers: int,
    *,
    with_tone: bool = True,
    signals_only: bool = False,
) -> Iterator[DocumentAnalysis | LoadError]:
    """The analysis of every document, in input order; a ``LoadError`` naming the
    document for one the analysis failed on (the others go on).

    With ``signals_only`` the analyses hold the document and its signals, with
    no sentences, mentions or tone: all that ``analyze`` writes, and a fraction
    of the cost of sending whole analyses back from the workers (pickling a
    full analysis takes a fifth of the time the analysis took).
    """
    tone = with_tone and not signals_only
    analyse = partial(_analyse, with_tone=tone, signals_only=signals_only)
    return map_in_order(analyse, documents, workers, weight=_text_length, tone=tone)


def _analyse(doc: Document, *, with_tone: bool, signals_only: bool) -> DocumentAnalysis | LoadError:
    try:
        analysis = analyze_document(doc, with_tone=with_tone, with_mentions=not signals_only)
        return DocumentAnalysis(doc, (), (), analysis.signals) if signals_only else analysis
    except Exception as e:  # a bug in the analysis must not stop the run
        return _failed(doc, e)


def _failed(doc: Document, e: Exception) -> LoadError:
    return LoadError(
        doc.path or doc.id,
        f"the analysis failed on this document ({type(e).__name__}: {e}); "
        "please report this with the document.",
    )


@dataclass(frozen=True, slots=True)
class Analysed(Generic[R]):
    """One document as a worker sends it back: what the main process needs to
    report it (its id for ``UniqueIds``, its loader's warnings) and its output."""

    doc_id: str
    path: str | None
    warnings: tuple[str, ...]
    line: int | None  # the row of a collection
    output: R | None  # render(analysis); None when the analysis failed
    failure: LoadError | None = None  # why it failed


def analyse_sources_in_order(
    items: Iterable[tuple[Source | Document | LoadError, int | None]],
    workers: int,
    render: Callable[[DocumentAnalysis], R],
    *,
    with_tone: bool = False,
    with_mentions: bool = False,
) -> Iterator[Analysed[R] | LoadError]:
    """For each (item, line) of ``iter_sources``, in input order: the document
    read (in the worker, for a ``Source``), analysed (``analyze_document``,
    without tone or mentions unless asked for) and ``render``-ed, as an
    ``Analysed``; or the ``LoadError`` of an item that could not be loaded.

    Ids are not checked (``UniqueIds``, in input order, does it). ``render``
    must pickle, as ``map_in_order``'s function. Reading and rendering in the
    workers leaves the main process only the ordering and the writing, and
    sends small results back instead of whole analyses.
    """
    analyse = partial(
        _analyse_source, render=render, with_tone=with_tone, with_mentions=with_mentions
    )
    return map_in_order(analyse, items, workers, weight=_source_weight, tone=with_tone)


def _analyse_source(
    item: tuple[Source | Document | LoadError, int | None],
    *,
    render: Callable[[DocumentAnalysis], R],
    with_tone: bool,
    with_mentions: bool,
) -> Analysed[R] | LoadError:
    source, line = item
    doc = read_source(source) if isinstance(source, Source) else source
    if isinstance(doc, LoadError):
        return doc
    try:
        analysis = analyze_document(doc, with_tone=with_tone, with_mentions=with_mentions)
        output = render(analysis)
    except Exception as e:  # a bug in the analysis must not stop the run
        return Analysed(doc.id, doc.path, doc.warnings, line, None, _failed(doc, e))
    return Analysed(doc.id, doc.path, doc.warnings, line, output)


def _source_weight(item: tuple[Source | Document | LoadError, int | None]) -> int:
    source = item[0]
    if isinstance(source, Source):
        return source.size
    return len(source.text) if isinstance(source, Document) else 0


def _text_length(doc: Document) -> int:
    return len(doc.text)


def _chunks(items: Iterator[T], weight: Callable[[T], int] | None) -> Iterator[list[T]]:
    if weight is None:
        while chunk := list(islice(items, CHUNK_ITEMS)):
            yield chunk
        return
    chunk: list[T] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += weight(item)
        if len(chunk) >= CHUNK_ITEMS or size >= CHUNK_WEIGHT:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _prepend(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _run_chunk(function: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [function(item) for item in chunk]


def start_method() -> str:
    """How worker processes start here and now (see the module's docstring)."""
    if sys.platform != "linux":
        return "spawn"
    return "fork" if threading.active_count() == 1 else "forkserver"


def _in_pool(
    function: Callable[[T], R], chunks: Iterator[list[T]], workers: int, tone: bool
) -> Iterator[R]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["analysis.pipeline"])
    elif method == "fork":
        _warm_up(tone)  # here, once, for every worker to inherit
        # a child flushes the standard streams it inherited when it ends:
        # nothing may be waiting in their buffers, or it would be written twice
        sys.stdout.flush()
        sys.stderr.flush()
    pending: deque = deque()
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_init, initargs=(os.getpid(), tone)
    ) as pool:
        try:
            for chunk in chunks:
                pending.append(pool.submit(_run_chunk, function, chunk))
                while len(pending) >= workers * WINDOW:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BaseException:  # Ctrl-C, an error, or the consumer stopped reading
            for future in pending:
                future.cancel()
            raise


def _worker_init(main_pid: int, tone: bool) -> None:
    # Ctrl-C is handled by the main process, which stops the pool; workers
    # printing their own KeyboardInterrupt tracebacks would only add noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    # A worker blocks on its task queue forever if the main process is killed
    # (SIGKILL, OOM): watch it and leave with it.
    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(main_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # the pid was reused by another user's process
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="watch-main-process").start()
    settle_for_analysis(tone)


def settle_for_analysis(tone: bool = False) -> None:
    """Ready a process that analyses documents until it ends (a worker, or the
    command line analysing in one process): the lexicons loaded, then set aside
    from the garbage collector, which also collects less often.

    Not for a process that lives on after its analyses (the dashboard): what is
    frozen here is never collected."""
    _warm_up(tone)
    # What the process holds now (the lexicons, loaded here or inherited) stays to
    # the end: out of the garbage collector's sight, its collections only walk
    # what the documents make (gc.freeze; about 1 % of a worker's time). And a
    # document makes tens of thousands of objects (tokens, spans) that reference
    # counting frees: collecting every 5,000 new objects instead of 700 walks the
    # document in hand less often (about 1.5 % more).
    gc.freeze()
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])


def _warm_up(tone: bool = True) -> None:
    """Load the word lists and lexicons (they load on first use): read and
    analyse one sentence; with ``tone``, score it too."""
    doc = document_from_text("Qatar offered to mediate, a spokesman said.", "warm-up")
    analyze_document(doc, with_tone=tone)
