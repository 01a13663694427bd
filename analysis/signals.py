"""Signal extraction (being written)."""

from __future__ import annotations

from analysis.models import Document, Mention, Sentence, Signal


def extract_signals(doc: Document, sentences: list[Sentence], mentions: list[Mention]) -> list[Signal]:
    return []
