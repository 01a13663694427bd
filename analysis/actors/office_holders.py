"""Who held which office when (``data/office_holders.csv``).

A name the text gives without saying whose it is ("Vladimir Putin and Recep
Tayyip Erdogan agreed ...") takes the affiliation of the office its bearer
held on the document's date, and its canonical spelling; names the text
introduces itself keep working without the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date
from functools import cache

from analysis.knowledge import DataFileError
from analysis.lexicon import read_csv
from analysis.models import Actor

FILE = "office_holders.csv"
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
_INITIAL = re.compile(r"[a-z]\.?")  # a middle initial, lower case: "j."


@dataclass(frozen=True, slots=True)
class Term:
    name: str  # canonical
    title: str
    affiliation: str
    start: str  # ISO dates; a holder is in office when start <= day < end
    end: str  # "" while in office


@cache
def _terms_by_name() -> dict[tuple[str, ...], tuple[Term, ...]]:
    """Lower-case name words (the canonical name and every alias) -> the terms, latest last."""
    by_name: dict[tuple[str, ...], list[Term]] = {}
    for k, row in enumerate(read_csv(FILE), start=1):
        where = f"row {k} ({row.get('name', '')!r})"
        for key in ("name", "title", "affiliation", "from"):
            if not row.get(key):
                raise DataFileError(FILE, where, f"'{key}' is empty")
        for key in ("from", "to"):
            if row.get(key) and not _ISO.fullmatch(row[key]):
                raise DataFileError(FILE, where, f"'{key}' is {row[key]!r}, not YYYY-MM-DD")
        term = Term(row["name"], row["title"], row["affiliation"], row["from"], row.get("to", ""))
        names = [row["name"], *(a for a in row.get("aliases", "").split("|") if a.strip())]
        for name in names:
            by_name.setdefault(tuple(name.lower().split()), []).append(term)
    return {key: tuple(sorted(terms, key=lambda t: t.start)) for key, terms in by_name.items()}


@cache
def name_firsts() -> frozenset[str]:
    """The first words (lower case, as tokens have them) of the names the table knows:
    a name that starts with no other is no office holder's."""
    firsts = set()
    for key in _terms_by_name():
        first = key[0].rstrip(".")
        firsts.update((first, first.replace("\u2019", "'")))
    return frozenset(firsts)


def office_holder(words: tuple[str, ...] | list[str], on: str | None) -> Actor | None:
    """The person these name words call, with the office held on the date ``on``
    (ISO; the latest office before it, or the latest of all, when none was held
    that day); None when the table does not know the name."""
    key = tuple(map(str.lower, words))
    terms = _terms_by_name().get(key)
    if not terms and len(key) > 2:
        # "Antony J. Blinken": the table writes names without middle initials
        middle = tuple(w for w in key[1:-1] if not _INITIAL.fullmatch(w))
        terms = _terms_by_name().get((key[0], *middle, key[-1]))
    if not terms:
        return None
    day = on if on and _ISO.fullmatch(on) else Date.today().isoformat()
    held = [t for t in terms if t.start <= day and (not t.end or day < t.end)]
    earlier = [t for t in terms if t.start <= day]
    term = (held or earlier or list(terms))[-1]
    return Actor(term.name, "person", term.affiliation, term.title)


@cache
def _terms_by_office() -> dict[tuple[str, str], tuple[Term, ...]]:
    """(title, affiliation), both normalised -> the terms of that office, earliest first."""
    by_office: dict[tuple[str, str], list[Term]] = {}
    for terms in _terms_by_name().values():
        for term in terms:
            key = (_office_key(term.title), term.affiliation)
            if term not in by_office.setdefault(key, []):
                by_office[key].append(term)
    return {key: tuple(sorted(terms, key=lambda t: t.start)) for key, terms in by_office.items()}


def _office_key(title: str) -> str:
    return " ".join(title.lower().replace("defense", "defence").split())


def holder_of(title: str, affiliation: str, on: str | None) -> Actor | None:
    """Who held this office on the date ``on`` ("the UN Secretary-General" in 2023 is
    Antonio Guterres); None without a date or when the table does not say."""
    if not on or not _ISO.fullmatch(on):
        return None
    terms = _terms_by_office().get((_office_key(title), affiliation), ())
    held = [t for t in terms if t.start <= on and (not t.end or on < t.end)]
    if len(held) != 1:
        return None  # nobody, or rivals (two governments) in the same office
    term = held[0]
    return Actor(term.name, "person", term.affiliation, term.title)


def holder_by_surname(surname: str, title: str, on: str | None) -> Actor | None:
    """The office holder of the table with this surname whose office this title names
    ("Secretary Blinken" is Antony Blinken, Secretary of State): the only one, or of
    several, the only one in that office on the date; None otherwise."""
    names = _surname_holders(surname.lower(), _office_key(title))
    name = _the_one_in_office(names, on)
    return office_holder(tuple(name.split()), on) if name else None


@cache
def _surname_holders(surname: str, title_key: str) -> tuple[str, ...]:
    words = set(title_key.split())
    found = {
        terms[-1].name
        for key, terms in _terms_by_name().items()
        if key[-1] == surname and any(words <= set(_office_key(t.title).split()) for t in terms)
    }
    return tuple(sorted(found))


@cache
def surnames() -> dict[str, tuple[str, ...]]:
    """Lower-case surname -> the canonical names of the table that end with it (several
    for a shared surname: "Bush", "Ali")."""
    found: dict[str, set[str]] = {}
    for key, terms in _terms_by_name().items():
        found.setdefault(key[-1], set()).update(t.name for t in terms)
    return {s: tuple(sorted(names)) for s, names in found.items() if len(s) > 3}


def surname_holder(surname: str, on: str | None) -> str | None:
    """The person a surname alone names: the only bearer of the table, or of several
    ("Bush" in 1991 and in 2003), the only one holding an office on the date."""
    return _the_one_in_office(surnames().get(surname, ()), on)


_BEFORE_OFFICE_YEARS = 10  # how long before a first office a person may be in the news


def _the_one_in_office(names: tuple[str, ...], on: str | None) -> str | None:
    dated = bool(on and _ISO.fullmatch(on))
    if dated:
        # "Johnson" in 1965 is no one who first took office decades later
        horizon = f"{int(on[:4]) + _BEFORE_OFFICE_YEARS}{on[4:]}"
        names = tuple(n for n in names if any(t.start <= horizon for t in _terms_of(n)))
    if len(names) <= 1:
        return names[0] if names else None
    if not dated:
        return None
    serving = [n for n in names if any(t.start <= on < (t.end or "9999") for t in _terms_of(n))]
    return serving[0] if len(serving) == 1 else None


@cache
def _terms_of(name: str) -> tuple[Term, ...]:
    return _terms_by_name().get(tuple(name.lower().split()), ())


def is_office_holder_name(words: tuple[str, ...] | list[str]) -> bool:
    return tuple(w.lower() for w in words) in _terms_by_name()
