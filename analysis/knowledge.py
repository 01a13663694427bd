"""Checking knowledge files against their schema as they are read.

Every data file under ``analysis/data/`` is written by people, so a typo must
stop the analyser with a sentence that names the file, the entry and what is
wrong, rather than silently find nothing. ``DataFileError`` is that sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


class DataFileError(ValueError):
    """A knowledge file does not follow its schema."""

    def __init__(self, file: str, where: str, problem: str):
        super().__init__(
            f"analysis/data/{file}, {where}: {problem}. Correct the file and run again."
        )
        self.file = file
        self.where = where
        self.problem = problem


def require_keys(
    entry: Mapping,
    file: str,
    where: str,
    types: Mapping[str, type | tuple[type, ...]],
    optional: Mapping[str, type | tuple[type, ...]] | None = None,
) -> None:
    """Check that ``entry`` has each key of ``types`` with a value of that type,
    and no keys beyond ``types`` and ``optional``."""
    optional = optional or {}
    for key in types:
        if key not in entry:
            raise DataFileError(file, where, f"'{key}' is missing")
    for key, value in entry.items():
        kind = types.get(key) or optional.get(key)
        if kind is None:
            known = ", ".join(sorted({*types, *optional}))
            raise DataFileError(file, where, f"unknown key '{key}' (known keys: {known})")
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise DataFileError(
                file, where, f"'{key}' is {value!r}, which is not {_kind_name(kind)}"
            )


def require_known(value: str, known: Iterable[str], file: str, where: str, what: str) -> None:
    """Check that a name refers to something defined elsewhere."""
    known = set(known)
    if value not in known:
        raise DataFileError(
            file, where, f"{what} '{value}' is not defined (defined: {', '.join(sorted(known))})"
        )


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {
        str: "a string",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "a table",
    }
    return " or ".join(names.get(k, k.__name__) for k in kinds)
