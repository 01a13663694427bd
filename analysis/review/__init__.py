"""Analyst review: corrections that persist across re-analysis, laid over the analysis.

- ``corrections``: the ``Correction`` record, stable ``signal_id``s, and
  ``review_document``, which re-attaches a document's corrections to the
  analyser's current signals;
- ``corpus``: ``review_corpus`` over a whole corpus, the corrected corpus,
  the review frame and the gold lines.

Pure functions over plain data: the store (``analysis/store/review.py``)
keeps the corrections; the CLI and the dashboard call the store.
"""

from analysis.review.corpus import (
    GOLD_REVIEWS,
    REVIEW_COLUMNS,
    Review,
    gold_lines,
    review_corpus,
    review_events,
    review_frame,
    reviewed_record,
)
from analysis.review.corrections import (
    ACTOR_TYPES,
    REVIEWS,
    VERDICTS,
    Correction,
    ReviewedRow,
    Unplaced,
    changed,
    id_of,
    review_document,
    signal_id,
)

__all__ = [
    "ACTOR_TYPES",
    "GOLD_REVIEWS",
    "REVIEWS",
    "REVIEW_COLUMNS",
    "VERDICTS",
    "Correction",
    "Review",
    "ReviewedRow",
    "Unplaced",
    "changed",
    "gold_lines",
    "id_of",
    "review_corpus",
    "review_document",
    "review_events",
    "review_frame",
    "reviewed_record",
    "signal_id",
]
