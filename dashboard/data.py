"""The one place the dashboard loads and caches data.

Everything comes from the ``analysis`` package's public API. The loaded
:class:`Tables` are shared by all sessions (``st.cache_resource``) and must be
treated as read-only: filter with ``filters.apply_filters``, which returns new
frames, and never assign into these.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import streamlit as st

import analysis
from analysis import SIGNAL_TYPES, Document
from analysis.review import Correction, review_corpus, review_frame
from analysis.store import Store, database_url, open_store
from analysis.store import data_dir as store_data_dir
from dashboard import geo
from dashboard.access import lens_secret
from dashboard.filters import Options, document_names, options_from, prepare_signals

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
# The folders an empty store is seeded from, separated by os.pathsep (":" on Linux);
# "none" seeds nothing. Default: the seed article (seeds/) and the sample corpus (sample/).
SEEDS_ENV = "LENS_SEEDS_DIR"
DEFAULT_SEEDS = (REPO / "seeds", REPO / "sample")


@dataclass(frozen=True)
class Tables:
    """An analysed corpus as the dashboard reads it. Read-only."""

    revision: str
    # prepared (filters.prepare_signals): the corrected data and the analyser's raw
    # output in one frame, told apart by the boolean columns kept and raw
    signals: pd.DataFrame
    documents: pd.DataFrame
    actors: pd.DataFrame
    documents_by_id: dict[str, Document]
    doc_labels: dict[str, str]  # document id -> what users see (title, else name)
    options: Options
    keywords: pd.DataFrame | None = None  # [actor, term, zscore, count, rest_count]
    collocations: pd.DataFrame | None = None  # [actor, bigram, score, count]
    tone: pd.DataFrame | None = None  # [actor, actor_type, affiliation, sentences, mean_tone, ...]
    notes: tuple[str, ...] = ()  # what could not be computed, for the user
    # document id -> near-duplicate copies listed with it (republished elsewhere)
    copies: dict = field(default_factory=dict)


def seed_dirs() -> list[Path]:
    """The folders an empty store is seeded from ($LENS_SEEDS_DIR, else the defaults)."""
    raw = (os.environ.get(SEEDS_ENV) or "").strip()
    if not raw:
        return list(DEFAULT_SEEDS)
    if raw.lower() == "none":
        return []
    return [Path(p) for p in raw.split(os.pathsep) if p.strip()]


def seed(store: Store, folders: list[Path]) -> None:
    """Seed a new, empty store from ``folders`` (once: seeds a user removed do not
    come back). The store marks itself seeded by the first folder; the others are
    added in the same go."""
    folders = [f for f in folders if f.is_dir()]
    if folders and store.ensure_seeded(folders[0]).changed and folders[1:]:
        store.add_paths(folders[1:])


def optional_frames(corpus: analysis.Corpus) -> tuple[dict[str, pd.DataFrame | None], list[str]]:
    """Keywords, collocations and tone, each None (with a note) when it cannot be computed."""
    frames: dict[str, pd.DataFrame | None] = {}
    notes: list[str] = []
    for name, compute in (
        ("keywords", analysis.frames.keywords_frame),
        ("collocations", analysis.collocations_frame),
        ("tone", analysis.tone_frame),
    ):
        try:
            frames[name] = compute(corpus)
        except Exception:  # an optional view must not take the dashboard down
            log.exception("computing %s failed", name)
            frames[name] = None
            notes.append(f"{name.capitalize()} could not be computed for this corpus.")
    return frames, notes


def tables_from_corpus(
    corpus: analysis.Corpus,
    revision: str,
    names: dict[str, str] | None = None,
    corrections: list[Correction] | tuple[Correction, ...] = (),
) -> Tables:
    """All frames the dashboard needs, computed once per corpus revision.

    ``names`` maps document ids to the names users know them by (the store's
    file names); without it the id is the name. ``corrections`` (the store's
    review corrections) are laid over the analysis: the signals frame holds the
    corrected rows and the raw ones, and every other frame reads the corrected
    corpus.
    """
    review = review_corpus(corpus, corrections)
    corpus = review.corrected()
    signals = prepare_signals(review_frame(review))
    documents = analysis.documents_frame(corpus)
    names = names or {}
    labels = {d.id: (d.title or names.get(d.id) or d.id) for d in corpus.documents}
    signals["document"] = signals["doc_id"].map(
        lambda i: names.get(i, i)  # category -> category: once per document, not per row
    )
    extras, notes = optional_frames(corpus)
    return Tables(
        revision=revision,
        signals=signals,
        documents=documents,
        actors=analysis.actors_frame(corpus),
        documents_by_id={d.id: d for d in corpus.documents},
        doc_labels=labels,
        options=replace(
            options_from(signals, documents, SIGNAL_TYPES),
            doc_names=document_names(names),
            states=tuple(geo.states_in(signals["affiliation"])),
        ),
        notes=tuple(notes),
        **extras,
    )


@st.cache_resource(max_entries=2, show_spinner="Opening the document store…")
def _store(location: str) -> Store:
    """One store per location (``store_location``), shared by all sessions (it is
    thread-safe)."""
    if location.startswith(DATABASE_PREFIX):
        store = open_store(url=location.removeprefix(DATABASE_PREFIX))
    else:
        store = open_store(location)
    seed(store, seed_dirs())
    return store


@st.cache_resource(max_entries=2, show_spinner="Reading the analysed documents…")
def _tables(location: str, revision: str) -> Tables:
    store = _store(location)
    tables = tables_from_corpus(
        store.corpus(), revision, store.document_names(), store.corrections()
    )
    listed: dict = {}
    for c in store.copies():
        listed.setdefault(c.doc_id, []).append(c)
    return replace(tables, copies=listed)


def document_analysis(doc_id: str) -> analysis.DocumentAnalysis | None:
    """One stored document's analysis as the analyser gave it (sentences, mentions)."""
    for a in store().corpus().analyses:
        if a.document.id == doc_id:
            return a
    return None


def data_folder() -> str:
    """The store's folder: $LENS_DATA_DIR, else ./data (analysis.store decides)."""
    return str(store_data_dir().resolve())


# marks a database URL among store locations (a folder's path never starts with it)
DATABASE_PREFIX = "database:"


def store_location() -> str:
    """Where the store is: a PostgreSQL database when $LENS_DATABASE_URL, else
    ``database_url`` under ``[lens]`` in the secrets (as hosted Streamlit is configured),
    names one; else the data folder."""
    url = database_url() or str(lens_secret("database_url") or "").strip()
    return DATABASE_PREFIX + url if url else data_folder()


def store() -> Store:
    return _store(store_location())


def load() -> Tables:
    """The stored corpus, read once per store revision and shared by all sessions.

    An empty store is first seeded from seeds/ (once). Raises ``StoreError``
    with a sentence for the user when the data folder cannot be used.
    """
    location = store_location()
    return _tables(location, _store(location).revision())
