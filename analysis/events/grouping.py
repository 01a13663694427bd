"""Signals grouped into events: one statement, however many outlets report it.

``assign_events(mentions, texts)`` gives each mention (a signal with its
document) an event id; ``event_rows`` makes one row per event with its number
of mentions, its dates and its outlets. The rules and thresholds are data
(``rules.toml`` beside this module, read by ``event_rules``).

Work grows with the mentions that share an actor, a type and targets within
the window, not with the corpus: mentions are bucketed by that key and only
neighbours in date order are compared.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from analysis.events.similarity import content_words, jaccard, overlap, shingles
from analysis.knowledge import DataFileError, require_keys

RULES_FILE = Path(__file__).with_name("rules.toml")


@dataclass(frozen=True, slots=True)
class EventRules:
    window_days: int = 3
    evidence_overlap: float = 0.5
    document_jaccard: float = 0.6
    shingle_words: int = 5
    same_document: bool = True


def parse_rules(data: dict, file: str = "events/rules.toml") -> EventRules:
    """The rules from the parsed TOML, checked."""
    require_keys(data, file, "top level", {"event": dict}, {"copies": dict})
    e = data["event"]
    require_keys(
        e, file, "[event]",
        {"window_days": int, "evidence_overlap": (int, float), "document_jaccard": (int, float),
         "shingle_words": int, "same_document": bool},
    )  # fmt: skip
    for key in ("evidence_overlap", "document_jaccard"):
        if not 0 < e[key] <= 1:
            raise DataFileError(file, "[event]", f"{key} must lie in (0, 1]")
    if e["window_days"] < 0 or e["shingle_words"] < 1:
        raise DataFileError(file, "[event]", "window_days must be >= 0, shingle_words >= 1")
    return EventRules(**{**e, "evidence_overlap": float(e["evidence_overlap"]),
                         "document_jaccard": float(e["document_jaccard"])})  # fmt: skip


@cache
def event_rules() -> EventRules:
    with open(RULES_FILE, "rb") as f:
        return parse_rules(tomllib.load(f))


@dataclass(frozen=True, slots=True)
class Mention:
    """What grouping needs of one signal: its id, document, key, date and evidence."""

    signal_id: str
    doc_id: str
    signal: str
    actor: str
    affiliation: str
    targets: tuple[str, ...]
    date: str | None
    sentence: str
    cue: str = ""  # the words that made it a signal: shared by every statement of the type


def _day(date: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(date)[:10]) if date else None
    except ValueError:
        return None


def assign_events(
    mentions: Sequence[Mention],
    texts: Mapping[str, str] | Callable[[str], str],
    rules: EventRules | None = None,
) -> list[str]:
    """The event id of each mention (the signal id of the event's earliest mention).

    ``texts`` gives a document's text by id (only read to compare documents).
    """
    rules = rules or event_rules()
    text_of = texts if callable(texts) else texts.get
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    words_of: dict[int, frozenset[str]] = {}
    shingles_of: dict[str, frozenset[int]] = {}

    def evidence(i: int) -> frozenset[str]:
        if i not in words_of:
            m = mentions[i]
            names = (m.actor, m.affiliation, *m.targets, m.cue)
            words_of[i] = content_words(m.sentence, names)
        return words_of[i]

    def document(doc_id: str) -> frozenset[int]:
        if doc_id not in shingles_of:
            shingles_of[doc_id] = shingles(text_of(doc_id) or "", rules.shingle_words)
        return shingles_of[doc_id]

    def same_event(i: int, j: int) -> bool:
        a, b = mentions[i], mentions[j]
        if a.doc_id == b.doc_id:
            return (
                rules.same_document or overlap(evidence(i), evidence(j)) >= rules.evidence_overlap
            )
        if overlap(evidence(i), evidence(j)) >= rules.evidence_overlap:
            return True
        return jaccard(document(a.doc_id), document(b.doc_id)) >= rules.document_jaccard

    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        buckets[(m.actor, m.signal, tuple(sorted(m.targets)))].append(i)
    window = dt.timedelta(days=rules.window_days)
    for members in buckets.values():
        if len(members) < 2:
            continue
        dated = sorted((d, i) for i in members if (d := _day(mentions[i].date)) is not None)
        for k, (day, i) in enumerate(dated):
            for day2, j in dated[k + 1 :]:
                if day2 - day > window:
                    break
                if find(i) != find(j) and same_event(i, j):
                    union(i, j)
        undated = [i for i in members if _day(mentions[i].date) is None]
        for k, i in enumerate(undated):  # undated: only within their own document
            for j in undated[k + 1 :]:
                if mentions[i].doc_id == mentions[j].doc_id and same_event(i, j):
                    union(i, j)
    return [mentions[find(i)].signal_id for i in range(len(mentions))]


EVENT_COLUMNS = (
    "event_id", "signal", "actor", "actor_type", "affiliation", "targets", "first_date",
    "last_date", "mentions", "documents", "copies", "outlets", "doc_ids", "sentence",
)  # fmt: skip


def event_rows(
    records: Sequence[Mapping], copies: Mapping[str, Sequence[str]] | None = None
) -> list[dict]:
    """One row per event from signal records that carry ``event_id`` (in order of
    first mention): its key, first and last date, number of mentions and of
    documents, the outlets and documents, and the first mention's evidence.

    ``copies`` maps a record's ``doc_id`` to the outlets of the near-duplicate
    copies listed with that document (a republished story): they count in
    ``copies`` and their outlets are listed too."""
    copies = copies or {}
    events: dict[str, dict] = {}
    for r in records:
        e = events.get(r["event_id"])
        if e is None:
            e = events[r["event_id"]] = {
                "event_id": r["event_id"], "signal": r["signal"], "actor": r["actor"],
                "actor_type": r.get("actor_type"), "affiliation": r.get("affiliation"),
                "targets": list(r.get("targets") or ()), "first_date": r.get("date"),
                "last_date": r.get("date"), "mentions": 0, "documents": 0, "copies": 0,
                "outlets": [],
                "doc_ids": [], "sentence": r.get("sentence"),
            }  # fmt: skip
        e["mentions"] += 1
        date = r.get("date")
        if date and (e["first_date"] is None or date < e["first_date"]):
            e["first_date"] = date
        if date and (e["last_date"] is None or date > e["last_date"]):
            e["last_date"] = date
        if r.get("source") and r["source"] not in e["outlets"]:
            e["outlets"].append(r["source"])
        if r["doc_id"] not in e["doc_ids"]:
            e["doc_ids"].append(r["doc_id"])
            e["documents"] += 1
            for outlet in copies.get(r["doc_id"], ()):
                e["copies"] += 1
                if outlet and outlet not in e["outlets"]:
                    e["outlets"].append(outlet)
    return list(events.values())
