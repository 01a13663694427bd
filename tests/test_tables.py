"""Corpus tables: the DataFrames the dashboard, the store and the CLI read."""

from __future__ import annotations

import pytest

from analysis import (
    SIGNAL_TYPES,
    actors_frame,
    analyze,
    documents_frame,
    mentions_frame,
    signals_frame,
    stance_frame,
)
from analysis.frames.tables import ACTOR_COLUMNS, DOCUMENT_COLUMNS, MENTION_COLUMNS, SIGNAL_COLUMNS


def test_columns_are_the_public_interface(seed_corpus):
    assert list(signals_frame(seed_corpus).columns) == SIGNAL_COLUMNS
    assert list(documents_frame(seed_corpus).columns) == DOCUMENT_COLUMNS
    assert list(actors_frame(seed_corpus).columns) == ACTOR_COLUMNS
    assert list(mentions_frame(seed_corpus).columns) == MENTION_COLUMNS


def test_stance_counts_each_type_and_averages_the_score(seed_corpus):
    stance = stance_frame(seed_corpus).set_index("actor")
    russia = stance.loc["Russia"]
    # Russia offered to host talks, itself and through its Foreign Ministry (5.0 each),
    # and has an alliance (3.5)
    assert russia["mediation_offer"] == 2 and russia["alliance_support"] == 1
    assert russia["signals"] == sum(int(russia[t]) for t in SIGNAL_TYPES)
    assert russia["mean_score"] == pytest.approx((5.0 + 5.0 + 3.5) / 3)
    assert stance.loc["Armenia", "hostilities"] == 1


def test_actors_frame_counts_mentions_documents_and_signals(seed_corpus):
    actors = actors_frame(seed_corpus).set_index("actor")
    putin = actors.loc["Vladimir Putin"]
    assert (putin.actor_type, putin.affiliation, putin.title) == ("person", "Russia", "President")
    assert putin.mentions >= 5 and putin.documents == 1 and putin.signals >= 3
    assert actors.loc["OSCE Minsk Group", "actor_type"] == "organization"


def test_documents_frame_has_metadata_and_counts(seed_corpus):
    (doc,) = documents_frame(seed_corpus).itertuples()
    assert (doc.doc_id, doc.date, doc.source) == ("000_a05659aaa7e80c9a", "2020-10-01", "CGTN")
    assert doc.sentences > 15 and doc.signals == len(signals_frame(seed_corpus))


def test_empty_corpus_gives_empty_tables_with_columns():
    empty = analyze([])
    assert signals_frame(empty).empty and list(signals_frame(empty).columns) == SIGNAL_COLUMNS
    assert stance_frame(empty).empty and "mean_score" in stance_frame(empty).columns
