"""Near-duplicate documents found at ingest: MinHash signatures and LSH bands (schema 4).

A wire story republished with small edits has another content id, so the
exact check of ingest lets it through. Here each new document gets a MinHash
signature of its word shingles; its bands (groups of signature rows, hashed)
are looked up in an index table, so finding candidates costs the same for a
store of ten documents or of a million; a candidate whose estimated Jaccard
similarity reaches the threshold, and whose statements include every
statement of the new one, makes the new document a **copy**: it is not stored
again, and its name, title, date, outlet and URL are listed with the stored
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

import sqlite3
import tomllib
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from analysis.events.grouping import RULES_FILE
from analysis.events.similarity import words
from analysis.knowledge import DataFileError, require_keys
from analysis.load import document_from_text
from analysis.pipeline import analyze_document

MIGRATION_4 = """
CREATE TABLE IF NOT EXISTS minhash (
    doc_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature TEXT NOT NULL             -- hex of the uint32 MinHash values
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS minhash_bands (
    band   INTEGER NOT NULL,
    key    INTEGER NOT NULL,            -- CRC-32 of the band's values
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, key, doc_id)
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


def signature(text: str, rules: CopyRules) -> np.ndarray:
    """The MinHash signature (uint32 values) of a text's word shingles."""
    w = words(text)
    k = rules.shingle_words
    grams = [" ".join(w[i : i + k]) for i in range(max(1, len(w) - k + 1))] if w else [""]
    x = np.fromiter((zlib.crc32(g.encode("utf-8")) for g in set(grams)), dtype=np.uint64)
    a, b = _permutations(rules.permutations)
    # multiply-shift hashing: (a * x + b) mod 2^64, its high 32 bits (a odd)
    hashed = (np.outer(x, a) + b) >> np.uint64(32)
    return hashed.min(axis=0).astype(np.uint32)


def band_keys(sig: np.ndarray, rules: CopyRules) -> list[tuple[int, int]]:
    rows = rules.permutations // rules.bands
    return [(band, zlib.crc32(sig[band * rows : (band + 1) * rows].tobytes()))
            for band in range(rules.bands)]  # fmt: skip


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the share of equal signature values."""
    return float(np.mean(a == b)) if len(a) == len(b) and len(a) else 0.0


def to_text(sig: np.ndarray) -> str:
    return sig.astype(">u4").tobytes().hex()


def from_text(text: str) -> np.ndarray:
    return np.frombuffer(bytes.fromhex(text), dtype=">u4").astype(np.uint32)


# ---- SQL (inside the backend's connection) -----------------------------------------


def save_signature(conn: sqlite3.Connection, doc_id: str, sig_text: str, rules: CopyRules) -> None:
    conn.execute("INSERT OR REPLACE INTO minhash VALUES (?, ?)", (doc_id, sig_text))
    conn.executemany(
        "INSERT OR IGNORE INTO minhash_bands VALUES (?, ?, ?)",
        [(band, key, doc_id) for band, key in band_keys(from_text(sig_text), rules)],
    )


def stored_candidates(
    conn: sqlite3.Connection, keys: list[tuple[int, int]]
) -> dict[str, tuple[np.ndarray, str]]:
    """Stored documents sharing a band with these keys: id -> (signature, text)."""
    ids: set[str] = set()
    for band, key in keys:
        ids.update(
            r[0] for r in conn.execute(
                "SELECT doc_id FROM minhash_bands WHERE band = ? AND key = ?", (band, key)
            )
        )  # fmt: skip
    out = {}
    for doc_id in ids:
        row = conn.execute(
            "SELECT m.signature, d.text FROM minhash m JOIN documents d ON d.id = m.doc_id "
            "WHERE m.doc_id = ?",
            (doc_id,),
        ).fetchone()
        if row:
            out[doc_id] = (from_text(row[0]), row[1])
    return out


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


def save_copy(conn: sqlite3.Connection, c: Copy) -> bool:
    """List a copy with its document; False when the document is not stored."""
    if not conn.execute("SELECT 1 FROM documents WHERE id = ?", (c.doc_id,)).fetchone():
        return False
    conn.execute(
        "INSERT OR IGNORE INTO copies VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (c.doc_id, c.content_id, c.name, c.title, c.date, c.source, c.url, c.path,
         round(c.similarity, 3), c.added_at, c.added_by),
    )  # fmt: skip
    return True


def read_copies(conn: sqlite3.Connection) -> list[Copy]:
    rows = conn.execute(
        "SELECT doc_id, content_id, name, title, date, source, url, path, similarity, "
        "added_at, added_by FROM copies ORDER BY doc_id, added_at, name"
    )
    return [Copy(*r) for r in rows]


# ---- the finder ingest uses --------------------------------------------------------


def statements(text: str) -> frozenset[tuple[str, str, tuple[str, ...]]]:
    """What a text states: the (type, actor, targets) of its signals."""
    analysis = analyze_document(document_from_text(text, "copy candidate"))
    return frozenset((s.signal, s.actor, s.targets) for s in analysis.signals)


def adds_statements(text: str, original: str) -> bool:
    """Whether ``text`` states something ``original`` does not."""
    return not statements(text) <= statements(original)


@dataclass
class CopyFinder:
    """Finds, for each new document of one ingest, a stored or earlier new document it
    copies. ``lookup(keys) -> {doc_id: (signature, text)}`` searches the store."""

    lookup: Callable[[list[tuple[int, int]]], dict[str, tuple[np.ndarray, str]]]
    rules: CopyRules = field(default_factory=copy_rules)
    signatures: dict[str, str] = field(default_factory=dict)  # new id -> hex, to write
    _bands: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    _new: dict[str, tuple[np.ndarray, str]] = field(default_factory=dict)

    def find(self, doc_id: str, text: str) -> tuple[str, float] | None:
        """(stored or new id, similarity) of the document this one copies, else None
        (then this one is remembered as new)."""
        sig = signature(text, self.rules)
        keys = band_keys(sig, self.rules)
        candidates = dict(self.lookup(keys))
        for key in keys:
            for other in self._bands.get(key, ()):
                candidates[other] = self._new[other]
        near = sorted(
            ((similarity(sig, s), other, other_text)
             for other, (s, other_text) in candidates.items() if other != doc_id),
            reverse=True,
        )  # fmt: skip
        for sim, other, other_text in near:
            if sim < self.rules.jaccard:
                break
            if not adds_statements(text, other_text):
                return other, sim
        self._new[doc_id] = (sig, text)
        for key in keys:
            self._bands.setdefault(key, []).append(doc_id)
        self.signatures[doc_id] = to_text(sig)
        return None

    def forget(self, doc_ids: Iterable[str]) -> None:
        """Documents that were not written after all (the analysis failed)."""
        for doc_id in doc_ids:
            self.signatures.pop(doc_id, None)
