"""Near-duplicate documents found at ingest: MinHash signatures and LSH bands (schema 4).

A wire story republished with small edits has another content id, so the
exact check of ingest lets it through. Here each new document gets a MinHash
signature of its word shingles; its bands (groups of signature rows, hashed)
are looked up in an index table, so finding candidates costs the same for a
store of ten documents or of a million; a candidate whose estimated Jaccard
similarity reaches the threshold, and whose statements include every
statement of the new one (what a document states: its signals' types and
actors; targets are left out, as the reading of "both sides" may shift with
a lead paragraph more), makes the new document a **copy**: it is analysed like
any other (in a worker, which computes its signature too) but not stored, and
its name, title, date, outlet and URL are listed with the stored
document (``copies`` table). The statement check is there because shingles
cannot tell a republished story from an updated one (a wire story rewritten
with a new lead paragraph over the old text is 90 % the same on a long story):
an update that reports a signal the stored text lacks (another type, actor or
targets) is stored and analysed as a document of its own, so nothing it says
is lost. The thresholds are data (``[copies]`` in
``analysis/events/rules.toml``); ``scripts/copy_pairs.py`` measures them.

Signatures are stable across processes (CRC-32 of each shingle, fixed
permutations), stored as hex text (the trash keeps rows as JSON).
"""

from __future__ import annotations

import re
import tomllib
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from analysis.events.grouping import RULES_FILE
from analysis.events.similarity import WORD
from analysis.knowledge import DataFileError, require_keys
from analysis.store.dialect import Connection, upsert

MIGRATION_4 = """
CREATE TABLE IF NOT EXISTS minhash (
    doc_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature TEXT NOT NULL             -- hex of the uint32 MinHash values
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS minhash_bands (
    bucket INTEGER NOT NULL,            -- band number * 2^32 + a hash of the band's values
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS minhash_bands_doc ON minhash_bands(doc_id);
CREATE TABLE IF NOT EXISTS copies (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    content_id TEXT NOT NULL,           -- the copy's own content id
    name       TEXT NOT NULL,
    title      TEXT,
    date       TEXT,
    source     TEXT,
    url        TEXT,
    path       TEXT,
    similarity REAL NOT NULL,           -- estimated Jaccard of the two texts' shingles
    added_at   TEXT NOT NULL,
    added_by   TEXT NOT NULL,
    PRIMARY KEY (doc_id, content_id)
) WITHOUT ROWID;
"""
MIGRATIONS: dict[int, str] = {4: MIGRATION_4}


@dataclass(frozen=True, slots=True)
class CopyRules:
    permutations: int = 64
    bands: int = 16
    jaccard: float = 0.8
    shingle_words: int = 5


def parse_copy_rules(data: dict, file: str = "events/rules.toml") -> CopyRules:
    require_keys(data, file, "top level", {"copies": dict}, {"event": dict})
    c = data["copies"]
    require_keys(c, file, "[copies]", {"permutations": int, "bands": int,
                                       "jaccard": (int, float), "shingle_words": int})  # fmt: skip
    if c["permutations"] < 1 or c["bands"] < 1 or c["permutations"] % c["bands"]:
        raise DataFileError(file, "[copies]", "bands must divide permutations (both >= 1)")
    if not 0 < c["jaccard"] <= 1:
        raise DataFileError(file, "[copies]", "jaccard must lie in (0, 1]")
    return CopyRules(c["permutations"], c["bands"], float(c["jaccard"]), c["shingle_words"])


@cache
def copy_rules() -> CopyRules:
    with open(RULES_FILE, "rb") as f:
        return parse_copy_rules(tomllib.load(f))


@cache
def _permutations(n: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.RandomState(20261205)  # fixed: signatures are stored
    a = rng.randint(1, 1 << 62, size=n, dtype=np.int64).astype(np.uint64) | np.uint64(1)
    b = rng.randint(0, 1 << 62, size=n, dtype=np.int64).astype(np.uint64)
    return a, b


_SHINGLE_BASE = np.uint64(0x9E3779B97F4A7C15)  # odd: a rolling hash's multiplier


# WORD on ASCII text, as bytes (the ’ it also allows is replaced before it is used)
_ASCII_WORD = re.compile(rb"[^\W_]+(?:'[^\W_]+)*")


def signature(text: str, rules: CopyRules) -> np.ndarray:
    """The MinHash signature (uint32 values) of a text's word shingles."""
    lowered = text.lower().replace("’", "'")
    if lowered.isascii():  # most news: the same words, found as bytes, none encoded alone
        w = _ASCII_WORD.findall(lowered.encode()) or [b""]
    else:
        w = [word.encode() for word in WORD.findall(lowered)] or [b""]
    k = min(rules.shingle_words, len(w))
    # each word's CRC-32 (of its UTF-8), then each shingle's polynomial hash of its k
    # words mod 2^64
    word_hashes = np.fromiter(map(zlib.crc32, w), np.uint64, len(w))
    n = len(w) - k + 1
    shingles = word_hashes[:n].copy()
    for j in range(1, k):
        shingles *= _SHINGLE_BASE
        shingles += word_hashes[j : j + n]
    a, b = _permutations(rules.permutations)
    # multiply-shift hashing: (a * x + b) mod 2^64, its high 32 bits (a odd). In place,
    # and shifted after the minimum (the high bits of the least value are the least);
    # a repeated shingle needs no np.unique, as it cannot change a minimum.
    hashed = np.multiply.outer(shingles, a)
    hashed += b
    return (hashed.min(axis=0) >> np.uint64(32)).astype(np.uint32)


def band_keys(sig: np.ndarray, rules: CopyRules) -> list[int]:
    """The LSH buckets of a signature: for each band, its number in the high 32 bits
    and a hash of its rows' values in the low 32 bits."""
    rows = sig.reshape(rules.bands, -1).astype(np.uint64)
    mixed = (rows * _band_multipliers(rows.shape[1])).sum(axis=1) >> np.uint64(32)
    return ((np.arange(rules.bands, dtype=np.uint64) << np.uint64(32)) | mixed).tolist()


@cache
def _band_multipliers(n: int) -> np.ndarray:
    return _permutations(n)[0]  # odd 64-bit constants, fixed


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of equal signature values."""
    return float(np.mean(a == b)) if len(a) == len(b) and len(a) else 0.0


def to_text(sig: np.ndarray) -> str:
    return sig.astype(">u4").tobytes().hex()


def from_text(text: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.uint32)


# ---- SQL (inside the backend's connection) -----------------------------------------


def save_signatures(
    conn: Connection,
    signed: list[tuple[str, str, Sequence[int] | None]],
    rules: CopyRules,
) -> None:
    """Store (doc_id, signature hex, its buckets or None) with their LSH buckets."""
    conn.executemany(
        upsert("minhash", ("doc_id", "signature"), ("doc_id",)), [s[:2] for s in signed]
    )
    conn.executemany(
        "INSERT INTO minhash_bands VALUES (?, ?) ON CONFLICT DO NOTHING",
        [(bucket, doc_id) for doc_id, sig_text, buckets in signed
         for bucket in (buckets or band_keys(from_text(sig_text), rules))],
    )  # fmt: skip


Statements = frozenset[tuple[str, str]]  # (type, actor) of a document's signals


Candidate = tuple[np.ndarray, Callable[[], Statements]]  # (signature, () -> statements)


def stored_candidates(conn: Connection, keys: Sequence[int]) -> dict[int, dict[str, Candidate]]:
    """Stored documents in the buckets of these keys: bucket -> {id: (signature,
    statements)}, the statements read from the stored signals when asked (few
    candidates are similar enough for that). One query for any number of keys."""
    if not keys:
        return {}
    rows = conn.execute(
        "SELECT b.bucket, m.doc_id, m.signature FROM minhash_bands b "
        "JOIN minhash m ON m.doc_id = b.doc_id "
        f"WHERE b.bucket IN ({', '.join('?' * len(keys))})",
        list(keys),
    ).fetchall()
    found: dict[str, Candidate] = {}
    out: dict[int, dict[str, Candidate]] = {}
    for bucket, doc_id, sig in rows:
        if doc_id not in found:
            found[doc_id] = (
                from_text(sig), lambda doc_id=doc_id: stored_statements(conn, doc_id)
            )  # fmt: skip
        out.setdefault(bucket, {})[doc_id] = found[doc_id]
    return out


def stored_statements(conn: Connection, doc_id: str) -> Statements:
    said = conn.execute("SELECT signal, actor FROM signals WHERE doc_id = ?", (doc_id,))
    return frozenset((t, a) for t, a in said)


@dataclass(frozen=True, slots=True)
class Copy:
    """A near-duplicate of a stored document, listed with it instead of stored again."""

    doc_id: str  # the stored document
    content_id: str
    name: str
    title: str | None
    date: str | None
    source: str | None
    url: str | None
    path: str | None
    similarity: float
    added_at: str = ""
    added_by: str = ""


def save_copy(conn: Connection, c: Copy) -> bool:
    """List a copy with its document; False when the document is not stored."""
    if not conn.execute("SELECT 1 FROM documents WHERE id = ?", (c.doc_id,)).fetchone():
        return False
    conn.execute(
        "INSERT INTO copies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (c.doc_id, c.content_id, c.name, c.title, c.date, c.source, c.url, c.path,
         round(c.similarity, 3), c.added_at, c.added_by),
    )  # fmt: skip
    return True


def read_copies(conn: Connection) -> list[Copy]:
    rows = conn.execute(
        "SELECT doc_id, content_id, name, title, date, source, url, path, similarity, "
        "added_at, added_by FROM copies ORDER BY doc_id, added_at, name"
    )
    return [Copy(*r) for r in rows]


# ---- the finder ingest uses --------------------------------------------------------


@dataclass
class CopyFinder:
    """Finds, for each new document of one ingest, a stored or earlier new document it
    copies: as similar as ``rules.jaccard``, and stating nothing the other does not.
    ``lookup(keys) -> {bucket: {doc_id: (signature, () -> statements)}}`` searches the
    store."""

    lookup: Callable[[list[int]], dict[int, dict[str, Candidate]]]
    rules: CopyRules = field(default_factory=copy_rules)
    # the new documents not written yet, and their buckets (once written, the store
    # finds them: keeping them here would only grow the lists find walks and the heap
    # the garbage collector scans)
    _bands: dict[int, list[str]] = field(default_factory=dict)
    _new: dict[str, Candidate] = field(default_factory=dict)
    _new_keys: dict[str, list[int]] = field(default_factory=dict)
    # (keys, lookup(keys)) of the batch being written: see prefetch
    _prefetched: tuple[set[int], dict[int, dict[str, Candidate]]] | None = None

    def prefetch(self, keys: Iterable[int]) -> None:
        """Look up the buckets of a whole batch at once (on a database server, one
        query instead of one per document); ``find`` answers from it until the next
        ``prefetch``, so call it before each batch's ``find``s, before it is written."""
        wanted = set(keys)
        self._prefetched = (wanted, self.lookup(sorted(wanted))) if wanted else None

    def _stored(self, keys: list[int]) -> dict[str, Candidate]:
        ahead = self._prefetched
        by_bucket = ahead[1] if ahead is not None and ahead[0].issuperset(keys) else None
        if by_bucket is None:
            by_bucket = self.lookup(keys)
        found: dict[str, Candidate] = {}
        for key in keys:
            found.update(by_bucket.get(key, {}))
        return found

    def find(
        self,
        doc_id: str,
        sig: np.ndarray,
        said: Callable[[], Statements],
        keys: Sequence[int] | None = None,
    ) -> tuple[str, float] | None:
        """(stored or new id, similarity) of the document this one copies, else None
        (then this one is remembered as new until ``written``). ``said()``: what the
        document states (``statements_of`` its rows), asked only of a near one;
        ``keys``: its ``band_keys`` when already computed."""
        said = _once(said)
        keys = list(keys) if keys is not None else band_keys(sig, self.rules)
        candidates = self._stored(keys)
        for key in keys:  # new documents not written yet (written ones are in the store)
            for other in self._bands.get(key, ()):
                if other not in candidates and other in self._new:
                    candidates[other] = self._new[other]
        candidates.pop(doc_id, None)
        for sim, other in _most_similar(sig, candidates, self.rules.jaccard):
            if said() <= candidates[other][1]():
                return other, sim
        self._new[doc_id] = (sig, said)
        self._new_keys[doc_id] = keys
        for key in keys:
            self._bands.setdefault(key, []).append(doc_id)
        return None

    def written(self, doc_id: str) -> None:
        """The document is stored: from now on the store finds it."""
        self._new.pop(doc_id, None)
        for key in self._new_keys.pop(doc_id, ()):
            others = self._bands.get(key, [])
            if doc_id in others:
                others.remove(doc_id)
            if not others:
                self._bands.pop(key, None)


def _most_similar(
    sig: np.ndarray, candidates: dict[str, Candidate], threshold: float
) -> list[tuple[float, str]]:
    """(similarity, id) of the candidates at least ``threshold`` similar to ``sig``, most
    similar first (ties: the greater id first), as ``similarity`` estimates it; all
    compared at once, as one matrix (most documents have no candidate, many one)."""
    if not candidates:
        return []
    ids = [other for other, (s, _) in candidates.items() if len(s) == len(sig)]
    if not ids or not len(sig):  # a signature of other rules is not similar (similarity: 0)
        return []
    equal = np.stack([candidates[other][0] for other in ids]) == sig
    # the share of equal values, as np.mean computes it: count / length, rounded once
    shares = np.count_nonzero(equal, axis=1) / len(sig)
    return sorted(
        ((float(share), other) for share, other in zip(shares, ids, strict=True)
         if share >= threshold),
        reverse=True,
    )  # fmt: skip


def _once(compute: Callable[[], Statements]) -> Callable[[], Statements]:
    """``compute``, run at most once (a document's statements, asked of each near one)."""
    done: list[Statements] = []

    def value() -> Statements:
        if not done:
            done.append(compute())
        return done[0]

    return value
