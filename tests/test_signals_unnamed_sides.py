"""A side taken that no actor name stands for: a state's people, an ally by a possessive."""

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
            "The Soviet Union stood on the side of the Cypriot people and their government.",
            {("alliance_support", "Soviet Union")},
        ),
        (
            "China expressed solidarity with the Palestinian people.",
            {("alliance_support", "China")},
        ),
        ("Turkey said it would stand by its ally.", {("alliance_support", "Turkey")}),
        ("Russia backs its allies in the region.", {("alliance_support", "Russia")}),
        (
            "Cuba declared its full support for the Angolan people.",
            {("alliance_support", "Cuba")},
        ),
        (
            "Turkey reaffirmed its support for the Palestinian cause.",
            {("alliance_support", "Turkey")},
        ),
        ("Syria would stand by the Palestinian revolution.", {("alliance_support", "Syria")}),
        ("Syrian snipers fired on the convoy.", {("hostilities", "Syria")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_states_people_or_an_ally_backed_is_a_side_taken(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "France supports the Malian people's aspirations for peace.",
        "The Ukrainian people will never accept the occupation.",
        "Sweden supports its partners' call for talks.",
        "Norway supports the people in need.",
    ],
)
def test_a_peoples_aspirations_a_people_acting_and_a_partners_call_take_no_side(text):
    assert ("alliance_support", "France") not in signals_of(text)
    assert not {s for s in signals_of(text) if s[0] == "alliance_support"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anglo-French forces shelled Port Said.",
            {("hostilities", "United Kingdom"), ("hostilities", "France")},
        ),
        (
            "Soviet-Cuban troops attacked the town.",
            {("hostilities", "Soviet Union"), ("hostilities", "Cuba")},
        ),
        (
            "Sino-Soviet border guards clashed on the island.",
            {("hostilities", "China"), ("hostilities", "Soviet Union")},
        ),
        (
            "British and French paratroopers dropped on Port Said at dawn.",
            {("hostilities", "United Kingdom"), ("hostilities", "France")},
        ),
        (
            "The South Vietnamese command accused the Communists of violations.",
            {("condemnation", "South Vietnam")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_compound_national_adjectives_and_a_command_name_their_states(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian-backed separatists met the envoy.",
        "Prices dropped on Monday.",
        "The Anglo-Saxon press criticised nobody.",
    ],
)
def test_a_hyphenated_word_with_one_state_or_none_and_prices_dropping(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("date", "expected"),
    [("17 March 1995", "Bill Clinton"), ("17 March 2010", "Hillary Clinton")],
)
def test_a_surname_two_office_holders_share_is_the_one_in_office_on_the_date(date, expected):
    text = f"Talks on the border\n{date}\n\nClinton urged both sides to stop the fighting.\n"
    assert signals_of(text) == {("ceasefire_call", expected)}


def test_a_shared_surname_on_no_date_names_nobody():
    assert signals_of("Clinton urged both sides to stop the fighting.") == set()


def test_a_surname_is_no_one_who_took_office_decades_after_the_date():
    text = "Talks on the island\n2 May 1965\n\nJohnson urged both sides to stop the fighting.\n"
    assert ("ceasefire_call", "Boris Johnson") not in signals_of(text)


def test_the_csce_is_named_as_it_was_not_as_its_successor():
    text = "The CSCE's crisis committee called for an immediate cease-fire throughout Yugoslavia."
    assert signals_of(text) == {
        ("ceasefire_call", "Conference on Security and Co-operation in Europe")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Foreign Minister of the Republic of Afghanistan, Abdul Wakil, signed the accord.",
            {("agreement", "Abdul Wakil")},
        ),
        ("The Islamic Republic of Iran condemned the raid.", {("condemnation", "Iran")}),
        (
            "The Prime Minister of the Hashemite Kingdom of Jordan, Sami Halaf, urged restraint.",
            {("ceasefire_call", "Sami Halaf")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_states_formal_name_is_the_state(text, expected):
    assert signals_of(text) == expected


def test_a_secretary_of_state_keeps_the_state_in_the_title():
    found = signals_of("The Secretary of State of the United States, Dean Rusk, urged restraint.")
    assert found == {("ceasefire_call", "Dean Rusk")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Arab League decided to support the measures taken by the Kingdom of Saudi Arabia.",
            {("alliance_support", "Arab League")},
        ),
        (
            "Erdogan expressed his full support for the steps being taken by the Russian leadership.",
            {("alliance_support", "Recep Tayyip Erdogan")},
        ),
        (
            "France supports all the efforts and decisions of ECOWAS.",
            {("alliance_support", "France")},
        ),
        ("Germany backs Russia's position on the border.", {("alliance_support", "Germany")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_backing_a_partys_measures_steps_decisions_or_position_backs_the_party(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sweden backed Berri's efforts to end the crisis.",
        "Norway supports the efforts of the African Union to mediate.",
    ],
)
def test_backing_someones_efforts_takes_no_side(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Macron reaffirmed Israel's right to defend itself.",
            {("alliance_support", "Emmanuel Macron")},
        ),
        ("Germany supports Ukraine's right of self-defence.", {("alliance_support", "Germany")}),
        ("Japan underlined Taiwan's right to defend itself.", {("alliance_support", "Japan")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_affirming_anothers_right_to_defend_itself_takes_its_side(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Israel has a right to defend itself, Netanyahu said.",
        "Turkey said the operation was in line with its right of self-defence.",
    ],
)
def test_claiming_ones_own_right_to_self_defence_takes_no_side(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("date", "surname", "expected"),
    [
        ("17 January 1991", "Bush", "George H. W. Bush"),
        ("20 March 2003", "Bush", "George W. Bush"),
        ("2 May 1965", "Johnson", "Lyndon B. Johnson"),
        ("2 May 2020", "Johnson", "Boris Johnson"),
    ],
)
def test_namesakes_in_office_at_different_times_are_told_apart_by_the_date(date, surname, expected):
    text = f"Talks on the border\n{date}\n\n{surname} urged both sides to stop the fighting.\n"
    assert signals_of(text) == {("ceasefire_call", expected)}
