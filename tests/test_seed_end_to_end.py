"""The bundled seed article, end to end: every signal an analyst expects, and no more."""

from __future__ import annotations

from pathlib import Path

from analysis import analyze, load_documents, signals_frame

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a05659aaa7e80c9a.txt"

EXPECTED = {
    ("ceasefire_call", "Vladimir Putin"),
    ("ceasefire_call", "Emmanuel Macron"),
    ("negotiation_call", "Vladimir Putin"),
    ("negotiation_call", "Emmanuel Macron"),
    ("condemnation", "Vladimir Putin"),
    ("negotiation_rejection", "Armenia"),
    ("negotiation_rejection", "Azerbaijan"),
    ("mediation_offer", "Russia"),
    ("mediation_offer", "Sergei Lavrov"),
    ("ceasefire_call", "Sergei Lavrov"),
    ("ceasefire_call", "Antonio Guterres"),
    ("negotiation_call", "Antonio Guterres"),
    ("hostilities", "Armenia"),
    ("hostilities", "Azerbaijan"),
    ("alliance_support", "Russia"),
    ("alliance_support", "Turkey"),
}


def seed_signals():
    corpus = analyze(load_documents([SEED]))
    return corpus, signals_frame(corpus)


def test_seed_gives_every_expected_signal_and_nothing_else():
    _, frame = seed_signals()
    found = set(zip(frame.signal, frame.actor, strict=True))
    assert EXPECTED <= found
    assert found - EXPECTED == set()


def test_seed_metadata_and_attribution():
    corpus, frame = seed_signals()
    doc = corpus.documents[0]
    assert (doc.id, doc.date, doc.source) == ("000_a05659aaa7e80c9a", "2020-10-01", "CGTN")
    calls = frame[(frame.actor == "Vladimir Putin") & (frame.signal == "ceasefire_call")]
    assert list(calls.reported_by) == ["Russia"] * len(
        calls
    )  # "...: Kremlin", "..., the Kremlin said"
    putin = calls[calls.sentence.str.contains("conflict between")].iloc[0]
    assert putin.affiliation == "Russia"
    assert set(putin.targets) >= {"Azerbaijan"}
    turkey = frame[(frame.actor == "Turkey")].iloc[0]
    assert list(turkey.targets) == ["Azerbaijan"]


def test_a_ministry_statement_is_the_states_act_reported_by_the_ministry():
    # SIGNALS.md: when a ministry states what a state does, the state is the actor
    _, frame = seed_signals()
    row = frame[frame.sentence.str.startswith("A statement from the ministry")].iloc[0]
    assert (row.signal, row.actor, row.reported_by) == (
        "mediation_offer",
        "Russia",
        "Russian Foreign Ministry",
    )


def test_repeated_caption_is_analysed_once():
    corpus, _ = seed_signals()
    captions = [s for s in corpus.analyses[0].sentences if s.kind == "caption"]
    texts = [s.text for s in captions]
    assert len(texts) == len(set(texts)) == 2
