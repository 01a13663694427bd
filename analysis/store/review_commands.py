"""Command line for review corrections: ``correct``.

Registered by ``analysis.store.commands.register``::

    python -m analysis correct --signal-id ID --right          # or --wrong
    python -m analysis correct --signal-id ID --type condemnation --actor Russia --targets Ukraine,Iran
    python -m analysis correct --doc NAME --start N --signal TYPE --actor NAME   # add a missed one
    python -m analysis correct --signal-id ID --withdraw      # the analyser's reading stands again
    python -m analysis correct --list                         # the corrections, with who and when

``ID`` is a ``signal_id`` as ``export`` writes it; ``NAME`` a document's file
name, title or store id; ``N`` a character offset inside the evidence
sentence (``export`` writes each signal's ``start``). Every correction is
stored with ``--user`` (default ``$LENS_USER``, else the OS user) and the time,
and logged (``python -m analysis log``).
"""

from __future__ import annotations

import argparse
import sys

from analysis.review import ACTOR_TYPES
from analysis.store.base import READ_ONLY_REFUSAL, StoreError, read_only
from analysis.store.history_commands import _one, _open, _table
from analysis.taxonomy import taxonomy

EXIT_OK, EXIT_ERROR = 0, 1


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``correct``; ``common`` gives --data-dir and --user."""
    p = sub.add_parser(
        "correct", parents=[common],
        help="review a stored signal: mark it right or wrong, change its type, actor or "
        "targets, or add a signal the analyser missed",
        description="Review corrections are kept across reanalyze and analyser upgrades; "
        "export, charts and counts use them.",
    )  # fmt: skip
    which = p.add_argument_group("which signal")
    which.add_argument("--signal-id", help="the signal's id, as export writes it")
    which.add_argument("--doc", help="to add a signal: the document's name, title or store id")
    which.add_argument(
        "--start", type=int,
        help="to add a signal: a character offset inside its evidence sentence",
    )  # fmt: skip
    what = p.add_argument_group("what to say about it")
    verdict = what.add_mutually_exclusive_group()
    verdict.add_argument("--right", action="store_true", help="the signal is right")
    verdict.add_argument("--wrong", action="store_true", help="the signal is wrong")
    verdict.add_argument("--withdraw", action="store_true", help="withdraw the signal's correction")
    verdict.add_argument("--list", action="store_true", help="list the stored corrections")
    what.add_argument("--signal", "--type", dest="signal", metavar="TYPE",
                      help=f"the signal type ({', '.join(taxonomy().ids)})")  # fmt: skip
    what.add_argument("--actor", help="the actor's name (canonical, as export writes it)")
    what.add_argument(
        "--actor-type", metavar="TYPE",
        help=f"for an actor the analyser never recognised: its type ({', '.join(ACTOR_TYPES)})",
    )  # fmt: skip
    what.add_argument(
        "--affiliation", help="for an actor the analyser never recognised: whom it speaks for"
    )
    what.add_argument(
        "--targets", help="the targets, separated by ',' or ';' (an empty string: no targets)"
    )
    p.set_defaults(func=cmd_correct)


def _targets(text: str | None) -> list[str] | None:
    if text is None:
        return None
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]


def _usage_error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_ERROR


def cmd_correct(args: argparse.Namespace) -> int:
    if args.list:
        return _list(args)
    adding = args.doc is not None or args.start is not None
    if adding and args.signal_id:
        return _usage_error(
            "give either --signal-id (to judge or change a signal) or --doc and --start "
            "(to add one), not both."
        )
    if not adding and not args.signal_id:
        return _usage_error(
            "say which signal: --signal-id ID (export writes it), or --doc NAME --start N "
            "--signal TYPE --actor NAME to add a signal the analyser missed."
        )
    changes = args.signal is not None or args.actor is not None or args.targets is not None
    if adding:
        if args.doc is None or args.start is None or args.signal is None or args.actor is None:
            return _usage_error(
                "to add a signal give --doc NAME, --start N (an offset inside the sentence), "
                "--signal TYPE and --actor NAME."
            )
        if args.right or args.wrong or args.withdraw:
            return _usage_error("--right, --wrong and --withdraw take --signal-id, not --doc.")
    elif not (args.right or args.wrong or args.withdraw or changes):
        return _usage_error(
            "say what to do with the signal: --right, --wrong, --withdraw, or a new --signal, "
            "--actor or --targets."
        )
    elif (args.wrong or args.withdraw) and changes:
        return _usage_error(
            "--wrong and --withdraw take no --signal, --actor or --targets; to change a "
            "signal give only the new values."
        )
    if read_only():  # the store refuses too; this spares opening it
        return _usage_error(READ_ONLY_REFUSAL)
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        if adding:
            names = store.document_names()
            titles = store.document_titles()
            doc_id = _one(args.doc, {i: (names[i], titles.get(i)) for i in names}, "the store")
            if doc_id is None:
                return EXIT_ERROR
            c = store.add_signal(
                doc_id, args.start, args.signal, args.actor, actor_type=args.actor_type,
                affiliation=args.affiliation, targets=_targets(args.targets), user=args.user,
            )  # fmt: skip
            print(f"Added {args.signal} by {c.actor} to '{names[doc_id]}' (signal id "
                  f"{c.signal_id}).")  # fmt: skip
        elif args.withdraw:
            c = store.withdraw_correction(args.signal_id, user=args.user)
            print(f"Withdrew the correction of {c.signal_id} ({c.describe()}).")
        elif changes:
            c = store.change_signal(
                args.signal_id, signal=args.signal, actor=args.actor,
                actor_type=args.actor_type, affiliation=args.affiliation,
                targets=_targets(args.targets), user=args.user,
            )  # fmt: skip
            print(f"Stored: {c.describe()} (signal id {c.signal_id}).")
        else:
            c = store.mark_signal(args.signal_id, "right" if args.right else "wrong",
                                  user=args.user)  # fmt: skip
            if c is None:
                print(f"Withdrew the signal {args.signal_id} that was added by hand.")
            else:
                print(f"Stored: {c.describe()} (signal id {c.signal_id}).")
    except StoreError as e:
        return _usage_error(str(e))
    finally:
        store.close()
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    store = _open(args)
    if store is None:
        return EXIT_ERROR
    try:
        corrections = store.corrections()
        names = store.document_names()
    finally:
        store.close()
    if not corrections:
        print("No corrections stored yet.")
        return EXIT_OK
    rows = [
        (c.at, c.user, c.signal_id, names.get(c.doc_id, c.doc_id), c.describe())
        for c in sorted(corrections, key=lambda c: c.at)
    ]
    print("\n".join(_table(("when", "who", "signal id", "document", "correction"), rows)))
    return EXIT_OK
