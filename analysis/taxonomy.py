"""The signal taxonomy (SIGNALS.md), read from ``data/taxonomy.toml``.

One place says what the eight signal types are, how they are named and
coloured, which codes and scores they carry, which of them draw arrows in the
relations network and what counts as hedged; the analyser, the dashboard and
the documentation tests all read it from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.knowledge import DataFileError, require_keys
from analysis.lexicon import read_toml

FILE = "taxonomy.toml"
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True, slots=True)
class SignalType:
    id: str
    label: str
    colour: str
    network: bool
    cameo: str
    plover: str
    score: float
    describes: str
    # the PLOVER type when the actor is itself a party to the fighting (SIGNALS.md)
    party_plover: str = ""


@dataclass(frozen=True, slots=True)
class Taxonomy:
    types: tuple[SignalType, ...]
    hedged_below: float  # a signal with a lower confidence is hedged

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.types)

    def __getitem__(self, signal_id: str) -> SignalType:
        for t in self.types:
            if t.id == signal_id:
                return t
        raise KeyError(signal_id)

    @property
    def labels(self) -> dict[str, str]:
        return {t.id: t.label for t in self.types}

    @property
    def colours(self) -> dict[str, str]:
        return {t.id: t.colour for t in self.types}

    @property
    def network_types(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.types if t.network)


@cache
def taxonomy() -> Taxonomy:
    return parse_taxonomy(read_toml(FILE))


def parse_taxonomy(data: dict) -> Taxonomy:
    """The taxonomy from the parsed TOML, checked entry by entry."""
    require_keys(data, FILE, "top level", {"hedged": dict, "signal": list})
    require_keys(data["hedged"], FILE, "[hedged]", {"confidence_below": (int, float)})
    hedged = float(data["hedged"]["confidence_below"])
    if not 0 <= hedged <= 1:
        raise DataFileError(FILE, "[hedged]", "confidence_below must lie between 0 and 1")
    types: list[SignalType] = []
    for k, entry in enumerate(data["signal"], start=1):
        where = f"[[signal]] number {k}" + (f" ('{entry['id']}')" if "id" in entry else "")
        require_keys(
            entry,
            FILE,
            where,
            {
                "id": str,
                "label": str,
                "colour": str,
                "network": bool,
                "cameo": str,
                "plover": str,
                "score": (int, float),
                "describes": str,
            },
            {"party_plover": str},
        )
        if not _COLOUR.fullmatch(entry["colour"]):
            raise DataFileError(FILE, where, f"colour '{entry['colour']}' is not #RRGGBB")
        if not -10 <= entry["score"] <= 10:
            raise DataFileError(FILE, where, "score must lie on the Goldstein scale, -10 to 10")
        if any(t.id == entry["id"] for t in types):
            raise DataFileError(FILE, where, f"the id '{entry['id']}' is given twice")
        types.append(SignalType(**{**entry, "score": float(entry["score"])}))
    if len({t.colour.lower() for t in types}) < len(types):
        raise DataFileError(FILE, "[[signal]]", "two types share a colour")
    return Taxonomy(tuple(types), hedged)
