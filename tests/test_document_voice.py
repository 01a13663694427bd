"""Texts that speak in their own voice: resolutions, joint statements, communiqués.

A resolution's chapeau ("The Security Council,") is the subject of every
operative clause after it; a joint statement's "We, <signatories>," of every
clause it opens; preamble clauses ("Recalling ...", "Expressing concern ...")
are background (SIGNALS.md).
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


RESOLUTIONS = [
    (
        "Resolution 9001 (2031) on the situation in the Sahel\n"
        "3 March 2031\n\n"
        "The Security Council,\n\n"
        "Recalling its previous resolutions on the region,\n\n"
        "Expressing grave concern at the fighting between the army and armed groups,\n\n"
        "1. Demands that all parties immediately cease hostilities;\n\n"
        "2. Condemns the attacks against civilians and peacekeepers;\n\n"
        "3. Calls upon the parties to resume negotiations without preconditions;\n",
        "UN Security Council",
    ),
    (
        "Resolution on the border crisis\n"
        "Brussels, 12 May 2030\n\n"
        "The European Parliament,\n\n"
        "- having regard to its previous resolutions,\n\n"
        "Strongly condemns the shelling of border villages; urges both sides to agree "
        "to a ceasefire and to return to talks;\n\n"
        "Reiterates its full support for the African Union mission;\n",
        "European Parliament",
    ),
    (
        "Decision 77: the situation on the frontier\n"
        "Addis Ababa, 2 June 2029\n\n"
        "The Peace and Security Council of the African Union,\n\n"
        "Noting with concern the escalation of the conflict,\n\n"
        "Further demands an immediate and unconditional ceasefire;\n\n"
        "Denounces the shelling of the capital;\n\n"
        "Calls for inclusive political dialogue between the parties;\n",
        "AU Peace and Security Council",
    ),
]


@pytest.mark.parametrize(("text", "body"), RESOLUTIONS, ids=lambda v: str(v)[:30])
def test_the_issuing_body_is_the_actor_of_its_operative_clauses(text, body):
    found = signals_of(text)
    assert ("ceasefire_call", body) in found
    assert ("condemnation", body) in found
    assert ("negotiation_call", body) in found


def test_support_in_a_bodys_own_clause_is_the_bodys():
    found = signals_of(RESOLUTIONS[1][0])
    assert ("alliance_support", "European Parliament") in found


def test_preamble_clauses_are_background():
    text = (
        "Resolution 9002 (2031)\n\n"
        "The Security Council,\n\n"
        "Recalling its demand for an immediate ceasefire,\n\n"
        "Reaffirming its strong support for the mediation of the African Union,\n\n"
        "Decides to remain seized of the matter.\n"
    )
    assert signals_of(text) == set()


JOINT_STATEMENTS = [
    "Joint Statement\nMoscow, 5 March 2031\n\n"
    "We, Rafael Moura, President of the Federative Republic of Brazil, and Amina Odhiambo, "
    "President of the Republic of Kenya, acting for our two countries,\n\n"
    "Have agreed on the following:\n\n"
    "1. All military actions along the line of contact shall cease.\n",
    "Joint Declaration\nNairobi, 1 April 2031\n\n"
    "We, Rafael Moura, President of Brazil, and Amina Odhiambo, President of Kenya, "
    "meeting in Nairobi,\n\n"
    "Have agreed to the following:\n\n"
    "1. To establish a joint commission.\n",
]


@pytest.mark.parametrize("text", JOINT_STATEMENTS, ids=["Federative Republic", "short names"])
def test_every_signatory_of_a_joint_statement_agrees(text):
    assert signals_of(text) == {("agreement", "Rafael Moura"), ("agreement", "Amina Odhiambo")}


def test_a_news_sentence_cut_at_a_comma_is_no_chapeau():
    text = (
        "Talks collapse\n\n"
        "The Security Council, meeting in New York,\n\n"
        "Demands were voiced by several states for a ceasefire.\n"
    )
    assert not any(actor == "UN Security Council" for _, actor in signals_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Joint statement of the foreign ministers of Kenya, Norway and Chile\n\n"
            "We call for an immediate cessation of hostilities in the region.",
            {
                ("ceasefire_call", "Kenya"),
                ("ceasefire_call", "Norway"),
                ("ceasefire_call", "Chile"),
            },
        ),
        (
            "Joint communiqué of Japan and Saudi Arabia on the border crisis\n\n"
            "We stand ready to host negotiations between the two governments.",
            {("mediation_offer", "Japan"), ("mediation_offer", "Saudi Arabia")},
        ),
        (
            "Statement by the African Union on the situation in the east\n\n"
            "We urge all parties to return to the negotiating table.",
            {("negotiation_call", "African Union")},
        ),
    ],
    ids=["foreign ministers of", "communiqué of", "statement by"],
)
def test_a_headline_that_names_the_issuers_says_who_we_is(text, expected):
    assert signals_of(text) == expected


def test_a_news_headline_about_a_statement_names_no_issuer():
    text = "Qatar welcomes joint statement\n\nWe will keep working for peace, an official said."
    assert signals_of(text) == set()


def test_a_truce_declared_in_the_passive_is_declared_by_the_signatories():
    text = (
        "Joint Statement\nMoscow, 5 March 2031\n\n"
        "We, Rafael Moura, President of Brazil, and Amina Odhiambo, President of Kenya, "
        "state the following:\n\n"
        "1. A complete ceasefire along the line of contact is announced from midnight.\n"
    )
    assert signals_of(text) == {("agreement", "Rafael Moura"), ("agreement", "Amina Odhiambo")}


@pytest.mark.parametrize(
    "text",
    [
        # in a news report an agentless passive names nobody
        "A ceasefire was announced on Monday.",
        # and an agent who announces a truce others reached does not agree to it
        "A ceasefire was announced by Qatar on Monday.",
    ],
)
def test_a_passive_announcement_in_news_is_nobodys_agreement(text):
    assert signals_of(text) == set()


def test_a_participle_adjunct_after_the_clauses_is_no_preamble():
    text = (
        "Resolution 9002 (2031) on the situation in the Sahel\n3 March 2031\n\n"
        "The Security Council,\n\n"
        "Recalling its previous resolutions on the region,\n\n"
        "1. Demands that all parties immediately cease hostilities;\n\n"
        "Explanations of vote\n\n"
        "Introducing the text, British ambassador Jane Porter urged all sides to step "
        "back from the brink.\n"
    )
    found = signals_of(text)
    assert ("ceasefire_call", "Jane Porter") in found
    assert ("ceasefire_call", "UN Security Council") in found
    # the preamble is still background
    assert len([s for s in found if s[1] == "UN Security Council"]) == 1


RESOLUTION_HEAD = (
    "Resolution 2801 (2031)\nAdopted by the Security Council on 2 August 2031\n\n"
    "The Security Council,\n\n"
)


@pytest.mark.parametrize(
    "clause, expected",
    [
        # a noun cue whose verb opens the operative clause is the body's own
        (
            "Stresses the need for the parties to continue their negotiations towards a peace "
            "agreement;",
            {("negotiation_call", "UN Security Council")},
        ),
        (
            "Underlines the importance of dialogue between Serbia and Kosovo;",
            {("negotiation_call", "UN Security Council")},
        ),
        (
            "Emphasises the urgency of a cessation of hostilities in Darfur;",
            {("ceasefire_call", "UN Security Council")},
        ),
        ("Notes the need for further reports by the Secretary-General;", set()),
    ],
)
def test_an_operative_clause_opened_by_the_verb_of_a_noun_cue(clause, expected):
    doc = document_from_text(RESOLUTION_HEAD + clause + "\n", "resolution")
    found = {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}
    assert found == expected


def test_an_article_signed_by_an_office_holder_speaks_in_their_voice():
    text = (
        "Opinion | Our neighbours deserve dialogue\n"
        "By Kyriakos Mitsotakis, Prime Minister of Greece\n\n"
        "I condemn this conduct without hesitation.\n\n"
        "The first step must be de-escalation.\n"
    )
    found = signals_of(text)
    assert ("condemnation", "Kyriakos Mitsotakis") in found
    assert ("ceasefire_call", "Kyriakos Mitsotakis") in found


def test_a_journalists_byline_is_no_voice():
    text = (
        "Leaders meet as tensions rise\n"
        "By Jane Porter, Reuters\n\n"
        "The first step must be de-escalation, diplomats said.\n"
    )
    assert ("ceasefire_call", "Jane Porter") not in signals_of(text)


def test_a_press_release_is_its_issuers_whatever_state_the_headline_names():
    text = (
        "Ceasefire agreement between the Government of Sri Lanka and the LTTE\n"
        "Press release | Royal Norwegian Ministry of Foreign Affairs\n"
        "Oslo, 22 February 2002\n\n"
        "We are prepared to host the first round of talks in Oslo.\n"
    )
    assert ("mediation_offer", "Norway") in signals_of(text)
    assert ("mediation_offer", "Sri Lanka") not in signals_of(text)


def test_a_long_opening_we_with_name_particles_names_every_signatory():
    text = (
        "Joint Communique of the Regional Summit\n"
        "Arusha, 28 August 2000\n\n"
        "We, Yoweri Kaguta Museveni, President of the Republic of Uganda and Chairman of the "
        "Regional Peace Initiative on Burundi, Benjamin William Mkapa, President of the United "
        "Republic of Tanzania, and Daniel Toroitich arap Moi, President of the Republic of Kenya, "
        "meeting in Arusha on the occasion of the signing of the Agreement,\n\n"
        "1. Call upon the armed groups to cease hostilities immediately;\n"
    )
    found = {actor for signal, actor in signals_of(text) if signal == "ceasefire_call"}
    assert len(found) == 3
    assert any("Moi" in actor for actor in found)


def test_a_communique_whose_chapeau_names_its_council_by_its_head_word():
    text = (
        "Communique of the 828th meeting of the Peace and Security Council\n"
        "Addis Ababa, 22 February 2019\n\n"
        "The Peace and Security Council of the African Union (AU), at its 828th meeting, adopted "
        "the following decision:\n\n"
        "Council,\n\n"
        "Recalling its previous decisions,\n\n"
        "1. Demands that all armed groups immediately cease all hostilities;\n"
    )
    assert ("ceasefire_call", "AU Peace and Security Council") in signals_of(text)


def test_agreed_clauses_opened_by_to_are_the_signatories_acts():
    text = (
        "Joint Statement by the President of the Republic of Kenya and the Leader of the Orange "
        "Democratic Movement\nNairobi, 28 February 2008\n\n"
        "We, Mwai Kibaki, President of the Republic of Kenya, and Raila Amolo Odinga, Leader of "
        "the Orange Democratic Movement, having met today in Nairobi,\n\n"
        "Have agreed as follows:\n\n"
        "1. To call together on every Kenyan to end the violence;\n"
    )
    found = signals_of(text)
    assert ("ceasefire_call", "Mwai Kibaki") in found
    assert any(s == "ceasefire_call" and "Odinga" in a for s, a in found)


@pytest.mark.parametrize(
    "greeting", ["Fellow South Africans,", "Dear compatriots,", "Ladies and gentlemen,"]
)
def test_a_speechs_greeting_line_is_no_issuing_body(greeting):
    text = (
        "Address by President Thabo Ndlovu on the situation in the eastern Congo\n"
        "Pretoria, 30 January 2031\n\n"
        f"{greeting}\n\n"
        "We condemn these attacks in the strongest terms.\n\n"
        "We call on all parties to observe the ceasefire.\n"
    )
    found = signals_of(text)
    assert {a for _, a in found} <= {"South Africa", "Thabo Ndlovu"}
    assert ("condemnation", "South Africa") in found and ("ceasefire_call", "South Africa") in found


ISSUED_BY_LINE = (
    "Joint Statement by the Contact Group on the Horn of Africa\n"
    "4 April 2031\n"
    "Issued by Kenya, Norway, the United States and the African Union\n\n"
    "We condemn the shelling of the hospital in Baidoa.\n\n"
    "We call on both parties to agree on a temporary no-fire period.\n\n"
    "The co-chairs are ready to facilitate such a dialogue.\n"
)


def test_an_issued_by_line_lists_every_issuer_of_a_statement():
    issuers = ["Kenya", "Norway", "United States", "African Union"]
    assert signals_of(ISSUED_BY_LINE) == {
        (signal, issuer)
        for issuer in issuers
        for signal in ("condemnation", "ceasefire_call", "mediation_offer")
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Kenya said the rebels should discuss with the government the terms of a truce.",
            {("negotiation_call", "Kenya"), ("ceasefire_call", "Kenya")},
        ),
        ("Norway urged both parties to agree on a no-fire period.", {("ceasefire_call", "Norway")}),
    ],
)
def test_discussing_with_the_other_side_is_talks_and_a_no_fire_period_a_truce(text, expected):
    assert signals_of(text) == expected


SPEECH = (
    "Speech excerpt: Prime Minister Jane Hollis to the National Assembly on the border\n"
    "2 May 2031\n"
    "Assembly Record\n\n"
    "I must tell the House that the Government condemn this unprovoked aggression.\n\n"
    "Let me make it plain: there can be no negotiations while foreign troops occupy "
    "our villages.\n\n"
    "I hope that the dispute can still be resolved by diplomacy.\n\n"
    "We call on both sides to stop the fighting.\n"
)


def test_a_speech_is_its_headlines_speaker_and_the_government_is_theirs():
    # "we" is the speaker's state, and here the text does not say which: the speaker
    spoken = {
        ("condemnation", "Jane Hollis"),
        ("negotiation_rejection", "Jane Hollis"),
        ("negotiation_call", "Jane Hollis"),
    }
    assert signals_of(SPEECH) == spoken | {("ceasefire_call", "Jane Hollis")}
    # ... and with a dateline that says which, "we" is that state
    dated = SPEECH.replace("Assembly Record", "Nairobi, Assembly Record")
    assert signals_of(dated) == spoken | {("ceasefire_call", "Kenya")}


@pytest.mark.parametrize(
    "text, expected",
    [
        # support stated from the side supported
        ("Azerbaijan has the full support of Turkey.", {("alliance_support", "Turkey")}),
        (
            "Myanmar's junta enjoys the backing of Russia and China.",
            {("alliance_support", "Russia"), ("alliance_support", "China")},
        ),
        (
            "Britain said it had the firm support of the Commonwealth and the European Community.",
            {("alliance_support", "Commonwealth"), ("alliance_support", "European Community")},
        ),
        # a new clause's "its" is the body last named, inside a preposition's phrase too
        (
            "Britain said there could be no negotiations with Argentina while its troops "
            "occupied the islands.",
            {("negotiation_rejection", "United Kingdom"), ("hostilities", "Argentina")},
        ),
        (
            "Kenya refused to talk to Somalia until its forces left the border.",
            {("negotiation_rejection", "Kenya")},
        ),
    ],
)
def test_support_had_and_a_clauses_own_possessor(text, expected):
    assert signals_of(text) == expected


def test_a_readouts_bare_title_is_the_issuing_states_office_holder_on_the_day():
    text = (
        "Readout of the President's call with Prime Minister Ishiba\n"
        "March 3, 2022\n"
        "The White House - Office of the Press Secretary\n\n"
        "The President urged Russia to halt its offensive and withdraw its forces.\n"
    )
    assert signals_of(text) == {("ceasefire_call", "Joe Biden")}
    # a date the office table does not cover names no one
    undated = text.replace("March 3, 2022\n", "")
    assert ("ceasefire_call", "Joe Biden") not in signals_of(undated)


def test_an_offer_on_a_proviso_is_hypothetical():
    assert signals_of("Kenya would host talks provided both sides agreed.") == set()
    assert signals_of("Kenya would host talks, providing both sides agreed.") == set()


@pytest.mark.parametrize(
    ("header", "body", "expected"),
    [
        (
            "The White House, Office of the Press Secretary",
            "President Obama spoke today with President Putin. The President welcomed the "
            "efforts of President Hollande, and urged President Putin to agree on a peaceful "
            "resolution through negotiations.",
            ("negotiation_call", "Barack Obama"),
        ),
        (
            "Kremlin, Office of the President of Russia",
            "Vladimir Putin had a telephone conversation with President of France Emmanuel "
            "Macron. The President called for an end to the shelling of Donetsk.",
            ("ceasefire_call", "Vladimir Putin"),
        ),
    ],
)
def test_the_bare_title_in_a_government_readout_is_its_own_head(header, body, expected):
    # several presidents are named; "The President" of the issuer's readout is its own
    text = f"Readout of a call\nFebruary 10, 2015\n{header}\n\n{body}"
    doc = document_from_text(text, "readout")
    found = {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}
    assert expected in found


@pytest.mark.parametrize(
    "clause",
    [
        "3. Decides that negotiations shall start between the parties under appropriate auspices;",
        "4. Decides that talks shall begin at once between the two Governments;",
    ],
)
def test_a_resolution_deciding_that_talks_shall_start_calls_for_them(clause):
    text = (
        "Resolution 9002 (2031)\n3 March 2031\n\nThe Security Council,\n\n"
        "1. Calls upon all parties to cease all firing immediately;\n\n" + clause + "\n"
    )
    assert ("negotiation_call", "UN Security Council") in signals_of(text)


@pytest.mark.parametrize(
    ("opening", "signatories"),
    [
        (
            # signatories listed with semicolons
            "We, Amara Diallo Keita, President of the Republic of Mali; Kofi Mensah Boateng, "
            "President of the Republic of Ghana; and Ana Ruiz Pardo, President of the Republic "
            "of Peru, meeting in Accra on 6 March 2031,\n\n",
            {"Mali", "Ghana", "Peru"},
        ),
        (
            # the apposition ends its paragraph, and a preamble names the host's capital
            "We, Ivan Petrov, President of the Republic of Moldova, and Petra Novak, Leader of "
            "the Dniester Popular Front,\n\nHaving met in Moscow at the invitation of the "
            "President of the Russian Federation,\n\n",
            {"Moldova", "Dniester Popular Front"},
        ),
    ],
)
def test_every_signatory_of_a_we_apposition_speaks(opening, signatories):
    text = (
        "Joint statement\n7 August 2031\nDocuments Series\n\n" + opening + "1. Call on all "
        "armed groups to cease all hostilities at once;\n\n2. Condemn the taking of hostages;\n"
    )
    doc = document_from_text(text, "statement")
    found = analyze_document(doc, with_tone=False).signals
    for signal in ("ceasefire_call", "condemnation"):
        assert {s.affiliation for s in found if s.signal == signal} == signatories


@pytest.mark.parametrize(
    "clause",
    [
        "1. Have today signed the General Agreement on the Establishment of Peace;",
        "1. Have today signed the peace agreement;",
        "1. Have now formally signed the cease-fire protocol;",
    ],
)
def test_an_operative_clause_told_with_its_day_is_the_signatories_act(clause):
    text = (
        "Joint statement\n27 June 2031\nPress\n\nWe, Ivan Petrov, President of the Republic "
        "of Moldova, and Petra Novak, Leader of the Dniester Popular Front,\n\n" + clause + "\n"
    )
    found = {
        (s.signal, s.affiliation)
        for s in analyze_document(document_from_text(text, "statement"), with_tone=False).signals
    }
    assert found == {("agreement", "Moldova"), ("agreement", "Dniester Popular Front")}


def test_a_quoted_headline_names_the_speaker_of_a_speech():
    # '"<quotation>": <office holder> before the <assembly>': "I" is the speaker
    text = (
        '"A cease-fire must come quickly": Mendes France before the National Assembly (excerpt)\n'
        "17 June 1954\nThe Assembly Record\n\n"
        "I intend to seek a negotiated settlement without delay.\n\n"
        "I will not sign a capitulation dressed up as a peace.\n"
    )
    assert signals_of(text) == {
        ("ceasefire_call", "Pierre Mendes-France"),  # the headline's quotation is his too
        ("negotiation_call", "Pierre Mendes-France"),
        ("negotiation_rejection", "Pierre Mendes-France"),
    }


def test_a_we_apposition_lists_bodies_no_gazetteer_knows():
    text = (
        "The Kestrel Agreement (extract)\n3 March 2031\nPeace Documents\n\n"
        "We, the representatives of the Government of Ghana, the Volta Transitional "
        "Government, the Volta Liberation Army and the Volta Resistance Forces, meeting in "
        "Accra,\n\nAgree as follows:\n\n1. We call on all armed groups to lay down their "
        "weapons and to stop fighting.\n"
    )
    calls = {
        s.actor
        for s in analyze_document(document_from_text(text, "x"), with_tone=False).signals
        if s.signal == "ceasefire_call"
    }
    assert calls == {
        "Ghana",
        "Volta Transitional Government",
        "Volta Liberation Army",
        "Volta Resistance Forces",
    }


def test_a_topic_before_the_issuers_line_is_not_the_issuer():
    text = (
        "Central African Republic - Statement by the Spokesperson of the Ministry of Foreign Affairs\n"
        "Paris, 27 December 2012\n"
        "Ministry of Foreign Affairs of France - Press and Communication Directorate\n\n"
        "There can be no military solution to the crisis. We call on the Government and on the "
        "rebel groups to resume dialogue without delay.\n"
    )
    found = signals_of(text)
    assert ("negotiation_call", "France") in found
    assert not any(actor == "Central African Republic" for _, actor in found)


@pytest.mark.parametrize(
    "role", ["acting Minister of Foreign Affairs", "interim Minister of Foreign Affairs"]
)
def test_a_signatory_whose_title_opens_with_a_role_word_signs_too(role):
    text = (
        "Joint statement on the border\n3 March 2031\n\n"
        "We, Marcus Vell, Minister of Foreign Affairs of Norway, and Ilse Danner, "
        f"{role} of Austria, met in Geneva today.\n\n"
        "We strongly condemn the attacks on the monitors.\n"
    )
    found = signals_of(text)
    assert found == {("condemnation", "Marcus Vell"), ("condemnation", "Ilse Danner")}


@pytest.mark.parametrize(
    "header",
    [
        # the topic's state alone before the dash, the issuer's capital on the next line
        "Cote d'Ivoire - Statement by the spokesperson of the Ministry of Foreign Affairs\n"
        "7 January 2031\nParis (unofficial translation)\n\n",
        # the states after the topic's preposition are the topic
        "Statement of the Ministry of Foreign Affairs on Libyan military intervention in Uganda\n"
        "16 March 2031\nFrance, Paris (text as distributed)\n\n",
    ],
)
def test_the_issuer_is_the_state_the_header_names_outside_the_topic(header):
    text = header + "Our forces returned fire in self-defence.\n\nWe condemn the attack.\n"
    found = signals_of(text)
    assert found == {("hostilities", "France"), ("condemnation", "France")}


def test_a_lead_sentence_is_no_header_line():
    text = (
        "Kosovo police battle gunmen in the north\n24 September 2031\n\n"
        "PRISTINA - Serbian gunmen stormed a monastery, Kosovo said.\n\n"
        "We condemn the attack.\n"
    )
    assert ("condemnation", "Serbia") not in signals_of(text)


def test_an_organisations_venue_is_not_its_voice():
    text = (
        "Press point by NATO Secretary General Marcus Vell on the situation in Syria\n"
        "Brussels, 28 February 2031\n\n"
        "Our forces returned fire in self-defence.\n"
    )
    assert ("hostilities", "Belgium") not in signals_of(text)
