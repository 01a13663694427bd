"""Statement Lens analysis: documents in, per-actor diplomatic signals out.

The public API, shared by the CLI, the dashboard, the store and the tests::

    from analysis import load_documents, analyze, signals_frame
    corpus = analyze(load_documents(["seeds/"]))
    signals_frame(corpus)          # one row per signal (SIGNALS.md contract)

The frames (``signals_frame``, ``keywords_frame``, ...) load on first use:
they need pandas and NLTK's statistics, which take longer to import than the
rest of the analysis, and the command line and the analysis workers never
use them.
"""

from importlib import import_module

from analysis.load import (
    LoadError,
    document_from_text,
    documents_from_bytes,
    iter_documents,
    load_documents,
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

# name -> the module of the frames stage that defines it
_FRAMES = {
    "actors_frame": "analysis.frames.tables",
    "documents_frame": "analysis.frames.tables",
    "mentions_frame": "analysis.frames.tables",
    "signals_frame": "analysis.frames.tables",
    "stance_frame": "analysis.frames.tables",
    "collocations_frame": "analysis.frames.keywords",
    "keywords_frame": "analysis.frames.keywords",
    "tone_frame": "analysis.frames.keywords",
}


def __getattr__(name: str):
    """The frames, imported when first asked for (``from analysis import signals_frame``)."""
    module = _FRAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_FRAMES})
