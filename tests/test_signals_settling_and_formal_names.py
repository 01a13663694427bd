"""Readiness to settle a question by talks, denials that force settles anything, joint
texts in the present ("declare that they"), words of address after a possessive ("His
Majesty") and formal state names built on an adjective ("the Algerian Republic"): each in
paraphrases of our own.
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Morocco remained ready to settle the question through negotiations between the two governments.",
            "Morocco",
        ),
        ("Chile is prepared to resolve all outstanding issues by peaceful means.", "Chile"),
        ("Kenya stands ready to end the border dispute through dialogue.", "Kenya"),
        (
            "Pakistan will always look for joint solutions to shared problems through dialogue.",
            "Pakistan",
        ),
        ("Peru is searching for a negotiated solution.", "Peru"),
    ],
)
def test_readiness_to_settle_a_question_by_talks_calls_for_them(text, actor):
    assert signals_of(text) == {("negotiation_call", actor)}


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers were looking for survivors after the talks.",
        "Turkey is ready to support efforts to reach a settlement.",
        "Kenya said the dispute can be resolved by force if talks fail.",
    ],
)
def test_no_talks_are_called_for_when_the_settling_is_not_by_talks(text):
    assert {s for s, _ in signals_of(text)} <= {"mediation_offer"}
    assert ("negotiation_call", "Kenya") not in signals_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya declared that no frontier dispute between African states can be resolved by force of arms.",
        "Kenya said no dispute can be resolved by force.",
        "Kenya said the border conflict cannot be settled by force.",
        '"Force is no solution," Kenya said.',
        "Kenya said war was no solution to the dispute.",
    ],
)
def test_denying_that_force_settles_a_dispute_calls_for_talks(text):
    assert ("negotiation_call", "Kenya") in signals_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Mali declare that they stand ready to mediate.",
        "Ethiopia and Mali announce that they stand ready to mediate.",
        "Ethiopia and Mali reaffirm that they stand ready to mediate.",
    ],
)
def test_they_after_a_joint_texts_verb_in_the_present_are_its_subjects(text):
    assert signals_of(text) == {("mediation_offer", "Ethiopia"), ("mediation_offer", "Mali")}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("His Majesty King Hassan II of Morocco condemned the attack.", "Hassan II"),
        ("We, His Majesty Hassan II, King of Morocco, condemn the attack.", "Hassan II"),
        ("His Holiness Pope Paul VI condemned the attack.", "Paul VI"),
        ("His Excellency Modibo Keita, President of Mali, condemned the attack.", "Modibo Keita"),
    ],
)
def test_words_of_address_after_a_possessive_are_no_part_of_the_name(text, actor):
    assert signals_of(text) == {("condemnation", actor)}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The Algerian Republic condemned the attack.", "Algeria"),
        ("The Polish People's Republic condemned the attack.", "Poland"),
        ("The Hungarian People's Republic condemned the attack.", "Hungary"),
        ("The Polish Republic condemned the attack.", "Poland"),
    ],
)
def test_a_states_adjective_before_formal_words_is_the_state(text, state):
    assert signals_of(text) == {("condemnation", state)}


def test_the_president_of_an_adjective_republic_is_that_states_president():
    text = "The President of the Algerian Republic condemned the attack."
    doc = document_from_text(text, "example")
    [signal] = analyze_document(doc, with_tone=False).signals
    assert signal.affiliation == "Algeria"
