"""The SQLite store's review corrections (schema version 3).

One row per corrected signal, keyed by the document and the signal's stable
id (``analysis.review.signal_id``: document, sentence offsets, type, actor);
a later correction of the same signal replaces the row, and every one is in
the activity log. The table refers to ``documents``, so a document moved to
the trash takes its corrections with it and a restore brings them back
(``history.move_to_trash`` moves every such table). A re-analysis rewrites
the signals and leaves the corrections alone: they are laid over the new
output when the store is read (``analysis.review.review_corpus``).

Functions here take an open connection; the backend owns transactions.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from analysis.models import Signal
from analysis.output import signal_record
from analysis.review import VERDICTS, Correction
from analysis.store.dialect import Connection, upsert

# Schema version 2 -> 3: review corrections.
MIGRATION_3 = """
CREATE TABLE IF NOT EXISTS corrections (
    doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    signal_id       TEXT NOT NULL,      -- analysis.review.signal_id of the key below
    start           INTEGER NOT NULL,   -- the key: evidence sentence offsets, type, actor
    "end"           INTEGER NOT NULL,
    signal          TEXT NOT NULL,
    actor           TEXT NOT NULL,
    verdict         TEXT NOT NULL,      -- right, wrong, change, add
    new_signal      TEXT,               -- change: NULL where unchanged
    new_actor       TEXT,
    new_actor_type  TEXT,
    new_affiliation TEXT,
    new_targets     TEXT,               -- JSON list
    snapshot        TEXT,               -- JSON signal record: the signal when corrected
    "user"          TEXT NOT NULL,
    at              TEXT NOT NULL,      -- ISO 8601, UTC
    PRIMARY KEY (doc_id, signal_id)
) WITHOUT ROWID;
"""

# version -> the statements that bring a store of version - 1 to it
MIGRATIONS: dict[int, str] = {3: MIGRATION_3}

_COLUMNS = (
    "doc_id", "signal_id", "start", "end", "signal", "actor", "verdict", "new_signal",
    "new_actor", "new_actor_type", "new_affiliation", "new_targets", "snapshot", "user", "at",
)  # fmt: skip
_QUOTED = ", ".join(f'"{c}"' for c in _COLUMNS)
_SAVE = upsert("corrections", _COLUMNS, ("doc_id", "signal_id"))


def _signal_json(s: Signal | None) -> str | None:
    return None if s is None else json.dumps(signal_record(s), ensure_ascii=False)


def _signal_from_json(text: str | None) -> Signal | None:
    if not text:
        return None
    record = json.loads(text)
    record["targets"] = tuple(record.get("targets") or ())
    return Signal(**record)


def row_of(c: Correction) -> tuple:
    """The table row of a correction."""
    targets = None if c.new_targets is None else json.dumps(list(c.new_targets))
    return (
        c.doc_id, c.signal_id, c.start, c.end, c.signal, c.actor, c.verdict, c.new_signal,
        c.new_actor, c.new_actor_type, c.new_affiliation, targets, _signal_json(c.snapshot),
        c.user, c.at,
    )  # fmt: skip


def correction_of(row: Sequence) -> Correction:
    """A correction from its table row; ValueError when the row cannot be read."""
    values = dict(zip(_COLUMNS, row, strict=True))
    try:
        targets = values["new_targets"]
        return Correction(
            doc_id=values["doc_id"], start=values["start"], end=values["end"],
            signal=values["signal"], actor=values["actor"], verdict=values["verdict"],
            snapshot=_signal_from_json(values["snapshot"]), new_signal=values["new_signal"],
            new_actor=values["new_actor"], new_actor_type=values["new_actor_type"],
            new_affiliation=values["new_affiliation"],
            new_targets=None if targets is None else tuple(json.loads(targets)),
            user=values["user"], at=values["at"],
        )  # fmt: skip
    except (TypeError, ValueError) as e:
        raise ValueError(f"correction {values.get('signal_id')}: {e}") from e


def save(conn: Connection, c: Correction) -> None:
    """Store a correction, replacing an earlier one of the same signal."""
    conn.execute(_SAVE, row_of(c))


def delete(conn: Connection, doc_id: str, signal_id: str) -> bool:
    """Withdraw a correction; False when there was none."""
    cur = conn.execute(
        "DELETE FROM corrections WHERE doc_id = ? AND signal_id = ?", (doc_id, signal_id)
    )
    return cur.rowcount > 0


def read(conn: Connection) -> list[Correction]:
    """Every readable correction, by document and position (``problems`` names the rest)."""
    out = []
    for row in conn.execute(
        f'SELECT {_QUOTED} FROM corrections ORDER BY doc_id, start, "end", signal, actor'
    ):
        try:
            out.append(correction_of(row))
        except ValueError:
            continue
    return out


def problems(conn: Connection) -> list[str]:
    """Corrections that cannot be read, as sentences (for ``check``)."""
    out = []
    for row in conn.execute(f"SELECT {_QUOTED} FROM corrections"):
        values = dict(zip(_COLUMNS, row, strict=True))
        if values["verdict"] not in VERDICTS:
            out.append(
                f"the correction {values['signal_id']} has an unknown verdict {values['verdict']!r}"
            )
            continue
        try:
            correction_of(row)
        except (ValueError, TypeError) as e:
            out.append(f"the correction {values['signal_id']} cannot be read ({e})")
    return out
