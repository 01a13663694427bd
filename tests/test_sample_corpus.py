"""The sample corpus (sample/) that seeds an empty store: enough documents,
episodes, genres and years for every view to have something to show."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT

from analysis import analyze, documents_frame, load_documents, signals_frame
from analysis.store import open_store
from dashboard import data

SAMPLE = ROOT / "sample"


@pytest.fixture(scope="module")
def sample():
    corpus = analyze(load_documents([SAMPLE]))
    return documents_frame(corpus), signals_frame(corpus)


def test_at_least_30_documents_of_at_least_5_episodes_every_one_with_a_signal(sample):
    documents, signals = sample
    assert len(documents) >= 30
    episodes = {doc_id.split("_")[0][:2] for doc_id in documents["doc_id"]}
    assert len(episodes) >= 5
    assert set(documents["doc_id"]) == set(signals["doc_id"])  # none is silent
    assert documents["date"].notna().all() and documents["source"].notna().all()


def test_it_spans_years_and_genres(sample):
    documents, signals = sample
    years = {d[:4] for d in documents["date"]}
    assert min(years) <= "2008" and max(years) >= "2025"
    names = " ".join(documents["doc_id"])
    for genre in ("news", "wire", "statement"):
        assert names.count(genre) >= 5, genre
    assert signals["affiliation"].nunique() >= 20  # many states for the map


def test_an_empty_store_is_seeded_with_the_seed_article_and_the_sample(tmp_path, monkeypatch):
    monkeypatch.delenv(data.SEEDS_ENV, raising=False)
    assert data.seed_dirs() == [ROOT / "seeds", SAMPLE]
    with open_store(tmp_path / "data") as store:
        data.seed(store, data.seed_dirs())
        names = set(store.document_names().values())
    assert "000_a05659aaa7e80c9a" in names and "nk03_moscow_truce_wire" in names
    assert len(names) == 1 + len(list(SAMPLE.glob("*.txt")))


@pytest.mark.parametrize(("setting", "folders"), [("none", []), ("seeds", [Path("seeds")])])
def test_the_seeds_can_be_chosen_or_left_out(monkeypatch, setting, folders):
    monkeypatch.setenv(data.SEEDS_ENV, setting)
    assert data.seed_dirs() == folders


def test_a_store_seeded_with_nothing_stays_empty(tmp_path):
    with open_store(tmp_path / "data") as store:
        data.seed(store, [])
        assert store.document_count() == 0
