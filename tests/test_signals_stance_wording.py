"""Stances in wording beyond the common cue verbs: blame put on someone, siding with a
state, calls to restrain troops or stop provocations, to keep talking, a summit called
off, a war to go on until its goals are met; and a forecast that asks for nothing."""

from __future__ import annotations

import pytest
from helpers import signals_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Turkey put the blame on Yerevan.", {("condemnation", "Turkey")}),
        ("Azerbaijan laid the blame on Armenia for the clashes.", {("condemnation", "Azerbaijan")}),
        ("Russia pinned the blame for the shelling on Kyiv.", {("condemnation", "Russia")}),
        ("France has sided openly with Greece.", {("alliance_support", "France")}),
        ("Iran sided firmly with Qatar in the dispute.", {("alliance_support", "Iran")}),
    ],
)
def test_blame_and_taking_sides(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Turkish Foreign Minister Mevlut Cavusoglu said Armenia should stop its provocations.",
            {("ceasefire_call", "Mevlut Cavusoglu")},
        ),
        (
            "Chinese Foreign Minister Wang Yi urged New Delhi to restrain its frontline troops.",
            {("ceasefire_call", "Wang Yi")},
        ),
        (
            "German Foreign Minister Heiko Maas urged both governments to pull back their navies.",
            {("ceasefire_call", "Heiko Maas")},
        ),
        (
            "China urged Washington and Pyongyang to show patience and to keep talking.",
            {("negotiation_call", "China")},
        ),
    ],
)
def test_calls_without_the_word_ceasefire_or_talks(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "US President Donald Trump called off his planned summit with North Korean leader Kim Jong Un.",
            {("negotiation_rejection", "Donald Trump")},
        ),
        (
            "Israeli Prime Minister Benjamin Netanyahu said he was determined to continue the "
            "operation until its goals were achieved.",
            {("negotiation_rejection", "Benjamin Netanyahu")},
        ),
        (
            "Azerbaijani President Ilham Aliyev said the army would continue its advance until "
            "every village was freed.",
            {("negotiation_rejection", "Ilham Aliyev")},
        ),
    ],
)
def test_talks_called_off_and_fighting_on_until_the_goals_are_met(text, expected):
    assert expected <= signals_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hamas official Moussa Abu Marzouk said he expects a ceasefire within a day or two.",
            set(),
        ),
        (
            "The United States expects Israel to halt its offensive.",
            {("ceasefire_call", "United States")},
        ),
    ],
)
def test_expecting_asks_only_of_someone(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
            "Bayramov met in Washington. The ministers agreed to meet again before the end of the month.",
            {("agreement", "Ararat Mirzoyan"), ("agreement", "Jeyhun Bayramov")},
        ),
        (
            "Armenia and Azerbaijan agreed to meet again in Brussels.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
        # a pact declared over, or collapsed, is agreed to by nobody
        ("The Polisario Front declared that its ceasefire with Morocco was over.", set()),
        ("The Polisario Front said the truce had collapsed.", set()),
        (
            "The Polisario Front said it would respect the ceasefire.",
            {("agreement", "Polisario Front")},
        ),
    ],
)
def test_agreeing_to_meet_and_pacts_that_end(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Germany announced that it would supply air defence systems to Kyiv.",
            {("alliance_support", "Germany")},
        ),
        ("Iran has supplied the Houthis with missiles and drones.", {("alliance_support", "Iran")}),
        ("Russia delivered fighter jets to Myanmar's junta.", {("alliance_support", "Russia")}),
        (
            "The United States will send more weapons to Ukraine.",
            {("alliance_support", "United States")},
        ),
        # arms to nobody named, aid that is no arms, and a denial take no side
        ("Germany will send more weapons.", set()),
        ("Egypt sent humanitarian aid to Sudan.", set()),
        ("Iran denied supplying the Houthis with weapons.", set()),
    ],
)
def test_supplying_a_party_with_arms_takes_its_side(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Beijing firmly opposes any external interference in the matter.",
            {("condemnation", "China")},
        ),
        ("Russia opposes talks with the rebels.", {("negotiation_rejection", "Russia")}),
        # "the warring parties" name no war
        (
            "The UN envoy pressed the warring parties to return to the negotiating table.",
            {("negotiation_call", "United Nations")},
        ),
    ],
)
def test_opposing_and_the_warring_parties(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Iraqi Foreign Minister Fuad Hussein told the Security Council that Turkey was "
            "responsible for last week's shelling of a resort near Zakho.",
            {("condemnation", "Fuad Hussein")},
        ),
        (
            "Kyiv said Moscow was behind the missile strike on the city.",
            {("condemnation", "Ukraine")},
        ),
        # responsibility for no attack accuses no one
        ("Turkey said it was responsible for the security of the border.", set()),
    ],
)
def test_saying_another_was_behind_an_attack_accuses_it(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A dissident faction calling itself the Renamo Military Junta, led by General Mariano "
            "Nhongo, rejected the agreement.",
            {("negotiation_rejection", "Renamo Military Junta")},
        ),
        (
            "MILF vice chairman Ghazali Jaafar called on the BIFF to stop its attacks.",
            {("ceasefire_call", "Ghazali Jaafar")},
        ),
    ],
)
def test_a_self_given_name_and_a_vice_chairman(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the place a sentence opens with owns its unqualified ministry
        (
            "Bosnia's president spoke. In Moscow, the foreign ministry denounced the bombing as a "
            "dangerous escalation and called for an immediate halt.",
            {("condemnation", "Russia"), ("ceasefire_call", "Russia")},
        ),
        # inviting a force offers no talks
        (
            "President Habibie said Indonesia would invite an international peacekeeping force.",
            set(),
        ),
    ],
)
def test_the_opening_place_and_an_invited_force(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # hoping a deal holds, or asking that it be kept, is no call for talks
        ("Romania said it hoped the agreement would hold.", set()),
        ("India said it hoped the accord would bring lasting peace.", set()),
        (
            "UN Secretary-General Kofi Annan called on the signatories to implement the agreement.",
            set(),
        ),
        (
            "France calls on all the signatories to implement the agreement in good faith and to "
            "respect the ceasefire strictly.",
            {("ceasefire_call", "France")},
        ),
        # wanting talks still is
        ("Romania said it wanted talks to resume.", {("negotiation_call", "Romania")}),
    ],
)
def test_keeping_a_deal_is_no_call_for_talks(text, expected):
    assert signals_of(text) == expected


def test_implementing_a_truce_agreement_keeps_the_truce():
    text = (
        "Both sides signed a truce on Monday. UN Secretary-General Kofi Annan called on the "
        "signatories to implement the agreement scrupulously."
    )
    assert signals_of(text) == {("ceasefire_call", "Kofi Annan")}
    text = "Both sides signed a trade deal on Monday. The UN called on the signatories to implement the agreement."
    assert signals_of(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # thanks for forces sent take the thanked one's side for the speaker
        (
            "Statement of the Ministry of Foreign Affairs\nManama, 15 March 2011\n\nWe thank the "
            "Kingdom of Saudi Arabia and the United Arab Emirates for the swift dispatch of their forces.\n",
            {("alliance_support", "Saudi Arabia"), ("alliance_support", "United Arab Emirates")},
        ),
        ("Armenia thanked Russia for its military assistance.", {("alliance_support", "Russia")}),
        # thanks for hosting, or for supporting a peace process, take no side
        ("Kenya thanked Norway for hosting the talks.", set()),
        (
            "Cambodia and Thailand thanked the United States and China for their support.",
            set(),
        ),
    ],
)
def test_thanks_for_forces_sent_are_support(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "ECOWAS recognises Adama Barrow as the only legitimate President of The Gambia.",
            {("alliance_support", "ECOWAS")},
        ),
        (
            "The United States recognises Juan Guaido as Venezuela's interim president.",
            {("alliance_support", "United States")},
        ),
    ],
)
def test_recognising_a_rival_as_the_legitimate_leader_takes_his_side(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Egypt rejects any unilateral measures concerning the filling of the dam.",
            {("condemnation", "Egypt")},
        ),
        ("Greece rejected Turkey's provocations in the Aegean.", {("condemnation", "Greece")}),
        # rejecting a proposal is still rejecting it
        ("Armenia rejected the proposal.", {("negotiation_rejection", "Armenia")}),
    ],
)
def test_rejecting_anothers_acts_condemns_them(text, expected):
    assert signals_of(text) == expected
