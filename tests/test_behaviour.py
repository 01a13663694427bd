"""Behavioural tests in the style of CheckList: capabilities measured on generated sentences.

The cases come from ``tests/behaviour/cases.toml`` (templates x fillers); each capability's
pass rate per test kind (MFT, INV, DIR) must hold its floor in ``tests/behaviour/floors.toml``.
To see what fails::

    python scripts/behaviour_report.py --failures ceasefire_call
"""

from __future__ import annotations

import pytest

from analysis import SIGNAL_TYPES
from tests.behaviour import suite

FLOORS = suite.load_floors()


@pytest.fixture(scope="module")
def rates() -> dict[tuple[str, str], suite.Rate]:
    return suite.pass_rates(suite.run())


@pytest.mark.parametrize(("capability", "kind"), FLOORS, ids="-".join)
def test_pass_rate_holds_its_floor(rates, capability, kind):
    rate = rates[(capability, kind)]
    assert rate.value >= FLOORS[(capability, kind)], (
        f"{capability} {kind} passes {rate}, below its floor {FLOORS[(capability, kind)]:.2f}; "
        f"see: python scripts/behaviour_report.py --failures {capability} --kind {kind}"
    )


def test_every_capability_and_kind_has_a_floor(rates):
    assert set(rates) == set(FLOORS)


def test_floors_are_rates_rounded_down_to_a_twentieth():
    assert suite.floor_of(0.6999) == 0.65
    assert suite.floor_of(0.70) == 0.70
    assert suite.floor_of(1.0) == 1.0
    assert all(round(floor * 20, 9) == int(round(floor * 20, 9)) for floor in FLOORS.values())


# --- how cases are made --------------------------------------------------------------------

FILLERS = suite.load().fillers


def test_a_person_is_named_in_full_first_then_by_surname():
    filling = {"A": FILLERS.named("Kenyan Foreign Minister Amina Odhiambo")}
    filling |= {"M": FILLERS.named("Qatar"), "X": FILLERS.named("Sudan")}
    text = (
        "{A} arrived in {M.capital} on Monday. "
        "{A} [appealed|appeal] for an immediate halt to the shelling of {X.city}."
    )
    assert suite.render(text, filling) == (
        "Kenyan Foreign Minister Amina Odhiambo arrived in Doha on Monday. "
        "Odhiambo appealed for an immediate halt to the shelling of Omdurman."
    )


def test_a_mention_that_starts_a_sentence_is_capitalised():
    filling = {"A": FILLERS.named("the United States"), "B": FILLERS.named("Côte d'Ivoire")}
    assert suite.render("{A} [backs|back|does] {B}.", filling) == (
        "The United States backs Côte d'Ivoire."
    )


@pytest.mark.parametrize(
    ("kind", "number", "perturbed"),
    [
        ("negation", 0, "{A} did not call for an immediate ceasefire."),
        ("condition", 0, "If the talks collapsed, {A} would call for an immediate ceasefire."),
        ("question", 0, "Did {A} call for an immediate ceasefire?"),
        ("question", 1, "Will {A} call for an immediate ceasefire?"),
        ("threat", 0, "{A} threatened to call for an immediate ceasefire."),
    ],
)
def test_dir_rewrites_the_act_verb(kind, number, perturbed):
    assert suite.perturb("{A} [called|call] for an immediate ceasefire.", kind, number) == perturbed


@pytest.mark.parametrize(
    ("text", "kind", "perturbed"),
    [
        ("{A} [stands|stand|does] ready to mediate.", "negation", "{A} does not stand ready to mediate."),
        ("{A} [stands|stand|does] ready to mediate.", "question", "Does {A} stand ready to mediate?"),
        ("{B} [is|be] backed by {A}.", "negation", "{B} is not backed by {A}."),
        ("{B} [is|be] backed by {A}.", "question", "Is {B} backed by {A}?"),
        ("The raid [was|be] carried out by {A}.", "condition", "If the talks collapsed, the raid would be carried out by {A}."),
    ],
)  # fmt: skip
def test_dir_rewrites_present_tense_and_copulas(text, kind, perturbed):
    assert suite.perturb(text, kind) == perturbed


def test_inv_swaps_two_actors_of_one_kind_and_the_expected_signal_stays_with_the_role():
    template = suite.load_template("ceasefire_call/1")
    assert template.text == "{A} [called|call] for an immediate ceasefire between {X} and {Y}."
    assert template.expect == (suite.Unit("ceasefire_call", "A"),)
    filling = {name: FILLERS.named(name) for name in ("Turkey", "Sudan", "Mali")}
    filling = dict(zip("AXY", filling.values(), strict=True))
    twin = suite.swapped(template, filling)
    assert suite.render(template.text, filling) == (
        "Turkey called for an immediate ceasefire between Sudan and Mali."
    )
    assert suite.render(template.text, twin) == (
        "Sudan called for an immediate ceasefire between Turkey and Mali."
    )


def test_generation_is_deterministic():
    assert [c.text for c in suite.generate()] == [c.text for c in suite.generate()]


@pytest.mark.parametrize("signal", SIGNAL_TYPES)
def test_every_signal_type_has_at_least_five_paraphrases(signal):
    capability = next(c for c in suite.load().capabilities if c.signal == signal)
    assert len(capability.templates) >= 5


def test_a_case_passes_when_the_actor_or_its_affiliation_is_an_accepted_name():
    minister = FILLERS.named("Turkish Foreign Minister Selin Aydın")
    assert {"selin aydın", "turkey", "turkiye"} <= minister.names
    assert suite.norm("the Côte d'Ivoire") == suite.norm("Cote d’Ivoire") == "cote d'ivoire"
