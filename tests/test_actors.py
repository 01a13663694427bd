"""Actors recognised from real sentences: titles, metonyms, compounds, references."""

from __future__ import annotations

import pytest
from helpers import signals_of

from analysis import document_from_text
from analysis.actors import find_mentions
from analysis.text.sentences import split_sentences


def mentions_of(text: str) -> list[tuple[str, str, str, str]]:
    """(mention text, actor, type, affiliation) in order."""
    doc = document_from_text(text, "example")
    return [
        (m.text, m.actor.name, m.actor.type, m.actor.affiliation)
        for m in find_mentions(doc, split_sentences(doc))
    ]


def actors_of(text: str) -> set[str]:
    return {name for _, name, _, _ in mentions_of(text)}


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "Russian President Vladimir Putin spoke.",
            ("Russian President Vladimir Putin", "Vladimir Putin", "person", "Russia"),
        ),
        (
            "UN Secretary-General Antonio Guterres spoke.",
            (
                "UN Secretary-General Antonio Guterres",
                "Antonio Guterres",
                "person",
                "United Nations",
            ),
        ),
        (
            "Israel's ambassador, Gilad Erdan, spoke.",
            ("Israel's ambassador, Gilad Erdan", "Gilad Erdan", "person", "Israel"),
        ),
        (
            "Riyad Mansour, the Palestinian envoy to the UN, spoke.",
            ("Riyad Mansour, the Palestinian envoy", "Riyad Mansour", "person", "Palestine"),
        ),
        (
            "Hamas spokesman Osama Hamdan spoke.",
            ("Hamas spokesman Osama Hamdan", "Osama Hamdan", "person", "Hamas"),
        ),
        (
            "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat, spoke.",
            (
                "The Chairperson of the African Union Commission, H.E. Moussa Faki Mahamat",
                "Moussa Faki Mahamat",
                "person",
                "African Union",
            ),
        ),
        (
            "Deputy Prime Minister and Foreign Minister Ishaq Dar of Pakistan spoke.",
            (
                "Deputy Prime Minister and Foreign Minister Ishaq Dar of Pakistan",
                "Ishaq Dar",
                "person",
                "Pakistan",
            ),
        ),
        ("The Kremlin said so.", ("Kremlin", "Russia", "state", "Russia")),
        ("The Elysee said so.", ("Elysee", "France", "state", "France")),
        ("Moscow has a defense alliance.", ("Moscow", "Russia", "state", "Russia")),
        ("The Minsk Group met.", ("Minsk Group", "OSCE Minsk Group", "organization", "OSCE")),
        ("Thai troops fired.", ("Thai troops", "Thailand", "state", "Thailand")),
        (
            "The Russian Foreign Ministry said so.",
            ("Russian Foreign Ministry", "Russian Foreign Ministry", "organization", "Russia"),
        ),
        (
            "China's foreign ministry said so.",
            ("China's foreign ministry", "Chinese Foreign Ministry", "organization", "China"),
        ),
    ],
)
def test_mention(text, mention):
    assert mention in mentions_of(text)


def test_surname_resolves_to_the_person_introduced():
    found = mentions_of("Russian Foreign Minister Sergei Lavrov arrived. Lavrov said little.")
    assert ("Lavrov", "Sergei Lavrov", "person", "Russia") in found


def test_headline_surname_is_resolved_from_the_body():
    text = "Netanyahu rejects truce terms\n\nIsraeli Prime Minister Benjamin Netanyahu spoke on Wednesday."
    assert ("Netanyahu", "Benjamin Netanyahu", "person", "Israel") in mentions_of(text)


def test_group_reference_resolves_to_the_pair_just_named():
    found = mentions_of("Armenia and Azerbaijan traded fire. Both sides denied it.")
    both = [(name) for text, name, _, _ in found if text == "Both sides"]
    assert sorted(both) == ["Armenia", "Azerbaijan"]


def test_the_leaders_are_the_persons_just_named():
    found = mentions_of(
        "Russian President Vladimir Putin and French President Emmanuel Macron spoke. "
        "The leaders expressed readiness."
    )
    leaders = sorted(name for text, name, _, _ in found if text == "The leaders")
    assert leaders == ["Emmanuel Macron", "Vladimir Putin"]


def test_pronoun_after_the_speaker():
    found = mentions_of("Doha said it hoped the pause would hold.")
    assert ("it", "Qatar", "state", "Qatar") in found


def test_the_ministry_after_a_minister_is_his_ministry():
    found = mentions_of(
        "Russian Foreign Minister Sergei Lavrov spoke. A statement from the ministry followed."
    )
    assert ("the ministry", "Russian Foreign Ministry", "organization", "Russia") in found


def test_unnamed_office_holder():
    assert ("UN Secretary-General", "person", "United Nations") in {
        (n, t, a) for _, n, t, a in mentions_of("The UN Secretary-General wrote a letter.")
    }


def test_statement_voice_we_is_the_signatories():
    text = (
        "We have called on Israel and Hamas to resume talks.\n\n"
        "Abdel Fattah el-Sisi, President of the Arab Republic of Egypt\n"
        "Sheikh Tamim bin Hamad Al Thani, Amir of the State of Qatar"
    )
    we = {name for t, name, _, _ in mentions_of(text) if t == "We"}
    assert we == {"Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani"}


def test_no_person_list_is_needed():
    """A new crisis, new names: the title introduces them."""
    found = mentions_of(
        "Freedonian Foreign Minister Rufus Firefly met Sylvanian envoy Trentino Chicolini. "
        "Firefly offered to host talks."
    )
    # unknown countries have no adjective in the gazetteer; the person is still learnt
    assert any(name == "Rufus Firefly" for _, name, _, _ in found)


def test_places_are_not_actors():
    assert "Guinea" not in actors_of("Piracy in the Gulf of Guinea rose.")
    assert "Kenya" not in actors_of("NAIROBI - Talks opened on Monday.")


def test_ethnic_kin_are_not_the_state():
    found = mentions_of("The conflict between Azerbaijan and ethnic Armenian forces went on.")
    assert not any(t == "Armenian forces" for t, _, _, _ in found)


def test_a_stated_affiliation_overrides_one_guessed_from_context():
    found = mentions_of(
        "China's foreign minister spoke. Vice President JD Vance flew in. "
        "Later, US Vice President JD Vance met him."
    )
    assert ("US Vice President JD Vance", "JD Vance", "person", "United States") in found


@pytest.mark.parametrize(
    "text, mention",
    [
        (
            "Lebanese caretaker Prime Minister Najib Mikati spoke.",
            ("Lebanese caretaker Prime Minister Najib Mikati", "Najib Mikati", "person", "Lebanon"),
        ),
        (
            "Saudi Foreign Minister Prince Faisal bin Farhan spoke.",
            (
                "Saudi Foreign Minister Prince Faisal bin Farhan",
                "Faisal bin Farhan",
                "person",
                "Saudi Arabia",
            ),
        ),
    ],
)
def test_role_words_and_honorifics_are_not_names(text, mention):
    assert mention in mentions_of(text)


def test_a_title_inside_an_organisation_name_is_no_person():
    found = mentions_of("Decisions of the General Assembly are not binding.")
    assert all(t != "person" for _, _, t, _ in found)
    assert ("General Assembly", "UN General Assembly", "organization", "United Nations") in found


def test_a_title_after_a_spokesperson_is_not_read_as_a_name():
    found = mentions_of("A spokesperson for UN Secretary-General Antonio Guterres said so.")
    assert any(name == "Antonio Guterres" for _, name, _, _ in found)
    assert not any(name.startswith("Secretary-General") for _, name, _, _ in found)


def test_a_name_defined_with_its_acronym_is_an_actor_under_both():
    text = (
        "Turkey backs the Tripoli-based Government of National Accord (GNA). "
        "The GNA rejected the offer. The Kanem Liberation Front (KLF) shelled the town."
    )
    found = [(text, name) for text, name, _, _ in mentions_of(text)]
    assert ("Government of National Accord (GNA)", "Government of National Accord") in found
    assert ("GNA", "Government of National Accord") in found
    assert ("Kanem Liberation Front (KLF)", "Kanem Liberation Front") in found


def test_a_parenthesis_that_spells_no_initials_defines_nothing():
    found = mentions_of("The meeting of the joint panel (JMC) ended.")
    assert found == []


def test_a_name_the_office_table_knows_takes_the_office_held_on_the_date():
    def erdogan(date: str):
        doc = document_from_text(
            "Talks in Ankara\n\nRecep Tayyip Erdogan met envoys from both sides.",
            "example",
            date=date,
        )
        return next(
            m.actor for m in find_mentions(doc, split_sentences(doc)) if "Erdogan" in m.text
        )

    assert erdogan("2012-05-01").title == "Prime Minister"
    assert erdogan("2020-03-05").title == "President"
    assert erdogan("2020-03-05").affiliation == "Turkey"


def test_a_headline_surname_resolves_to_the_full_name_of_the_body():
    text = (
        "Putin and Erdogan meet\n\n"
        "Vladimir Putin and Recep Tayyip Erdogan held talks on the ceasefire in Idlib."
    )
    found = {(t, name, aff) for t, name, _, aff in mentions_of(text)}
    assert ("Putin", "Vladimir Putin", "Russia") in found
    assert ("Erdogan", "Recep Tayyip Erdogan", "Turkey") in found


def test_a_name_the_text_introduces_works_without_the_table():
    found = {
        (name, aff)
        for _, name, _, aff in mentions_of(
            "Kenyan Foreign Minister Amina Odhiambo met Brazilian President Rafael Moura."
        )
    }
    assert {("Amina Odhiambo", "Kenya"), ("Rafael Moura", "Brazil")} <= found


def test_a_bare_office_is_its_holder_on_the_documents_date():
    doc = document_from_text(
        "Appeal for calm\n\nThe UN Secretary-General urged both sides to halt fire.",
        "example",
        date="2023-12-06",
    )
    people = {m.actor.name for m in find_mentions(doc, split_sentences(doc))}
    assert "Antonio Guterres" in people


def test_a_name_written_another_way_takes_the_tables_spelling():
    doc = document_from_text(
        "US President Joseph R. Biden called for a pause.", "example", date="2023-11-20"
    )
    people = {m.actor.name for m in find_mentions(doc, split_sentences(doc))}
    assert "Joe Biden" in people


def test_a_title_after_a_plural_title_starts_its_own_person():
    found = [
        (text, name)
        for text, name, _, _ in mentions_of(
            "In a call with both leaders, Egyptian President Karim Mansour offered talks."
        )
    ]
    assert ("Egyptian President Karim Mansour", "Karim Mansour") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Later the two chief negotiators met in Brussels.",
        "Later the chief mediator said talks would continue.",
    ],
)
def test_a_title_modifying_another_title_names_no_one(sentence):
    text = "EU foreign policy chief Josep Borrell hosted the meeting. " + sentence
    named = [m for m in mentions_of(text) if m[1] == "Josep Borrell"]
    assert len(named) == 1  # the introduction only


def test_a_bare_title_still_names_the_holder():
    text = "EU foreign policy chief Josep Borrell hosted the meeting. The chief said talks would go on."
    assert [m[1] for m in mentions_of(text)].count("Josep Borrell") == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Pakistani officials said the military had struck Taliban camps in Kandahar and Kabul.",
        "Pakistan's army said the military had hit hideouts near Kabul.",
        "Pakistani officials said the military would keep up its raids on Afghan soil.",
    ],
)
def test_the_military_is_the_state_named_before_it_not_after(sentence):
    named = [m for m in mentions_of(sentence) if m[0] == "the military"]
    assert [m[1] for m in named] == ["Pakistan"]


@pytest.mark.parametrize(
    ("text", "later", "person"),
    [
        (
            "Egyptian President Abdel Fattah el-Sisi met Somali leaders.",
            "Sisi",
            "Abdel Fattah el-Sisi",
        ),
        ("Libyan Prime Minister Fayez al-Sarraj spoke on Monday.", "Sarraj", "Fayez al-Sarraj"),
        ("Yemeni official Mahdi al-Mashat spoke.", "Mashat", "Mahdi al-Mashat"),
    ],
)
def test_a_surname_with_a_hyphenated_particle_is_also_used_without_it(text, later, person):
    found = mentions_of(f"{text} {later} said talks were over.")
    assert (later, person) in {(m[0], m[1]) for m in found}


@pytest.mark.parametrize(
    "first",
    [
        "The members of the Security Council condemned the attacks by the M23 on Sake.",
        "The leaders of the G7 condemned the attacks by the M23 on Sake.",
        "The foreign ministers of the African Union condemned the attacks by the M23 on Sake.",
    ],
)
def test_they_after_the_members_of_a_body_is_the_body(first):
    found = mentions_of(first + " They urged Rwanda to resume dialogue.")
    they = [m[1] for m in found if m[0] == "They"]
    assert len(they) == 1 and they[0] != "M23"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("The three countries", {"Egypt", "Jordan", "Saudi Arabia"}),
        ("The three governments", {"Egypt", "Jordan", "Saudi Arabia"}),
    ],
)
def test_the_three_countries_are_the_three_just_named(phrase, expected):
    text = f"Egypt, Jordan and Saudi Arabia met in Cairo. {phrase} offered to host talks."
    assert {m[1] for m in mentions_of(text) if m[0] == phrase} == expected


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Stephane Dujarric, Spokesperson for the Secretary-General, spoke on Monday.",
            "Stephane Dujarric",
        ),
        ("Anna Moreau, spokeswoman for the Secretary-General, declined to comment.", "Anna Moreau"),
        ("Farhan Haq, Deputy Spokesman for the Secretary-General, spoke.", "Farhan Haq"),
    ],
)
def test_a_spokesperson_for_an_office_speaks_for_its_organisation(text, name):
    people = [m for m in mentions_of(text) if m[1] == name]
    assert people and people[0][3] == "United Nations"


def signals_with_affiliation(text: str) -> set[tuple[str, str, str]]:
    from analysis import analyze_document

    doc = document_from_text(text, "example")
    return {(s.signal, s.actor, s.affiliation) for s in analyze_document(doc).signals}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an organ named head first and ending in its organisation, later "the <head>"
        (
            "The Assembly of Heads of State and Government of the African Union met in Addis "
            "Ababa on Sunday.\n\nThe Assembly calls for an immediate ceasefire in Sudan.",
            (
                "ceasefire_call",
                "Assembly of Heads of State and Government of the African Union",
                "African Union",
            ),
        ),
        (
            "The Council of Ministers of the Arab League met in Cairo.\n\n"
            "The Council condemned the Israeli strikes on Gaza.",
            ("condemnation", "Council of Ministers of the Arab League", "Arab League"),
        ),
        (
            "The Authority of Heads of State and Government of IGAD met in Djibouti.\n\n"
            "The Authority reaffirms its full support for the Federal Government of Somalia.",
            ("alliance_support", "Authority of Heads of State and Government of IGAD", "IGAD"),
        ),
    ],
)
def test_an_organ_of_an_organisation_and_its_short_name(text, expected):
    assert expected in signals_with_affiliation(text)


def test_a_bare_head_word_names_a_defined_body_only_after_the():
    text = (
        "The Council of Ministers of the Arab League met in Cairo.\n\n"
        "Russia and Council staff condemned the strikes."
    )
    assert {actor for _, actor, _ in signals_with_affiliation(text)} == {"Russia"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the military" is the state whose forces were named, though another is named more
        (
            "Myanmar's military government and the rebels agreed to talks, China's foreign "
            "ministry said.\n\nChina urged calm on Friday, and China promised aid to the border "
            "towns.\n\nThe military has answered with air strikes on villages.",
            ("hostilities", "Myanmar"),
        ),
        (
            "Niger's military seized power in July.\n\nFrance condemned the coup, and France "
            "recalled its ambassador from Niamey.\n\nThe junta rejected talks with ECOWAS.",
            ("negotiation_rejection", "Niger"),
        ),
        (
            "Sudan's army clashed with the RSF in Khartoum.\n\nEgypt and Saudi Arabia called "
            "for calm, and Egypt offered to mediate.\n\nThe army shelled RSF positions overnight.",
            ("hostilities", "Sudan"),
        ),
    ],
)
def test_the_military_is_the_state_whose_forces_were_named(text, expected):
    found = {(signal, actor) for signal, actor, _ in signals_with_affiliation(text)}
    assert expected in found
    assert ("hostilities", "China") not in found


@pytest.mark.parametrize(
    "text, sides, addressers",
    [
        (
            "The army and the RSF have fought in Khartoum since April.\n\nSaudi Arabia and the "
            "United States said they would keep urging both sides to agree on a ceasefire.\n\n"
            "Each side accused the other of attacking hospitals.",
            {"Sudan", "Rapid Support Forces"},
            {"Saudi Arabia", "United States"},
        ),
        (
            "Armenia and Azerbaijan clashed again on the border.\n\nFrance and Russia urged both "
            "sides to show restraint.\n\nBoth sides accused each other of shelling villages.",
            {"Armenia", "Azerbaijan"},
            {"France", "Russia"},
        ),
    ],
)
def test_both_sides_are_not_those_who_address_them(text, sides, addressers):
    found = signals_with_affiliation(text)
    accusers = {actor for signal, actor, _ in found if signal == "condemnation"}
    callers = {actor for signal, actor, _ in found if signal == "ceasefire_call"}
    assert accusers == sides and callers == addressers


@pytest.mark.parametrize(
    "text, expected",
    [
        # a nationality inside "both sides" leaves out foreign powers named since
        (
            "The Sudanese army and the RSF clashed in Khartoum.\n\nSaudi Arabia and the United "
            "States brokered a truce.\n\nThe two Sudanese sides said they would observe the "
            "truce.",
            {("agreement", "Sudan"), ("agreement", "Rapid Support Forces")},
        ),
        # and names nobody rather than them ("they" is that group too)
        (
            "Russia and Turkey brokered the deal in Moscow.\n\nBoth Libyan camps said they "
            "would observe the truce.",
            set(),
        ),
    ],
)
def test_a_nationality_inside_both_sides_narrows_it(text, expected):
    found = {(s, a) for s, a, _ in signals_with_affiliation(text) if s == "agreement"}
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the members of the body just named speak as it
        (
            "The Security Council met behind closed doors on Friday.\n\nA council diplomat said "
            "all members had urged both sides to show restraint.",
            {("ceasefire_call", "UN Security Council")},
        ),
        # and "states" inside "member states" is no verb governing "the strikes"
        (
            "The European Union held an emergency summit in Brussels.\n\nAll member states "
            "condemned the strikes on Kharkiv.",
            {("condemnation", "European Union")},
        ),
    ],
)
def test_all_members_speak_as_their_body(text, expected):
    assert {(s, a) for s, a, _ in signals_with_affiliation(text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an ethnicity is no state: "ethnic Armenian forces in Nagorno-Karabakh" are the
        # place's, capitalised at the start of a sentence or not
        (
            "Ethnic Armenian forces in Nagorno-Karabakh agreed on Wednesday to lay down their "
            "arms.",
            {("agreement", "Nagorno-Karabakh")},
        ),
        (
            "The ethnic Armenian forces in Nagorno-Karabakh agreed to a ceasefire.",
            {("agreement", "Nagorno-Karabakh")},
        ),
        # no state, but a group of its own (tests/test_actors_unnamed_groups.py)
        (
            "Ethnic Serb protesters attacked peacekeepers in Zvecan.",
            {("hostilities", "Serb protesters")},
        ),
        # without "ethnic" the adjective names the state
        (
            "Armenian forces in Nagorno-Karabakh agreed to lay down their arms.",
            {("agreement", "Armenia")},
        ),
    ],
)
def test_an_ethnicity_is_no_state(text, expected):
    assert {(s, a) for s, a, _ in signals_with_affiliation(text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # ", and it ..." after a report shares the main clause's subject, not the last name
        (
            "Pakistan said Indian missiles had struck its air bases, and it launched an "
            "offensive against Indian targets.",
            {("hostilities", "India"), ("hostilities", "Pakistan")},
        ),
        (
            "Armenia said Azerbaijani drones had hit its border posts, and it shelled "
            "Azerbaijani positions in response.",
            {("hostilities", "Azerbaijan"), ("hostilities", "Armenia")},
        ),
        (
            "Russia and Belarus said Ukrainian drones had hit a depot, and they condemned the "
            "attack.",
            {("hostilities", "Ukraine"), ("condemnation", "Russia"), ("condemnation", "Belarus")},
        ),
    ],
)
def test_a_pronoun_opening_a_coordinated_clause_is_the_main_subject(text, expected):
    assert {(s, a) for s, a, _ in signals_with_affiliation(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # "it" before what a pact does is the pact, so the accusation is no mediator's
        "The United Kingdom brokered the truce on Friday.\n\nOn Saturday, hours after it took "
        "effect, a rebel spokesman accused government forces of attacking rebel positions.",
        "Norway brokered the ceasefire in March.\n\nSince it came into force, local officials "
        "have accused the militia of attacking villages.",
        "Qatar mediated the truce.\n\nIt has largely held, although a militia spokesman "
        "accused the army of shelling a village.",
    ],
)
def test_it_before_what_a_pact_does_is_the_pact(text):
    assert not signals_with_affiliation(text)


def test_an_object_pronoun_is_not_its_clauses_subject():
    text = "Algeria severed diplomatic ties with Morocco, accusing it of hostile actions."
    found = mentions_of(text)
    assert ("it", "Morocco", "state", "Morocco") in found
    assert {(s, a) for s, a, _ in signals_with_affiliation(text)} == {("condemnation", "Algeria")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the forces of a state named by an arm: "air power", "air defences"
        ("Russian air power pounded the town of Saraqeb.", {("hostilities", "Russia")}),
        (
            "Syrian air defences brought down a Turkish drone over Idlib.",
            {("hostilities", "Syria")},
        ),
        # "government troops": the forces of the state in focus
        (
            "Syria rejected the plan. Government forces shelled Saraqeb on Monday.",
            {("negotiation_rejection", "Syria"), ("hostilities", "Syria")},
        ),
    ],
)
def test_forces_named_by_an_arm_or_as_the_governments(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a State Department readout's style: the bare title, a middle initial
        "Secretary Antony J. Blinken spoke with Azerbaijani President Ilham Aliyev. He urged "
        "an immediate cessation of hostilities.",
        "Secretary Blinken spoke with Azerbaijani President Ilham Aliyev. He urged an "
        "immediate cessation of hostilities.",
        "Secretary of State Antony Blinken spoke with Azerbaijani President Ilham Aliyev. He "
        "urged an immediate cessation of hostilities.",
    ],
)
def test_an_office_holder_named_with_an_initial_or_a_surname_and_a_title(text):
    assert signals_of(text) == {("ceasefire_call", "Antony Blinken")}


def test_a_people_of_a_place_is_a_community_not_the_state():
    found = signals_of(
        "Representatives of Karabakh's Armenians agreed to meet Azerbaijani officials."
    )
    assert "Armenia" not in {actor for _, actor in found}
    found = signals_of("Kosovo's Serbs said they would boycott the talks with Pristina.")
    assert "Serbia" not in {actor for _, actor in found}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a surname only one office holder of the table bears, where a person stands
        (
            "Putin and Erdogan agreed to set up a security corridor in Idlib.",
            {("agreement", "Vladimir Putin"), ("agreement", "Recep Tayyip Erdogan")},
        ),
        (
            "Putin, Erdogan agree ceasefire in Idlib",
            {("agreement", "Vladimir Putin"), ("agreement", "Recep Tayyip Erdogan")},
        ),
        (
            "Netanyahu rejects calls for a ceasefire",
            {("negotiation_rejection", "Benjamin Netanyahu")},
        ),
        ("Putin said Russia was ready to host talks.", {("mediation_offer", "Vladimir Putin")}),
        # a month, or a word, is no surname standing as a person
        ("In May the deal was signed.", set()),
    ],
)
def test_an_office_holder_named_by_surname_alone(text, expected):
    assert signals_of(text) == expected


def test_committed_after_be_is_what_the_subject_is():
    text = "The Sudanese army and the RSF both said they were committed to the Jeddah declaration."
    assert signals_of(text) == {("agreement", "Sudan"), ("agreement", "Rapid Support Forces")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # an acronym taking the first letters of each word, or their beginnings, defines
        # the name, also over a word the gazetteer knows ("Liberians")
        (
            "Delegates of Liberians United for Reconciliation and Democracy (LURD) and the "
            "Movement for Democracy in Liberia (MODEL) put their signatures to the document.",
            {
                ("agreement", "Liberians United for Reconciliation and Democracy"),
                ("agreement", "Movement for Democracy in Liberia"),
            },
        ),
    ],
)
def test_a_name_its_acronym_spells_by_beginnings(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a known name and its known acronym in brackets are one mention, so the name
        # stays a subject of the coordination that follows
        (
            "The Revolutionary United Front (RUF) and the government of Sierra Leone "
            "signed a ceasefire agreement in Lome on Thursday.",
            {("agreement", "Revolutionary United Front"), ("agreement", "Sierra Leone")},
        ),
        (
            "The Moro Islamic Liberation Front (MILF) and the Philippine government agreed "
            "to resume peace talks.",
            {("agreement", "Moro Islamic Liberation Front"), ("agreement", "Philippines")},
        ),
        (
            "Both the Kosovo Liberation Army (KLA) and Serbian police units opened fire "
            "near Pristina.",
            {("hostilities", "Kosovo Liberation Army"), ("hostilities", "Serbia")},
        ),
    ],
)
def test_a_known_name_with_its_acronym_is_one_mention(text, expected):
    assert signals_of(text) == expected


def test_the_acronym_then_names_the_body():
    text = (
        "The talks included the Movement for Democracy in Liberia (MODEL). MODEL fighters "
        "attacked Buchanan on Monday."
    )
    assert ("hostilities", "Movement for Democracy in Liberia") in signals_of(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name without a title, then an apposition or a relative clause, then its verb
        (
            "David Trimble, their leader, telephoned the chairman to say his party would accept the text.",
            {("agreement", "David Trimble")},
        ),
        (
            "In Pale, Radovan Karadzic, who was kept away from Dayton, accused Belgrade of betrayal.",
            {("condemnation", "Radovan Karadzic")},
        ),
        (
            "John Hume, whose party won the most seats, urged paramilitaries on both sides "
            "to give up violence for good.",
            {("ceasefire_call", "John Hume")},
        ),
    ],
)
def test_a_name_stands_as_subject_past_its_apposition(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The opposition Basotho National Party denounced the intervention as an invasion.",
            {("condemnation", "Basotho National Party")},
        ),
        (
            "The rebel Popular Liberation Front rejected the talks.",
            {("negotiation_rejection", "Popular Liberation Front")},
        ),
    ],
)
def test_a_body_named_after_the_and_a_modifier(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text, mention",
    [
        ("The Trump administration condemned the raid.", ("Trump administration", "United States")),
        ("The Netanyahu government rejected the plan.", ("Netanyahu government", "Israel")),
        ("Hun Sen's government protested.", ("Hun Sen's government", "Cambodia")),
        (
            "President Vladimir Putin's administration denied it.",
            ("President Vladimir Putin's administration", "Russia"),
        ),
        ("The Assad regime denied it.", ("Assad regime", "Syria")),
    ],
)
def test_a_leaders_government_is_the_state_they_govern(text, mention):
    assert (mention[0], mention[1], "state", mention[1]) in mentions_of(text)


def test_a_leaders_government_acts_for_the_state():
    assert signals_of("The Modi government ruled out talks with Pakistan.") == {
        ("negotiation_rejection", "India")
    }
    assert signals_of("The Trump administration's envoy urged both sides to halt fire.") == {
        ("ceasefire_call", "United States")
    }
    # a leader of an organisation governs no state: the person stays the actor
    assert signals_of("UN Secretary-General Antonio Guterres's cabinet urged a ceasefire.") == {
        ("ceasefire_call", "Antonio Guterres")
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare title means the person whose title ends with it
        (
            "UN Special Envoy Hans Grundberg arrived in Aden. The envoy urged both sides "
            "to return to talks.",
            {("negotiation_call", "Hans Grundberg")},
        ),
        (
            "Foreign Minister Hakan Fidan of Turkey met his Russian counterpart. The minister "
            "offered to host talks.",
            {("mediation_offer", "Hakan Fidan")},
        ),
        # a generic noun means a role: the leader, the chief, the top diplomat
        (
            "Turkish President Recep Tayyip Erdogan met Putin. The Turkish leader urged restraint.",
            {("ceasefire_call", "Recep Tayyip Erdogan")},
        ),
        (
            "Russian Foreign Minister Sergei Lavrov met Cavusoglu. The Russian diplomat "
            "offered to host talks.",
            {("mediation_offer", "Sergei Lavrov")},
        ),
        (
            "NATO Secretary General Jens Stoltenberg spoke in Brussels. The NATO chief urged "
            "Russia to withdraw its troops.",
            {("ceasefire_call", "Jens Stoltenberg")},
        ),
        # of the affiliation it names: not the other state's minister
        (
            "Foreign Minister Hakan Fidan of Turkey met Sergei Lavrov, Russia's foreign minister. "
            "The Turkish minister offered to host talks.",
            {("mediation_offer", "Hakan Fidan")},
        ),
        # nobody introduced: the state's unnamed leader
        ("The Turkish leader urged restraint.", {("ceasefire_call", "Turkey Leader")}),
    ],
)
def test_a_role_noun_refers_back_to_the_person_named_with_it(text, expected):
    assert signals_of(text) == expected


def test_a_group_reference_takes_the_group_named_earlier_in_its_own_sentence():
    text = (
        "Kigali has long denied backing the M23, but UN experts say Rwandan troops fight "
        "alongside the rebels."
    )
    assert ("the rebels", "M23", "group", "M23") in mentions_of(text)
    assert signals_of(text) == {("alliance_support", "Rwanda")}


@pytest.mark.parametrize(
    "text",
    [
        "The Rapid Support Forces took the city last year. The paramilitaries shelled El Fasher.",
        "The Rapid Support Forces took the city last year. The Sudanese paramilitary group "
        "shelled El Fasher.",
        "The Rapid Support Forces took the city last year. The armed group shelled El Fasher.",
    ],
)
def test_a_description_of_an_armed_group_refers_back_to_it(text):
    described = [m for m in mentions_of(text) if m[0].lower().startswith("the ")]
    assert [(m[1], m[2]) for m in described] == [("Rapid Support Forces", "group")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the regime" is the state the text is about, not one the sentence names acting
        (
            "The Syrian army shelled Homs. Iran and Hezbollah continue to arm the regime.",
            {
                ("hostilities", "Syria"),
                ("alliance_support", "Iran"),
                ("alliance_support", "Hezbollah"),
            },
        ),
        # security forces and government aircraft are the state's
        (
            "Myanmar's military seized power in February. Security forces opened fire on "
            "protesters in Yangon.",
            {("hostilities", "Myanmar")},
        ),
        (
            "The Syrian army shelled Homs. Government aircraft bombed districts of Aleppo.",
            {("hostilities", "Syria")},
        ),
    ],
)
def test_the_regime_and_its_forces_unnamed(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Uganda hosted the talks in Kampala between Nigeria and Biafra. Uganda urged both "
        "sides to stop. Uganda said so again. Federal troops shelled Aba.",
        "Talks in Kampala, Uganda, broke down, and Uganda said it was sad. Biafra blamed "
        "Nigeria. The federal government rejected the plan.",
        "Ghana and Uganda, with Uganda as host, pressed both sides; Nigeria said no. Federal "
        "forces advanced.",
    ],
)
def test_federal_is_the_federation_the_text_names_not_the_host(text):
    # the host of talks is named more often, but only Nigeria has a federal government
    federal = [m for m in mentions_of(text) if m[0].lower().startswith("federal")]
    assert federal and all(m[1] == "Nigeria" for m in federal), mentions_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army and the Rapid Support Forces fought in Khartoum. IGAD will send the "
        "presidents of Kenya, South Sudan and Djibouti to reconcile the two sides. Both sides "
        "blamed each other.",
        "The army and the Rapid Support Forces fought in Khartoum. The AU asked Kenya and "
        "Djibouti to help bring the two sides together. The two sides traded accusations.",
    ],
)
def test_go_betweens_named_beside_the_sides_are_no_sides_later(text):
    rows = mentions_of(text)
    # the final sentence names only its sides: the last rows, after the last other mention
    final = []
    for m_text, name, _, _ in reversed(rows):
        if m_text.lower() not in ("both sides", "the two sides"):
            break
        final.append(name)
    assert final and set(final) <= {"Rapid Support Forces", "Sudan"}, rows
    later = {name for m_text, name, _, _ in mentions_of(text.rsplit(". ", 1)[0])}
    assert {"Kenya", "Djibouti"} <= later  # they are named, just not as the sides


@pytest.mark.parametrize(
    "text",
    [
        "TASHKENT, USSR - India and Pakistan signed a declaration. The two countries will "
        "withdraw their troops.",
        "GOMA, Congo (Reuters) - India and Pakistan signed a declaration. The two countries "
        "will withdraw their troops.",
        "GOMA (Reuters) - India and Pakistan signed a declaration. The two countries will "
        "withdraw their troops.",
    ],
)
def test_a_dateline_with_its_country_or_agency_names_no_actor(text):
    names = actors_of(text)
    assert names == {"India", "Pakistan"}, mentions_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gerd Merrem, the Secretary-General's Special Representative, was present.",
        "Anna Berg, the President's envoy, arrived in Kyiv.",
        "Jan Novak, the Prime Minister's spokesman, declined to comment.",
    ],
)
def test_a_title_in_the_possessive_is_not_the_named_persons(text):
    # the person named before "the Secretary-General's ..." is not the Secretary-General
    titles = {m[0]: m for m in mentions_of(text)}
    assert not any(
        m_text.startswith(("Gerd", "Anna", "Jan")) and "," in m_text for m_text in titles
    )


@pytest.mark.parametrize("reference", ["Both leaders", "Both signatories", "The two signatories"])
def test_a_person_whose_title_has_its_own_modifier_is_still_named_together(reference):
    text = (
        "President Emomali Rakhmonov of Tajikistan and opposition leader Said Abdullo Nuri signed "
        f"the agreement in Moscow. {reference} condemned the hostage-taking."
    )
    rows = [m for m in mentions_of(text) if m[0] == reference]
    assert {name for _, name, _, _ in rows} == {"Emomali Rakhmonov", "Said Abdullo Nuri"}


@pytest.mark.parametrize(
    "text",
    [
        "28 March - Kim Il Sung and Peng Dehuai accept the proposal.",
        "Kim Il Sung and Peng Dehuai reject the plan.",
        "Kim Il Sung and Peng Dehuai propose that talks resume.",
    ],
)
def test_a_name_coordinated_before_a_verb_in_the_present_is_a_person(text):
    assert "Peng Dehuai" in actors_of(text)


def test_a_government_named_after_a_title_is_no_person():
    # "representatives of the Papua New Guinea Government": no person called "Government"
    found = mentions_of("The rebels met representatives of the Papua New Guinea Government.")
    assert all(kind != "person" for _, _, kind, _ in found)
