"""Armed groups and crowds the text describes without naming them are actors of their
own, named by the phrase as written: "Serb gunmen", "pro-Russian separatists"."""

from __future__ import annotations

import pytest
from helpers import signals_of


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Around 30 heavily armed Serb gunmen ambushed a Kosovo police patrol.", "Serb gunmen"),
        (
            "A Kosovo police patrol was ambushed by around 30 heavily armed Serb gunmen.",
            "Serb gunmen",
        ),
        ("Kosovo Serb protesters attacked NATO peacekeepers in Zvecan.", "Kosovo Serb protesters"),
        ("Separatist forces attacked Ukrainian positions around Debaltseve.", "Separatist forces"),
        ("Pro-Russian separatists shelled Mariupol.", "Pro-Russian separatists"),
        ("The base was attacked by dozens of Islamist militants.", "Islamist militants"),
        ("Rebels attacked the town overnight.", "Rebels"),
    ],
)
def test_a_group_described_is_an_actor(text, actor):
    assert ("hostilities", actor) in signals_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named group's own fighters are the group
        ("Hamas fighters stormed into southern Israel.", {("hostilities", "Hamas")}),
        ("Houthi rebels fired missiles at ships.", {("hostilities", "Houthis")}),
        # bare crowds name nobody; "the rebels" point back to a group the text named
        ("Protesters attacked the police.", set()),
        (
            "The M23 took Goma in January. Appeals went unheeded after the rebels seized Bukavu.",
            {("hostilities", "M23")},
        ),
    ],
)
def test_named_groups_and_bare_crowds(text, expected):
    assert signals_of(text) == expected


def test_a_headline_noun_is_the_group_the_text_then_describes():
    text = (
        "Police officer killed as gunmen storm village\n\n"
        "A Kosovo police patrol was ambushed by around 30 heavily armed Serb gunmen on Sunday."
    )
    assert {actor for _, actor in signals_of(text)} == {"Serb gunmen"}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's Defence Minister Khawaja Asif said Islamabad would respond to any attacks by militants.",
        "Turkey warned it would respond with all its strength to any attack by Syrian government forces.",
        "Officials braced for possible strikes by rebels.",
    ],
)
def test_attacks_that_may_come_are_no_hostilities(text):
    assert not {s for s in signals_of(text) if s[0] == "hostilities"}


def test_government_forces_named_with_their_state_are_what_government_troops_means_later():
    text = (
        "Turkey warned Syrian government forces on Monday. The offensive by government troops, "
        "backed by Russian air power, has forced nearly a million people from their homes."
    )
    assert ("hostilities", "Syria") in signals_of(text)
