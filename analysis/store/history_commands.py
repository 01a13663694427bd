"""Command line for the trash and the activity log: ``remove``, ``restore``, ``trash``,
``purge`` and ``log``.

Registered by ``analysis.store.commands.register``. NAME is what users know a
document by: its name (file name or record id), its title, or its store id
(or the first 6 or more characters of it). A name that fits several documents
is refused with the list of their store ids, so nothing is removed by guess.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterable

from analysis.store.base import Activity, StoreError, TrashEntry

EXIT_OK, EXIT_ERROR = 0, 1
LOG_DEFAULT_LIMIT = 50


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the trash and log subcommands; ``common`` gives --data-dir and --user."""
    p = sub.add_parser(
        "remove", parents=[common],
        help="move a stored document with its signals to the trash (restore brings it back)",
    )  # fmt: skip
    p.add_argument("name", help="document name, title or store id")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser(
        "restore", parents=[common], help="put a document back from the trash, exactly as it was"
    )
    p.add_argument("name", help="document name, title or store id")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("trash", parents=[common], help="list the documents in the trash")
    p.set_defaults(func=cmd_trash)

    p = sub.add_parser(
        "purge", parents=[common],
        help="delete for good the documents removed to the trash more than DAYS days ago",
    )  # fmt: skip
    p.add_argument(
        "--older-than", type=days, required=True, metavar="DAYS",
        help="age in days of the removals to delete (0: empty the whole trash)",
    )  # fmt: skip
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("log", parents=[common], help="show who changed the store, when and how")
    p.add_argument(
        "-n", "--limit", type=int, default=LOG_DEFAULT_LIMIT,
        help=f"how many of the latest changes to show (default {LOG_DEFAULT_LIMIT}; 0: all)",
    )  # fmt: skip
    p.set_defaults(func=cmd_log)


def days(text: str) -> float:
    """``--older-than``: a number of days, 0 or more."""
    try:
        n = float(text)
    except ValueError:
        n = -1.0
    if not math.isfinite(n) or n < 0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number of days; give 0 or more (e.g. 30)"
        )
    return n


def matching(query: str, documents: dict[str, tuple[str, str | None]]) -> list[str]:
    """Ids of the documents ``query`` names: store id (or its first 6+ characters),
    else name, else title. ``documents``: id -> (name, title)."""
    q = query.strip()
    if q in documents:
        return [q]
    for found in (
        [i for i in documents if len(q) >= 6 and i.startswith(q.lower())],
        [i for i, (name, _) in documents.items() if name == q],
        [i for i, (_, title) in documents.items() if title == q],
    ):
        if found:
            return found
    return []


def _one(query: str, documents: dict[str, tuple[str, str | None]], where: str) -> str | None:
    """The one id ``query`` names, or None after saying what is wrong on stderr."""
    ids = matching(query, documents)
    if len(ids) == 1:
        return ids[0]
    if not ids:
        hint = (
            "`python -m analysis trash` lists the trash"
            if where == "the trash"
            else "give its file name, title or store id (`python -m analysis export` "
            "shows them as doc_id, title and store_id)"
        )
        print(f"error: no document named '{query}' in {where}; {hint}.", file=sys.stderr)
        return None
    listing = "; ".join(f"{i} ({documents[i][0]})" for i in ids)
    print(
        f"error: '{query}' names {len(ids)} documents in {where}: {listing}. "
        "Give the store id of the one you mean.",
        file=sys.stderr,
    )
    return None


def _open(args: argparse.Namespace):
    from analysis.store import open_store

    try:
        return open_store(args.data_dir, url=args.database_url)
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return None


def cmd_remove(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        names = store.document_names()
        titles = store.document_titles()
        documents = {i: (names[i], titles.get(i)) for i in names}
        doc_id = _one(args.name, documents, "the store")
        if doc_id is None:
            return EXIT_ERROR
        if not store.remove_document(doc_id, user=args.user):
            print(f"error: '{args.name}' was removed meanwhile.", file=sys.stderr)
            return EXIT_ERROR
    finally:
        store.close()
    print(
        f"Moved '{names[doc_id]}' ({doc_id}) with its signals to the trash; "
        f"`python -m analysis restore {doc_id}` brings it back."
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        documents = {e.doc_id: (e.name, e.title) for e in store.trash()}
        doc_id = _one(args.name, documents, "the trash")
        if doc_id is None:
            return EXIT_ERROR
        try:
            restored = store.restore_document(doc_id, user=args.user)
        except StoreError as e:
            print(f"error: {e}", file=sys.stderr)
            return EXIT_ERROR
        if not restored:
            print(f"error: '{args.name}' was restored or purged meanwhile.", file=sys.stderr)
            return EXIT_ERROR
    finally:
        store.close()
    print(f"Restored '{documents[doc_id][0]}' ({doc_id}) with its signals.")
    return EXIT_OK


def trash_lines(entries: Iterable[TrashEntry]) -> list[str]:
    """The trash as aligned lines: removed at, by, signals, store id, name (title)."""
    rows = [(e.removed_at, e.removed_by, str(e.signals), e.doc_id, e.label) for e in entries]
    header = ("removed at", "by", "signals", "store id", "document")
    return _table(header, rows)


def activity_lines(entries: Iterable[Activity]) -> list[str]:
    """The activity log as aligned lines: when, who, action, document, detail."""
    rows = [(a.at, a.user, a.action, a.name or a.doc_id or "", a.detail or "") for a in entries]
    return _table(("when", "who", "action", "document", "detail"), rows)


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header) - 1)]
    return [
        "  ".join([*(cell.ljust(w) for cell, w in zip(r[:-1], widths, strict=True)), r[-1]])
        .rstrip()
        for r in [header, *rows]
    ]  # fmt: skip


def cmd_trash(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        entries = store.trash()
    finally:
        store.close()
    if not entries:
        print("The trash is empty.")
        return EXIT_OK
    print("\n".join(trash_lines(entries)))
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        purged = store.purge_trash(args.older_than, user=args.user)
        left = len(store.trash())
    finally:
        store.close()
    n = len(purged)
    print(
        f"Deleted {n} document{'s' if n != 1 else ''} from the trash for good; "
        f"{left} left in the trash."
    )
    return EXIT_OK


def cmd_log(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        entries = store.activity(args.limit if args.limit > 0 else None)
    finally:
        store.close()
    if not entries:
        print("No changes recorded yet.")
        return EXIT_OK
    print("\n".join(activity_lines(reversed(entries))))  # oldest first, like a log
    return EXIT_OK
