"""Near-duplicate documents found at ingest: MinHash signatures (schema 4, 5).

A wire story republished with small edits has another content id, so the
exact check of ingest lets it through. Here each new document gets a MinHash
signature of its word shingles, stored with it (``minhash`` table); its LSH
bands (groups of signature rows, hashed) are looked up in an index of the
stored signatures that the ingest keeps in memory (``copy_finder.py``), so
a look-up costs the same for a store of ten documents or of a million; a
candidate whose estimated Jaccard
similarity reaches the threshold, and whose statements include every
statement of the new one (what a document states: its signals' types and
actors; targets are left out, as the reading of "both sides" may shift with
a lead paragraph more), makes the new document a **copy**: it is analysed like
any other (the writer computes its signature, ``ingest.py``) but not stored, and
its name, title, date, outlet and URL are listed with the stored
document (``copies`` table). The statement check is there because shingles
cannot tell a republished story from an updated one (a wire story rewritten
with a new lead paragraph over the old text is 90 % the same on a long story):
an update that reports a signal the stored text lacks (another type, actor or
targets) is stored and analysed as a document of its own, so nothing it says
is lost. The thresholds are data (``[copies]`` in
``analysis/events/rules.toml``); ``scripts/copy_pairs.py`` measures them.

Signatures are stable across processes (CRC-32 of each shingle, fixed
permutations), stored as hex text (the trash keeps rows as JSON). This module
computes them and holds the SQL; ``copy_finder.py`` decides what is a copy.
"""

from __future__ import annotations

import re
import tomllib
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
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
# Schema version 4 -> 5: no stored LSH buckets. Each ingest indexes the stored
# signatures in memory (``copy_finder.py``): 16 rows per document inserted at random
# places of a large index cost the writer more than all the look-ups they served.
MIGRATION_5 = """
DROP INDEX IF EXISTS minhash_bands_doc;
DROP TABLE IF EXISTS minhash_bands;
"""
MIGRATIONS: dict[int, str] = {4: MIGRATION_4, 5: MIGRATION_5}


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
# lowercase ASCII: what a word is made of stays, all else becomes a space
_ASCII_WORD_BYTES = b"abcdefghijklmnopqrstuvwxyz0123456789'"
_ASCII_SPACES = bytes(i if i in _ASCII_WORD_BYTES else 32 for i in range(256))


def _ascii_words(lowered: bytes) -> list[bytes]:
    """``_ASCII_WORD.findall`` of lowercase ASCII text, faster: the text split at what
    no word holds, and only a piece with an apostrophe read by the pattern (which
    takes apart "'s'", "rock'n'roll'" and the like as it would in the whole text)."""
    words: list[bytes] = []
    for piece in lowered.translate(_ASCII_SPACES).split():
        if 39 in piece:  # '
            words += _ASCII_WORD.findall(piece)
        else:
            words.append(piece)
    return words


def signature(text: str, rules: CopyRules) -> np.ndarray:
    """The MinHash signature (uint32 values) of a text's word shingles."""
    lowered = text.lower().replace("’", "'")
    if lowered.isascii():  # most news: the same words, found as bytes, none encoded alone
        w = _ascii_words(lowered.encode()) or [b""]
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
    return (np.minimum.reduce(hashed, axis=0) >> np.uint64(32)).astype(np.uint32)


def band_keys(sig: np.ndarray, rules: CopyRules) -> list[int]:
    """The LSH buckets of a signature: for each band, its number in the high 32 bits
    and a hash of its rows' values in the low 32 bits."""
    return band_keys_of(sig.reshape(1, -1), rules)[0].tolist()


def band_keys_of(sigs: np.ndarray, rules: CopyRules) -> np.ndarray:
    """``band_keys`` of each row of a matrix of signatures, as a matrix (uint64)."""
    rows = sigs.reshape(len(sigs), rules.bands, rules.permutations // rules.bands)
    rows = rows.astype(np.uint64)
    mixed = (rows * _band_multipliers(rows.shape[2])).sum(axis=2) >> np.uint64(32)
    return (np.arange(rules.bands, dtype=np.uint64) << np.uint64(32)) | mixed


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


def from_texts(texts: Sequence[str], length: int) -> np.ndarray:
    """The signatures of ``to_text`` strings of ``length`` values each, as a matrix."""
    data = bytes.fromhex("".join(texts))
    return np.frombuffer(data, dtype=">u4").astype(np.uint32).reshape(len(texts), length)


# ---- SQL (inside the backend's connection) -----------------------------------------


def save_signatures(conn: Connection, signed: list[tuple[str, str]]) -> None:
    """Store (doc_id, signature hex) with their documents (the LSH buckets are not
    stored: each ingest indexes the signatures in memory, ``copy_finder.py``)."""
    conn.executemany(upsert("minhash", ("doc_id", "signature"), ("doc_id",)), signed)


def stored_signatures(conn: Connection, ids: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """(doc_id, signature hex) of these stored documents (all when None); an id that is
    not stored is left out."""
    if ids is None:
        return conn.execute("SELECT doc_id, signature FROM minhash").fetchall()
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    sql = f"SELECT doc_id, signature FROM minhash WHERE doc_id IN ({marks})"
    return conn.execute(sql, list(ids)).fetchall()


def changes_since(
    conn: Connection, seq: int | None, own: int = 0
) -> tuple[int, list[tuple[str, str]]]:
    """(the activity log's last line, [(action, doc_id)] of the lines after ``seq``).

    Every change of a document is logged in its own transaction, and writers take
    turns, so the lines after ``seq`` name every document stored, removed, restored
    or re-analysed since; with ``seq`` None, only where the log stands. ``own``: how
    many of those lines the caller wrote itself; when there are no others, none is
    returned (no one else changed anything)."""
    if seq is None:
        return conn.execute("SELECT coalesce(max(seq), 0) FROM activity").fetchone()[0], []
    count, last = conn.execute(
        "SELECT count(*), coalesce(max(seq), ?) FROM activity WHERE seq > ?", (seq, seq)
    ).fetchone()
    if count <= own:
        return last, []
    rows = conn.execute(
        "SELECT seq, action, doc_id FROM activity WHERE seq > ? ORDER BY seq", (seq,)
    ).fetchall()
    return (rows[-1][0] if rows else seq), [(action, doc) for _, action, doc in rows if doc]


Statements = frozenset[tuple[str, str]]  # (type, actor) of a document's signals


def stored_statements(conn: Connection, ids: Sequence[str]) -> dict[str, Statements]:
    """What each of these stored documents states (one query for all)."""
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    said: dict[str, set[tuple[str, str]]] = {doc_id: set() for doc_id in ids}
    for doc_id, signal, actor in conn.execute(
        f"SELECT doc_id, signal, actor FROM signals WHERE doc_id IN ({marks})", list(ids)
    ):
        said[doc_id].add((signal, actor))
    return {doc_id: frozenset(s) for doc_id, s in said.items()}


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
