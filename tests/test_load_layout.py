"""The layout of a plain text: headline, date line, outlet, letterhead, label and captions."""

from __future__ import annotations

import pytest
from load_helpers import BODY, SEED, assert_blocks_are_lines, only, spans

from analysis import document_from_text, load_documents


def test_seed_metadata_and_layout():
    doc = only(load_documents([SEED]))
    assert doc.id == "000_a05659aaa7e80c9a"
    assert doc.title == "Putin, Macron call for 'complete' halt to fighting in Karabakh: Kremlin"
    assert doc.date == "2020-10-01"
    assert doc.source == "CGTN"
    assert doc.language == "en" and doc.warnings == ()
    assert doc.text == SEED.read_text(encoding="utf-8")
    assert [k for k, _ in spans(doc)[:6]] == [
        "headline", "dateline", "outlet", "caption", "caption", "paragraph",
    ]  # fmt: skip
    assert spans(doc)[1] == ("dateline", "Updated 08:58, 01-Oct-2020")
    assert_blocks_are_lines(doc)


def test_every_copy_of_a_repeated_caption_is_a_caption():
    doc = only(load_documents([SEED]))
    captions = [text for kind, text in spans(doc) if kind == "caption"]
    assert captions.count("Russian Foreign Minister Sergei Lavrov. /VCG") == 2
    assert len(captions) == 4
    paragraphs = [text for kind, text in spans(doc) if kind == "paragraph"]
    assert not any(text.endswith(("/VCG", "/Reuters")) for text in paragraphs)


def test_block_offsets_slice_each_line_exactly():
    doc = only(load_documents([SEED]))
    lines = [line.strip() for line in doc.text.split("\n") if line.strip()]
    assert [text for _, text in spans(doc)] == lines


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("Updated 08:58, 01-Oct-2020", "2020-10-01"),
        ("October 1, 2020", "2020-10-01"),
        ("1 Oct 2020 | Reuters", "2020-10-01"),
        ("Updated 10:47, 22-Nov-2023", "2023-11-22"),
        ("25 Mar 2024 | Global Affairs Wire", "2024-03-25"),
        ("Mon 17 Oct 2022 21:30 GMT", "2022-10-17"),
        ("Cairo, 7 May 2024", "2024-05-07"),
        ("8 February 2024, 06:15 GMT", "2024-02-08"),
        ("Updated 26 July 2025 09:10 ICT", "2025-07-26"),
        ("07 May 2025 | 16:20 IST", "2025-05-07"),
        ("Putrajaya, Malaysia, 28 July 2025", "2025-07-28"),
        ("2024-05-07", "2024-05-07"),
        ("2024-05-07T10:00:00Z", "2024-05-07"),
        ("01-10-2020", "2020-10-01"),  # numeric dates are day-first
        ("01/10/2020", "2020-10-01"),
        ("12/25/2020", "2020-12-25"),  # ... unless that is impossible
        ("Published: Wednesday, 22 November 2023", "2023-11-22"),
        ("Posted on Nov. 22, 2023 at 3:15 p.m. EST", "2023-11-22"),
        ("Last updated: 5 March 2024 | 14:02 GMT+3", "2024-03-05"),
        ("Sept 5, 2023", "2023-09-05"),
    ],
)
def test_date_line_formats(dateline, iso):
    doc = document_from_text(f"Russia offers to host Karabakh talks\n{dateline}\n\n{BODY}", "d")
    assert doc.date == iso
    assert spans(doc)[:2] == [
        ("headline", "Russia offers to host Karabakh talks"),
        ("dateline", dateline),
    ]
    assert doc.warnings == ()


def test_outlet_after_a_pipe_or_on_its_own_line():
    piped = document_from_text(f"Russia offers talks\n1 Oct 2020 | Reuters\n\n{BODY}", "a")
    assert piped.source == "Reuters"
    own_line = document_from_text(
        f"Russia offers talks\nOctober 1, 2020\nWorld Desk\n\n{BODY}", "b"
    )
    assert own_line.source == "World Desk"
    assert spans(own_line)[2] == ("outlet", "World Desk")


def test_a_byline_is_metadata_not_text():
    doc = document_from_text(
        f"Russia offers talks\nBy Jane Doe, Moscow\nOctober 1, 2020\n\n{BODY}", "b"
    )
    assert spans(doc)[:3] == [
        ("headline", "Russia offers talks"),
        ("outlet", "By Jane Doe, Moscow"),
        ("dateline", "October 1, 2020"),
    ]


def test_a_byline_marks_the_headline_above_it():
    doc = document_from_text(f"Russia offers talks\nBy Jane Doe\n{BODY}", "b")
    assert [k for k, _ in spans(doc)[:3]] == ["headline", "outlet", "paragraph"]


def test_unparseable_date_is_unknown_and_flagged():
    doc = document_from_text(f"Russia offers talks\nUpdated 08:58, 31-Feb-2020\n\n{BODY}", "d")
    assert doc.date is None
    assert spans(doc)[1] == ("dateline", "Updated 08:58, 31-Feb-2020")
    assert doc.warnings == (
        "the date 'Updated 08:58, 31-Feb-2020' could not be parsed; kept as unknown",
    )


def test_a_sentence_that_starts_with_a_date_is_not_a_date_line():
    text = f"Cairo, 7 May 2024 was the day the crossing closed, officials said.\n\n{BODY}"
    doc = document_from_text(text, "d")
    assert doc.date is None and doc.title is None
    assert {kind for kind, _ in spans(doc)} == {"paragraph"}


def test_press_statement_with_letterhead_and_no_headline():
    text = (
        "Arab Republic of Egypt\nMinistry of Foreign Affairs\n\nPress Statement\n"
        "Cairo, 7 May 2024\n\n"
        "Egypt strongly condemns the military operation launched in the city of Rafah.\n"
    )
    doc = document_from_text(text, "egypt")
    assert spans(doc) == [
        ("outlet", "Arab Republic of Egypt"),
        ("outlet", "Ministry of Foreign Affairs"),
        ("headline", "Press Statement"),
        ("dateline", "Cairo, 7 May 2024"),
        (
            "paragraph",
            "Egypt strongly condemns the military operation launched in the city of Rafah.",
        ),
    ]
    assert doc.date == "2024-05-07"
    assert doc.source == "Arab Republic of Egypt, Ministry of Foreign Affairs"


def test_joint_statement_title_then_place_and_date():
    text = (
        "Joint Statement of the Leaders of the United States, Egypt and Qatar\n\n"
        "Doha, 18 March 2025\n\n"
        "We call on both parties to resume urgent talks without delay.\n"
    )
    doc = document_from_text(text, "joint")
    assert doc.title == "Joint Statement of the Leaders of the United States, Egypt and Qatar"
    assert doc.date == "2025-03-18"
    assert [k for k, _ in spans(doc)] == ["headline", "dateline", "paragraph"]


def test_press_release_headline_below_the_date():
    text = (
        "Office of the Special Envoy of the Secretary-General for Yemen\n\nPress Release\n"
        "1 April 2022\n\nUN Special Envoy announces a two-month truce in Yemen\n\n"
        "The warring parties have accepted a two-month truce proposed by the United Nations.\n"
    )
    doc = document_from_text(text, "yemen")
    assert doc.title == "UN Special Envoy announces a two-month truce in Yemen"
    assert doc.source == "Office of the Special Envoy of the Secretary-General for Yemen"
    assert [k for k, _ in spans(doc)] == ["outlet", "outlet", "dateline", "headline", "paragraph"]


def test_letterhead_line_above_a_title_without_a_label():
    text = (
        "State of Qatar - Ministry of Foreign Affairs\n\n"
        "Joint Statement of the State of Qatar and the Republic of Rwanda\n\n"
        "Doha, 18 March 2025\n\nThe two leaders agreed to an immediate ceasefire on Tuesday.\n"
    )
    doc = document_from_text(text, "doha")
    assert doc.title == "Joint Statement of the State of Qatar and the Republic of Rwanda"
    assert doc.source == "State of Qatar - Ministry of Foreign Affairs"


def test_headline_without_a_date_when_it_stands_apart():
    doc = document_from_text(f"Explainer: Why Qatar talks to Hamas\n\n{BODY}", "explainer")
    assert doc.title == "Explainer: Why Qatar talks to Hamas"
    assert doc.date is None
    assert spans(doc)[0] == ("headline", "Explainer: Why Qatar talks to Hamas")


def test_no_recognisable_layout_is_all_paragraphs():
    doc = document_from_text(BODY, "plain")
    assert doc.title is None and doc.date is None and doc.source is None
    assert {kind for kind, _ in spans(doc)} == {"paragraph"}


def test_caption_credit_forms():
    for caption in (
        "Qatar's minister speaks to reporters in Doha. /File photo",
        "Russian Foreign Minister Sergei Lavrov. /VCG",
        "Israeli Prime Minister Benjamin Netanyahu speaks in Jerusalem, February 7, 2024. /File",
        "Troops patrol the border near Surin, July 25, 2025. REUTERS/Jorge Silva",
        "President Biden speaks at the White House. (AP Photo/Evan Vucci)",
        "Talks in Beijing (Xinhua/Li Gang)",
        "Delegates arrive for the talks. Getty Images/Jane Doe",
        "Delegates meet in Geneva. Photo: Reuters",
        "Talks in Doha - Image credit: AFP",
        "/File photo",
    ):
        doc = document_from_text(
            f"Headline of the day\nOctober 1, 2020\n\n{caption}\n\n{BODY}", "c"
        )
        assert ("caption", caption) in spans(doc), caption


def test_a_slash_in_running_text_is_not_a_photo_credit():
    line = "The talks will run 24/7 until a deal is reached, the minister said on Tuesday."
    doc = document_from_text(f"Headline of the day\nOctober 1, 2020\n\n{line}\n\n{BODY}", "c")
    assert ("paragraph", line) in spans(doc)


@pytest.mark.parametrize(
    "headline",
    [
        "Press briefing by Presidential Communications Secretary Herminio Coloma Jr.",
        "Remarks by Ambassador Martin Luther King Sr.",
    ],
)
def test_a_headline_ending_in_an_abbreviation_is_still_a_headline(headline):
    doc = document_from_text(
        f"{headline}\n30 Jan 2014\nManila Briefing Room Archive\n\n{BODY}", "x"
    )
    assert doc.title == headline
    assert doc.date == "2014-01-30"
