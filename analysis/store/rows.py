"""One analysed document as table rows, and back.

``analysis_rows`` runs in the analysis workers (so the main process only
writes); ``analysis_from_rows`` rebuilds the analysis when the store is read.
Row layouts follow the SQL tables in ``analysis/store/schema.py``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from operator import attrgetter

from analysis.models import Actor, Block, Document, DocumentAnalysis, Mention, Sentence, Signal
from analysis.version import analyser_version


@dataclass(frozen=True, slots=True)
class StoredRows:
    """One analysed document as table rows, ready to write (built in a worker)."""

    document: dict
    sentences: list[tuple]
    mentions: list[tuple]
    signals: list[tuple]
    # the text's MinHash signature (analysis/store/copies.py), set by ingest; None
    # leaves a stored one as it is
    minhash: str | None = None


# The signal columns of the ``signals`` table (schema version 1). Deliberately
# not derived from ``Signal``: the table's columns change only with a schema
# migration, and any field added to Signal later goes to the ``extra`` JSON
# column, so the store keeps working before a migration.
SIGNAL_FIELDS = (
    "signal", "actor", "actor_type", "affiliation", "targets", "sentence", "start", "end",
    "reported_by", "date", "confidence", "cameo", "plover", "score", "modality", "cue",
    "cue_start", "cue_end", "source",
)  # fmt: skip
_signal_values = attrgetter(*SIGNAL_FIELDS)
_TARGETS = SIGNAL_FIELDS.index("targets")
_SIGNAL, _ACTOR = SIGNAL_FIELDS.index("signal"), SIGNAL_FIELDS.index("actor")
_EXTRA_SIGNAL_FIELDS = tuple(
    f.name for f in fields(Signal) if f.name not in SIGNAL_FIELDS and f.name != "doc_id"
)


def analysis_rows(analysis: DocumentAnalysis, *, name: str, ingested_at: str) -> StoredRows:
    """Table rows for one analysed document (the inverse of ``analysis_from_rows``)."""
    doc = analysis.document
    did = doc.id
    document = {
        "id": did,
        "name": name,
        "title": doc.title,
        "date": doc.date,
        "source": doc.source,
        "url": doc.url,
        "path": doc.path,
        "text": doc.text,
        "language": doc.language,
        "warnings": json.dumps(list(doc.warnings), ensure_ascii=False),
        "blocks": json.dumps([[b.start, b.end, b.kind] for b in doc.blocks]),
        "ingested_at": ingested_at,
        # microseconds: corpus() tells a re-analysed document by this stamp
        "analysed_at": datetime.now(UTC).isoformat(),
        "analyser_version": analyser_version(),
    }
    tone = analysis.tone if len(analysis.tone) == len(analysis.sentences) else None
    sentences = [
        (
            did,
            s.index,
            s.start,
            s.end,
            s.kind,
            s.paragraph,
            tone[i] if tone is not None else None,
            # the text is a slice of the document; stored only if it is not
            None if doc.text[s.start : s.end] == s.text else s.text,
        )
        for i, s in enumerate(analysis.sentences)
    ]
    mentions = [
        (did, i, m.actor.name, m.actor.type, m.actor.affiliation, m.actor.title,
         m.start, m.end, m.text, m.how)
        for i, m in enumerate(analysis.mentions)
    ]  # fmt: skip
    signals = []
    for i, s in enumerate(analysis.signals):
        values = list(_signal_values(s))
        values[_TARGETS] = json.dumps(list(s.targets), ensure_ascii=False) if s.targets else "[]"
        extra = {f: getattr(s, f) for f in _EXTRA_SIGNAL_FIELDS}
        signals.append((did, i, *values, json.dumps(extra, ensure_ascii=False) if extra else None))
    return StoredRows(document, sentences, mentions, signals)


def document_from_row(row: dict) -> Document:
    """The Document as loaded, from its stored row."""
    return Document(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        date=row["date"],
        source=row["source"],
        url=row["url"],
        path=row["path"],
        blocks=tuple(Block(s, e, k) for s, e, k in json.loads(row["blocks"] or "[]")),
        warnings=tuple(json.loads(row["warnings"] or "[]")),
        language=row["language"],
    )


def analysis_from_rows(
    document: Document,
    sentences: Sequence,
    mentions: Sequence,
    signals: Sequence,
    *,
    actors: dict | None = None,
) -> DocumentAnalysis:
    """Rebuild a DocumentAnalysis from rows laid out as in ``analysis_rows``.

    ``actors`` caches Actor objects across calls (a corpus names few actors
    many times).
    """
    actors = {} if actors is None else actors
    text = document.text
    sents = tuple(
        Sentence(document.id, idx, start, end, stored if stored is not None else text[start:end],
                 kind, paragraph)
        for (_, idx, start, end, kind, paragraph, _tone, stored) in sentences
    )  # fmt: skip
    tones = [r[6] for r in sentences]
    tone = tuple(tones) if tones and all(t is not None for t in tones) else ()
    ments = []
    for _, _i, actor, atype, aff, title, start, end, mtext, how in mentions:
        key = (actor, atype, aff, title)
        found = actors.get(key)
        if found is None:
            found = actors[key] = Actor(actor, atype, aff, title)
        ments.append(Mention(found, start, end, mtext, how))
    sigs = []
    for row in signals:
        values = dict(zip(SIGNAL_FIELDS, row[2 : 2 + len(SIGNAL_FIELDS)], strict=True))
        targets = values["targets"]
        values["targets"] = tuple(json.loads(targets)) if targets and targets != "[]" else ()
        extra = json.loads(row[2 + len(SIGNAL_FIELDS)] or "{}")
        values.update({k: v for k, v in extra.items() if k in _EXTRA_SIGNAL_FIELDS})
        sigs.append(Signal(doc_id=document.id, **values))
    return DocumentAnalysis(document, sents, tuple(ments), tuple(sigs), tone)


def statements_of(rows: StoredRows) -> frozenset[tuple[str, str]]:
    """What the document states: the (type, actor) of its signal rows."""
    first = 2  # each signal row starts with doc_id and seq
    return frozenset((r[first + _SIGNAL], r[first + _ACTOR]) for r in rows.signals)
