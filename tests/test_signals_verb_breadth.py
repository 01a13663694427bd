"""Verbs of the same acts beyond the commonest ones, as event coders list them
(CAMEO's verb classes, PETRARCH2's verb dictionary): each in paraphrases of our own,
and the readings of the same words that name no act.

Every case: a sentence in, the exact set of (signal, actor) pairs out.
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


CASES = {
    "destroying, plundering and seizing": [
        ("M23 rebels torched three villages near Goma on Tuesday.", {("hostilities", "M23")}),
        (
            "Houthi fighters ransacked the town after the Yemeni army withdrew.",
            {("hostilities", "Houthis")},
        ),
        (
            "The Myanmar army razed villages it suspected of sheltering Arakan Army fighters.",
            {("hostilities", "Myanmar")},
        ),
        ("Burmese soldiers fired on protesters in Yangon.", {("hostilities", "Myanmar")}),
        ("Burmese soldiers gunned down protesters in Yangon.", {("hostilities", "Myanmar")}),
        (
            "Al-Shabaab militants abducted two aid workers near Mogadishu.",
            {("hostilities", "al-Shabaab")},
        ),
        ("Russian troops occupied the Zaporizhzhia nuclear plant.", {("hostilities", "Russia")}),
    ],
    "fighting a party named as the object": [
        (
            "Sudanese troops fought the Rapid Support Forces in Omdurman on Tuesday.",
            {("hostilities", "Sudan")},
        ),
        (
            "Sudanese troops battled the Rapid Support Forces for control of the airport.",
            {("hostilities", "Sudan")},
        ),
        (
            "Saudi units skirmished with Houthi fighters along the border overnight.",
            {("hostilities", "Saudi Arabia")},
        ),
        ("Nigerian troops have been fighting against Boko Haram.", {("hostilities", "Nigeria")}),
        # fighting at a party's side takes its side, and fights no one named
        (
            "Chadian troops fought alongside Malian soldiers last year.",
            {("alliance_support", "Chad")},
        ),
    ],
    "reproaching": [
        (
            "Greek foreign minister Nikos Dendias chided Turkey for sending a survey ship.",
            {("condemnation", "Nikos Dendias")},
        ),
        ("Greece reproached Turkey for sending a survey ship.", {("condemnation", "Greece")}),
        ("Germany faulted Russia for the collapse of the truce.", {("condemnation", "Germany")}),
        ("Moscow railed against NATO's expansion.", {("condemnation", "Russia")}),
        ("Beijing took aim at Washington over the arms sales.", {("condemnation", "China")}),
    ],
    "declining and walking away": [
        (
            "The Syrian government declined to attend the talks in Geneva.",
            {("negotiation_rejection", "Syria")},
        ),
        (
            "The Taliban declined an invitation to the negotiations.",
            {("negotiation_rejection", "Taliban")},
        ),
        ("Hamas stayed away from the talks in Cairo.", {("negotiation_rejection", "Hamas")}),
        (
            "Serbia walked away from the EU-brokered dialogue.",
            {("negotiation_rejection", "Serbia")},
        ),
        ("Eritrea shunned the peace talks in Nairobi.", {("negotiation_rejection", "Eritrea")}),
        ("Armenia repudiated the ceasefire agreement.", {("negotiation_rejection", "Armenia")}),
    ],
    "asking and advocating": [
        ("Kenya petitioned both sides to agree a ceasefire.", {("ceasefire_call", "Kenya")}),
        ("Ghana lobbied for a ceasefire at the summit.", {("ceasefire_call", "Ghana")}),
        (
            "Senator John Smith advocated direct talks with North Korea.",
            {("negotiation_call", "John Smith")},
        ),
        (
            "Norway has long championed dialogue between the two sides.",
            {("negotiation_call", "Norway")},
        ),
    ],
    "consenting and acceding": [
        ("The Burmese junta consented to a truce.", {("agreement", "Myanmar")}),
        ("Eritrea acceded to the peace agreement.", {("agreement", "Eritrea")}),
        (
            "Uganda's parliament ratified the peace accord with the LRA.",
            {("agreement", "Parliament of Uganda")},
        ),
    ],
    "interceding": [
        (
            "The Vatican offered to intercede between the government and the students.",
            {("mediation_offer", "Vatican City")},
        ),
        (
            "Norway said it was ready to arbitrate between the two sides.",
            {("mediation_offer", "Norway")},
        ),
    ],
    "forces pulled back, asked for": [
        (
            "The Security Council demanded that Iraq withdraw all its forces from Kuwait.",
            {("ceasefire_call", "UN Security Council")},
        ),
        (
            "France urged Russia to pull its troops back from the border.",
            {("ceasefire_call", "France")},
        ),
        (
            "Kenya called on Ethiopia to remove its soldiers from Somalia.",
            {("ceasefire_call", "Kenya")},
        ),
    ],
    "talking, compromising, conferring": [
        ("Egypt urged both sides to seek a compromise.", {("negotiation_call", "Egypt")}),
        (
            "The EU urged Belgrade and Pristina to talk to each other.",
            {("negotiation_call", "European Union")},
        ),
        ("Germany called for a peace conference on Libya.", {("negotiation_call", "Germany")}),
    ],
    "taking a side": [
        ("Iran has propped up Bashar al-Assad for years.", {("alliance_support", "Iran")}),
        (
            "Saudi Arabia and Egypt rallied behind Bahrain.",
            {("alliance_support", "Saudi Arabia"), ("alliance_support", "Egypt")},
        ),
        ("Russia threw its weight behind Serbia.", {("alliance_support", "Russia")}),
        ("Chad came to the aid of Cameroon.", {("alliance_support", "Chad")}),
    ],
    "fights named by a noun": [
        (
            "Firefights between Indian and Pakistani troops erupted along the Line of Control.",
            {("hostilities", "India"), ("hostilities", "Pakistan")},
        ),
        (
            "Skirmishes between Thai and Cambodian soldiers killed two.",
            {("hostilities", "Thailand"), ("hostilities", "Cambodia")},
        ),
    ],
    "idioms read whole": [
        (
            "Israel and Hamas struck a deal on a truce in Gaza.",
            {("agreement", "Israel"), ("agreement", "Hamas")},
        ),
        (
            "Armenia and Azerbaijan clinched a deal on the border.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
        (
            "Ethiopia and Eritrea hammered out a peace deal in Jeddah.",
            {("agreement", "Ethiopia"), ("agreement", "Eritrea")},
        ),
        ("Israel closed the door to talks with Hamas.", {("negotiation_rejection", "Israel")}),
        (
            "Kyiv slammed the door on negotiations with Moscow.",
            {("negotiation_rejection", "Ukraine")},
        ),
    ],
    "more names for talks and for outrage": [
        (
            "The EU encouraged the parties to continue their discussions.",
            {("negotiation_call", "European Union")},
        ),
        ("France urged both sides to use diplomatic channels.", {("negotiation_call", "France")}),
        ("India voiced outrage over the attack in Pahalgam.", {("condemnation", "India")}),
        ("Ghana expressed its strong disapproval of the coup.", {("condemnation", "Ghana")}),
    ],
    "ending one's own truce rejects it": [
        (
            "The Polisario Front declared an end to its 1991 ceasefire with Morocco.",
            {("negotiation_rejection", "Polisario Front")},
        ),
        (
            "The ELN announced the end of its unilateral ceasefire.",
            {("negotiation_rejection", "National Liberation Army")},
        ),
        (
            "The Polisario Front announced the end of the ceasefire.",
            {("negotiation_rejection", "Polisario Front")},
        ),
        # declaring a truce of one's own still agrees to it
        ("The ELN announced a unilateral ceasefire.", {("agreement", "National Liberation Army")}),
    ],
    "stopping the fighting by its verb": [
        (
            "The Arab League called on the Houthis to stop targeting Saudi cities.",
            {("ceasefire_call", "Arab League")},
        ),
        ("Qatar urged Israel to halt the killing of civilians.", {("ceasefire_call", "Qatar")}),
    ],
    "the kingdom of a ministry named before": [
        (
            "Morocco's foreign ministry said the kingdom remained committed to the ceasefire.",
            {("agreement", "Morocco")},
        ),
    ],
    "engaging in talks, refused": [
        (
            "Somalia said it would not engage in talks with Ethiopia until the memorandum was withdrawn.",
            {("negotiation_rejection", "Somalia")},
        ),
        (
            "Serbia said it would not engage in any dialogue with Pristina.",
            {("negotiation_rejection", "Serbia")},
        ),
        (
            "The ELN said it would not enter into negotiations with Bogota.",
            {("negotiation_rejection", "National Liberation Army")},
        ),
    ],
    "rejecting an infringement condemns it": [
        ("Egypt rejected any infringement of Somalia's sovereignty.", {("condemnation", "Egypt")}),
        ("China rejected the violation of its airspace by US drones.", {("condemnation", "China")}),
    ],
    "ending the fighting by a noun": [
        ("Norway called for the immediate cessation of violence.", {("ceasefire_call", "Norway")}),
        ("Chile called for the suspension of attacks on civilians.", {("ceasefire_call", "Chile")}),
    ],
    "a party, not a plan named after one": [
        ("Russia reaffirmed its support for Serbia.", {("alliance_support", "Russia")}),
        (
            "Turkey voiced support for Azerbaijan and its peace proposal.",
            {("alliance_support", "Turkey")},
        ),
    ],
    "orders to one's own forces": [
        (
            "Netanyahu's office said he had ordered the army to continue fighting with full force.",
            {("negotiation_rejection", "Benjamin Netanyahu")},
        ),
        (
            "Russian President Vladimir Putin ordered a ceasefire over the Orthodox Christmas.",
            {("agreement", "Vladimir Putin")},
        ),
        ("Ilham Aliyev ordered his troops to halt their advance.", {("agreement", "Ilham Aliyev")}),
        (
            "Trump ordered air strikes on Houthi targets in Yemen.",
            {("hostilities", "Donald Trump")},
        ),
        (
            "Dmitry Medvedev ordered an end to military operations in Georgia.",
            {("agreement", "Dmitry Medvedev")},
        ),
    ],
    "an occupation as an act, a ceasefire asked for beside the adjective": [
        (
            "The Security Council demanded that the M23 cease all hostilities and withdraw from all occupied areas.",
            {("ceasefire_call", "UN Security Council")},
        ),
        ("Ukraine shelled the occupied city of Donetsk.", {("hostilities", "Ukraine")}),
    ],
    "wanting none of it": [
        (
            "North Korea said it had no interest in talks with Seoul.",
            {("negotiation_rejection", "North Korea")},
        ),
        (
            "Hamas said it was not interested in a temporary truce.",
            {("negotiation_rejection", "Hamas")},
        ),
        (
            "Russia has no intention of negotiating with Kyiv.",
            {("negotiation_rejection", "Russia")},
        ),
        ("Serbia turned its back on the EU-led dialogue.", {("negotiation_rejection", "Serbia")}),
    ],
    "striving for": [
        ("Turkey will strive for a lasting ceasefire in Syria.", {("ceasefire_call", "Turkey")}),
        ("France will spare no effort to achieve a ceasefire.", {("ceasefire_call", "France")}),
        (
            "Qatar will spare no effort to bring the parties back to the negotiating table.",
            {("negotiation_call", "Qatar")},
        ),
    ],
    "taking on a mediator's role": [
        ("Qatar agreed to mediate between the two sides.", {("mediation_offer", "Qatar")}),
        (
            "Norway has agreed to act as a facilitator in the talks.",
            {("mediation_offer", "Norway")},
        ),
        (
            "Turkey agreed on Monday to host the next round of talks.",
            {("mediation_offer", "Turkey")},
        ),
        ("Kenya accepted the role of mediator.", {("mediation_offer", "Kenya")}),
        ("Oman has agreed to step in as mediator.", {("mediation_offer", "Oman")}),
    ],
    "a third party ready to support others' talks": [
        (
            "Norway is ready to support the talks between Colombia and the ELN.",
            {("mediation_offer", "Norway"), ("negotiation_call", "Norway")},
        ),
        # a party ready for its own talks wants them
        ("Ukraine is ready for talks with Russia.", {("negotiation_call", "Ukraine")}),
    ],
    "more idioms of the same acts": [
        (
            "Turkey took issue with Greece's militarisation of the islands.",
            {("condemnation", "Turkey")},
        ),
        (
            "Russia poured cold water on the idea of peace talks.",
            {("negotiation_rejection", "Russia")},
        ),
        (
            "Armenia and Azerbaijan signed off on a ceasefire deal.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
        ("Sudan's army gave the green light to talks in Jeddah.", {("agreement", "Sudan")}),
        ("Ethiopia's military staged an incursion into Sudan.", {("hostilities", "Ethiopia")}),
    ],
    "asking a party not to attack, or to avoid a wider war": [
        ("The UN urged Russia not to attack Ukraine.", {("ceasefire_call", "United Nations")}),
        (
            "Biden telephoned Putin to urge him not to invade Ukraine.",
            {("ceasefire_call", "Joe Biden")},
        ),
        (
            "Guterres urged them to avoid any further escalation.",
            {("ceasefire_call", "Antonio Guterres")},
        ),
        ("France called on both sides to prevent a wider war.", {("ceasefire_call", "France")}),
    ],
    "offering one's good offices, receiving the delegations": [
        (
            "Norway placed its good offices at the disposal of the two governments.",
            {("mediation_offer", "Norway")},
        ),
        ("Qatar offered its good offices.", {("mediation_offer", "Qatar")}),
        (
            "Algeria said it was ready to receive both delegations in Algiers.",
            {("mediation_offer", "Algeria")},
        ),
        (
            "The AU welcomed the readiness expressed by Kenya to continue facilitating contacts "
            "between the two parties.",
            {("mediation_offer", "Kenya")},
        ),
    ],
    "what breaks the law, refused": [
        (
            "Russia said the strikes were contrary to international law.",
            {("condemnation", "Russia")},
        ),
        (
            "China will never accept any attempt to change the status quo by force.",
            {("condemnation", "China")},
        ),
        (
            "Kenya said the annexation was in violation of the UN Charter.",
            {("condemnation", "Kenya")},
        ),
        (
            "Brahim Ghali has vowed to continue the armed struggle.",
            {("negotiation_rejection", "Brahim Ghali")},
        ),
    ],
    "talks named after a place": [
        (
            "The EU urged all parties to return to the Luanda and Nairobi processes.",
            {("negotiation_call", "European Union")},
        ),
        (
            "Kenya urged the parties to re-engage in the Doha process.",
            {("negotiation_call", "Kenya")},
        ),
        ("France called for a revival of the Normandy format.", {("negotiation_call", "France")}),
        ("Turkey rejected the Astana format.", {("negotiation_rejection", "Turkey")}),
    ],
    "joining talks, not anything joined": [
        ("Pakistan agreed to attend the summit.", {("agreement", "Pakistan")}),
        ("Pakistan offered to take part in the talks.", {("agreement", "Pakistan")}),
        ("Hamas refused to join the meeting.", {("negotiation_rejection", "Hamas")}),
    ],
    "keeping one's arms, refusing to stop": [
        ("The M23 refused to lay down its arms.", {("negotiation_rejection", "M23")}),
        ("The M23 said it would not lay down its arms.", {("negotiation_rejection", "M23")}),
        ("The M23 vowed never to lay down its weapons.", {("negotiation_rejection", "M23")}),
        ("The M23 vowed never to stop fighting.", {("negotiation_rejection", "M23")}),
        ("Hamas said it would not halt its attacks.", {("negotiation_rejection", "Hamas")}),
        (
            "Israel said it would not cease its operations until the hostages were freed.",
            {("negotiation_rejection", "Israel")},
        ),
        ("The UN urged the M23 to lay down its arms.", {("ceasefire_call", "United Nations")}),
        (
            "Kenya urged the rebels of the M23 to give up their weapons.",
            {("ceasefire_call", "Kenya")},
        ),
    ],
    "a commitment given up": [
        (
            "The Polisario Front said it no longer considered itself bound by the ceasefire.",
            {("negotiation_rejection", "Polisario Front")},
        ),
        ("Russia said it was no longer bound by the truce.", {("negotiation_rejection", "Russia")}),
        ("Russia said it remained bound by the truce.", {("agreement", "Russia")}),
    ],
    "opposing another's acts": [
        (
            "India strongly opposes Pakistan's support for cross-border terrorism.",
            {("condemnation", "India")},
        ),
        ("Ukraine rejected Russia's annexation of Crimea.", {("condemnation", "Ukraine")}),
        (
            "Iran opposes the deployment of foreign troops in the Gulf.",
            {("condemnation", "Iran")},
        ),
        (
            "China firmly opposed the US arms sales to Taiwan.",
            {("condemnation", "China"), ("alliance_support", "United States")},
        ),
    ],
    "a need underscored, noted or affirmed": [
        (
            "Blinken underscored the importance of de-escalation.",
            {("ceasefire_call", "Antony Blinken")},
        ),
        ("Qatar affirmed the necessity of an immediate ceasefire.", {("ceasefire_call", "Qatar")}),
        ("Norway noted the need for a negotiated settlement.", {("negotiation_call", "Norway")}),
    ],
    "armies drawn apart": [
        (
            "India and China agreed to disengage their troops along the border.",
            {("agreement", "India"), ("agreement", "China")},
        ),
        (
            "The UN urged Armenia and Azerbaijan to pull back from the line of contact.",
            {("ceasefire_call", "United Nations")},
        ),
    ],
    "lending forces or helping a party fight": [
        (
            "The United Arab Emirates provided air cover for the Libyan National Army.",
            {("alliance_support", "United Arab Emirates")},
        ),
        (
            "Turkey gave air support to the Syrian National Army during the offensive.",
            {("alliance_support", "Turkey")},
        ),
        (
            "Moscow sent military advisers to the Central African Republic's army.",
            {("alliance_support", "Russia")},
        ),
        (
            "France dispatched fighter jets to help the Malian army repel the jihadists.",
            {("alliance_support", "France")},
        ),
        (
            "Russian warplanes helped Syrian government forces retake Palmyra.",
            {("alliance_support", "Russia"), ("hostilities", "Russia")},
        ),
        (
            "Iran assisted the Houthis in fighting the Saudi-led coalition.",
            {("alliance_support", "Iran")},
        ),
    ],
    "calling an act or a vote by a condemning name": [
        ("Moscow labelled the sanctions illegal.", {("condemnation", "Russia")}),
        ("Russia dismissed the vote as a farce.", {("condemnation", "Russia")}),
        ("Kyiv regards the referendum as a sham.", {("condemnation", "Ukraine")}),
        ("Kenya considers the incursion a hostile act.", {("condemnation", "Kenya")}),
    ],
    "an invasion, aggression or intervention named with its agent": [
        (
            "Kuwait condemned the Iraqi aggression against the State of Kuwait.",
            {("condemnation", "Kuwait"), ("hostilities", "Iraq")},
        ),
        ("The summit reviewed the Iraqi invasion of Kuwait.", {("hostilities", "Iraq")}),
        (
            "British and French paratroopers attacked Port Said at dawn.",
            {("hostilities", "United Kingdom"), ("hostilities", "France")},
        ),
        (
            "Turkey demanded a halt to the Russian intervention.",
            {("ceasefire_call", "Turkey")},
        ),
        (
            "The Security Council demands an immediate end to foreign military intervention in "
            "Cyprus.",
            {("ceasefire_call", "UN Security Council")},
        ),
    ],
    "a deal welcomed by others is signed by its agents": [
        (
            "Kenya welcomed the peace declaration signed today by Ecuador and Peru.",
            {("agreement", "Ecuador"), ("agreement", "Peru")},
        ),
        (
            "The EU welcomed the agreement signed by Armenia and Azerbaijan in Washington.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
        (
            "Norway praised the ceasefire agreed jointly by Colombia and the ELN.",
            {("agreement", "Colombia"), ("agreement", "National Liberation Army")},
        ),
    ],
    "pledging to defend a party": [
        (
            "Moscow, which has pledged to defend Cuba against any attack, said nothing.",
            {("alliance_support", "Russia")},
        ),
        ("The United States vowed to defend Taiwan.", {("alliance_support", "United States")}),
        (
            "France said it would come to the defence of Greece.",
            {("alliance_support", "France")},
        ),
    ],
    "denying an act any justification": [
        (
            "Japan said there was no justification for China's military drills.",
            {("condemnation", "Japan")},
        ),
        (
            "Nothing can justify the killing of civilians, the EU said.",
            {("condemnation", "European Union")},
        ),
        ("Kenya said the attack could not be justified.", {("condemnation", "Kenya")}),
    ],
    "training to fight together": [
        (
            "Russia and Belarus held joint military drills near the border.",
            {("alliance_support", "Russia"), ("alliance_support", "Belarus")},
        ),
        (
            "The United States and South Korea began joint naval exercises on Sunday.",
            {("alliance_support", "United States"), ("alliance_support", "South Korea")},
        ),
        ("China held joint naval drills with Russia.", {("alliance_support", "China")}),
    ],
    "thanks for an offer of good offices": [
        (
            "Kyrgyzstan is grateful to Russia and Kazakhstan for their offers to facilitate "
            "contacts between the parties.",
            {("mediation_offer", "Russia"), ("mediation_offer", "Kazakhstan")},
        ),
        (
            "Armenia thanked France for its offer to host talks.",
            {("mediation_offer", "France")},
        ),
    ],
    "talks named as the only way": [
        (
            "Turkey said the way forward was through diplomacy, not war.",
            {("negotiation_call", "Turkey")},
        ),
        (
            "Qatar said dialogue remains the only way to resolve the crisis.",
            {("negotiation_call", "Qatar")},
        ),
        (
            "Egypt said negotiations were the only path to a lasting peace.",
            {("negotiation_call", "Egypt")},
        ),
        (
            "Kenya said the only way out is a negotiated settlement.",
            {("negotiation_call", "Kenya")},
        ),
    ],
    "an office holder's surname as an object": [
        ("Russia backed Lukashenko on Sunday.", {("alliance_support", "Russia")}),
        (
            "The Kremlin threw its weight behind Lukashenko, promising help if needed.",
            {("alliance_support", "Russia")},
        ),
        (
            "Beijing accused Blinken of smearing China.",
            {("condemnation", "China")},
        ),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in CASES.values() for case in cases],
    ids=[f"{name}: {text[:40]}" for name, cases in CASES.items() for text, _ in cases],
)
def test_the_act_is_read_from_its_less_common_verbs(text, expected):
    assert expected and signals_of(text) == expected


NOT_SIGNALS = [
    # fighting no party
    "Kenya battled a severe drought last year.",
    "Ukraine is fighting corruption in its courts.",
    # declining that refuses no talks
    "Attacks on Israel declined sharply after the truce.",
    "Syria declined to comment on the report.",
    "NATO declined to give Georgia a Membership Action Plan.",
    # refusing to give ground is no refusal of talks
    "India refused to compromise on its sovereignty.",
    # a withdrawal that is done, not asked for
    "Russia withdrew its troops from Kherson in November.",
    # striking a tone, hitting a snag: idioms that hit nothing
    "Turkey struck a conciliatory tone towards Greece.",
    "The talks between Israel and Hamas hit a snag.",
    # backing a plan named after a body takes no side
    "Indonesia reiterated its support for the ASEAN Five-Point Consensus.",
    "France reiterated its support for the EU plan.",
    "Egypt reaffirmed its support for the Arab Peace Initiative.",
    # an order as a noun, or by a decree suspended (an order to another party demands:
    # test_signals_wordings)
    "Kenya deployed troops in order to end the fighting.",
    "The court issued an order to halt the deportations.",
    "Colombia suspended a decree ordering a bilateral ceasefire with the ELN.",
    # a talks' headline clause and a clause of its own after "as"
    "Lebanon truce talks continue as strikes hit the south.",
    # a participle before a noun is an adjective: no occupation, no siege by anyone
    "Kenya urged the rebels to withdraw from all occupied areas.",
    "Aid reached the besieged city of Mariupol on Monday.",
    # refraining from what is no fighting
    "The Council called on all States to refrain from providing support to armed groups.",
    # no intention of what is no talks; a mediator's "no intention of mediating"
    "Kenya said it had no intention of sending troops.",
    "Russia said it had no intention of mediating between its two partners.",
    # engaging in something that is no talks
    "Russia has engaged in a campaign of disinformation.",
    # a truce announced is not always one's own
    "The UN announced that a ceasefire had been agreed.",
    # an adjective, not an occupation by anyone
    "Israeli settlers live in the occupied West Bank.",
    # a role agreed for another party, or a deal that another party mediated
    "The two sides agreed for Qatar to mediate the prisoner exchange.",
    "Egypt did not agree to mediate.",
    # accepting is no condemnation; only refusing is
    "Serbia accepted the mediation of the EU and its interference.",
    # an attack averted was not made
    "The deal averted the American strikes that Obama had threatened.",
    "Russia averted a Ukrainian offensive.",
    # an aim to attack is no attack
    "Russia is seeking to occupy Kharkiv.",
    "Russia threatened to invade Ukraine.",
    # a coup seizes no one
    "Mali's army seized power in a coup.",
    # promising not to attack is no call on another
    "Russia promised not to attack Ukraine.",
    # a process named by no place is no talks
    "The UN urged Kenya to respect the electoral process.",
    # staging what is no attack
    "Serbian protesters staged a sit-in outside the embassy.",
    # a forecast that an actor will not act
    "Analysts say Moscow is unlikely to agree to a ceasefire before the spring.",
    "Hamas is unlikely to accept the proposal.",
    # joining what is no talks
    "Pakistan offered to join a neutral investigation.",
    "Pakistan agreed to join the investigation.",
    "Turkey refused to join the sanctions.",
    # a forecast of the war itself, no party's vow
    "The war will not halt soon, analysts said.",
    # a gerund coordinated with the object of an accusation is the accused's, not the accuser's
    "Kenya accused the rebels of raiding villages and abducting scores of people.",
    # a way out that is no talks
    "Russia said the only way forward is the capitulation of Kyiv.",
    "Israel said the only way to end the war is to destroy Hamas.",
    "Kenya said the only way out was a military victory.",
    # help that takes no side in the fighting
    "Qatar helped broker a truce between Israel and Hamas.",
    "Egypt helped Gaza residents reach hospitals.",
    "The UN provided food aid to Yemen.",
    "France provided humanitarian assistance to Lebanon.",
]


@pytest.mark.parametrize("text", NOT_SIGNALS)
def test_the_same_words_naming_no_act_give_no_signal(text):
    assert {s for s in signals_of(text) if s[0] != "condemnation"} == set()


# an evaluation that condemns nothing, or a word of evaluation that is no verb of it
# a framework or truce whose agent stands outside it: no agreement of that agent
NOT_AGREEMENTS = [
    "Kenya backed the framework endorsed by the African Union.",
    "Kenya praised the truce brokered by Qatar.",
]

# patrols that police a truce between rivals take no side
NOT_SUPPORT = [
    "Russia and Turkey agreed to begin joint patrols along the highway.",
]


@pytest.mark.parametrize("text", NOT_SUPPORT)
def test_policing_a_truce_together_takes_no_side(text):
    assert not {s for s in signals_of(text) if s[0] == "alliance_support"}


@pytest.mark.parametrize("text", NOT_AGREEMENTS)
def test_an_endorsing_or_brokering_agent_agrees_to_nothing(text):
    assert not {s for s in signals_of(text) if s[0] == "agreement"}


NOT_CONDEMNATIONS = [
    "Russia said the operation was fully justified.",
    "Russia defended its decision to recognise the two republics.",
    # regret is no condemnation (SIGNALS.md: expressions of concern)
    "The envoy said it was regrettable that the deadline had passed without a deal.",
    # a pronoun after a verb continuing a resolution's clause is its object
    "Condemns the deal signed between Ethiopia and Somaliland, considers it null and void, "
    "and regards it as a flagrant violation of international law.",
    "Ethiopia dismissed the report as baseless.",
    "Kenya will consider the request for military aid next week.",
    "The government regards the talks as a useful first step.",
    "In view of the continued occupation, Kenya will hold a meeting on Friday.",
]


@pytest.mark.parametrize("text", NOT_CONDEMNATIONS)
def test_an_evaluation_naming_nothing_condemnable_is_no_condemnation(text):
    assert signals_of(text) == set()
