"""Pasted text and collection rows: explicit metadata against what the layout says."""

from __future__ import annotations

from load_helpers import BODY, assert_blocks_are_lines, spans

from analysis import document_from_text


def test_explicit_metadata_wins_over_the_layout():
    text = f"Putin, Macron call for halt to fighting\nUpdated 08:58, 01-Oct-2020\nCGTN\n\n{BODY}"
    doc = document_from_text(
        text,
        "pasted",
        title="My title",
        date="2 October 2020",
        source="Wire",
        url="https://x.test/a",
    )
    assert (doc.title, doc.date, doc.source, doc.url) == (
        "My title", "2020-10-02", "Wire", "https://x.test/a",
    )  # fmt: skip
    assert spans(doc)[0] == ("headline", "Putin, Macron call for halt to fighting")


def test_explicit_unparseable_date_is_flagged():
    doc = document_from_text(BODY, "pasted", date="sometime soon")
    assert doc.date is None
    assert doc.warnings == ("the date 'sometime soon' could not be parsed; kept as unknown",)


def test_explicit_unparseable_date_falls_back_to_the_date_line():
    doc = document_from_text(f"Talks resume\nOctober 1, 2020\n\n{BODY}", "row", date="n/a")
    assert doc.date == "2020-10-01"
    assert doc.warnings == (
        "the date 'n/a' could not be parsed; the date line of the text (2020-10-01) was used "
        "instead",
    )


def test_pasted_text_newlines_are_normalised():
    doc = document_from_text("Headline here\r\nOctober 1, 2020\r\n\r\n" + BODY, "p")
    assert "\r" not in doc.text
    assert doc.date == "2020-10-01"
    assert_blocks_are_lines(doc)
