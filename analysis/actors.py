"""Actor mentions (being written)."""

from __future__ import annotations

from analysis.models import Document, Mention, Sentence


def find_mentions(doc: Document, sentences: list[Sentence]) -> list[Mention]:
    return []
