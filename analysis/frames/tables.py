"""Corpus results as pandas DataFrames: the shape every consumer reads.

Column names are a public interface (dashboard, CLI, store, tests).
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from analysis.models import SIGNAL_TYPES
from analysis.output import RECORD_COLUMNS, signal_record
from analysis.pipeline import Corpus

# One row per signal: the output contract's record plus the document's title.
SIGNAL_COLUMNS = [*RECORD_COLUMNS, "title"]
DOCUMENT_COLUMNS = [
    "doc_id",
    "title",
    "date",
    "source",
    "url",
    "path",
    "chars",
    "sentences",
    "signals",
    "language",
    "warnings",
]
ACTOR_COLUMNS = [
    "actor",
    "actor_type",
    "affiliation",
    "title",
    "mentions",
    "documents",
    "signals",
]
MENTION_COLUMNS = [
    "doc_id",
    "actor",
    "actor_type",
    "affiliation",
    "start",
    "end",
    "text",
    "how",
]


def signals_frame(corpus: Corpus) -> pd.DataFrame:
    """One row per signal; ``targets`` is a list of names."""
    rows = []
    for a in corpus.analyses:
        for s in a.signals:
            row = signal_record(s)
            row["title"] = a.document.title
            rows.append(row)
    return pd.DataFrame(rows, columns=SIGNAL_COLUMNS)


def documents_frame(corpus: Corpus) -> pd.DataFrame:
    rows = [
        {
            "doc_id": d.id,
            "title": d.title,
            "date": d.date,
            "source": d.source,
            "url": d.url,
            "path": d.path,
            "chars": len(d.text),
            "sentences": len(a.sentences),
            "signals": len(a.signals),
            "language": d.language,
            "warnings": list(d.warnings),
        }
        for a in corpus.analyses
        for d in [a.document]
    ]
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def mentions_frame(corpus: Corpus) -> pd.DataFrame:
    rows = [
        {
            "doc_id": a.document.id,
            "actor": m.actor.name,
            "actor_type": m.actor.type,
            "affiliation": m.actor.affiliation,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "how": m.how,
        }
        for a in corpus.analyses
        for m in a.mentions
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def actors_frame(corpus: Corpus) -> pd.DataFrame:
    """Every recognised actor with mention, document and signal counts."""
    info: dict[str, tuple] = {}
    mentions: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    signals: Counter[str] = Counter()
    for a in corpus.analyses:
        for m in a.mentions:
            info.setdefault(m.actor.name, (m.actor.type, m.actor.affiliation, m.actor.title))
            mentions[m.actor.name] += 1
            docs[m.actor.name].add(a.document.id)
        for s in a.signals:
            info.setdefault(s.actor, (s.actor_type, s.affiliation, None))
            signals[s.actor] += 1
            docs[s.actor].add(a.document.id)
    rows = [
        {
            "actor": name,
            "actor_type": t,
            "affiliation": aff,
            "title": title,
            "mentions": mentions[name],
            "documents": len(docs[name]),
            "signals": signals[name],
        }
        for name, (t, aff, title) in info.items()
    ]
    df = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    return df.sort_values(["mentions", "actor"], ascending=[False, True], ignore_index=True)


def stance_frame(corpus: Corpus) -> pd.DataFrame:
    """Per actor: signal counts per type, total, and mean cooperation score."""
    sig = signals_frame(corpus)
    columns = ["actor", "actor_type", "affiliation", *SIGNAL_TYPES, "signals", "mean_score"]
    if sig.empty:
        return pd.DataFrame(columns=columns)
    counts = (
        sig.pivot_table(index="actor", columns="signal", values="doc_id", aggfunc="count")
        .reindex(columns=list(SIGNAL_TYPES))
        .fillna(0)
        .astype(int)
    )
    meta = sig.groupby("actor").agg(
        actor_type=("actor_type", "first"),
        affiliation=("affiliation", "first"),
        signals=("signal", "size"),
        mean_score=("score", "mean"),
    )
    out = meta.join(counts).reset_index()
    out["mean_score"] = out["mean_score"].round(2)
    return out[columns].sort_values(
        ["signals", "actor"], ascending=[False, True], ignore_index=True
    )
