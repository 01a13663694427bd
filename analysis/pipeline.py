"""The whole pipeline for one document, and for a corpus."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from analysis.actors import analyse_actors
from analysis.models import Document, DocumentAnalysis
from analysis.signals import extract_signals
from analysis.text import split_sentences

ANALYSER_VERSION = "0.1.0"


def analyze_document(
    doc: Document, *, with_tone: bool = True, with_mentions: bool = True
) -> DocumentAnalysis:
    """Sentences, actor mentions, signals and per-sentence tone of one document.

    Without ``with_tone`` the tone is empty, without ``with_mentions`` the
    mentions (the signals are the same).
    """
    sentences = split_sentences(doc)
    parsed = analyse_actors(doc, sentences)
    mentions = [m for sa in parsed for m in sa.mentions()] if with_mentions else ()
    signals = extract_signals(doc, parsed)
    tone: tuple[float, ...] = ()
    if with_tone:
        # imported on first use: tone needs NLTK's VADER, and NLTK takes longer
        # to import than the rest of the analysis (``analyze`` writes no tone)
        from analysis.tone import sentence_tone

        tone = tuple(sentence_tone([s.text for s in sentences]))
    return DocumentAnalysis(
        document=doc,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        signals=tuple(signals),
        tone=tone,
    )


@dataclass(frozen=True)
class Corpus:
    """Analysed documents. Tables come from ``analysis.frames``."""

    analyses: tuple[DocumentAnalysis, ...]

    @property
    def documents(self):
        return [a.document for a in self.analyses]

    @property
    def signals(self):
        return [s for a in self.analyses for s in a.signals]


def analyze(docs: Iterable[Document], *, with_tone: bool = True) -> Corpus:
    return Corpus(tuple(analyze_document(d, with_tone=with_tone) for d in docs))
