"""Property tests: the analyser never crashes, and every offset slices the document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import analyze_document, document_from_text

WORDS = [
    "Russia",
    "Armenia",
    "Azerbaijan",
    "the",
    "Kremlin",
    "said",
    "called",
    "for",
    "a",
    "ceasefire",
    "and",
    "talks",
    "President",
    "Vladimir",
    "Putin",
    "Foreign",
    "Minister",
    "offered",
    "to",
    "host",
    "rejected",
    "calls",
    "negotiations",
    "both",
    "sides",
    "hit",
    "each",
    "other",
    "with",
    "rockets",
    "he",
    "it",
    "they",
    "we",
    "not",
    "would",
    "have",
    "if",
    "U.S.",
    "U.N.",
    "Gen.",
    "'s",
    "\u2019s",
    "-",
    "\u2013",
    ",",
    ".",
    "?",
    ";",
    '"',
    "(",
    ")",
    "backs",
    "condemned",
    "agreed",
    "was",
    "by",
    "urged",
    "which",
    "who",
    "Moscow",
    "Turkey",
    "alliance",
    "el-Sisi",
    "H.E.",
    "Sheikh",
    "spokesman",
    "ambassador",
    "of",
    "UN",
    "Security",
    "Council",
    "must",
    "stop",
    "attacks",
    "\n",
    "\n\n",
    "Updated 08:58, 01-Oct-2020",
    "CGTN",
    "/Reuters",
    "\u00e9",
    "\u200b",
]

texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.text(max_size=400),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_analyser_never_crashes_and_offsets_slice_the_text(text):
    doc = document_from_text(text, "fuzz")
    result = analyze_document(doc)
    for s in result.sentences:
        assert doc.text[s.start : s.end] == s.text
    for m in result.mentions:
        assert doc.text[m.start : m.end] == m.text
    for sig in result.signals:
        assert doc.text[sig.start : sig.end] == sig.sentence
        assert sig.start <= sig.cue_start < sig.cue_end <= sig.end
        assert 0.0 <= sig.confidence <= 1.0
        assert sig.modality in ("asserted", "reported", "future")
    assert len(result.tone) == len(result.sentences)
