"""The loader's word lists, read from the knowledge files under ``analysis/data/``.

``documents_layout.toml`` holds the words that tell a headline, date line,
outlet or caption apart; ``documents_function_words.toml`` the function words
that tell English from other languages.
"""

from __future__ import annotations

from functools import cache

from analysis.lexicon import read_toml


@cache
def layout_words() -> dict:
    return read_toml("documents_layout.toml")


@cache
def function_words() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    data = read_toml("documents_function_words.toml")
    return {k: frozenset(v) for k, v in data["words"].items()}, data["names"]
