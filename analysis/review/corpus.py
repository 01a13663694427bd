"""A corpus with its review corrections laid over it, as rows, frames and gold lines.

``review_corpus(corpus, corrections)`` applies ``review_document`` to every
document; ``Review.corrected()`` is the corpus the charts, counts and exports
read by default (signals marked wrong left out, changed ones changed, added
ones in), and ``Review.raw()`` the analyser's own output. ``review_frame``
has one row per signal of either, with the columns that tell them apart.
``gold_lines`` writes the reviewed signals in the gold format of the shared
evaluation kit (SIGNALS.md), so the analyser can be scored against a team's
own review.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from analysis.events import Mention, assign_events
from analysis.models import DocumentAnalysis
from analysis.output import signal_record
from analysis.pipeline import Corpus
from analysis.review.corrections import Correction, ReviewedRow, Unplaced, review_document

if TYPE_CHECKING:  # pandas is imported by review_frame only: the CLI never needs it
    import pandas as pd

# The columns review adds to a signal record.
REVIEW_COLUMNS = ("signal_id", "review", "corrected")
# ... and, in a review frame, which data a row belongs to.
FRAME_FLAGS = ("raw", "kept")


@dataclass(frozen=True, slots=True)
class Review:
    """Each document's analysis with its reviewed rows, and what could not be placed."""

    documents: tuple[tuple[DocumentAnalysis, tuple[ReviewedRow, ...]], ...]
    unplaced: tuple[Unplaced, ...] = ()

    def rows(self, *, raw: bool = False) -> Iterator[tuple[DocumentAnalysis, ReviewedRow]]:
        """(analysis, row) of the corrected data, or of the analyser's output with ``raw``."""
        for analysis, rows in self.documents:
            for row in rows:
                if row.raw if raw else row.kept:
                    yield analysis, row

    def corrected(self) -> Corpus:
        """The corpus with the corrections applied (what charts and exports read)."""
        return Corpus(
            tuple(
                replace(a, signals=tuple(r.signal for r in rows if r.kept))
                for a, rows in self.documents
            )
        )

    @property
    def corrections(self) -> int:
        """How many corrections are placed."""
        return len({(a.document.id, r.signal_id) for a, rows in self.documents for r in rows
                    if r.correction is not None})  # fmt: skip


def review_corpus(corpus: Corpus, corrections: Iterable[Correction]) -> Review:
    """Lay every document's corrections over its analysis. Corrections of
    documents not in the corpus (none, in a sound store) are unplaced."""
    by_doc: dict[str, list[Correction]] = defaultdict(list)
    for c in corrections:
        by_doc[c.doc_id].append(c)
    documents, unplaced = [], []
    for a in corpus.analyses:
        rows, missed = review_document(a.signals, by_doc.pop(a.document.id, ()))
        documents.append((a, tuple(rows)))
        unplaced += missed
    for cs in by_doc.values():
        unplaced += [Unplaced(c, "its document is not stored") for c in cs]
    return Review(tuple(documents), tuple(unplaced))


def reviewed_record(row: ReviewedRow) -> dict:
    """A signal record (the output contract) with its id and review columns."""
    record = signal_record(row.signal)
    record["signal_id"] = row.signal_id
    record["review"] = row.review
    record["corrected"] = row.corrected
    return record


def review_frame(review: Review) -> pd.DataFrame:
    """One row per signal of the analyser's output or of the corrected data: the
    signals frame's columns, then ``signal_id``, ``review``, ``corrected``,
    ``event_id`` (``analysis.events``), ``raw`` (the analyser gave it) and
    ``kept`` (it is in the corrected data)."""
    import pandas as pd

    from analysis.frames.tables import SIGNAL_COLUMNS

    rows, reviewed = [], []
    for analysis, rows_ in review.documents:
        for row in rows_:
            record = reviewed_record(row)
            record["title"] = analysis.document.title
            record["raw"] = row.raw
            record["kept"] = row.kept
            rows.append(record)
            reviewed.append(row)
    for record, event_id in zip(rows, review_events(reviewed, review), strict=True):
        record["event_id"] = event_id
    return pd.DataFrame(rows, columns=[*SIGNAL_COLUMNS, *REVIEW_COLUMNS, "event_id", *FRAME_FLAGS])


GOLD_REVIEWS = ("right", "changed", "added")


def gold_lines(review: Review, names: Mapping[str, str] | None = None) -> list[dict]:
    """The reviewed signals as gold lines (SIGNALS.md, "Evaluation"): every signal
    marked right, changed or added, none marked wrong, none left unreviewed.

    ``doc`` is the name users know the document by (``names``: store id -> name,
    as ``export`` writes ``doc_id``); ``actor`` lists the actor, then its
    affiliation when it differs.
    """
    names = names or {}
    out = []
    for analysis, row in review.rows():
        if row.review not in GOLD_REVIEWS:
            continue
        s = row.signal
        line = {
            "doc": names.get(analysis.document.id, analysis.document.id),
            "signal": s.signal,
            "actor": [s.actor] + ([s.affiliation] if s.affiliation and s.affiliation != s.actor
                                  else []),
        }  # fmt: skip
        if s.targets:
            line["targets"] = list(s.targets)
        line["evidence"] = s.sentence
        out.append(line)
    return out


def review_events(rows: Iterable[ReviewedRow], review: Review) -> list[str]:
    """The event id (``analysis.events``) of each of these rows of a review."""
    texts = {a.document.id: a.document.text for a, _ in review.documents}
    mentions = [
        Mention(r.signal_id, r.signal.doc_id, r.signal.signal, r.signal.actor,
                r.signal.affiliation, r.signal.targets, r.signal.date, r.signal.sentence,
                r.signal.cue)
        for r in rows
    ]  # fmt: skip
    return assign_events(mentions, texts)
