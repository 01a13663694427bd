"""The bundled seed article, end to end: every signal an analyst expects, and no more."""

from __future__ import annotations

import pytest

from analysis import signals_frame

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


@pytest.fixture
def frame(seed_corpus):
    return signals_frame(seed_corpus)


def test_seed_gives_every_expected_signal_and_nothing_else(frame):
    found = set(zip(frame.signal, frame.actor, strict=True))
    assert EXPECTED <= found
    assert found - EXPECTED == set()


def test_seed_metadata_and_attribution(seed_corpus, frame):
    doc = seed_corpus.documents[0]
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


def test_a_ministry_statement_is_the_states_act_reported_by_the_ministry(frame):
    # SIGNALS.md: when a ministry states what a state does, the state is the actor
    row = frame[frame.sentence.str.startswith("A statement from the ministry")].iloc[0]
    assert (row.signal, row.actor, row.reported_by) == (
        "mediation_offer",
        "Russia",
        "Russian Foreign Ministry",
    )


def test_repeated_caption_is_analysed_once(seed_corpus):
    captions = [s for s in seed_corpus.analyses[0].sentences if s.kind == "caption"]
    texts = [s.text for s in captions]
    assert len(texts) == len(set(texts)) == 2
