"""Command line: ``python -m analysis analyze|actors ...``.

A file that cannot be loaded is reported on stderr by name, with the reason;
the other files are still analysed, and the exit code is 2 when anything was
skipped (1 for a usage or output error, 0 when all went well).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool
from functools import partial

from analysis.knowledge import DataFileError
from analysis.load import LoadError, UniqueIds, iter_documents, iter_sources
from analysis.models import Document, DocumentAnalysis
from analysis.output import (
    RECORD_COLUMNS,
    format_of,
    records_text,
    signal_record,
    write_records,
    write_texts,
)
from analysis.parallel import (
    WORKER_LOST,
    analyse_sources_in_order,
    default_workers,
    settle_for_analysis,
)
from analysis.pipeline import analyze_document

EXIT_OK, EXIT_ERROR, EXIT_SKIPPED = 0, 1, 2
# The commands defined here. A command line that starts with one gets a parser
# without the store's commands, whose modules (the store, NumPy, SQLite) take
# longer to import than the analysis itself: a tenth of a second, before any
# worker starts, of every `analyze`.
OWN_COMMANDS = ("analyze", "actors")


def worker_count(text: str) -> int:
    """``--workers``: a whole number, at least 1."""
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of processes; give a whole number of at least 1"
        )
    return n


def _documents(paths: Sequence[str], skipped: list[LoadError]):
    for item in iter_documents(paths):
        if isinstance(item, LoadError):
            skipped.append(item)
            print(f"skipped {item}", file=sys.stderr)
        elif isinstance(item, Document):
            for warning in item.warnings:
                print(f"note: {item.path or item.id}: {warning}", file=sys.stderr)
            yield item


def _skip(error: LoadError, skipped: list[LoadError]) -> None:
    skipped.append(error)
    print(f"skipped {error}", file=sys.stderr)


def _outputs(paths: Sequence[str], workers: int, fmt: str, skipped: list[LoadError]):
    """The output of each document (``_render``), in input order; what could not
    be loaded or analysed is reported on stderr and skipped.

    The workers read the files and write the records; this process lists the
    files, refuses repeated ids and writes the texts out in order.
    """
    ids = UniqueIds()
    render = partial(_render, fmt=fmt)
    if workers <= 1:
        settle_for_analysis()  # this process analyses every document, as a worker would
    for result in analyse_sources_in_order(iter_sources(paths), workers, render):
        if isinstance(result, LoadError):
            _skip(result, skipped)
            continue
        repeated = ids.check_id(result.doc_id, result.path, result.line)
        if repeated is not None:
            _skip(repeated, skipped)
            continue
        for warning in result.warnings:
            print(f"note: {result.path or result.doc_id}: {warning}", file=sys.stderr)
        if result.failure is not None:  # the analysis failed on this document
            _skip(result.failure, skipped)
            continue
        yield result.output


def _render(analysis: DocumentAnalysis, fmt: str) -> str | list[dict]:
    """A document's signals as ``fmt`` writes them: the text of JSON Lines or CSV
    lines, or the records (for Parquet)."""
    records = [signal_record(s) for s in analysis.signals]
    return records if fmt == "parquet" else records_text(records, fmt, RECORD_COLUMNS)


def cmd_analyze(args: argparse.Namespace) -> int:
    if args.engine == "dask":
        return cmd_analyze_dask(args)
    if args.scheduler or args.for_ingest:
        option = "--scheduler" if args.scheduler else "--for-ingest"
        print(f"error: {option} is an option of --engine dask; add --engine dask", file=sys.stderr)
        return EXIT_ERROR
    skipped: list[LoadError] = []
    out = args.output
    fmt = format_of(out)
    outputs = _outputs(args.paths, args.workers, fmt, skipped)
    try:
        if fmt == "parquet":
            records = (record for records in outputs for record in records)
            write_records(records, fmt, RECORD_COLUMNS, out)
        else:
            write_texts(outputs, fmt, RECORD_COLUMNS, out)
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stdout = open(os.devnull, "w")  # no second error when Python flushes at exit
        return EXIT_OK
    except OSError as e:
        print(f"error: could not write {out}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenProcessPool:
        print(f"error: {WORKER_LOST}", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_SKIPPED if skipped else EXIT_OK


def cmd_analyze_dask(args: argparse.Namespace) -> int:
    """``analyze --engine dask``: Parquet datasets in the folder ``-o`` (``analysis.dask_engine``)."""
    from analysis.dask_engine import DaskError, run_dask

    def note(text: str) -> None:
        print(f"note: {text}", file=sys.stderr)

    try:
        summary = run_dask(
            args.paths, args.output, scheduler=args.scheduler, workers=args.workers,
            for_ingest=args.for_ingest, on_error=partial(_skip, skipped=[]), on_note=note,
        )  # fmt: skip
    except DaskError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as e:
        print(f"error: could not write {args.output}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ERROR
    written = ", ".join(f"{args.output}/{name}/" for name in summary.tables)
    print(
        f"{summary.documents} documents, {summary.signals} signals in {summary.partitions} "
        f"partition{'s' if summary.partitions != 1 else ''} on {summary.workers} Dask "
        f"worker{'s' if summary.workers != 1 else ''} ({summary.seconds:.1f} s): {written}",
        file=sys.stderr,
    )
    return EXIT_SKIPPED if summary.skipped else EXIT_OK


def cmd_actors(args: argparse.Namespace) -> int:
    from collections import Counter

    skipped: list[LoadError] = []
    counts: Counter = Counter()
    info = {}
    for doc in _documents(args.paths, skipped):
        for m in analyze_document(doc, with_tone=False).mentions:
            counts[m.actor.name] += 1
            info.setdefault(m.actor.name, m.actor)
    width = max((len(n) for n in counts), default=5)
    print(f"{'actor':{width}}  {'type':12}  {'affiliation':28}  mentions")
    for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        a = info[name]
        print(f"{name:{width}}  {a.type:12}  {a.affiliation:28}  {n}")
    return EXIT_SKIPPED if skipped else EXIT_OK


def build_parser(*, store_commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without ``store_commands``, only ``OWN_COMMANDS``."""
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Statement Lens: per-actor diplomatic signals from news and statements.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="write the signals found in files or folders")
    p.add_argument(
        "paths", nargs="+",
        help="files or folders (txt, md, html, csv, jsonl; Parquet with --engine dask)",
    )  # fmt: skip
    p.add_argument(
        "-o", "--output",
        help="output file: CSV if it ends in .csv, Parquet if .parquet, else JSON Lines",
    )  # fmt: skip
    p.add_argument(
        "--workers", type=worker_count, default=default_workers(),
        help=f"analysis processes (default: {default_workers()}, the number of cores; "
        "1 analyses in this process); the output is the same for any number",
    )  # fmt: skip
    p.add_argument(
        "--engine", choices=("local", "dask"), default="local",
        help="local (default): processes on this machine; dask: partitions on a Dask "
        "cluster, written as Parquet datasets in the folder -o (OUT/signals/, OUT/documents/)",
    )  # fmt: skip
    p.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="with --engine dask: the Dask scheduler (tcp://host:8786); default: a "
        "LocalCluster of --workers processes on this machine",
    )  # fmt: skip
    p.add_argument(
        "--for-ingest", action="store_true",
        help="with --engine dask: analyse as ingest does (tone, mentions) and also write "
        "OUT/sentences/ and OUT/mentions/, for `ingest --from-parquet OUT`",
    )  # fmt: skip
    p.set_defaults(func=cmd_analyze)
    p = sub.add_parser("actors", help="list the recognised actors with mention counts")
    p.add_argument("paths", nargs="+")
    p.set_defaults(func=cmd_actors)
    if store_commands:
        # ingest, reanalyze, check, export, remove, restore, trash, purge, log (analysis/store/)
        from analysis.store.commands import register as register_store_commands

        register_store_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    own = bool(argv) and argv[0] in OWN_COMMANDS
    args = build_parser(store_commands=not own).parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except DataFileError as err:  # a knowledge file someone edited: say where, not a traceback
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
