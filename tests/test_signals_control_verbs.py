"""Verbs that ask their object to act ("told X to", "invited X to"): the asker calls
for the act, however long the object; a gap never reaches into a clause of its own."""

from __future__ import annotations

import pytest
from helpers import signals_of


@pytest.mark.parametrize(
    "text",
    [
        "Serbian President Aleksandar Vucic told Serbs in the north to avoid any clash with NATO.",
        "Serbian President Aleksandar Vucic told the Serbs of the north to avoid any clash with NATO.",
        "Serbian President Aleksandar Vucic told Serbs living in the north to avoid any clash.",
        "Serbian President Aleksandar Vucic advised the mayors of four towns to avoid any clash.",
    ],
)
def test_a_long_object_of_told_to_is_still_asked(text):
    assert ("ceasefire_call", "Aleksandar Vucic") in signals_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Serbian President Aleksandar Vucic told reporters in Belgrade that he was ready to stop the fighting.",
        "Serbian President Aleksandar Vucic told reporters the army was ready to stop the fighting.",
        "Serbian President Aleksandar Vucic told the press he would push for a halt to the fighting.",
    ],
)
def test_told_reporters_that_is_no_request_to_the_reporters(text):
    assert ("ceasefire_call", "Aleksandar Vucic") not in signals_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Colombian Interior Minister Alfonso Prada invited the ELN to declare a verifiable truce.",
            {("ceasefire_call", "Alfonso Prada")},
        ),
        (
            "Russian Foreign Minister Sergei Lavrov invited both parties to resume negotiations.",
            {("negotiation_call", "Sergei Lavrov")},
        ),
        (
            "The African Union invited Ethiopia and Eritrea to cease hostilities at once.",
            {("ceasefire_call", "African Union")},
        ),
    ],
)
def test_an_invitation_to_an_act_asks_for_it(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "Russian Foreign Minister Sergei Lavrov invited the two sides to come to Moscow for talks.",
            "Sergei Lavrov",
        ),
        (
            "Russian Foreign Minister Sergei Lavrov invited his Armenian and Azerbaijani counterparts to Moscow.",
            "Sergei Lavrov",
        ),
        (
            "Colombian Interior Minister Alfonso Prada invited the ELN to talks in Bogota.",
            "Alfonso Prada",
        ),
        (
            "The Norwegian government has invited the two delegations to hold a new round of talks in Oslo.",
            "Norway",
        ),
        # "to" of another clause: "invited both sides after X dropped his refusal to negotiate"
        (
            "Angolan President Joao Lourenco invited both sides after Kinshasa dropped its refusal to negotiate.",
            "Joao Lourenco",
        ),
    ],
)
def test_an_invitation_to_a_meeting_offers_to_host_it(text, actor):
    assert ("mediation_offer", actor) in signals_of(text)
