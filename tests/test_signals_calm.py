"""Asking parties to avoid a clash, violence or escalation is a call for calm."""

from __future__ import annotations

import pytest
from helpers import signals_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NATO urged Belgrade and Pristina to avoid any escalation.", {("ceasefire_call", "NATO")}),
        (
            "The African Union called on Ethiopia and Eritrea to avoid any clash along the border.",
            {("ceasefire_call", "African Union")},
        ),
        ("Qatar urged both sides to avoid confrontation.", {("ceasefire_call", "Qatar")}),
    ],
)
def test_asking_to_avoid_a_clash_is_a_call_for_calm(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # those asked inside "told ... to" / "pushed ... to" are the object, as after "urged"
        (
            "The United States told Israel and Hamas to accept the ceasefire.",
            {("ceasefire_call", "United States")},
        ),
        (
            "The United States pushed Israel and Hamas to accept the ceasefire.",
            {("ceasefire_call", "United States")},
        ),
        (
            "Egypt, Qatar push Israel and Hamas to resume talks",
            {("negotiation_call", "Egypt"), ("negotiation_call", "Qatar")},
        ),
    ],
)
def test_those_told_to_act_are_asked_not_acting(text, expected):
    assert signals_of(text) == expected
