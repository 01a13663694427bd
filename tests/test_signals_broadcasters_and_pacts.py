"""State broadcasters and briefings that speak for their state, pacts joined, help given to
put down a rising, and charges of complicity: each rule in several paraphrases of our own.

Every case: a text in, the exact set of (signal, actor) pairs out.
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
            "The Soviet news agency TASS said Washington was an accomplice of the aggression.",
            {("condemnation", "Soviet Union")},
        ),
        ("Syrian state radio accused Israel of aggression.", {("condemnation", "Syria")}),
        ("Iranian state television condemned the raid.", {("condemnation", "Iran")}),
        (
            "Cairo radio repeated its charge that American aircraft had joined the raids.",
            {("condemnation", "Egypt")},
        ),
        ("Greece said London was complicit in the invasion.", {("condemnation", "Greece")}),
    ],
    ids=lambda v: str(v)[:40],
)
def test_a_state_broadcaster_and_a_charge_of_complicity(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He denied the charges.",
        "The charges against the two officers were dropped.",
        "The agency said the talks would resume on Monday.",
    ],
)
def test_charges_in_court_and_an_agency_that_reports_are_no_accusation(text):
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He said Soviet units were helping the new Hungarian Government, at its request, "
            "to put down a rebellion.",
            {("alliance_support", "Soviet Union")},
        ),
        (
            "Cuban troops were assisting the Angolan government in restoring order.",
            {("alliance_support", "Cuba")},
        ),
        (
            "Saudi forces helped the Bahraini authorities quell the protests.",
            {("alliance_support", "Saudi Arabia")},
        ),
        (
            "Algeria, which has sent aircraft and troops to Egypt, demanded a new session.",
            {("alliance_support", "Algeria")},
        ),
        ("Iraq joined the defence pact between Egypt and Jordan.", {("alliance_support", "Iraq")}),
        (
            "Montenegro acceded to the defence treaty with Serbia.",
            {("alliance_support", "Montenegro")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_help_to_put_down_a_rising_aircraft_sent_and_pacts_joined_take_a_side(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norway helped the two governments restore the talks.",
        "Japan sent aircraft to evacuate its citizens.",
        "Iraq joined the talks in Geneva.",
    ],
)
def test_help_with_talks_and_aircraft_sent_for_evacuation_take_no_side(text):
    assert signals_of(text) == set()


BRIEFING = (
    "Department of State Daily Press Briefing (excerpts)\n"
    "4 August 2031\n"
    "Transcript as distributed by Capitol Wire\n\n"
    "SPOKESMAN: I have a statement on the border. {line}\n\n"
    "Q: Is the mission finished?\n\n"
    "SPOKESMAN: The mission is not finished.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("We call on the rebels to stop firing.", {("ceasefire_call", "United States")}),
        ("We condemn the shelling of the city.", {("condemnation", "United States")}),
        ("Our position is that the fighting must stop.", {("ceasefire_call", "United States")}),
    ],
)
def test_an_unnamed_spokesman_speaks_for_the_body_that_issued_the_briefing(line, expected):
    assert signals_of(BRIEFING.format(line=line)) == expected


def test_an_unnamed_spokesman_of_no_known_body_speaks_for_nobody():
    text = (
        "Daily Press Briefing (excerpts)\n4 August 2031\n\n"
        "SPOKESMAN: We call on the rebels to stop firing.\n"
    )
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("headline", "greeting", "line", "expected"),
    [
        (
            '"Your time is up": the President\'s address on Haiti',
            "My fellow Americans, tonight I speak to you.",
            "I urge all Haitians to refrain from violence.",
            {("ceasefire_call", "Bill Clinton")},
        ),
        (
            "The President's televised address on Cambodia",
            "My fellow Americans, good evening.",
            "I call on Hanoi to stop its attacks.",
            {("ceasefire_call", "Richard Nixon")},
        ),
        (
            "The Prime Minister's statement on the Falklands",
            "My fellow Britons, I speak to you tonight.",
            "We condemn the invasion of the islands.",
            {("condemnation", "United Kingdom")},
        ),
    ],
    ids=lambda v: str(v)[:30],
)
def test_a_speech_the_headline_gives_to_an_office_is_its_holders(
    headline, greeting, line, expected
):
    dates = {"Haiti": "15 September 1994", "Cambodia": "30 April 1970", "Falklands": "3 April 1982"}
    date = next(d for k, d in dates.items() if k in headline)
    text = f"{headline}\n{date}\n\n{greeting}\n\n{line}\n"
    assert signals_of(text) == expected


def test_a_state_a_headline_names_as_its_topic_is_no_voice():
    text = (
        "The President's address on Haiti\n15 September 2031\n\n"
        "Tonight I speak to you.\n\nI urge all Haitians to refrain from violence.\n"
    )
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The junta in Niger refused to receive a joint mission of ECOWAS and the AU.",
            {("negotiation_rejection", "Niger")},
        ),
        (
            "Myanmar's generals have refused even to receive the special envoy of the UN.",
            {("negotiation_rejection", "Myanmar")},
        ),
        (
            "The Taliban declined to receive the envoy sent by Pakistan.",
            {("negotiation_rejection", "Taliban")},
        ),
        (
            "The authorities in Damascus refused to meet the Arab League delegation.",
            {("negotiation_rejection", "Syria")},
        ),
        (
            "The military regime in Khartoum rejected the plan.",
            {("negotiation_rejection", "Sudan")},
        ),
    ],
    ids=lambda v: str(v)[:40],
)
def test_refusing_to_receive_a_go_between_rejects_talks_and_the_government_in_a_state(
    text, expected
):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Qatar received the envoy on Monday.",
        "The rebels in Mali rejected the plan.",
    ],
)
def test_a_go_between_received_and_rebels_in_a_state_are_no_rejection_by_it(text):
    assert signals_of(text) <= {("negotiation_rejection", "rebels")}
    assert ("negotiation_rejection", "Mali") not in signals_of(text)


def test_a_speech_the_headline_gives_to_a_titled_name_is_that_persons():
    text = (
        '"We will not stand by": excerpts from President Reagan\'s address on Lebanon\n'
        "2 September 1982\n\nGood evening.\n\nI call on all parties to stop the shelling.\n"
    )
    assert signals_of(text) == {("ceasefire_call", "Ronald Reagan")}


def test_a_speech_headline_name_shared_with_a_later_namesake_is_not_the_namesakes():
    text = (
        "Excerpts from President Johnson's address on the Dominican Republic\n"
        "2 May 1965\n\nGood evening.\n\nI call on all parties to stop the shelling.\n"
    )
    assert ("ceasefire_call", "Boris Johnson") not in signals_of(text)
