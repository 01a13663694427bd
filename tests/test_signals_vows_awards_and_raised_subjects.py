"""Acts called mistakes or dangers to peace, vows to fight to the end, arbiters' awards
accepted or refused, an appeal or offer carried "with" the traveller, advancing on a
place, and subjects raised over "were reported to be": each in paraphrases of our own.
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


@pytest.mark.parametrize(
    "text",
    [
        "Romania said the intervention was a grave mistake and a danger to peace in Europe.",
        "Romania called the invasion a serious error.",
        "Romania said the occupation was a blow to peace.",
        "Romania described the landing as a blunder.",
    ],
)
def test_an_act_called_a_mistake_or_a_danger_to_peace_is_condemned(text):
    assert ("condemnation", "Romania") in signals_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Liberation Tigers of Tamil Eelam vowed to fight the Indian army to the last man.",
        "Hamas swore to fight until the last Israeli soldier had left Gaza.",
        "The Taliban vowed never to surrender.",
        "The Taliban vowed to fight until final victory.",
    ],
)
def test_a_vow_to_fight_to_the_end_rejects_a_settlement(text):
    assert {s for s, _ in signals_of(text)} == {"negotiation_rejection"}


def test_a_vow_to_protect_until_some_end_rejects_nothing():
    assert (
        signals_of("Kenya vowed to protect civilians until the last refugee had returned.") == set()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Argentina refused to endorse the award.", {("negotiation_rejection", "Argentina")}),
        ("Argentina rejected the arbitral award.", {("negotiation_rejection", "Argentina")}),
        (
            "The Argentine junta would not approve the ruling.",
            {("negotiation_rejection", "Argentina")},
        ),
        ("Chile accepted the award.", {("agreement", "Chile")}),
        ("The Chilean minister received an award for his service.", set()),
    ],
)
def test_an_arbiters_award_is_accepted_or_refused_like_a_deal(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arab League Secretary-General Abdel Khalek Hassouna flew to Algiers with an appeal for an immediate cease-fire.",
            ("ceasefire_call", "Abdel Khalek Hassouna"),
        ),
        (
            "Arab League Secretary-General Abdel Khalek Hassouna arrived in Rabat with an offer of mediation.",
            ("mediation_offer", "Abdel Khalek Hassouna"),
        ),
        (
            "The Ghanaian envoy Kofi Mensah came with an urgent appeal for a truce.",
            ("ceasefire_call", "Kofi Mensah"),
        ),
    ],
)
def test_an_appeal_or_offer_carried_with_a_traveller_is_the_travellers(text, expected):
    assert expected in signals_of(text)


def test_with_the_support_of_another_the_support_is_the_others_and_takes_no_side():
    text = (
        "The Authority requests him to continue facilitating dialogue, with the support of Nigeria."
    )
    assert not any(s == "alliance_support" for s, _ in signals_of(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rwandan troops were reported to be advancing on Kisangani.",
        "Rwandan troops were said to be shelling Kisangani.",
        "Rwandan troops were advancing on Kisangani.",
        "Rwandan troops have been pushing into Kisangani.",
    ],
)
def test_a_subject_raised_over_a_reporting_passive_acts(text):
    assert signals_of(text) == {("hostilities", "Rwanda")}


def test_a_reported_clause_keeps_its_own_subject_and_reporter():
    doc = document_from_text("Kenya said Rwandan troops were shelling Kisangani.", "example")
    [signal] = analyze_document(doc, with_tone=False).signals
    assert (signal.signal, signal.actor, signal.reported_by) == ("hostilities", "Rwanda", "Kenya")
