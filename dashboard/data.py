"""The one place the dashboard loads and caches data.

Everything comes from the ``analysis`` package's public API. The loaded
:class:`Tables` are shared by all sessions (``st.cache_resource``) and must be
treated as read-only: filter with ``filters.apply_filters``, which returns new
frames, and never assign into these.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

import analysis
from analysis import SIGNAL_TYPES, Document
from dashboard.filters import Options, options_from, prepare_signals

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
# Another folder of documents to analyse instead of the bundled seeds
# (tests use it to load a document written to attack the HTML rendering).
SEEDS_ENV = "LENS_SEEDS_DIR"


@dataclass(frozen=True)
class Tables:
    """An analysed corpus as the dashboard reads it. Read-only."""

    revision: str
    signals: pd.DataFrame  # prepared: see filters.prepare_signals
    documents: pd.DataFrame
    actors: pd.DataFrame
    documents_by_id: dict[str, Document]
    options: Options
    keywords: pd.DataFrame | None = None  # [actor, term, zscore, count, rest_count]
    collocations: pd.DataFrame | None = None  # [actor, bigram, score, count]
    tone: pd.DataFrame | None = None  # [actor, actor_type, affiliation, sentences, mean_tone, ...]
    notes: tuple[str, ...] = ()  # what could not be computed, for the user


def seeds_dir() -> Path:
    return Path(os.environ.get(SEEDS_ENV) or REPO / "seeds")


def folder_revision(folder: Path) -> str:
    """Changes whenever a file in ``folder`` is added, removed or modified."""
    h = hashlib.sha256(analysis.ANALYSER_VERSION.encode())
    for f in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = f.stat()
        h.update(f"{f.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return h.hexdigest()[:16]


def _optional_frames(corpus: analysis.Corpus) -> tuple[dict[str, pd.DataFrame | None], list[str]]:
    """Keywords, collocations and tone, when this version of ``analysis`` has them."""
    frames: dict[str, pd.DataFrame | None] = {"keywords": None, "collocations": None, "tone": None}
    notes: list[str] = []
    try:
        from analysis import keywords as kw
    except ImportError:
        return frames, [
            "Keywords and tone are not available in this version of the analysis package."
        ]
    for name, fn_name in (
        ("keywords", "keywords_frame"),
        ("collocations", "collocations_frame"),
        ("tone", "tone_frame"),
    ):
        fn = getattr(kw, fn_name, None)
        if fn is None:
            notes.append(
                f"{name.capitalize()} are not available in this version of the analysis package."
            )
            continue
        try:
            frames[name] = fn(corpus)
        except Exception:  # an optional view must not take the dashboard down
            log.exception("computing %s failed", name)
            notes.append(f"{name.capitalize()} could not be computed for this corpus.")
    return frames, notes


def tables_from_corpus(corpus: analysis.Corpus, revision: str) -> Tables:
    """All frames the dashboard needs, computed once per corpus revision."""
    signals = prepare_signals(analysis.signals_frame(corpus))
    documents = analysis.documents_frame(corpus)
    extras, notes = _optional_frames(corpus)
    return Tables(
        revision=revision,
        signals=signals,
        documents=documents,
        actors=analysis.actors_frame(corpus),
        documents_by_id={d.id: d for d in corpus.documents},
        options=options_from(signals, documents, SIGNAL_TYPES),
        notes=tuple(notes),
        **extras,
    )


@st.cache_resource(max_entries=4, show_spinner="Analysing the documents…")
def _load_folder(folder: str, revision: str) -> Tables:
    corpus = analysis.analyze(analysis.load_documents([folder]))
    return tables_from_corpus(corpus, revision)


def load() -> Tables:
    """The corpus to show, analysed once per revision and shared by all sessions."""
    folder = seeds_dir()
    return _load_folder(str(folder), folder_revision(folder))
