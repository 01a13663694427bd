"""Which language a text is in: the analysis is English-only, so others are flagged."""

from __future__ import annotations

import re
from itertools import islice

from analysis.load.wordlists import function_words, scripts

ENGLISH_ONLY = "analysis is English-only for now"


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short to tell.

    A cheap test, made to cost little next to loading: the share of function
    words per language (data/documents_function_words.toml) in a sample, and
    the script of the letters for non-Latin alphabets (both in
    data/documents_function_words.toml).
    """
    lists, _ = function_words()
    english_words = lists["en"]
    # Fast path, most texts: plain split of a stretch of body text (a third of
    # the way in, past headline and date line), no lower-casing.
    middle = max(0, min(len(text) // 3, len(text) - 250))
    head = text[middle : middle + 250].split()
    if len(head) >= 12:
        # counted in two halves: in English the first usually suffices
        need = 0.15 * len(head)
        half = len(head) // 2
        found = sum(map(english_words.__contains__, islice(head, half)))
        if found >= need or found + sum(map(english_words.__contains__, head[half:])) >= need:
            return "en"
    sample = text[:1200].lower()
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 20:
        return None
    foreign = [c for c in letters if ord(c) > 0x24F]
    if len(foreign) > len(letters) / 2:
        return _script_language(foreign, sample)
    words = _WORD.findall(sample)
    if len(words) < 12:
        return None
    english = sum(map(english_words.__contains__, words)) / len(words)
    if english >= 0.15:
        return "en"
    shares = {
        lang: sum(map(vocab.__contains__, words)) / len(words) for lang, vocab in lists.items()
    }
    best = max(shares, key=shares.__getitem__)
    if best != "en" and shares[best] >= 0.12 and shares[best] > 1.5 * english:
        return best
    return "en" if english >= 0.1 else None


def _script_language(foreign: list[str], sample: str) -> str | None:
    ranges, letters = scripts()
    counts: dict[str, int] = {}
    for c in foreign:
        cp = ord(c)
        for lo, hi, code in ranges:
            if lo <= cp <= hi:
                counts[code] = counts.get(code, 0) + 1
                break
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    for code, (script, marks) in letters.items():
        if best == script and any(c in sample for c in marks):
            return code
    # Japanese writes Chinese characters too, but Chinese no kana
    if best == "zh" and counts.get("ja"):
        return "ja"
    return best


def language_warning(code: str) -> str:
    name = function_words()[1].get(code, code)
    return (
        f"the text looks like {name} ('{code}'), not English; {ENGLISH_ONLY}, "
        "so few or no signals will be found"
    )
