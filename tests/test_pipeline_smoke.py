from pathlib import Path

from analysis import analyze, load_documents, signals_frame

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_seed_sentences_slice_the_document_exactly():
    corpus = analyze(load_documents([SEEDS]))
    for a in corpus.analyses:
        for s in a.sentences:
            assert a.document.text[s.start : s.end] == s.text
    assert list(signals_frame(corpus).columns)[:3] == ["doc_id", "signal", "actor"]
