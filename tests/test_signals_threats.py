"""Threats and offensives. A threat of one's own future action gives no signal
(SIGNALS.md): vowing to avenge, retaliate or respond is a threat, while vowing to
fight on rejects talks; an offensive under its official name is an offensive."""

from __future__ import annotations

import pytest
from helpers import signals_of

from analysis import analyze_document, document_from_text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prime Minister Shehbaz Sharif vowed that Pakistan would avenge the deaths.", set()),
        ("Iran vowed to retaliate against Israel.", set()),
        ("Hezbollah vowed to respond to the killing.", set()),
        (
            "The RSF vowed to keep fighting until the army was defeated.",
            {("negotiation_rejection", "Rapid Support Forces")},
        ),
        ("Hamas vowed to fight on.", {("negotiation_rejection", "Hamas")}),
    ],
)
def test_a_vow_of_revenge_is_a_threat_and_a_vow_to_fight_on_a_rejection(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what governments call their offensives is an offensive
        (
            "Azerbaijani forces launched what Baku called anti-terrorist measures in Karabakh.",
            {("hostilities", "Azerbaijan")},
        ),
        ("Russia launched a special military operation in Ukraine.", {("hostilities", "Russia")}),
        (
            "Pakistan's army launched a counter-terrorism operation against the TTP.",
            {("hostilities", "Pakistan")},
        ),
    ],
)
def test_an_offensive_by_its_official_name(text, expected):
    assert signals_of(text) == expected


def test_driving_an_enemy_out_of_a_place_is_an_attack_on_it():
    doc = document_from_text("Russian forces drove Ukrainian troops out of Avdiivka.", "example")
    (signal,) = analyze_document(doc, with_tone=False).signals
    assert (signal.signal, signal.actor, signal.targets) == ("hostilities", "Russia", ("Ukraine",))
    assert signals_of("Azerbaijani forces drove Armenian units out of several villages.") == {
        ("hostilities", "Azerbaijan")
    }
    # no forces, no attack
    assert signals_of("High prices drove investors out of the market.") == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Syrian President Bashar al-Assad vowed that the battle to retake Idlib would go on.",
            {("negotiation_rejection", "Bashar al-Assad")},
        ),
        (
            "Syrian President Bashar al-Assad vowed the offensive would continue.",
            {("negotiation_rejection", "Bashar al-Assad")},
        ),
        (
            "The RSF vowed that the battle for El Fasher would go on.",
            {("negotiation_rejection", "Rapid Support Forces")},
        ),
        # going on with talks, or a truce continuing, is no fighting
        ("Syrian President Bashar al-Assad vowed that the talks would go on.", set()),
        ("Syrian President Bashar al-Assad said the ceasefire would continue to hold.", set()),
    ],
)
def test_vowing_that_the_fighting_goes_on_rejects_a_settlement(text, expected):
    assert signals_of(text) == expected


def test_fighting_that_goes_on_inside_a_condition_is_no_vow():
    # the behaviour suite's not_a_signal template, in other words
    assert signals_of("Armenia threatened to strike Ganja if the shelling went on.") == set()
    assert signals_of("Russia threatened to strike Kyiv if the attacks continued.") == set()
