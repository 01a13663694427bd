"""Resolve stated as a noun ("declared their resolve to stand with"), help against an
enemy, thanks for support of one's own cause, parties named together fighting each
other, and "his country" for a state of the past: each in paraphrases of our own.
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


def support_by(text: str) -> set[str]:
    return {actor for signal, actor in signals_of(text) if signal == "alliance_support"}


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and Kuwait declared their resolve to stand with Bahrain.",
        "Saudi Arabia and Kuwait announced their determination to stand with Bahrain.",
        "Saudi Arabia and Kuwait reaffirmed their commitment to stand by Bahrain.",
        "Saudi Arabia and Kuwait voiced their intention to back Bahrain.",
    ],
)
def test_the_owner_of_a_resolve_acts_in_its_infinitive(text):
    assert support_by(text) == {"Saudi Arabia", "Kuwait"}


def test_a_possessed_resolve_is_the_possessors_act():
    assert support_by("The envoy reaffirmed Egypt's determination to defend Kuwait.") == {"Egypt"}


@pytest.mark.parametrize(
    ("text", "helper"),
    [
        (
            "Britain said it would help the Omani government against any threat from outside.",
            "United Kingdom",
        ),
        ("Britain would help Oman against any outside threat.", "United Kingdom"),
        ("Washington assisted Kuwait against the invaders.", "United States"),
        ("Moscow promised to help Damascus against the rebels.", "Russia"),
    ],
)
def test_helping_a_party_against_an_enemy_or_a_threat_takes_its_side(text, helper):
    assert support_by(text) == {helper}


@pytest.mark.parametrize(
    "text",
    [
        "The United Nations helped Iraq against the cholera outbreak.",
        "Norway helped the two sides draft a statement against violence.",
    ],
)
def test_help_against_what_is_no_enemy_takes_no_side(text):
    assert support_by(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Armenia thanked France for its support for our sovereignty.",
        "Armenia thanked France for its support in our struggle.",
        "Armenia thanked France for its solidarity.",
    ],
)
def test_thanks_for_support_of_the_thanking_sides_cause_are_support_from_the_thanked(text):
    assert ("alliance_support", "France") in signals_of(text)


def test_thanks_for_support_of_a_peace_process_take_no_side():
    text = (
        "The mediators thanked the United States and China for their support for the peace process."
    )
    assert support_by(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Indian and Chinese troops fought with stones and clubs.",
        "Indian and Chinese troops fought fiercely along the border.",
        "India and China battled for days in the valley.",
        "Indian and Chinese soldiers fought for control of the ridge.",
    ],
)
def test_parties_named_together_as_fighters_fight_each_other(text):
    assert {a for s, a in signals_of(text) if s == "hostilities"} == {"India", "China"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia and Wagner fought for Haftar.", {("alliance_support", "Russia")}),
        (
            "France and Britain fought alongside the rebels.",
            {("alliance_support", "France"), ("alliance_support", "United Kingdom")},
        ),
        ("Indian and Pakistani officials fought corruption together.", set()),
    ],
)
def test_fighting_for_or_alongside_a_third_party_or_against_no_party_is_no_fight_between_them(
    text, expected
):
    assert {x for x in signals_of(text) if x[0] != "agreement"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Yugoslav President Josip Broz Tito said his country stood by Czechoslovakia.",
        "President Josip Broz Tito of Yugoslavia said his country stood by Czechoslovakia.",
    ],
)
def test_his_country_is_the_speakers_state_also_for_a_state_of_the_past(text):
    assert ("alliance_support", "Josip Broz Tito") in signals_of(text)
