"""Transcripts: press points, briefings, interviews.

In words spoken, "I" is the speaker and "we" the body the speaker speaks for
(an organisation's Secretary General speaks for it, a ministry's spokesperson
for the state). A question's "we" is the journalist's; a turn label naming
someone the text introduced ("LAVROV:") hands that person the turn.
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "transcript")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


@pytest.mark.parametrize(
    "headline",
    [
        "Press point by NATO Secretary General Jan Halvorsen following the meeting of the Council",
        "Remarks by NATO Secretary General Jan Halvorsen at the press conference in Brussels",
        "Opening remarks by NATO Secretary General Jan Halvorsen",
    ],
)
def test_a_press_point_speaks_as_its_speaker_and_its_organisation(headline):
    text = (
        f"{headline}\nBrussels, 3 March 2031\n\n"
        "Good afternoon.\n\n"
        "I call on both parties to stop the fighting.\n\n"
        "We urge an immediate return to the ceasefire of last year.\n"
    )
    found = signals_of(text)
    assert ("ceasefire_call", "Jan Halvorsen") in found
    assert ("ceasefire_call", "NATO") in found


BRIEFING = (
    "Department Press Briefing - Chad and Sudan (excerpt)\n"
    "Washington, D.C., March 5, 2031\n"
    "Martha Quill, Department Spokesperson\n\n"
    "QUESTION: Can we go to Chad and Sudan? Do we condemn the shelling of El Geneina?\n\n"
    "MS QUILL: We continue to urge Chad and Sudan to resume negotiations, "
    "and that remains our position.\n\n"
    "QUESTION: We have heard that Chad rejects talks. Is that right?\n\n"
    "MS QUILL: I have nothing to add.\n"
)


def test_a_spokespersons_we_is_the_state_of_the_dateline():
    found = signals_of(BRIEFING)
    assert ("negotiation_call", "United States") in found


def test_a_questions_we_is_no_actor():
    found = signals_of(BRIEFING)
    assert not {actor for _, actor in found} - {"United States", "Chad"}
    assert ("condemnation", "United States") not in found


@pytest.mark.parametrize(
    "speaker_line",
    [
        "Spokesperson: Ambassador Karim Baloch",
        "Spokesman: Ambassador Karim Baloch",
    ],
)
def test_a_briefings_spokesperson_line_names_the_speaker(speaker_line):
    text = (
        "Transcript of the Weekly Press Briefing by the Spokesperson\n"
        "Islamabad, Friday, 24 October 2031\n\n"
        f"{speaker_line}\n\n"
        "We believe differences with Kabul should be resolved through dialogue and diplomacy.\n\n"
        "Question: Will Pakistan talk to the Taliban?\n\n"
        "Spokesperson: I strongly condemn the attacks on our border posts.\n"
    )
    doc = document_from_text(text, "briefing")
    analysis = analyze_document(doc, with_tone=False)
    found = {(s.signal, s.actor) for s in analysis.signals}
    assert ("negotiation_call", "Pakistan") in found
    # a spokesperson's words are their government's (SIGNALS.md); "I" is the person
    assert ("condemnation", "Pakistan") in found
    speakers = {m.actor.name for m in analysis.mentions if doc.text[m.start : m.end] == "I"}
    assert speakers == {"Karim Baloch"}


def test_a_turn_label_naming_an_introduced_person_hands_them_the_turn():
    text = (
        "Interview with Russian Foreign Minister Pavel Orlov\n"
        "Moscow, 3 May 2031\n\n"
        "QUESTION: Will you agree to a ceasefire?\n\n"
        "ORLOV: We will never agree to negotiate with the regime in Kyiv on these terms.\n"
    )
    assert ("negotiation_rejection", "Russia") in signals_of(text)


def test_a_news_report_is_no_transcript():
    text = (
        "Diplomats gather in Nairobi for a speech by the Ethiopian envoy\n"
        "Nairobi, 3 May 2031\n\n"
        "We have long said that only dialogue can end this war, one diplomat said.\n"
    )
    assert signals_of(text) == set()


def test_the_first_line_may_name_the_speaker_and_a_seat_is_no_person():
    text = (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n"
        "Friday, 11 October 2030 | United Nations, New York\n\n"
        "The following is an excerpt from today's noon briefing by Anna Moreau, "
        "Spokesperson for the Secretary-General.\n\n"
        "Good afternoon. I will start with Lebanon.\n"
    )
    doc = document_from_text(text, "briefing")
    mentions = analyze_document(doc, with_tone=False).mentions
    speakers = {m.actor for m in mentions if doc.text[m.start : m.end] == "I"}
    assert {(a.name, a.type) for a in speakers} == {("Anna Moreau", "person")}


def noon_briefing(answer: str) -> str:
    return (
        "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n"
        "Friday, 11 October 2024 | United Nations, New York\n\n"
        "The following is an excerpt from today's noon briefing by Stephane Dujarric, "
        "Spokesperson for the Secretary-General.\n\n"
        "Question: Is there still a diplomatic track?\n\n"
        f"Spokesperson: {answer}\n"
    )


@pytest.mark.parametrize(
    "answer, expected",
    [
        (
            "The guns must fall silent, and there is no military solution to this conflict.",
            {("ceasefire_call", "Antonio Guterres"), ("negotiation_call", "Antonio Guterres")},
        ),
        (
            "The fighting has to stop now.",
            {("ceasefire_call", "Antonio Guterres")},
        ),
        (
            "Only dialogue can end this war, and both parties should return to the table.",
            {("negotiation_call", "Antonio Guterres")},
        ),
    ],
)
def test_a_spokesperson_for_the_secretary_general_speaks_for_the_secretary_general(
    answer, expected
):
    # the demands of the answer, with no verb of saying, are the speaker's; and a
    # spokesperson for an office whose holder the table knows speaks for that holder
    assert signals_of(noon_briefing(answer)) == expected


@pytest.mark.parametrize("reporter", ["Reuters", "Press Trust of India", "CCTV"])
def test_turns_labelled_with_names_as_written_and_paragraphs_that_continue_them(reporter):
    text = (
        "Foreign Ministry Spokesperson Li Wen's Regular Press Conference\n"
        "Beijing, 19 June 2031\n\n"
        f"{reporter}: Can you tell us what happened on the border?\n\n"
        "Li Wen: The facts are clear.\n\n"
        "We urge the Indian side to immediately stop all provocative actions.\n\n"
        f"{reporter}: Will China accept mediation?\n\n"
        "Li Wen: We do not need any third party.\n"
    )
    assert ("ceasefire_call", "China") in signals_of(text)


def test_an_honorific_alone_is_the_monarch_last_named():
    text = (
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received a call from US President "
        "Donald Trump. His Highness stressed that the crisis should be resolved through dialogue."
    )
    assert signals_of(text) == {("negotiation_call", "Tamim bin Hamad Al Thani")}
    text = (
        "King Abdullah II of Jordan met US President Joe Biden. His Majesty called for a ceasefire."
    )
    assert signals_of(text) == {("ceasefire_call", "Abdullah II")}


@pytest.mark.parametrize(
    "quote",
    [
        '"I reiterate my appeal for an immediate ceasefire," he says.',
        '"I renew my call for an immediate ceasefire," he said.',
    ],
)
def test_i_in_a_quotation_said_by_he_is_the_person_last_named(quote):
    text = f"UN Secretary-General Antonio Guterres spoke in New York on Monday. {quote}"
    assert signals_of(text) == {("ceasefire_call", "Antonio Guterres")}


def test_a_question_that_addresses_the_speaker_by_name_reports_someone_else():
    text = (
        "Daily press briefing by Stephane Dujarric, Spokesman for the Secretary-General\n"
        "New York, 7 July 2031\n\n"
        "Question: Stephane, the Turkish Foreign Minister, Mevlut Cavusoglu, blamed the Greek "
        "Cypriot side for the failure this morning.\n\n"
        "Spokesman: I have nothing to add.\n"
    )
    found = signals_of(text)
    assert ("condemnation", "Mevlut Cavusoglu") in found
    assert all(actor != "Stephane Dujarric" for _, actor in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Mozambican President Filipe Nyusi addressed the rebels. "Lay down your guns and come '
            'to the table," he said.',
            {("ceasefire_call", "Filipe Nyusi"), ("negotiation_call", "Filipe Nyusi")},
        ),
        (
            "Address by President Filipe Nyusi at the signing of the Maputo Accord\n"
            "Maputo, 6 August 2019\n\n"
            "Dear compatriots,\n\nLay down your guns and come to the table.\n",
            {("ceasefire_call", "Filipe Nyusi"), ("negotiation_call", "Filipe Nyusi")},
        ),
        # a noun phrase that opens like a call is none
        ("End of the war came in 1995, Nyusi said.", set()),
    ],
)
def test_an_imperative_is_its_speakers_demand(text, expected):
    assert signals_of(text) == expected


@pytest.mark.parametrize("name", ["Hua Chunying", "Mao Ning", "Maria van der Berg"])
def test_a_name_label_nobody_introduced_speaks_for_the_body_of_the_headline(name):
    text = (
        "Press briefing by the Ministry of Foreign Affairs spokesperson, Beijing, 5 August 2031\n\n"
        "Q: The ministers issued a statement on the drills. What is your response?\n\n"
        f"{name}: We firmly oppose and strongly condemn the statement.\n\n"
        "Press Trust of India: Will the talks with India go ahead?\n\n"
        f"{name}: China has lodged solemn representations with Japan.\n"
    )
    found = signals_of(text)
    assert found == {("condemnation", "China")}


def test_a_briefings_topic_after_the_dash_is_not_its_issuer():
    text = (
        "Department of State Daily Press Briefing - Bosnia (excerpt)\n"
        "Washington, D.C., September 6, 2031\n"
        "Martha Quill, Spokesperson\n\n"
        "MS. QUILL: We call on the Bosnian Serbs to stop shelling the city.\n"
    )
    assert signals_of(text) == {("ceasefire_call", "United States")}


def test_a_transcript_of_a_titled_person_speaks_under_the_title_label():
    text = (
        "Transcript of the Prime Minister, the Hon John Howard MP, press conference, "
        "Auckland (excerpts)\n"
        "Sunday, 12 September 1999\n"
        "Office of the Prime Minister - transcript service\n\n"
        "PRIME MINISTER: The killing must stop, and I condemn it without reservation.\n\n"
        "JOURNALIST: Will you send troops?\n"
    )
    found = signals_of(text)
    assert ("condemnation", "John Howard") in found
    assert all(actor == "John Howard" for _, actor in found)
