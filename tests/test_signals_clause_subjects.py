"""Who acts when a clause has a subject of its own that names nobody.

An event, a document or a crowd right before a verb is that verb's subject
("an attack ... killed", "voters backed"), so the verb is not credited to an
actor named earlier in the sentence. Each rule in several paraphrases of our own.
"""

from __future__ import annotations

import pytest
from helpers import signals_of

from analysis import analyze_document, document_from_text


@pytest.mark.parametrize(
    "text, expected",
    [
        # an attack nobody is named for: the government only suspends talks
        (
            "Peru's government on Monday suspended peace talks with the rebels, a day after "
            "an attack on a police post in the province of Puno killed three officers.",
            {("negotiation_rejection", "Peru")},
        ),
        (
            "Kenya broke off the dialogue hours after a bombing at a market in the north "
            "killed twelve people.",
            {("negotiation_rejection", "Kenya")},
        ),
        (
            "Chad recalled its ambassador after an air strike near the border killed two soldiers.",
            set(),
        ),
        # a crowd or a vote backs, not the state named before
        (
            "Serbia received the envoy two days after a referendum in which voters "
            "backed Pristina's plan.",
            set(),
        ),
        ("Bolivia hosted the summit, where protesters condemned the mining deal.", set()),
    ],
)
def test_an_event_or_crowd_is_the_subject_of_its_own_clause(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name inside the subject still acts: its adjective, its possessor
        (
            "Talks stalled after Russian strikes on Kharkiv killed four civilians.",
            {("hostilities", "Russia")},
        ),
        (
            "The talks were suspended after Israel's strikes on the camp killed nine people.",
            {("hostilities", "Israel")},
        ),
        # the actor is the subject itself: nothing changes
        ("Ethiopia's army attacked the town on Monday.", {("hostilities", "Ethiopia")}),
    ],
)
def test_a_name_inside_the_subject_still_acts(text, expected):
    assert signals_of(text) == expected


def support_of(text: str) -> set[tuple[str, tuple[str, ...]]]:
    doc = document_from_text(text, "example")
    signals = analyze_document(doc, with_tone=False).signals
    return {(s.actor, s.targets) for s in signals if s.signal == "alliance_support"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the object of the first relative clause is not a subject of the second
        (
            "Turkey, which supports the Tripoli-based Government of National Accord, and "
            "Egypt, which is aligned with Khalifa Haftar, sent envoys.",
            {("Turkey", ("Tripoli-based Government",)), ("Egypt", ("Khalifa Haftar",))},
        ),
        (
            "Rwanda, which supports the Goma-based M23, and Burundi, which is aligned with "
            "Kinshasa, traded accusations.",
            {("Rwanda", ("M23",)), ("Burundi", ("Democratic Republic of the Congo",))},
        ),
    ],
)
def test_each_relative_clause_has_its_own_antecedent(text, expected):
    assert support_of(text) == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "President Zelensky spoke in Kyiv on Monday.\n\nZelensky said Ukraine would leave "
            "the Commonwealth of Independent States, and he accused Russia of aggression.",
            "Volodymyr Zelensky",  # "President Zelensky": the office table's holder
        ),
        (
            "Prime Minister Pashinyan spoke on Monday.\n\nPashinyan said Armenia would quit the "
            "Collective Security Treaty Organization, and he accused Azerbaijan of attacking "
            "its border.",
            "Nikol Pashinyan",
        ),
        (
            "Maia Sandu spoke on Friday.\n\nSandu said Moldova would leave the CIS, and she "
            "condemned Russia's interference.",
            "Maia Sandu",
        ),
    ],
)
def test_a_pronoun_after_a_comma_and_is_the_subject_alone(text, speaker):
    assert signals_of(text) == {("condemnation", speaker)}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an absolute "with" clause: those named after "with" do the -ing
        (
            "The accord was signed in Nairobi, with Kenyan President William Ruto and Ugandan "
            "President Yoweri Museveni shaking hands on the deal.",
            {("agreement", "William Ruto"), ("agreement", "Yoweri Museveni")},
        ),
        (
            "The talks ended in Washington, with Armenian Prime Minister Nikol Pashinyan and "
            "Azerbaijani President Ilham Aliyev shaking hands on the agreement.",
            {("agreement", "Nikol Pashinyan"), ("agreement", "Ilham Aliyev")},
        ),
        (
            "Qatar hosted the summit, with Turkey condemning the strikes.",
            {("condemnation", "Turkey")},
        ),
    ],
)
def test_with_and_a_participle_names_who_acts(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "A telephoned B to affirm that ...": what is affirmed is A's statement
        (
            "Egyptian President Abdel Fattah el-Sisi telephoned Somali President Hassan Sheikh "
            "Mohamud on Tuesday to affirm that Cairo stood firmly by Somalia.",
            {("alliance_support", "Abdel Fattah el-Sisi")},
        ),
        (
            "Turkish President Recep Tayyip Erdogan called Azerbaijani President Ilham Aliyev to "
            "say that Ankara stood by Baku.",
            {("alliance_support", "Recep Tayyip Erdogan")},
        ),
        (
            "French President Emmanuel Macron phoned Ukrainian President Volodymyr Zelensky to "
            "reiterate that Paris stood by Kyiv.",
            {("alliance_support", "Emmanuel Macron")},
        ),
    ],
)
def test_a_purpose_infinitive_of_saying_reports_the_caller(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the agents of a passive, coordinated or written after an aside ...
        (
            "The ceasefire was signed by Ethiopia, which led the talks, and by the TPLF.",
            {("agreement", "Ethiopia"), ("agreement", "Tigray People's Liberation Front")},
        ),
        (
            "The document was signed by Sudan and by the Rapid Support Forces.",
            {("agreement", "Sudan"), ("agreement", "Rapid Support Forces")},
        ),
        # ... but not another verb's agent further on
        (
            "The truce was agreed by Armenia and Azerbaijan and monitored by observers led by "
            "the OSCE.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
        (
            "The plan was endorsed by Qatar and then by a council chaired by Egypt.",
            {("agreement", "Qatar")},
        ),
    ],
)
def test_the_agents_of_a_passive_are_its_own(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a passive's object is its subject; what follows the agent is none
        (
            "Azerbaijan is backed by Turkey, which said the truce was an important first step.",
            {("alliance_support", "Turkey")},
        ),
        (
            "The truce is backed by Turkey and Russia.",
            {("ceasefire_call", "Turkey"), ("ceasefire_call", "Russia")},
        ),
        (
            "The ceasefire was signed by Armenia and Azerbaijan in Moscow.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
    ],
)
def test_a_passive_has_no_object_after_its_agent(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Together with Egypt and Qatar, the United States called for a ceasefire.",
            {
                ("ceasefire_call", "United States"),
                ("ceasefire_call", "Egypt"),
                ("ceasefire_call", "Qatar"),
            },
        ),
        (
            "Mozambican President Filipe Nyusi, together with Renamo leader Ossufo Momade, signed the accord.",
            {("agreement", "Filipe Nyusi"), ("agreement", "Ossufo Momade")},
        ),
        (
            "Along with France, Germany urged both sides to return to talks.",
            {("negotiation_call", "Germany"), ("negotiation_call", "France")},
        ),
    ],
)
def test_those_together_with_the_subject_act_with_it(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the relative clause's request ends at its comma: the main verb is no complement of it
        (
            "The United States, which has urged Taylor to leave office, called on all parties to "
            "respect the ceasefire.",
            {("ceasefire_call", "United States")},
        ),
        # a call to sign or join an accord is a call for the settlement
        (
            "Mali's President Ibrahim Boubacar Keita urged the rebels to join the accord without delay.",
            {("negotiation_call", "Ibrahim Boubacar Keita")},
        ),
        (
            "France called on the rebels to sign the accord as soon as possible.",
            {("negotiation_call", "France")},
        ),
        # a name is no concept: "the Government of National Accord" names no accord
        (
            "Turkey, which supports the Tripoli-based Government of National Accord (GNA), sent troops.",
            {("alliance_support", "Turkey")},
        ),
    ],
)
def test_relative_requests_accords_and_names(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title that looks like an adjective ends the subject: "chief", "general"
        (
            "Speaking in Brussels, the NATO chief urged Russia to pull back its troops.",
            {("ceasefire_call", "NATO Chief")},
        ),
        (
            "The UN secretary-general called for a ceasefire.",
            {("ceasefire_call", "UN Secretary-General")},
        ),
        (
            "The NATO secretary general urged Russia to pull back its troops.",
            {("ceasefire_call", "NATO Secretary General")},
        ),
        # an adjective before an act's noun still names the act: "the Russian attack"
        ("The Russian attack on Kyiv killed five.", {("hostilities", "Russia")}),
    ],
)
def test_a_title_ending_the_subject_leaves_the_verb_a_verb(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a mandative "that": its bare verb is what is demanded, however long its subject
        (
            "Kenya demanded that Ethiopia and Somalia, as a first step towards a settlement, "
            "observe an immediate ceasefire.",
            {("ceasefire_call", "Kenya"), ("negotiation_call", "Kenya")},
        ),
        (
            "Norway insisted that the government and the rebels respect the truce.",
            {("ceasefire_call", "Norway")},
        ),
        # ", and calls on": the clause goes on with its verb, not a list of nouns
        (
            "Kenya underlines that there can be no military solution, and calls on Ethiopia "
            "and Somalia to resume negotiations.",
            {("negotiation_call", "Kenya")},
        ),
        # "a joint appeal by X": a noun whose agent is X, rejected by the subject
        (
            "Sri Lanka rejected a joint appeal by Britain and France for a humanitarian ceasefire.",
            {
                ("negotiation_rejection", "Sri Lanka"),
                ("ceasefire_call", "United Kingdom"),
                ("ceasefire_call", "France"),
            },
        ),
    ],
)
def test_what_is_demanded_of_others_is_not_their_act(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an unnamed subject's named members act
        (
            "Several governments, including the United States and France, have called on "
            "Pakistan to end the fighting.",
            {("ceasefire_call", "United States"), ("ceasefire_call", "France")},
        ),
        # fighters or troops from a party are its own
        ("Fighters from the M23 seized the town of Rutshuru.", {("hostilities", "M23")}),
        ("Soldiers from Chad attacked the rebel base.", {("hostilities", "Chad")}),
    ],
)
def test_members_named_in_an_apposition_or_by_their_origin_act(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an apposition naming its head a backer or ally takes the side
        ("Iran, a key backer of Hamas, denied involvement.", {("alliance_support", "Iran")}),
        (
            "The UAE, a major sponsor of the RSF, denied sending weapons.",
            {("alliance_support", "United Arab Emirates")},
        ),
        (
            "The Polisario Front rejected the decision, and Algeria, its main backer, said the "
            "proclamation had no legal effect.",
            {("alliance_support", "Algeria")},
        ),
        # thanks for backing take the thanked party's side for the thanker
        (
            "Ukraine thanked Poland and Lithuania for backing its bid.",
            {("alliance_support", "Poland"), ("alliance_support", "Lithuania")},
        ),
        # thanks for support of a process take no side
        (
            "Kenya thanked the United States and China for their support of the peace process.",
            set(),
        ),
    ],
)
def test_backers_named_in_appositions_and_thanks(text, expected):
    assert {s for s in signals_of(text) if s[0] == "alliance_support"} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "they" after a speech verb told with its time and place are the speakers
        (
            "Armenia and Azerbaijan announced in Moscow on Friday that they had agreed to a "
            "ceasefire.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
        # "more than urge": a verb, not a noun
        (
            "UN Secretary-General Antonio Guterres has done little more than urge the parties "
            "to avoid escalation.",
            {("ceasefire_call", "Antonio Guterres")},
        ),
        # "X, its leader,": an apposition, not the leader named before by role
        (
            "UN Secretary-General Antonio Guterres visited Rabat. The Polisario says it will "
            "not return to talks, and Brahim Ghali, its leader, has vowed to continue the "
            "armed struggle.",
            {
                ("negotiation_rejection", "Polisario Front"),
                ("negotiation_rejection", "Brahim Ghali"),
            },
        ),
    ],
)
def test_speakers_verbs_and_appositions_read_right(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what is resumed comes right after the verb
        (
            "NATO aircraft resumed strikes against Serb targets after Mladic failed to meet "
            "the conditions.",
            {("hostilities", "NATO")},
        ),
        (
            "Armenia and Azerbaijan agreed to resume peace talks in Washington.",
            {("agreement", "Armenia"), ("agreement", "Azerbaijan")},
        ),
        # "the statement by X that it ...": it is X
        (
            "The Council notes the statement by the Government of Bosnia and Herzegovina that "
            "it is ready to meet the other side.",
            {("negotiation_call", "Bosnia and Herzegovina")},
        ),
    ],
)
def test_what_is_resumed_and_who_it_is_in_a_statement(text, expected):
    assert signals_of(text) == expected


def test_a_passive_whose_agent_is_no_actor_has_no_subject():
    assert signals_of("Ethiopian troops backed by warplanes pushed deep into Eritrea.") == set()
    assert ("alliance_support", "Eritrea") in signals_of(
        "Ethiopian troops backed by Eritrean forces attacked Mekelle."
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # a demand that the conflict not grow asks for de-escalation
        ("Kenya said the conflict must not escalate.", {("ceasefire_call", "Kenya")}),
        (
            "Kenya warned that the fighting must not be allowed to spread.",
            {("ceasefire_call", "Kenya")},
        ),
        ("The UN said Russia must not attack Ukraine.", {("ceasefire_call", "United Nations")}),
        ("Israel said it would not attack Iran.", set()),
        # "agreed with X that ...": the ones agreeing demand it
        (
            "Putin and Erdogan agreed with Macron that the fighting must stop.",
            {("ceasefire_call", "Vladimir Putin"), ("ceasefire_call", "Recep Tayyip Erdogan")},
        ),
        # "both leaders" are not the one they agree with later in the sentence
        (
            "Prime Ministers Nawaz Sharif of Pakistan and Atal Bihari Vajpayee of India "
            "spoke by telephone. Vajpayee then told President Bill Clinton that India wanted "
            "calm. Both leaders agreed with the President that the situation must not be "
            "allowed to escalate further.",
            {("ceasefire_call", "Nawaz Sharif"), ("ceasefire_call", "Atal Bihari Vajpayee")},
        ),
        # government aircraft are the state the text is about
        (
            "The Syrian army shelled Homs. American warships patrolled the coast. Government "
            "aircraft bombed districts of Aleppo.",
            {("hostilities", "Syria")},
        ),
    ],
)
def test_demands_that_a_conflict_not_grow_and_who_agreed(text, expected):
    assert {s for s in signals_of(text) if s[0] in ("ceasefire_call", "hostilities")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause whose list names places ends at its closing comma
        (
            "Kuwait's emir, Sheikh Sabah al-Ahmad al-Sabah, who shuttled between Jeddah, Dubai "
            "and Doha this week, has offered to host talks between the feuding states.",
            {("mediation_offer", "Sabah Al-Ahmad Al-Jaber Al-Sabah")},
        ),
        (
            "Kenya, which sent envoys to Juba, Khartoum and Addis Ababa last month, has offered "
            "to mediate.",
            {("mediation_offer", "Kenya")},
        ),
        # an opening adverb is no word of the name after it
        (
            "Now Mikhail Gorbachev has urged Washington to show restraint.",
            {("ceasefire_call", "Mikhail Gorbachev")},
        ),
        # the ministries of two states, each acting
        (
            "The foreign ministries of Kazakhstan and Uzbekistan separately urged both sides "
            "to show restraint.",
            {("ceasefire_call", "Kazakhstan"), ("ceasefire_call", "Uzbekistan")},
        ),
        (
            "Saudi Foreign Minister Adel al-Jubeir said there was nothing to negotiate.",
            {("negotiation_rejection", "Adel al-Jubeir")},
        ),
    ],
)
def test_clauses_and_names_around_the_subject(text, expected):
    assert signals_of(text) == expected
