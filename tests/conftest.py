"""Shared test set-up: the repository root on sys.path, the seed article analysed
once per run, small signal frames, and the store's backends.

A test module that puts ``pytestmark = pytest.mark.usefixtures("backend")`` runs
each test once on SQLite and once on PostgreSQL (``@pytest.mark.sqlite_only``:
SQLite alone, for what only a file has; ``postgresql_only``, for what only a
server has). The PostgreSQL cases need a server:
``LENS_TEST_DATABASE_URL`` (``.ci/run`` starts one and sets it); each case gets
a fresh schema of its own, dropped after it. Without the variable they skip,
except under CI, where they fail.

The root goes first on sys.path so that a plain ``pytest`` tests this
checkout's ``analysis`` and ``dashboard``, whichever copy is installed.
"""

from __future__ import annotations

import os
import sys
import uuid

import pandas as pd
import pytest
from helpers import ROOT, SEED_ARTICLE

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _no_deployment_settings(monkeypatch):
    """Tests run as on a laptop whatever the shell exports (a test that wants a
    read-only or editors' deployment sets it itself)."""
    for name in ("LENS_READ_ONLY", "LENS_EDITORS", "LENS_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)


TEST_DATABASE_ENV = "LENS_TEST_DATABASE_URL"
BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        marker = metafunc.definition.get_closest_marker
        names = tuple(
            b
            for b in BACKENDS
            if marker(f"{'postgresql' if b == 'sqlite' else 'sqlite'}_only") is None
        )
        metafunc.parametrize("backend", names, indirect=True)


@pytest.fixture
def backend(request, monkeypatch):
    """The store's backend for this case: on "postgresql", ``LENS_DATABASE_URL`` names a
    fresh schema, so ``open_store`` (and the CLI in a subprocess) opens the store there."""
    if request.param == "sqlite":
        yield "sqlite"
        return
    base = os.environ.get(TEST_DATABASE_ENV, "").strip()
    if not base:
        reason = f"no PostgreSQL server to test on: set {TEST_DATABASE_ENV} (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(reason + "; under CI the PostgreSQL cases must run")
        pytest.skip(reason)
    from analysis.store.postgres import create_schema, drop_schema

    schema = f"test_{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("LENS_DATABASE_URL", create_schema(base, schema))
    yield "postgresql"
    drop_schema(base, schema)


@pytest.fixture(scope="session")
def seed_corpus():
    """The bundled seed article, analysed once per test run (``analysis.Corpus``, with tone)."""
    from analysis import analyze, load_documents

    return analyze(load_documents([SEED_ARTICLE]))


# Sentences from the seed article (seeds/000_a05659aaa7e80c9a.txt), with the
# signals SIGNALS.md says they carry.
PUTIN_MACRON = (
    "Russian President Vladimir Putin and French President Emmanuel Macron called for an "
    "immediate ceasefire in the conflict between Azerbaijan and ethnic Armenian forces around "
    "the Nagorno-Karabakh region following a call, the Kremlin said on Thursday."
)
VOWED = (
    "Armenia and Azerbaijan vowed to keep fighting and rejected international calls for "
    "negotiations on Wednesday as clashes over the disputed Nagorny Karabakh region continued."
)
LAVROV = "Russian Foreign Minister Sergei Lavrov said Moscow was ready to host talks."


def signal_record(
    doc_id,
    signal,
    actor,
    sentence,
    start,
    *,
    targets=(),
    date="2020-10-01",
    source="CGTN",
    modality="asserted",
    confidence=0.9,
    score=0.0,
    actor_type="person",
    affiliation=None,
    reported_by=None,
    cue="",
):
    """One row of ``analysis.signals_frame`` (the SIGNALS.md output contract)."""
    cue_start = sentence.find(cue) if cue else -1
    return {
        "doc_id": doc_id,
        "signal": signal,
        "actor": actor,
        "actor_type": actor_type,
        "affiliation": affiliation or actor,
        "targets": list(targets),
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "reported_by": reported_by,
        "date": date,
        "confidence": confidence,
        "cameo": "",
        "plover": "",
        "score": score,
        "modality": modality,
        "cue": cue,
        "cue_start": start + cue_start if cue else -1,
        "cue_end": start + cue_start + len(cue) if cue else -1,
        "source": source,
        "title": "Seed",
    }


@pytest.fixture
def seed_like_signals() -> pd.DataFrame:
    """Seven signals over three documents, shaped like ``analysis.signals_frame``."""
    rows = [
        signal_record(
            "seed",
            "ceasefire_call",
            "Vladimir Putin",
            PUTIN_MACRON,
            100,
            targets=["Azerbaijan", "Armenia"],
            affiliation="Russia",
            score=-0.3,
            modality="reported",
            reported_by="Russia",
            cue="called for an immediate ceasefire",
        ),
        signal_record(
            "seed",
            "ceasefire_call",
            "Emmanuel Macron",
            PUTIN_MACRON,
            100,
            targets=["Azerbaijan", "Armenia"],
            affiliation="France",
            score=-0.3,
            modality="reported",
            reported_by="Russia",
            cue="called for an immediate ceasefire",
        ),
        signal_record(
            "seed",
            "negotiation_rejection",
            "Armenia",
            VOWED,
            400,
            actor_type="state",
            score=-5.0,
            cue="vowed to keep fighting",
        ),
        signal_record(
            "seed",
            "negotiation_rejection",
            "Azerbaijan",
            VOWED,
            400,
            actor_type="state",
            score=-5.0,
            cue="vowed to keep fighting",
        ),
        signal_record(
            "talks",
            "mediation_offer",
            "Sergei Lavrov",
            LAVROV,
            0,
            date="2020-10-09",
            source="TASS",
            affiliation="Russia",
            score=5.0,
            modality="future",
            confidence=0.4,
            cue="ready to host talks",
        ),
        signal_record(
            "talks",
            "alliance_support",
            "Russia",
            LAVROV,
            0,
            date="2020-10-09",
            source="TASS",
            actor_type="state",
            targets=["Armenia"],
            score=3.5,
        ),
        signal_record(
            "undated",
            "hostilities",
            "Azerbaijan",
            VOWED,
            0,
            date=None,
            source=None,
            actor_type="state",
            targets=["Armenia"],
            score=-10.0,
        ),
    ]
    return pd.DataFrame(rows)


@pytest.fixture
def signals(seed_like_signals) -> pd.DataFrame:
    """``seed_like_signals`` as the dashboard holds it (``dashboard.filters.prepare_signals``)."""
    from dashboard.filters import prepare_signals  # only the dashboard tests need the dashboard

    return prepare_signals(seed_like_signals)
