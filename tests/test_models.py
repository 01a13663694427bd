"""The data classes that pass between stages: frozen, comparable, picklable."""

import dataclasses
import pickle

import pytest

from analysis import analyze_document, document_from_text
from analysis.models import Actor, Block, DocumentAnalysis, Mention, Sentence, Signal

FROZEN = [Block, Sentence, Actor, Mention, Signal, DocumentAnalysis]


@pytest.fixture(scope="module")
def analysis_of_a_call():
    doc = document_from_text(
        "Russian President Vladimir Putin called for an immediate ceasefire on Thursday.",
        doc_id="call",
    )
    return analyze_document(doc)


@pytest.mark.parametrize("cls", FROZEN, ids=lambda c: c.__name__)
def test_they_are_frozen_and_slotted(cls):
    assert cls.__dataclass_params__.frozen
    assert hasattr(cls, "__slots__")


def test_an_analysis_survives_pickling_unchanged(analysis_of_a_call):
    # the store's worker processes send analyses by pickle
    again = pickle.loads(pickle.dumps(analysis_of_a_call))
    assert again == analysis_of_a_call
    assert again.signals[0].actor == "Vladimir Putin"


def test_a_signal_cannot_be_changed_after_it_is_made(analysis_of_a_call):
    signal = analysis_of_a_call.signals[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        signal.actor = "Someone else"
