"""'They' after a speech verb are its coordinated subject, past auxiliaries and a
relative clause; offering to meet two others together offers to bring them together."""

from __future__ import annotations

import pytest
from helpers import signals_of

MERKEL_MACRON = {
    ("mediation_offer", "Angela Merkel"),
    ("mediation_offer", "Emmanuel Macron"),
}


@pytest.mark.parametrize(
    "text",
    [
        "German Chancellor Angela Merkel and French President Emmanuel Macron said they were ready to host talks.",
        "German Chancellor Angela Merkel and French President Emmanuel Macron have said they stand ready to host talks.",
        "German Chancellor Angela Merkel and French President Emmanuel Macron said that they stood ready to host talks.",
        "German Chancellor Angela Merkel and French President Emmanuel Macron, who spoke by phone on Sunday, have said they stand ready to host talks.",
        "German Chancellor Angela Merkel and French President Emmanuel Macron have also said they are ready to host talks.",
    ],
)
def test_they_after_a_speech_verb_are_its_subjects(text):
    assert signals_of(text) == MERKEL_MACRON


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Turkish President Recep Tayyip Erdogan said he was ready to host Russian President "
            "Vladimir Putin and Ukrainian President Volodymyr Zelensky in Istanbul.",
            {("mediation_offer", "Recep Tayyip Erdogan")},
        ),
        (
            "Qatar is ready to receive the delegations of Rwanda and Congo.",
            {("mediation_offer", "Qatar")},
        ),
        (
            "Norway stands ready to meet both Colombia and the ELN to find a peaceful solution.",
            {("mediation_offer", "Norway")},
        ),
        # meeting one other is meeting them, not bringing two together
        (
            "Russian President Vladimir Putin said he was ready to meet Ukrainian President Volodymyr Zelensky.",
            {("negotiation_call", "Vladimir Putin")},
        ),
    ],
)
def test_offering_to_meet_two_others_together_is_mediation(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The North Atlantic Council met on Friday. Allies condemn the continued air strikes by Russia.",
            {("condemnation", "NATO"), ("hostilities", "Russia")},
        ),
        (
            "NATO Secretary General Jens Stoltenberg spoke after the meeting. Allies condemn the "
            "continued air strikes by Russia.",
            {("condemnation", "NATO"), ("hostilities", "Russia")},
        ),
        (
            "NATO leaders met in Brussels. Allies express full solidarity with Turkey.",
            {("alliance_support", "NATO")},
        ),
        # allies of someone, or someone's allies, are not the alliance
        (
            "NATO leaders met in Brussels. Allies of the president condemned the air strikes by Russia.",
            {("hostilities", "Russia")},
        ),
    ],
)
def test_allies_standing_alone_speak_as_the_alliance(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body named by the name it gives itself
        (
            "A dissident faction calling itself the Renamo Military Junta rejected the agreement.",
            {("negotiation_rejection", "Renamo Military Junta")},
        ),
        (
            "An armed group that calls itself the Estado Mayor Central attacked a base.",
            {("hostilities", "Estado Mayor Central")},
        ),
        (
            "A militia known as the Popular Defence Forces shelled the town.",
            {("hostilities", "Popular Defence Forces")},
        ),
        # "the kingdom": the monarchy last named, not the state named last
        (
            "Saudi Arabia and Iran agreed to restore ties, Washington said. The kingdom "
            "preferred political solutions and dialogue.",
            {("negotiation_call", "Saudi Arabia")},
        ),
        # some members of a body do not speak for it
        ("The UN Security Council met. Several Council members urged restraint.", set()),
        (
            "The UN Security Council met. Council members urged restraint.",
            {("ceasefire_call", "UN Security Council")},
        ),
        # supporting both sides takes no side
        (
            "Saudi Arabia and Iran signed the deal. China stands ready to keep supporting the two "
            "countries.",
            {("agreement", "Saudi Arabia"), ("agreement", "Iran")},
        ),
    ],
)
def test_self_given_names_the_kingdom_some_members_and_both_sides(text, expected):
    assert signals_of(text) == expected
