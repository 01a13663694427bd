"""Statement Lens analysis: documents in, per-actor diplomatic signals out.

The public API, shared by the CLI, the dashboard, the store and the tests::

    from analysis import load_documents, analyze, signals_frame
    corpus = analyze(load_documents(["seeds/"]))
    signals_frame(corpus)          # one row per signal (SIGNALS.md contract)
"""

from analysis.documents import (
    LoadError,
    document_from_text,
    documents_from_bytes,
    iter_documents,
    load_documents,
)
from analysis.frames.keywords import collocations_frame, keywords_frame, tone_frame
from analysis.frames.tables import (
    actors_frame,
    documents_frame,
    mentions_frame,
    signals_frame,
    stance_frame,
)
from analysis.models import (
    SIGNAL_TYPES,
    Actor,
    Block,
    Document,
    DocumentAnalysis,
    Mention,
    Sentence,
    Signal,
)
from analysis.pipeline import ANALYSER_VERSION, Corpus, analyze, analyze_document

__all__ = [
    "ANALYSER_VERSION",
    "SIGNAL_TYPES",
    "Actor",
    "Block",
    "Corpus",
    "Document",
    "DocumentAnalysis",
    "LoadError",
    "Mention",
    "Sentence",
    "Signal",
    "actors_frame",
    "analyze",
    "analyze_document",
    "collocations_frame",
    "document_from_text",
    "documents_from_bytes",
    "documents_frame",
    "iter_documents",
    "keywords_frame",
    "load_documents",
    "mentions_frame",
    "signals_frame",
    "stance_frame",
    "tone_frame",
]
