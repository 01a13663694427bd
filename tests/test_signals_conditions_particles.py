"""An inverted condition asks and does nothing; "back" as a particle backs no one;
guarantors named together are referred back to; a progressive is still a verb."""

from __future__ import annotations

import pytest
from helpers import signals_of


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Ecuador met in Brasilia. Should either side consider that the ceasefire has "
        "been violated, it will bring the matter before the observers.",
        "Should the talks fail, Norway would call for a ceasefire.",
        "Were the fighting to resume, the guarantors would demand an immediate halt.",
    ],
)
def test_an_inverted_condition_is_hypothetical(text):
    assert {s for s in signals_of(text) if s[0] != "agreement"} == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ecuadorean units had beaten back fresh assaults by Peruvian troops.",
            {("hostilities", "Peru")},
        ),
        ("UN Secretary-General Antonio Guterres is back in Crans-Montana for talks.", set()),
        ("Russia backs Armenia in the dispute.", {("alliance_support", "Russia")}),
    ],
)
def test_back_as_a_particle_backs_no_one(text, expected):
    assert signals_of(text) == expected


def test_guarantors_named_together_are_pressing_with_a_progressive():
    text = (
        "Argentina, Brazil, Chile and the United States met on Monday. Officials said the "
        "guarantors are pressing both governments to silence their guns for good."
    )
    assert signals_of(text) == {
        ("ceasefire_call", "Argentina"),
        ("ceasefire_call", "Brazil"),
        ("ceasefire_call", "Chile"),
        ("ceasefire_call", "United States"),
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Arab League said disputes between neighbouring states are best settled through dialogue.",
            {("negotiation_call", "Arab League")},
        ),
        (
            "Djiboutian forces had been exchanging machine-gun and mortar fire with Eritrean units.",
            {("hostilities", "Djibouti")},
        ),
        # bringing the truth to light offers no mediation
        ("Turkey said Ankara was ready to take every step to bring the truth to light.", set()),
    ],
)
def test_best_settled_exchanging_fire_and_bringing_to_light(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Both sides have observed a ceasefire since May, weeks after mass protests forced King "
        "Gyanendra to hand power back to parliament.",
        "Weeks after street protests, the army handed power back to civilians.",
    ],
)
def test_protests_as_a_noun_and_back_as_a_direction(text):
    assert not {s for s in signals_of(text) if s[0] in ("condemnation", "alliance_support")}
