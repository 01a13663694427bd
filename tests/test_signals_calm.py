"""Calls for calm and who is asked; standing by a side named by kinship."""

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


@pytest.mark.parametrize(
    "text, expected",
    [
        # kinship a state claims with another names that state
        (
            "Speaking in Ankara, Erdogan said Turkey would stand by its Azerbaijani brothers to "
            "the end.",
            # "Erdogan", a surname only the office table's Turkish president bears
            {("alliance_support", "Recep Tayyip Erdogan")},
        ),
        (
            "Qatar reaffirmed its support for its Palestinian brothers.",
            {("alliance_support", "Qatar")},
        ),
    ],
)
def test_standing_by_ones_brothers_backs_their_state(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # refraining from escalation or force is the calm agreed or asked for
        (
            "The UN urged Venezuela and Guyana to refrain from the use of force.",
            {("ceasefire_call", "United Nations")},
        ),
        (
            "India and China agreed to refrain from any military action along the border.",
            {("agreement", "India"), ("agreement", "China")},
        ),
        (
            "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali pledged to "
            "refrain, in words or deeds, from escalating any conflict.",
            {("agreement", "Nicolas Maduro"), ("agreement", "Irfaan Ali")},
        ),
    ],
)
def test_refraining_from_escalation_is_calm(text, expected):
    assert signals_of(text) == expected
