"""The source panel: documents are untrusted, only the highlight markup is ours."""

from dashboard.figures import SIGNAL_COLOURS
from dashboard.highlight import (
    Span,
    document_header_html,
    highlight_html,
    legend_html,
    markdown_literal,
    spans_from_rows,
)

TEXT = (
    "Putin and Macron called for an immediate ceasefire, the Kremlin said. "
    "Armenia vowed to keep fighting."
)
FIRST = TEXT.index(" Armenia")


def test_evidence_sentence_is_wrapped_in_its_signal_colour():
    out = highlight_html(TEXT, [Span(0, FIRST, "ceasefire_call", "Vladimir Putin", 17, 50)])
    assert (
        '<mark class="lens-signal" data-signals="ceasefire_call" title="Vladimir Putin: Ceasefire call"'
        in out
    )
    assert SIGNAL_COLOURS["ceasefire_call"] in out
    assert "<strong>called for an immediate ceasefire</strong>" in out
    assert out.count("<mark") == 1 and "</mark> Armenia vowed to keep fighting." in out


def test_several_signals_on_one_sentence_make_one_mark_listing_all():
    spans = [
        Span(0, FIRST, "ceasefire_call", "Vladimir Putin"),
        Span(0, FIRST, "ceasefire_call", "Emmanuel Macron"),
        Span(0, FIRST, "negotiation_call", "Vladimir Putin"),
        Span(FIRST + 1, len(TEXT), "negotiation_rejection", "Armenia"),
    ]
    out = highlight_html(TEXT, spans)
    assert out.count("<mark") == 2
    assert (
        'data-signals="ceasefire_call negotiation_call" title="Emmanuel Macron: Ceasefire call\n'
        'Vladimir Putin: Ceasefire call\nVladimir Putin: Negotiation call"'
    ) in out
    # one underline band per type
    assert (
        f"inset 0 -3px 0 {SIGNAL_COLOURS['ceasefire_call']}, inset 0 -6px 0 {SIGNAL_COLOURS['negotiation_call']}"
        in out
    )


def test_markup_in_a_document_is_shown_as_text():
    evil = 'Hamas said <script>alert("x")</script> & <img src=x onerror=alert(1)> it "agreed".'
    out = highlight_html(evil, [Span(0, len(evil), "agreement", 'Hamas" onmouseover="alert(1)')])
    assert "<script>" not in out and "<img" not in out
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"
        in out
    )
    assert 'title="Hamas&quot; onmouseover=&quot;alert(1): Agreement"' in out


def test_unknown_types_get_no_colour_from_the_data():
    out = highlight_html(TEXT, [Span(0, 5, "red; background:url(x)", "X")])
    mark = out[out.index("<mark") : out.index(">", out.index("<mark"))]
    assert 'data-signals="other"' in mark
    style = mark[mark.index('style="') :]
    assert "url(x)" not in style and "#999999" in style


def test_spans_outside_the_text_are_ignored():
    out = highlight_html("Short.", [Span(3, 99, "agreement", "A"), Span(-1, 2, "agreement", "B")])
    assert "<mark" not in out and "Short." in out


def test_focused_sentence_is_outlined():
    out = highlight_html(
        TEXT, [Span(0, FIRST, "ceasefire_call", "Vladimir Putin")], focus=(0, FIRST)
    )
    assert "outline: 2px solid" in out


def test_spans_from_records_and_legend():
    rows = [
        {"start": 0, "end": 5, "signal": "agreement", "actor": "A", "cue_start": -1, "cue_end": -1}
    ]
    assert spans_from_rows(rows) == [Span(0, 5, "agreement", "A")]
    legend = legend_html(["hostilities", "agreement"])
    assert legend.index("Hostilities") < legend.index("Agreement")  # taxonomy order
    assert "Ceasefire call" not in legend


def test_header_escapes_and_links_only_web_urls():
    out = document_header_html("<b>Title</b>", "d1", "2020-10-01", "CGTN", "javascript:alert(1)")
    assert "&lt;b&gt;Title&lt;/b&gt;" in out and "javascript" not in out
    assert 'href="https://example.org/a?b=1&amp;c=2"' in document_header_html(
        None, "d1", None, None, "https://example.org/a?b=1&c=2"
    )


def test_values_from_links_are_shown_literally_in_markdown():
    assert (
        markdown_literal("[click](https://evil.example)") == r"\[click\]\(https\://evil\.example\)"
    )
    assert markdown_literal("Vladimir Putin") == "Vladimir Putin"
    assert markdown_literal(":red[$x$]") == r"\:red\[\$x\$\]"
