from analysis import signals_frame


def test_seed_sentences_slice_the_document_exactly(seed_corpus):
    for a in seed_corpus.analyses:
        for s in a.sentences:
            assert a.document.text[s.start : s.end] == s.text
    assert list(signals_frame(seed_corpus).columns)[:3] == ["doc_id", "signal", "actor"]
