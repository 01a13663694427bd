"""Reading the knowledge files under ``analysis/data/``.

Lexicons, gazetteers and title lists are data that a domain expert can read
and extend; this module only reads them. Lines starting with ``#`` are
comments in every format.
"""

from __future__ import annotations

import csv
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("analysis") / "data"))


def data_path(name: str) -> Path:
    return DATA_DIR / name


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a text file, stripped."""
    lines = data_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(s for s in (line.strip() for line in lines) if s and not s.startswith("#"))


@cache
def read_csv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a CSV file with a header line, as dicts of stripped strings."""
    with data_path(name).open(encoding="utf-8", newline="") as f:
        rows = (line for line in f if line.strip() and not line.lstrip().startswith("#"))
        return tuple(
            {k.strip(): (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(rows)
        )


@cache
def read_toml(name: str) -> dict:
    with data_path(name).open("rb") as f:
        return tomllib.load(f)
