"""The loader's word lists, read from the knowledge files under ``analysis/data/``.

``documents_layout.toml`` holds the words that tell a headline, date line,
outlet or caption apart; ``documents_function_words.toml`` the function words
that tell English from other languages. Both are checked as they are read, so
a typo stops the loader with a ``DataFileError`` naming the file and entry
instead of quietly matching nothing (or, for an empty word, everything).
"""

from __future__ import annotations

from functools import cache

from analysis.knowledge import DataFileError, require_keys, require_known
from analysis.lexicon import read_toml

LAYOUT_FILE = "documents_layout.toml"
FUNCTION_WORDS_FILE = "documents_function_words.toml"
LAYOUT_LISTS = (
    "date_words",
    "date_line_starts",
    "time_zones",
    "document_labels",
    "issuer_words",
    "photo_agencies",
    "credit_labels",
    "byline_starts",
    "title_case_connectors",
)


@cache
def layout_words() -> dict:
    return check_layout(read_toml(LAYOUT_FILE))


@cache
def function_words() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    data = check_function_words(read_toml(FUNCTION_WORDS_FILE))
    return {k: frozenset(v) for k, v in data["words"].items()}, data["names"]


@cache
def scripts() -> tuple[tuple[tuple[int, int, str], ...], dict[str, tuple[str, str]]]:
    """(first, last code point, language) per script, and per language told
    apart by its letters, (the script's language, those letters)."""
    data = check_function_words(read_toml(FUNCTION_WORDS_FILE))
    ranges = tuple((lo, hi, code) for code, (lo, hi) in data["scripts"].items())
    letters = {code: (e["script"], e["letters"]) for code, e in data["letters"].items()}
    return ranges, letters


def check_layout(data: dict) -> dict:
    """``data`` (the parsed layout file) when it follows its schema; else DataFileError."""
    require_keys(
        data, LAYOUT_FILE, "top level", {**dict.fromkeys(LAYOUT_LISTS, list), "months": list}
    )
    for key in LAYOUT_LISTS:
        _require_words(data[key], LAYOUT_FILE, key)
    _check_months(data["months"])
    return data


def _check_months(months: list) -> None:
    if len(months) != 12:
        raise DataFileError(LAYOUT_FILE, "months", f"{len(months)} months are listed, not 12")
    seen: dict[str, int] = {}
    for n, names in enumerate(months, start=1):
        where = f"months, entry {n}"
        if not isinstance(names, list) or not names:
            raise DataFileError(LAYOUT_FILE, where, f"{names!r} is not a list of spellings")
        _require_words(names, LAYOUT_FILE, where)
        for name in names:
            # a date pattern is built from these, and a date read back through them
            if not name.isalpha():
                raise DataFileError(LAYOUT_FILE, where, f"'{name}' is not only letters")
            if name.lower() in seen:
                raise DataFileError(
                    LAYOUT_FILE, where, f"'{name}' is also a spelling of month {seen[name.lower()]}"
                )
            seen[name.lower()] = n


def check_function_words(data: dict) -> dict:
    """``data`` (the parsed function-word file) when it follows its schema; else DataFileError."""
    file = FUNCTION_WORDS_FILE
    require_keys(
        data, file, "top level", {"names": dict, "words": dict, "scripts": dict, "letters": dict}
    )
    for code, name in data["names"].items():
        if not isinstance(name, str) or not name.strip():
            raise DataFileError(file, f"[names] {code}", f"{name!r} is not a language name")
    # English is what every text is measured against
    require_known("en", data["words"], file, "[words]", "the word list")
    for code, words in data["words"].items():
        where = f"[words] {code}"
        require_known(code, data["names"], file, where, "the language code")
        if not isinstance(words, list):
            raise DataFileError(file, where, f"{words!r} is not a list of words")
        _require_words(words, file, where)
    for code, span in data["scripts"].items():
        where = f"[scripts] {code}"
        require_known(code, data["names"], file, where, "the language code")
        if (
            not isinstance(span, list)
            or len(span) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in span)
            or not 0 <= span[0] <= span[1] <= 0x10FFFF
        ):
            raise DataFileError(
                file, where, f"{span!r} is not [first, last] code point, like [0x0600, 0x06FF]"
            )
    for code, entry in data["letters"].items():
        where = f"[letters] {code}"
        require_known(code, data["names"], file, where, "the language code")
        if not isinstance(entry, dict):
            raise DataFileError(file, where, f"{entry!r} is not a table")
        require_keys(entry, file, where, {"script": str, "letters": str})
        require_known(entry["script"], data["scripts"], file, where, "the script")
        if not entry["letters"].strip():
            raise DataFileError(file, where, "'letters' is empty")
    return data


def _require_words(words: list, file: str, where: str) -> None:
    for k, word in enumerate(words, start=1):
        entry = f"{where}, entry {k}"
        if not isinstance(word, str):
            raise DataFileError(file, entry, f"{word!r} is not a string")
        if not word.strip():
            raise DataFileError(file, entry, "the entry is empty")
        if word != word.strip():
            raise DataFileError(file, entry, f"'{word}' has spaces at its start or end")
