"""Military and clerical ranks before names, speakers' labels, and the wordings of
overtures refused, troops sent back to barracks, rebellions that must stop, treason,
unrest sown, instruments signed and forces hitting back: each in paraphrases of our own.
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
            "Monsignor Emanuele Clarizio said he would continue to offer his services to both camps.",
            {("mediation_offer", "Emanuele Clarizio")},
        ),
        (
            "Colonel Ramon Ortega accused the Marines of firing on his positions.",
            {("condemnation", "Ramon Ortega")},
        ),
        ("Field Marshal Ivo Kranj urged restraint.", {("ceasefire_call", "Ivo Kranj")}),
        (
            "Cardinal Tomas Berg appealed for an end to the fighting.",
            {("ceasefire_call", "Tomas Berg")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_rank_or_a_clerical_title_introduces_a_person_and_is_no_part_of_the_name(text, expected):
    assert signals_of(text) == expected


def test_a_cardinal_rule_is_no_cardinal():
    assert signals_of("The cardinal rule of diplomacy is patience, Sweden said.") == set()


def test_a_questioners_label_in_capitals_is_no_actor():
    text = (
        "Press conference on the accords (excerpts)\n14 April 2031\n\n"
        "QUESTION: The rebel alliance has rejected the accords. Is the ceremony empty?\n\n"
        "MODERATOR: Next question, please.\n"
    )
    found = signals_of(text)
    assert not any(actor in ("QUESTION", "MODERATOR") for _, actor in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rebels have refused every overture from Kabul.",
            {("negotiation_rejection", "rebels")},
        ),
        (
            "Slovenia's President Milan Kucan called on the presidency to order the troops back "
            "to barracks.",
            {("ceasefire_call", "Milan Kucan")},
        ),
        (
            "Putin urged those who were dragged into the rebellion by deception to stop now.",
            {("ceasefire_call", "Vladimir Putin")},
        ),
        ("Putin called the mutiny treason.", {("condemnation", "Vladimir Putin")}),
        (
            "China firmly opposed any attempt by outside forces to sow unrest in Kazakhstan.",
            {("condemnation", "China")},
        ),
        (
            "Pakistan's minister, Zain Noorani, signed the instruments of the settlement.",
            {("agreement", "Zain Noorani")},
        ),
        ("Liberian government forces hit back with machine guns.", {("hostilities", "Liberia")}),
        (
            "Slovenia and Croatia accepted a three-month moratorium.",
            {("agreement", "Slovenia"), ("agreement", "Croatia")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_overtures_barracks_rebellions_treason_unrest_and_instruments(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Security Council shall remain seized of the matter.",
        "Prices hit back at the lows of March.",
        "The uprising of 1956 is remembered every year.",
    ],
)
def test_a_body_seized_prices_and_a_remembered_uprising_give_nothing(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia calls Somalia an expansionist.", {("condemnation", "Ethiopia")}),
        ("Hanoi branded the Saigon leaders American puppets.", {("condemnation", "Vietnam")}),
        (
            "Rockets fired by the Taliban land on Kabul almost every night.",
            {("hostilities", "Taliban")},
        ),
        (
            "Iran condemned the missiles launched by Israel.",
            {("condemnation", "Iran"), ("hostilities", "Israel")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_names_that_accuse_and_weapons_fired_by_an_agent(text, expected):
    assert signals_of(text) == expected


def test_weapons_fired_with_no_agent_name_no_attacker():
    assert signals_of("Missiles fired at the city killed ten.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Soviet Union asked the Security Council to condemn the American intervention.",
            {("condemnation", "Soviet Union")},
        ),
        ("Iran urged the Council to condemn Iraq's aggression.", {("condemnation", "Iran")}),
        ("Pakistan called on the world to condemn the killings.", {("condemnation", "Pakistan")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_asking_others_to_condemn_condemns(text, expected):
    assert signals_of(text) == expected


def test_asking_others_to_stop_blaming_condemns_nothing():
    assert signals_of("Kenya asked Uganda to stop blaming its neighbours.") == set()


@pytest.mark.parametrize("verb", ["alleged", "charged", "claimed", "complained"])
def test_the_subject_after_a_cues_that_is_the_attacker_not_the_accuser(verb):
    found = signals_of(f"Indonesia {verb} that Dutch troops attacked Republican positions.")
    assert ("hostilities", "Netherlands") in found
    assert ("hostilities", "Indonesia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "India appealed to the Netherlands for an immediate standstill of military operations.",
        "India called for a military standstill.",
    ],
)
def test_a_standstill_is_a_truce(text):
    assert signals_of(text) == {("ceasefire_call", "India")}


def test_talks_at_a_standstill_ask_for_nothing():
    assert signals_of("Talks reached a standstill, Norway said.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin, in a televised address, urged restraint.",
            {("ceasefire_call", "Vladimir Putin")},
        ),
        (
            "Erdogan, speaking in Ankara, condemned the attack.",
            {("condemnation", "Recep Tayyip Erdogan")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_surname_before_a_parenthetical_and_its_verb_is_a_person(text, expected):
    assert signals_of(text) == expected


def test_a_surname_in_a_list_after_a_comma_without_a_verb_is_no_actor():
    assert signals_of("In Moscow, Putin, Lavrov and others attended the parade.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Late on Friday Ivan Sokol, the founder of the group, accused the ministry of a strike.",
            {("condemnation", "Ivan Sokol")},
        ),
        ("On Monday Marta Ilic urged restraint.", {("ceasefire_call", "Marta Ilic")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_name_after_an_opening_phrase_of_time_is_a_person(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Amman, guerrilla units still held much of the Wahdat and Jebel Hussein districts "
        "and were firing mortars at army positions.",
        "In Sidon, militias still held much of the Ain Helweh camp and were firing mortars.",
    ],
)
def test_capitalised_words_before_a_place_noun_are_no_person(text):
    assert not any(actor in ("Jebel Hussein", "Ain Helweh") for _, actor in signals_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A statement broadcast by Amman radio accused Damascus of a treacherous invasion.",
            {("condemnation", "Jordan")},
        ),
        (
            "A communique issued by the Iranian foreign ministry condemned the strikes.",
            {("condemnation", "Iran")},
        ),
        ("The Egyptian statement condemned the raid.", {("condemnation", "Egypt")}),
        (
            "The Soviet note demanded that Peking stop its provocations.",
            {("ceasefire_call", "Soviet Union")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_statement_speaks_for_its_author(text, expected):
    assert signals_of(text) == expected


def test_an_attack_carried_out_by_an_agent_is_no_statement_of_it():
    found = signals_of("A raid carried out by Israel killed ten, Egypt said.")
    assert found == {("hostilities", "Israel")}


def test_an_honorific_after_a_title_and_a_comma_opens_the_name_and_letters_close_it():
    text = "The Prime Minister, the Hon Anna Lund MP, urged restraint."
    assert signals_of(text) == {("ceasefire_call", "Anna Lund")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed men had stormed and set fire to the city hall on Wednesday.",
            {("hostilities", "Armed men")},
        ),
        ("Police said armed groups attacked the airport.", {("hostilities", "armed groups")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_armed_men_or_groups_the_text_does_not_name_are_a_group(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text", ["The armed forces shelled the town.", "Men armed with rifles stormed the building."]
)
def test_a_states_armed_forces_and_men_armed_with_rifles_are_no_unnamed_group(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize("dateline", ["ACCRA, June 17 - ", "VIENNA, Nov. 5 - ", "ACCRA - "])
def test_a_wire_datelines_city_and_date_are_no_actor(dateline):
    found = signals_of(dateline + "Liberia's government and the rebels signed a cease-fire.")
    assert ("agreement", "Ghana") not in found and ("agreement", "Austria") not in found
    assert ("agreement", "Liberia") in found


def test_a_surname_before_a_place_noun_is_no_office_holder():
    text = (
        "Jordan in crisis\n21 September 1970\n\n"
        "Guerrillas held the Jebel Hussein districts and were firing mortars at army positions.\n"
    )
    assert not any(actor == "Hussein bin Talal" for _, actor in signals_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops and Vietcong units were still fighting for control of the hamlets.",
            {("hostilities", "Viet Cong")},
        ),
        ("The rebels were fighting in the streets of the capital.", {("hostilities", "rebels")}),
        (
            "Peru has dislodged the Ecuadorian detachments from the three posts.",
            {("hostilities", "Peru")},
        ),
        (
            "Iraqi forces are fighting alongside the Syrian army on the Golan front.",
            {("alliance_support", "Iraq")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_forces_fighting_with_or_without_a_party_named_attack(text, expected):
    assert signals_of(text) == expected


def test_a_state_fighting_corruption_attacks_nobody():
    assert signals_of("Sudan is fighting corruption in its courts.") == set()
