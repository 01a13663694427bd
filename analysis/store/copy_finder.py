"""Which new documents of an ingest are near-duplicates: an LSH index in memory.

``CopyFinder`` decides, for each new document, whether it copies a stored
document or an earlier new one (``copies.py`` tells what a copy is). It keeps
the LSH buckets of every stored signature in memory, in the writing process:
read once per ingest, at its first batch (one query of the ``minhash`` table
and a few array operations: about 0.1 s per 20,000 stored documents), then
kept up to date as the ingest writes. Before each batch it asks the store
what changed since: the lines of the activity log after the last one it read.
Every document stored, removed, restored or re-analysed -- by another ingest,
an upload, the dashboard -- is logged in the transaction that changed it, and
writers take turns, so those lines name every change; the finder reads the
signatures of just those documents. The store stays the one source of truth,
and a batch costs one small query when no one else writes.

The buckets are sorted arrays of keys (``band_keys``) with their documents'
rows, a few runs merged as they grow, so that a batch is looked up with a
handful of binary searches; its similarities with all its candidates are one
array comparison. Only a candidate similar enough has its statements
compared: those of the documents this ingest stored are known, the others'
are read from the store, a batch's at once. Candidates are found, ordered
and checked as the index table of schema 4 had them, so the same documents
are copies.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple, Protocol

import numpy as np

from analysis.store.copies import CopyRules, Statements, band_keys_of, copy_rules, from_texts

Said = Callable[[], Statements]  # what a document states, computed when asked


class CopySource(Protocol):
    """What the finder reads from the store (``analysis.store.Store`` has it)."""

    def _signatures(self, ids: Sequence[str] | None) -> list[tuple[str, str]]: ...

    def _changes_since(
        self, seq: int | None, own: int = 0
    ) -> tuple[int, list[tuple[str, str]]]: ...

    def _statements(self, ids: Sequence[str]) -> dict[str, Statements]: ...


class New(NamedTuple):
    """A new document to check: its id, its signature and what it states (asked only
    when a candidate is similar enough)."""

    doc_id: str
    sig: np.ndarray
    said: Said


class CopyFinder:
    """Finds, for each new document of one ingest, a stored or earlier new document it
    copies: as similar as ``rules.jaccard``, and stating nothing the other does not.

    ``store``: where stored documents are found (None: an empty store). Call
    ``find_batch`` for each batch before writing it, then ``settle`` with the ids
    written: a new document that is no copy is a candidate from ``find_batch`` on
    (for the later documents of its batch too), and stays one once written."""

    def __init__(self, store: CopySource | None = None, rules: CopyRules | None = None):
        self.store = store
        self.rules = rules if rules is not None else copy_rules()
        self._ids: list[str] = []  # row -> document id
        self._row: dict[str, int] = {}  # id -> row, of the live documents
        self._sigs = np.zeros((256, self.rules.permutations), np.uint32)  # row -> signature
        self._live = np.zeros(256, bool)  # row -> still a candidate
        self._said: dict[int, Said | Statements] = {}  # row -> statements, or how to get them
        self._pending: set[str] = set()  # found new, not written yet
        self._own_lines = 0  # activity lines this ingest wrote since the last sync
        # the buckets: runs of (sorted keys, their rows), each at most half the one before
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._seq: int | None = None  # the last activity line read; None: nothing read yet

    # ---- public ---------------------------------------------------------------

    def find(self, doc_id: str, sig: np.ndarray, said: Said) -> tuple[str, float] | None:
        """``find_batch`` of one document."""
        return self.find_batch([New(doc_id, sig, said)])[0]

    def find_batch(self, batch: Sequence[New]) -> list[tuple[str, float] | None]:
        """For each document, in order: (id, similarity) of the stored or earlier new
        document it copies, or None (then it is a candidate for those after it)."""
        if not batch:
            return []
        self.sync()
        n = self.rules.permutations
        # a signature of other rules (another length) is similar to none, as before
        valid = np.array([len(d.sig) == n for d in batch])
        sigs = np.stack(
            [d.sig if ok else np.zeros(n, np.uint32) for d, ok in zip(batch, valid, strict=True)]
        )
        keys = band_keys_of(sigs, self.rules)
        own = np.array([self._row.get(d.doc_id, -1) for d in batch])
        near_stored = self._near(*self._stored_pairs(keys, valid, own), sigs, self._sigs)
        # earlier documents of the batch, unless the store has them (then they are above)
        mine, earlier = _earlier_pairs(keys, valid)
        unstored = own[earlier] < 0
        near_earlier = self._near(mine[unstored], earlier[unstored], sigs, sigs)
        self._read_statements(row for pairs in near_stored.values() for _, row in pairs)
        said = [_once(d.said) for d in batch]
        found: list[tuple[str, float] | None] = []
        for i in range(len(batch)):
            near = [(sim, self._ids[row], row, None) for sim, row in near_stored.get(i, ())]
            near += [
                (sim, batch[j].doc_id, None, j)
                for sim, j in near_earlier.get(i, ())
                if found[j] is None
            ]  # fmt: skip
            found.append(None)
            # most similar first; ties: the greater id first
            for sim, other, row, j in sorted(near, key=_similarity_and_id, reverse=True):
                theirs = said[j]() if row is None else self._statements(row)
                if said[i]() <= theirs:
                    found[i] = (other, sim)
                    break
        new = [i for i, f in enumerate(found) if f is None and valid[i] and own[i] < 0]
        self._add([batch[i].doc_id for i in new], sigs[new], keys[new], [said[i] for i in new])
        self._pending.update(batch[i].doc_id for i in new)
        return found

    def settle(self, written: Iterable[str]) -> None:
        """After a batch's write: the documents found new and now stored stay candidates;
        the others (failed, or stored by another writer meanwhile, which the next sync
        reads) are forgotten."""
        written = set(written)
        for doc_id in self._pending - written:
            self._forget(doc_id)
        self._pending.clear()
        self._own_lines += len(written)  # one "add" line each

    def sync(self) -> None:
        """Read what the store holds: all its signatures the first time, then only the
        documents changed since (by others: this ingest's own are known)."""
        if self.store is None:
            return
        if self._seq is None:
            self._seq, _ = self.store._changes_since(None)  # first: no change is missed
            self._add_stored(self.store._signatures(None))
            return
        self._seq, lines = self.store._changes_since(self._seq, self._own_lines)
        self._own_lines = 0
        # this ingest's own documents (and copies listed with them) are known
        touched = {doc for action, doc in lines if not (action == "add" and doc in self._row)}
        touched -= self._pending
        if not touched:
            return
        present = self.store._signatures(sorted(touched))
        for doc in touched:  # re-analysed, removed, restored: statements read anew
            self._said.pop(self._row.get(doc, -1), None)
        for doc in touched.difference(d for d, _ in present):
            self._forget(doc)
        self._add_stored([(d, s) for d, s in present if d not in self._row])

    # ---- the index --------------------------------------------------------------

    def _add(
        self, ids: list[str], sigs: np.ndarray, keys: np.ndarray, said: Sequence[Said | None]
    ) -> None:
        if not ids:
            return
        start, end = len(self._ids), len(self._ids) + len(ids)
        if end > len(self._sigs):  # room for twice as many rows
            grown = np.zeros((max(end, 2 * len(self._sigs)), self._sigs.shape[1]), np.uint32)
            grown[:start] = self._sigs[:start]
            self._sigs = grown
            self._live = np.concatenate([self._live, np.zeros(len(grown) - len(self._live), bool)])
        self._sigs[start:end] = sigs
        self._live[start:end] = True
        self._ids += ids
        self._row.update(zip(ids, range(start, end), strict=True))
        self._said.update((start + k, s) for k, s in enumerate(said) if s is not None)
        flat = keys.ravel()
        order = np.argsort(flat, kind="stable")
        rows = np.repeat(np.arange(start, end), self.rules.bands)
        self._runs.append((flat[order], rows[order]))
        # merge runs while the last is at least half the one before: a few runs, each
        # key moved O(log n) times in all
        while len(self._runs) > 1 and 2 * len(self._runs[-1][0]) >= len(self._runs[-2][0]):
            (k1, r1), (k2, r2) = self._runs.pop(-2), self._runs.pop()
            merged_keys, merged_rows = np.concatenate([k1, k2]), np.concatenate([r1, r2])
            order = np.argsort(merged_keys, kind="stable")
            self._runs.append((merged_keys[order], merged_rows[order]))

    def _add_stored(self, signed: list[tuple[str, str]]) -> None:
        """Stored documents (id, signature hex), their statements read when needed; a
        signature of other rules (another length) is never similar and left out."""
        n = self.rules.permutations
        signed = [(d, s) for d, s in signed if len(s) == 8 * n and d not in self._row]
        if signed:
            sigs = from_texts([s for _, s in signed], n)
            ids = [d for d, _ in signed]
            self._add(ids, sigs, band_keys_of(sigs, self.rules), [None] * len(ids))

    def _forget(self, doc_id: str) -> None:
        row = self._row.pop(doc_id, None)
        if row is not None:
            self._live[row] = False
            self._said.pop(row, None)

    def _stored_pairs(
        self, keys: np.ndarray, valid: np.ndarray, own: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray]:
        """(documents, rows): each live indexed document sharing a bucket with a document
        of the batch, once per pair (the document itself left out)."""
        flat = keys.ravel()
        mine, theirs = [], []
        for run_keys, run_rows in self._runs:
            lo = np.searchsorted(run_keys, flat, "left")
            counts = np.searchsorted(run_keys, flat, "right") - lo
            hits = np.flatnonzero(counts)
            if not len(hits):
                continue
            counts = counts[hits]
            # the positions lo[k] .. lo[k] + counts[k] - 1 of every hit k, in one array
            ends = np.cumsum(counts)
            at = np.arange(ends[-1]) - np.repeat(ends - counts, counts)
            mine.append(np.repeat(hits // self.rules.bands, counts))
            theirs.append(run_rows[np.repeat(lo[hits], counts) + at])
        if not mine:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        # each pair once: as one number, document * rows + row
        pairs = np.unique(np.concatenate(mine) * len(self._ids) + np.concatenate(theirs))
        mine, theirs = np.divmod(pairs, len(self._ids))
        keep = self._live[theirs] & (theirs != own[mine]) & valid[mine]
        return mine[keep], theirs[keep]

    def _near(
        self, mine: np.ndarray, theirs: np.ndarray, sigs: np.ndarray, others: np.ndarray
    ) -> dict[int, list[tuple[float, int]]]:
        """document -> [(similarity, other)] of the pairs at least ``rules.jaccard`` alike,
        as ``similarity`` estimates it (the share of equal values), all compared at once."""
        if not len(mine):
            return {}
        # the share of equal values, as np.mean computes it: count / length, rounded once
        shares = np.count_nonzero(others[theirs] == sigs[mine], axis=1) / sigs.shape[1]
        near: dict[int, list[tuple[float, int]]] = {}
        hits = np.flatnonzero(shares >= self.rules.jaccard)
        for i, other, share in zip(
            mine[hits].tolist(), theirs[hits].tolist(), shares[hits].tolist(), strict=True
        ):
            near.setdefault(i, []).append((share, other))
        return near

    def _read_statements(self, rows: Iterable[int]) -> None:
        """Read from the store, in one query, the statements of these rows not known yet."""
        unknown = {row for row in rows if row not in self._said}
        if unknown and self.store is not None:
            said = self.store._statements(sorted(self._ids[row] for row in unknown))
            for row in unknown:
                self._said[row] = said.get(self._ids[row], frozenset())

    def _statements(self, row: int) -> Statements:
        said = self._said.get(row, frozenset())
        if callable(said):
            said = self._said[row] = said()
        return said


def _earlier_pairs(keys: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(documents, earlier documents) of the batch that share a bucket, once per pair."""
    bands = keys.shape[1]
    flat = keys.ravel()
    order = np.argsort(flat, kind="stable")  # within a key, the earlier document first
    ordered = flat[order]
    same = np.flatnonzero(ordered[1:] == ordered[:-1])  # a key shared with the one before
    pairs = set()
    if len(same):
        docs = (order // bands).tolist()
        starts = same[np.r_[True, np.diff(same) > 1]]  # each run of one key
        for start in starts.tolist():
            end = start + 1
            while end < len(ordered) and ordered[end] == ordered[start]:
                end += 1
            group = sorted({docs[k] for k in range(start, end) if valid[docs[k]]})
            pairs.update((i, j) for x, i in enumerate(group) for j in group[:x])
    if not pairs:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    mine, earlier = np.array(sorted(pairs), np.int64).T
    return mine, earlier


def _similarity_and_id(candidate: tuple) -> tuple[float, str]:
    return candidate[0], candidate[1]


def _once(compute: Said) -> Said:
    """``compute``, run at most once (a document's statements, asked of each near one)."""
    done: list[Statements] = []

    def value() -> Statements:
        if not done:
            done.append(compute())
        return done[0]

    return value
