"""How alike two evidence sentences or two documents are: plain set measures over words.

``content_words`` keeps the words that carry a statement (lowercased, without
stopwords and without the names the grouping key already shares);
``overlap`` is the share of the smaller set found in the larger (a paraphrase
that drops a clause still matches); ``shingles`` and ``jaccard`` compare whole
documents by their overlapping runs of words, the usual test for a republished
story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from analysis.lexicon import read_lines

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@cache
def stopwords() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lines("stopwords.txt"))


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in WORD.findall(text or "")]


def _stem(word: str) -> str:
    """A light suffix strip so "calls"/"called"/"calling" and "talks"/"talk" meet."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def content_words(text: str, names: Iterable[str] = ()) -> frozenset[str]:
    """The stems of a sentence's content words, without stopwords and the words of ``names``."""
    leave_out = stopwords() | {w for n in names for w in words(n)}
    return frozenset(_stem(w) for w in words(text) if w not in leave_out and not w.isdigit())


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """|a & b| / min(|a|, |b|): 1.0 when one set holds the other; 0.0 when either is empty."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def shingles(text: str, size: int) -> frozenset[int]:
    """Hashes of the document's runs of ``size`` words."""
    w = words(text)
    if len(w) < size:
        return frozenset({hash(tuple(w))}) if w else frozenset()
    return frozenset(hash(tuple(w[i : i + size])) for i in range(len(w) - size + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
