"""Sentence splitting with NLTK's Punkt and a hand-made abbreviation list.

Punkt needs no downloaded data when built from ``PunktParameters``. Blocks
(headline, caption, paragraph) are split separately, so a headline or a
caption is always its own sentence; a caption or paragraph repeated verbatim
(scraped pages repeat photo captions) is analysed once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from analysis.lexicon import read_lines
from analysis.models import Block, Document, Sentence

ANALYSED_BLOCKS = frozenset({"headline", "caption", "paragraph"})
_LINE_BREAKS = re.compile(r"\n\s*\n|\r\n\s*\r\n")


@lru_cache(maxsize=1)
def punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = {a.lower().rstrip(".") for a in read_lines("abbreviations.txt")}
    return PunktSentenceTokenizer(params)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_spans(text: str, block: Block) -> list[tuple[int, int]]:
    """A block may still hold several paragraphs; split on blank lines and lone newlines."""
    spans = []
    pos = block.start
    for m in re.finditer(r"\n+", text[block.start : block.end]):
        spans.append((pos, block.start + m.start()))
        pos = block.start + m.end()
    spans.append((pos, block.end))
    return [s for s in (_trim(text, a, b) for a, b in spans) if s[0] < s[1]]


def split_sentences(doc: Document) -> list[Sentence]:
    """Sentences of the analysed blocks, with exact document offsets."""
    text = doc.text
    blocks = doc.blocks or (Block(0, len(text), "paragraph"),)
    tokenizer = punkt()
    seen_paragraphs: set[str] = set()
    sentences: list[Sentence] = []
    for block_index, block in enumerate(blocks):
        if block.kind not in ANALYSED_BLOCKS:
            continue
        for p_start, p_end in _paragraph_spans(text, block):
            paragraph = text[p_start:p_end]
            key = " ".join(paragraph.split())
            if key in seen_paragraphs:
                continue  # a repeated caption or paragraph is counted once
            seen_paragraphs.add(key)
            if block.kind in ("headline", "caption"):
                spans = [(0, len(paragraph))]
            else:
                spans = list(tokenizer.span_tokenize(paragraph))
            for s_start, s_end in spans:
                a, b = _trim(text, p_start + s_start, p_start + s_end)
                if a < b:
                    sentences.append(
                        Sentence(
                            doc_id=doc.id,
                            index=len(sentences),
                            start=a,
                            end=b,
                            text=text[a:b],
                            kind=block.kind,
                            paragraph=block_index,
                        )
                    )
    return sentences
