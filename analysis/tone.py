"""Tone (being written)."""

from __future__ import annotations


def sentence_tone(texts: list[str]) -> list[float]:
    return [0.0 for _ in texts]
