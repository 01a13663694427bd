"""Parliaments as actors, bodies voting for an outcome, and talks asked for as the
preferred way, a priority, diplomatic options or a negotiated return: each rule in
several paraphrases of our own.
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Nigerian Senate urged the president to explore political and diplomatic options.",
            {("negotiation_call", "Senate of Nigeria")},
        ),
        ("The Senate of Nigeria urged restraint.", {("ceasefire_call", "Senate of Nigeria")}),
        (
            "Sudan's National Assembly voted to brand South Sudan an enemy.",
            {("condemnation", "National Assembly of Sudan")},
        ),
        (
            "The Pakistani parliament condemned the strikes.",
            {("condemnation", "Parliament of Pakistan")},
        ),
        (
            "The Russian State Duma called for talks with Kyiv.",
            {("negotiation_call", "State Duma of Russia")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_states_parliament_is_an_actor_of_its_own(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The General Assembly voted 104 to 11 on Tuesday for an immediate cease-fire.",
            {("ceasefire_call", "UN General Assembly")},
        ),
        ("The Arab League voted for an end to the fighting.", {("ceasefire_call", "Arab League")}),
        (
            "The OAS voted overwhelmingly for negotiations between the two governments.",
            {("negotiation_call", "Organization of American States")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_body_voting_for_an_outcome_asks_for_it(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blinken said diplomacy is certainly the preferred way to resolve this situation.",
            {("negotiation_call", "Antony Blinken")},
        ),
        ("Kenya said talks remain the best option for Sudan.", {("negotiation_call", "Kenya")}),
        (
            '"We prioritise negotiations and dialogue," President Bola Tinubu said.',
            {("negotiation_call", "Bola Tinubu")},
        ),
        ("Ghana gives priority to dialogue with the junta.", {("negotiation_call", "Ghana")}),
        (
            "Germany pressed for a negotiated return to constitutional order.",
            {("negotiation_call", "Germany")},
        ),
        (
            "Senegal urged the junta to explore diplomatic avenues.",
            {("negotiation_call", "Senegal")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_talks_named_as_the_preferred_way_a_priority_or_an_option_are_asked_for(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Senate voted for the budget.",
        "Israel said the best way to free the hostages is military pressure.",
        "The parliament in Accra met on Monday.",
    ],
)
def test_votes_and_best_ways_with_no_talks_or_truce_ask_for_none(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tanzanian troops had pushed the Ugandans back across the Kagera River.",
            {("hostilities", "Tanzania")},
        ),
        ("French forces returned fire in self-defence.", {("hostilities", "France")}),
        ("Sudan said its army had liberated Heglig by force.", {("hostilities", "Sudan")}),
        ("Indian divisions are closing on Dacca.", {("hostilities", "India")}),
        ("Ethiopian troops drove the Eritreans from Badme.", {("hostilities", "Ethiopia")}),
        ("Greek troops took the town by storm.", {("hostilities", "Greece")}),
        ("Kenyan troops beat al-Shabaab fighters back from the town.", {("hostilities", "Kenya")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_driving_back_returning_fire_and_taking_ground_by_force_are_attacks(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The president drove the minister from the airport to the palace.",
        "Egypt closed the Rafah crossing on Monday.",
        "Israel pushed back the vote by a week.",
        "The talks are closing in on a deal, Qatar said.",
        "Ecuadorean units had beaten back the assault.",
    ],
)
def test_driving_closing_and_pushing_back_without_forces_attack_nobody(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The AU Peace and Security Council gave the two countries 48 hours to stop "
            "fighting and two weeks to resume negotiations.",
            {
                ("ceasefire_call", "AU Peace and Security Council"),
                ("negotiation_call", "AU Peace and Security Council"),
            },
        ),
        (
            "The UN has given the parties a month to reach a peace deal.",
            {("negotiation_call", "United Nations")},
        ),
        (
            "ECOWAS gave the junta seven days to end the fighting.",
            {("ceasefire_call", "ECOWAS")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_an_ultimatum_asks_for_what_it_gives_time_for(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministers gave themselves two weeks to finish the report.",
        "NATO gave the Serbs ten days to pull their heavy weapons back.",
        "Sweden wants its diplomats back.",
    ],
)
def test_time_given_for_other_things_and_back_ending_a_clause_ask_for_and_back_nothing(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebel fighters of the Ivorian Popular Movement of the Great West (MPIGO) attacked "
            "a French patrol.",
            {("hostilities", "Ivorian Popular Movement of the Great West")},
        ),
        (
            "Gunmen of the Movement for the Liberation of the North (MLN) ambushed a convoy.",
            {("hostilities", "Movement for the Liberation of the North")},
        ),
        (
            "Militants of the Sahel Patriotic Front stormed the town.",
            {("hostilities", "Sahel Patriotic Front")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_fighters_of_a_named_group_and_a_name_whose_acronym_is_in_another_language(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin urged Obama to use his influence to prevent the use of force and bloodshed.",
            {("ceasefire_call", "Vladimir Putin")},
        ),
        ("Egypt called for efforts to avert war.", {("ceasefire_call", "Egypt")}),
        ("Sweden said the slaughter must stop.", {("ceasefire_call", "Sweden")}),
        ("Japan urged both sides to avoid bloodshed.", {("ceasefire_call", "Japan")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_preventing_bloodshed_or_war_and_stopping_a_slaughter_are_a_truce_asked_for(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Israel vowed to prevent attacks on its citizens.", "The UN failed to prevent the war."],
)
def test_preventing_attacks_on_oneself_or_failing_to_prevent_a_war_asks_for_no_truce(text):
    assert signals_of(text) == set()
