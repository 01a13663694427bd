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


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "Mark Lyall Grant (United Kingdom) condemned the separatists' offensive.",
            "Mark Lyall Grant",
        ),
        ("Samantha Power (United States) condemned the offensive on Debaltseve.", "Samantha Power"),
        (
            "Ambassador Vassily Nebenzia (Russian Federation) condemned the shelling of Donetsk.",
            "Vassily Nebenzia",
        ),
    ],
)
def test_a_delegate_named_with_the_state_in_brackets_speaks_for_it(text, actor):
    found = signals_of(text)
    assert ("condemnation", actor) in found
    # the state in brackets is the delegate's affiliation, not an actor of its own
    assert all(a == actor for kind, a in found if kind == "condemnation")


@pytest.mark.parametrize(
    "text, expected",
    [
        # pressing on with an assault asks nothing; the backer of a group backs it,
        # and no ceasefire named after the agent
        (
            "Separatist fighters, backed by Russian forces, were pressing their assault on "
            "Debaltseve in flagrant breach of the ceasefire.",
            {("hostilities", "Separatist fighters"), ("alliance_support", "Russia")},
        ),
        (
            "France pressed Russia to respect the ceasefire.",
            {("ceasefire_call", "France")},
        ),
        # "the separatists" point back; with no group named before, they are the group so
        # called, as "pro-Russian separatists" are
        (
            "Samantha Power (United States) said the separatists had violated the ceasefire.",
            {("hostilities", "separatists")},
        ),
        (
            "Samantha Power (United States) said the pro-Russian separatists had violated the ceasefire.",
            {("hostilities", "pro-Russian separatists")},
        ),
    ],
)
def test_pressing_an_assault_and_a_reduced_passive(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym nobody defined is a body of its own
        (
            "In the days before the signing, the pro-government militia GATIA clashed with rebels around Menaka.",
            {("hostilities", "GATIA"), ("hostilities", "rebels")},  # a clash is both sides' act
        ),
        (
            "Uganda and Tanzania condemned the continued attacks by the armed groups CNDD-FDD and "
            "Palipehutu-FNL on civilians.",
            {
                ("condemnation", "Uganda"),
                ("condemnation", "Tanzania"),
                ("hostilities", "CNDD-FDD"),
                ("hostilities", "Palipehutu-FNL"),
            },
        ),
        # capitals that name no actor: a news agency, a dateline
        ("AFP reported that Uganda had called for a ceasefire.", {("ceasefire_call", "Uganda")}),
        (
            "ZAKHO, Iraq - Turkish artillery shelled a resort on Wednesday.",
            {("hostilities", "Turkey")},
        ),
    ],
)
def test_an_undefined_acronym_is_a_body(text, expected):
    assert signals_of(text) == expected


def test_bare_rebels_in_a_headline_are_the_group_the_text_names():
    text = (
        "Yemen's government and rebels sign truce in Stockholm\n\n"
        "The Houthis and the government of Yemen signed a ceasefire for Hodeidah on Thursday."
    )
    assert {actor for _, actor in signals_of(text)} == {"Yemen", "Houthis"}
