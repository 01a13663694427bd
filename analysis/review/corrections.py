"""Review corrections as plain data, and how they re-attach to an analysis.

A ``Correction`` is keyed to what identifies a signal across analyser
versions: the document (its store id, a hash of its text, so the offsets
always mean the same thing), the evidence sentence's offsets, the signal type
and the actor. ``review_document`` lays a document's corrections over the
analyser's signals of the moment:

- a correction finds its signal by the exact key, else (sentences split
  otherwise by a newer analyser) by the same type and actor on an
  overlapping sentence;
- a signal marked right or changed that the analyser no longer gives, and a
  signal added by hand, are added from the snapshot kept with the
  correction; an added signal the analyser now finds is simply its own;
- a signal marked wrong that the analyser no longer gives, or a correction
  without a usable snapshot, cannot be placed: it comes back in
  ``unplaced`` (``python -m analysis check`` lists them), never dropped.

Every row of the result says whether the analyser gave it (``raw``) and
whether it belongs to the corrected data (``kept``), so the raw output and
the corrected one are two filters of the same rows.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from analysis.models import Signal
from analysis.taxonomy import taxonomy

# What a reviewer can say about a signal.
VERDICTS = ("right", "wrong", "change", "add")
# What a row of the reviewed data says about itself ("" when nobody reviewed it).
REVIEWS = ("", "right", "wrong", "changed", "added")
ACTOR_TYPES = ("person", "state", "organization", "group")


def signal_id(doc_id: str, start: int, end: int, signal: str, actor: str) -> str:
    """A signal's stable id: the same document, sentence, type and actor give the
    same id, whatever the analyser version (16 hex digits)."""
    key = "\x1f".join((doc_id, str(int(start)), str(int(end)), signal, actor))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def id_of(s: Signal) -> str:
    """The stable id of an analyser's signal."""
    return signal_id(s.doc_id, s.start, s.end, s.signal, s.actor)


@dataclass(frozen=True, slots=True)
class Correction:
    """One reviewer's judgement of one signal (the latest for its key counts).

    ``verdict``: ``right``, ``wrong``, ``change`` (``new_*`` fields say what,
    None where unchanged) or ``add`` (a signal the analyser missed).
    ``snapshot`` is the signal as it stood when corrected (for ``add``, the
    signal added), which places the correction when the analyser no longer
    gives the signal.
    """

    doc_id: str
    start: int
    end: int
    signal: str
    actor: str
    verdict: str
    snapshot: Signal | None = None
    new_signal: str | None = None
    new_actor: str | None = None
    new_actor_type: str | None = None
    new_affiliation: str | None = None
    new_targets: tuple[str, ...] | None = None
    user: str = ""
    at: str = ""  # ISO 8601, UTC

    @property
    def signal_id(self) -> str:
        return signal_id(self.doc_id, self.start, self.end, self.signal, self.actor)

    @property
    def key(self) -> tuple[int, int, str, str]:
        return (self.start, self.end, self.signal, self.actor)

    def describe(self) -> str:
        """What the correction says, in a few words (for the activity log)."""
        what = f"{self.signal} by {self.actor} at {self.start}-{self.end}"
        if self.verdict == "change":
            changes = [
                f"{name} -> {value}"
                for name, value in (
                    ("type", self.new_signal),
                    ("actor", self.new_actor),
                    ("targets", None if self.new_targets is None else
                     ", ".join(self.new_targets) or "none"),
                )
                if value is not None
            ]  # fmt: skip
            return f"changed {what}: {'; '.join(changes)}"
        verb = {"right": "marked right", "wrong": "marked wrong", "add": "added"}[self.verdict]
        return f"{verb}: {what}"


def changed(s: Signal, c: Correction) -> Signal:
    """The signal with a ``change`` correction's new type, actor and targets.

    A new type takes that type's primary codes and score (taxonomy.toml): the
    analyser's codes were read for the old type's wording.
    """
    fields: dict = {}
    if c.new_signal is not None and c.new_signal != s.signal:
        t = taxonomy()[c.new_signal]
        fields |= {"signal": t.id, "cameo": t.cameo, "plover": t.plover, "score": t.score}
    if c.new_actor is not None:
        fields["actor"] = c.new_actor
        fields["actor_type"] = c.new_actor_type or s.actor_type
        fields["affiliation"] = c.new_affiliation or c.new_actor
    if c.new_targets is not None:
        fields["targets"] = tuple(c.new_targets)
    return replace(s, **fields) if fields else s


@dataclass(frozen=True, slots=True)
class ReviewedRow:
    """A signal as review sees it: ``raw`` when the analyser gave it, ``kept``
    when it belongs to the corrected data; ``review`` is one of ``REVIEWS``."""

    signal: Signal
    signal_id: str
    review: str = ""
    raw: bool = True
    kept: bool = True
    correction: Correction | None = None

    @property
    def corrected(self) -> bool:
        return bool(self.review)


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A correction that could not be laid over the current analysis, and why."""

    correction: Correction
    reason: str

    def sentence(self, name: str | None = None) -> str:
        c = self.correction
        where = f"'{name}'" if name else c.doc_id
        return (
            f"the correction {c.signal_id} of {where} ({c.describe()}, by {c.user or 'unknown'} "
            f"at {c.at or 'an unknown time'}) could not be placed: {self.reason}"
        )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _find(signals: Sequence[Signal], c: Correction, taken: set[int]) -> int | None:
    """The index of the signal a correction is about: the exact key first, else the
    same type and actor on the sentence that overlaps the corrected one most."""
    for i, s in enumerate(signals):
        if i not in taken and (s.start, s.end, s.signal, s.actor) == c.key:
            return i
    best, best_overlap = None, 0
    for i, s in enumerate(signals):
        if i in taken or s.signal != c.signal or s.actor != c.actor:
            continue
        overlap = _overlap((s.start, s.end), (c.start, c.end))
        if overlap > best_overlap:
            best, best_overlap = i, overlap
    return best


def review_document(
    signals: Sequence[Signal], corrections: Iterable[Correction]
) -> tuple[list[ReviewedRow], list[Unplaced]]:
    """Lay a document's corrections over its signals (module docstring).

    Returns every row (the analyser's signals in their order, with a changed
    signal's new version after it and added signals by position) and the
    corrections that could not be placed.
    """
    by_index: dict[int, Correction] = {}
    extra: list[ReviewedRow] = []
    unplaced: list[Unplaced] = []
    for c in corrections:
        i = _find(signals, c, set(by_index))
        if i is not None:
            by_index[i] = c
            continue
        if c.verdict == "wrong":
            unplaced.append(
                Unplaced(c, "the analyser no longer gives this signal, so there is nothing "
                         "to leave out; withdraw the correction if it is no longer needed")
            )  # fmt: skip
        elif c.snapshot is None:
            unplaced.append(
                Unplaced(c, "the analyser no longer gives this signal and the correction "
                         "kept no copy of it to add")
            )  # fmt: skip
        else:
            s = replace(c.snapshot, doc_id=c.doc_id)
            extra.append(
                ReviewedRow(changed(s, c) if c.verdict == "change" else s, c.signal_id,
                            "added", raw=False, kept=True, correction=c)
            )  # fmt: skip
    rows: list[ReviewedRow] = []
    for i, s in enumerate(signals):
        c = by_index.get(i)
        if c is None:
            rows.append(ReviewedRow(s, id_of(s)))
        elif c.verdict == "wrong":
            rows.append(ReviewedRow(s, c.signal_id, "wrong", raw=True, kept=False, correction=c))
        elif c.verdict == "change":
            rows.append(ReviewedRow(s, c.signal_id, "changed", raw=True, kept=False, correction=c))
            rows.append(
                ReviewedRow(changed(s, c), c.signal_id, "changed", raw=False, kept=True,
                            correction=c)
            )  # fmt: skip
        else:  # right, or an added signal the analyser now finds itself
            rows.append(ReviewedRow(s, c.signal_id, "right", correction=c))
    if extra:
        # added signals by position; sorted() is stable, so the rest keep their order
        rows = sorted(rows + extra, key=lambda r: r.signal.start)
    return rows, unplaced


def latest(corrections: Iterable[Correction]) -> dict[tuple[str, str], Correction]:
    """(doc_id, signal_id) -> the latest correction of that signal (in order given)."""
    out: dict[tuple[str, str], Correction] = {}
    for c in corrections:
        out[(c.doc_id, c.signal_id)] = c
    return out
