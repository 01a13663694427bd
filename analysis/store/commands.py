"""Command line for the corpus store: ``ingest``, ``reanalyze``, ``check`` and ``export``
(and, from ``history_commands``, ``remove``, ``restore``, ``trash``, ``purge``, ``log``;
from ``review_commands``, ``correct``).

Registered in ``analysis/cli.py`` by ``register(sub)``. Every command takes
``--data-dir`` (default: ``$LENS_DATA_DIR``, else ``./data``), ``--database-url``
(a PostgreSQL store instead; default: ``$LENS_DATABASE_URL``) and ``--user``,
the name the activity log records for a change (default: ``$LENS_USER``, else
the OS user). Exit codes as
in ``analysis.cli``: 0 all went well, 1 usage/store/output error, 2 when some
input was skipped, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool

from analysis.events import EVENT_COLUMNS, event_rows
from analysis.output import RECORD_COLUMNS, format_of, write_jsonl, write_records
from analysis.parallel import WORKER_LOST, default_workers
from analysis.review import REVIEW_COLUMNS, gold_lines, review_events, reviewed_record
from analysis.store import (
    Store,
    StoreError,
    history_commands,
    open_store,
    review_commands,
)

EXIT_OK, EXIT_ERROR, EXIT_SKIPPED, EXIT_INTERRUPTED = 0, 1, 2, 130
# Exported records: the output contract's, plus the document's title and store id, the
# signal's stable id, how review judged it ("", right, wrong, changed, added) and whether
# it was corrected.
# and the event it is a mention of (analysis/events).
EXPORT_COLUMNS = (*RECORD_COLUMNS, "title", "store_id", *REVIEW_COLUMNS, "event_id")
EXPORT_TYPES = {"corrected": bool, "mentions": int, "documents": int, "copies": int}


def register(sub: argparse._SubParsersAction) -> None:
    """Add the store's subcommands to the ``python -m analysis`` parser."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        help="folder holding the store (default: $LENS_DATA_DIR, else ./data)",
    )
    common.add_argument(
        "--database-url", metavar="URL",
        help="a postgresql:// URL: the store on that PostgreSQL server instead of the data "
        "folder (default: $LENS_DATABASE_URL)",
    )  # fmt: skip
    common.add_argument(
        "--user",
        help="who the activity log names for a change (default: $LENS_USER, else the OS user)",
    )
    workers = default_workers()

    p = sub.add_parser(
        "ingest", parents=[common],
        help="analyse files, folders and CSV/JSONL collections into the store",
    )  # fmt: skip
    p.add_argument("paths", nargs="*", help="files or folders (txt, md, html, csv, jsonl)")
    p.add_argument(
        "--from-parquet", metavar="OUT",
        help="store the results `analyze --engine dask --for-ingest -o OUT` wrote, "
        "without analysing again",
    )  # fmt: skip
    p.add_argument(
        "--workers", type=int, default=workers,
        help=f"analysis processes (default: {workers}, the number of cores)",
    )  # fmt: skip
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "reanalyze", parents=[common],
        help="re-run the analysis on stored documents analysed by another analyser version",
    )  # fmt: skip
    p.add_argument("--force", action="store_true", help="re-analyse every stored document")
    p.add_argument("--workers", type=int, default=workers)
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_reanalyze)

    p = sub.add_parser(
        "check", parents=[common], help="check the store's integrity (exit code 1 on a problem)"
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("export", parents=[common], help="write the stored signals to a file")
    p.add_argument("-o", "--output", help="output file (default: JSON Lines on stdout)")
    p.add_argument(
        "--format", choices=["csv", "jsonl", "parquet"],
        help="default: from the output file's extension, else jsonl",
    )  # fmt: skip
    kind = p.add_mutually_exclusive_group()
    kind.add_argument(
        "--raw", action="store_true",
        help="the analyser's own output, without the review corrections (rows a reviewer "
        "judged keep their review column)",
    )  # fmt: skip
    kind.add_argument(
        "--events", action="store_true",
        help="one row per event (a statement however many outlets report it): its actor, "
        "type, targets, first and last date, number of mentions and documents, outlets",
    )  # fmt: skip
    kind.add_argument(
        "--gold", action="store_true",
        help="the reviewed signals as a gold file for score.py (JSON Lines): every signal "
        "marked right, changed or added; none marked wrong or unreviewed",
    )  # fmt: skip
    p.set_defaults(func=cmd_export)

    history_commands.register(sub, common)  # remove, restore, trash, purge, log
    review_commands.register(sub, common)  # correct


def _open(args: argparse.Namespace) -> Store | None:
    try:
        return open_store(args.data_dir, url=args.database_url)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return None


def cmd_ingest(args: argparse.Namespace) -> int:
    if bool(args.paths) == bool(args.from_parquet):
        print(
            "error: give files or folders to ingest, or --from-parquet OUT, not both"
            if args.paths else "error: give files or folders to ingest, or --from-parquet OUT",
            file=sys.stderr,
        )  # fmt: skip
        return EXIT_ERROR
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        if args.from_parquet:
            from analysis.store.from_parquet import add_parquet_results

            report = add_parquet_results(
                store, args.from_parquet, progress=not args.no_progress, user=args.user
            )
        else:
            report = store.add_paths(
                args.paths, workers=max(1, args.workers), progress=not args.no_progress,
                user=args.user,
            )  # fmt: skip
        outdated = store.outdated_count()
        where = store.location
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(
            "interrupted: the documents analysed so far are stored; "
            "run the same command again to finish.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except BrokenProcessPool:
        print(f"error: {WORKER_LOST} The documents analysed so far are stored.", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()
    for error in report.errors:
        print(f"skipped {error}", file=sys.stderr)
    for name, (original, similarity) in report.copies.items():
        print(
            f"note: {name}: nearly the same text as '{original}' (similarity {similarity:.2f}), "
            "a republished copy; listed as another source of it, not stored again.",
            file=sys.stderr,
        )
    for note in report.flagged:
        print(f"note: {note}", file=sys.stderr)
    print(f"{report.summary()} Store: {where}")
    if outdated:
        print(
            f"note: {outdated} stored document{'s were' if outdated != 1 else ' was'} analysed "
            "by another version of the analyser; run `python -m analysis reanalyze` to update.",
            file=sys.stderr,
        )
    return EXIT_SKIPPED if report.errors else EXIT_OK


def cmd_reanalyze(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    failed: list = []
    try:
        n = store.reanalyze(
            workers=max(1, args.workers),
            progress=not args.no_progress,
            force=args.force,
            errors=failed,
            user=args.user,
        )
    except KeyboardInterrupt:
        print("interrupted: run the same command again to finish.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenProcessPool:
        print(f"error: {WORKER_LOST}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()
    for error in failed:
        print(f"kept the previous analysis of {error}", file=sys.stderr)
    print(f"{n} document{'s' if n != 1 else ''} re-analysed.")
    return EXIT_SKIPPED if failed else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        problems = store.check()
        count = store.document_count()
        unplaced = () if problems else store.unplaced_corrections()
        names = store.document_names()
    finally:
        store.close()
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    if problems:
        return EXIT_ERROR
    # not damage, but never silent: a reviewer decides what to do with each
    for u in unplaced:
        print(f"note: {u.sentence(names.get(u.correction.doc_id))}", file=sys.stderr)
    n = len(unplaced)
    placed = (
        f"; {n} review correction{'s' if n != 1 else ''} could not be placed (listed above)"
        if n else ""
    )  # fmt: skip
    print(f"The store is sound: {count} document{'s' if count != 1 else ''}{placed}.")
    return EXIT_OK


def export_format(output: str | None, explicit: str | None) -> str | None:
    """The export format: explicit, else from the extension, else jsonl; None if unknown."""
    if explicit:
        return explicit
    return format_of(output, default=None) if output else "jsonl"


def signal_records(store: Store, *, raw: bool = False) -> Iterator[dict]:
    """The stored signals as output-contract records (SIGNALS.md), plus title, store id
    and the review columns: with the corrections applied, or the analyser's own with ``raw``.

    ``doc_id`` is the name users know the document by (the file name, as in
    ``python -m analysis analyze``); ``store_id`` is the store's content id.
    """
    names = store.document_names()
    review = store.review()
    rows = list(review.rows(raw=raw))
    events = review_events([row for _, row in rows], review)
    for (analysis, row), event_id in zip(rows, events, strict=True):
        doc = analysis.document
        record = reviewed_record(row)
        record["doc_id"] = names.get(doc.id, doc.id)
        record["title"] = doc.title
        record["store_id"] = doc.id
        record["event_id"] = event_id
        yield record


def cmd_export(args: argparse.Namespace) -> int:
    fmt = export_format(args.output, args.format)
    if fmt is None:
        print(
            f"error: cannot tell the format of {args.output} from its extension; "
            "use .csv, .jsonl or .parquet, or give --format.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if fmt == "parquet" and not args.output:
        print("error: Parquet needs an output file: give -o FILE.parquet.", file=sys.stderr)
        return EXIT_ERROR
    if args.gold and fmt != "jsonl":
        print(
            "error: a gold file is JSON Lines (score.py reads that); give -o FILE.jsonl.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        if args.gold:
            n = _write_gold(store, args.output)
        elif args.events:
            names = store.document_names()
            listed: dict[str, list[str]] = {}
            for c in store.copies():  # republished copies: outlets of the event too
                listed.setdefault(names.get(c.doc_id, c.doc_id), []).append(c.source or c.name)
            rows = event_rows(list(signal_records(store)), listed)
            n = write_records(rows, fmt, EVENT_COLUMNS, args.output, types=EXPORT_TYPES)
        else:
            records = signal_records(store, raw=args.raw)
            n = write_records(records, fmt, EXPORT_COLUMNS, args.output, types=EXPORT_TYPES)
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stdout = open(os.devnull, "w")  # no second error when Python flushes at exit
        return EXIT_OK
    except OSError as e:
        print(f"error: could not write {args.output}: {e.strerror or e}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        store.close()
    if args.output:
        what = (
            "reviewed signals (gold lines)" if args.gold else "events" if args.events
            else "signals"
        )  # fmt: skip
        print(f"{n} {what} written to {args.output}", file=sys.stderr)
    return EXIT_OK


def _write_gold(store: Store, path: str | None) -> int:
    lines = gold_lines(store.review(), store.document_names())
    if path is None:
        return write_jsonl(lines, sys.stdout)
    with open(path, "w", encoding="utf-8", newline="") as stream:
        return write_jsonl(lines, stream)
