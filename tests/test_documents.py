"""Loading documents: formats, layouts, dates, encodings and every refusal.

Each test writes small files to tmp_path (or passes bytes, as an upload does)
and checks what comes back: the Document's metadata and blocks, or the
LoadError's reason and line.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import Document, LoadError, document_from_text, iter_documents, load_documents
from analysis.load import MAX_BYTES, documents_from_bytes
from analysis.load.dates import parse_date
from analysis.load.language import ENGLISH_ONLY

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_a05659aaa7e80c9a.txt"

BODY = (
    "Russian Foreign Minister Sergei Lavrov offered on Wednesday to host talks between the "
    "two sides in Moscow, the ministry said in a statement.\n\n"
    "The United Nations has already called on both sides to stop the fighting at once."
)
CAPTION = (
    "Russian President Vladimir Putin shakes hands with his French counterpart Emmanuel "
    "Macron in Osaka, Japan, June 28, 2019. /Reuters"
)


def spans(doc: Document) -> list[tuple[str, str]]:
    """(kind, text) of every block, as the tests read them."""
    return [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]


def only(items: list) -> Document | LoadError:
    assert len(items) == 1, items
    return items[0]


def errors(items) -> list[tuple[int | None, str]]:
    return [(e.line, e.reason) for e in items if isinstance(e, LoadError)]


def assert_blocks_are_lines(doc: Document) -> None:
    """Blocks are in order, do not overlap, and each is one line of the text."""
    end = 0
    for b in doc.blocks:
        assert end <= b.start < b.end <= len(doc.text)
        line = doc.text[b.start : b.end]
        assert "\n" not in line and line == line.strip()
        end = b.end


# --- the seed article ---------------------------------------------------------


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


# --- date lines ----------------------------------------------------------------


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


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("1 October 2020", "2020-10-01"),
        ("2020-10-01", "2020-10-01"),
        ("2020/10/01", "2020-10-01"),
        ("01.10.2020", "2020-10-01"),
        ("Thu, 01 Oct 2020 08:58:00 +0000", "2020-10-01"),
        ("May 2024", None),  # no day: not completed from today's date
        ("Thursday-ish", None),
        ("", None),
    ],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


# --- statement and other layouts -----------------------------------------------


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


# --- formats -------------------------------------------------------------------


def test_plain_text_file(tmp_path):
    (tmp_path / "story.txt").write_text(f"Russia offers talks\nOctober 1, 2020\n\n{BODY}\n")
    doc = only(load_documents([tmp_path / "story.txt"]))
    assert (doc.id, doc.title, doc.date, doc.path) == (
        "story", "Russia offers talks", "2020-10-01", str(tmp_path / "story.txt"),
    )  # fmt: skip


def test_markdown_keeps_its_text_and_reads_through_markup(tmp_path):
    text = (
        "# Russia offers *Karabakh* talks\n\n*Updated 08:58, 01-Oct-2020*\n\n**CGTN**\n\n"
        f"{BODY}\n\n- Lavrov said Moscow was ready to host the talks.\n"
    )
    (tmp_path / "note.md").write_text(text)
    doc = only(load_documents([tmp_path / "note.md"]))
    assert doc.text == text
    assert doc.title == "Russia offers Karabakh talks"
    assert doc.date == "2020-10-01" and doc.source == "CGTN"
    assert spans(doc)[0] == ("headline", "Russia offers *Karabakh* talks")  # "# " left out
    assert spans(doc)[-1] == ("paragraph", "Lavrov said Moscow was ready to host the talks.")


def test_markdown_front_matter_gives_metadata(tmp_path):
    text = f"---\ntitle: Talks offer\ndate: 2020-10-01\nsource: TASS\nurl: https://x.test/1\n---\n\n{BODY}\n"
    (tmp_path / "fm.md").write_text(text)
    doc = only(load_documents([tmp_path / "fm.md"]))
    assert (doc.title, doc.date, doc.source, doc.url) == (
        "Talks offer", "2020-10-01", "TASS", "https://x.test/1",
    )  # fmt: skip
    assert all(b.start >= text.index(BODY) for b in doc.blocks)  # front matter is not analysed


ARTICLE_HTML = """<!DOCTYPE html><html lang="en"><head>
<title>Russia offers to host Karabakh talks - World News</title>
<meta property="og:title" content="Russia offers to host Karabakh talks">
<meta property="og:site_name" content="World News">
<meta property="article:published_time" content="2020-10-01T08:58:00Z">
<link rel="canonical" href="https://news.example.com/world/karabakh-talks"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><p>{0}</p><p>{1}</p></article><footer>Copyright 2020 World News</footer></body></html>
"""


def test_html_article_text_and_metadata(tmp_path):
    first, second = BODY.split("\n\n")
    (tmp_path / "page.html").write_text(ARTICLE_HTML.format(first, second))
    doc = only(load_documents([tmp_path / "page.html"]))
    assert doc.title == "Russia offers to host Karabakh talks"
    assert doc.date == "2020-10-01"
    assert doc.source == "World News"
    assert doc.url == "https://news.example.com/world/karabakh-talks"
    assert doc.text.startswith("Russia offers to host Karabakh talks\n\n")
    assert spans(doc)[0] == ("headline", "Russia offers to host Karabakh talks")
    assert ("paragraph", second) in spans(doc)
    assert "Copyright" not in doc.text and "Home" not in doc.text


def test_html_without_article_text(tmp_path):
    (tmp_path / "menu.htm").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert errors(iter_documents([tmp_path / "menu.htm"])) == [
        (
            None,
            "no article text was found in this HTML page (it may be an index page, a page "
            "that needs JavaScript, or empty); save the article text as .txt and load that",
        )
    ]


def test_csv_rows_become_documents(tmp_path):
    path = tmp_path / "corpus.csv"
    path.write_text(
        "id,title,date,source,url,text\n"
        'a1,Talks offer,01/10/2020,TASS,https://x.test/1,"Lavrov offered talks.\nMoscow is ready."\n'
        ",,October 2 2020,,,The UN called for a ceasefire.\n"
    )
    docs = load_documents([path])
    assert [(d.id, d.title, d.date, d.source) for d in docs] == [
        ("a1", "Talks offer", "2020-10-01", "TASS"),
        ("corpus-2", None, "2020-10-02", None),
    ]
    assert docs[0].text == "Lavrov offered talks.\nMoscow is ready."
    assert docs[0].url == "https://x.test/1" and docs[0].path == str(path)


def test_csv_with_semicolons_and_only_a_text_column(tmp_path):
    (tmp_path / "semi.csv").write_text("title;text\nA;First text here.\nB;Second text here.\n")
    assert [(d.id, d.title) for d in load_documents([tmp_path / "semi.csv"])] == [
        ("semi-1", "A"), ("semi-2", "B"),
    ]  # fmt: skip


def test_jsonl_rows_become_documents(tmp_path):
    rows = [
        {"id": "x1", "title": "Talks", "date": "2020-10-01", "text": "Lavrov offered talks."},
        {"text": "The UN called for a ceasefire.", "source": "UN News"},
    ]
    for name in ("rows.jsonl", "rows.ndjson"):
        (tmp_path / name).write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    docs = load_documents([tmp_path / "rows.jsonl"])
    assert [(d.id, d.date, d.source) for d in docs] == [
        ("x1", "2020-10-01", None), ("rows-2", None, "UN News"),
    ]  # fmt: skip
    assert len(load_documents([tmp_path / "rows.ndjson"])) == 2


def test_folder_is_read_recursively_skipping_hidden_entries(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(BODY)
    (tmp_path / "a" / "two.md").write_text(BODY)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text(BODY)
    (tmp_path / ".hidden.txt").write_text(BODY)
    assert [d.id for d in load_documents([tmp_path])] == ["one", "two"]


def test_unknown_extension_is_read_as_text_when_it_is_text(tmp_path):
    (tmp_path / "wire.story").write_text(BODY)
    doc = only(load_documents([tmp_path / "wire.story"]))
    assert doc.id == "wire" and doc.text == BODY


def test_iter_documents_streams():
    items = iter_documents([SEED])
    assert isinstance(items, Iterator)
    assert isinstance(next(items), Document)


def test_uploaded_bytes_follow_the_file_rules():
    data = SEED.read_bytes()
    doc = only(documents_from_bytes("upload.txt", data))
    assert doc.id == "upload" and doc.date == "2020-10-01" and doc.path == "upload.txt"
    rows = b'{"id": "r1", "text": "One."}\n{"id": "r1", "text": "Two."}\n'
    items = documents_from_bytes("batch.jsonl", rows)
    assert [d.id for d in items if isinstance(d, Document)] == ["r1"]
    assert errors(items)[0][0] == 2


# --- encodings -----------------------------------------------------------------


def test_cp1252_curly_quotes(tmp_path):
    text = "Minister\u2019s remarks\n\n\u201cWe call for an immediate ceasefire,\u201d the minister said on Tuesday.\n"
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1252"))
    assert only(load_documents([tmp_path / "cp.txt"])).text == text


def test_utf8_is_read_as_utf8_even_where_its_bytes_look_like_cp1252(tmp_path):
    """Bytes that decode as UTF-8 are taken as UTF-8, without encoding
    detection: read as cp1252, the opening quote would be "â€œ"."""
    text = "\u201cCeasefire now,\u201d the minister\u2019s envoy said in Gen\u00e8ve.\n\n" + BODY
    (tmp_path / "u8.txt").write_bytes(text.encode())
    doc = only(load_documents([tmp_path / "u8.txt"]))
    assert doc.text == text and doc.warnings == ()
    # a cp1252 quote among UTF-8 text is still reported on its line, as before
    data = (
        "Talks \u2013 Lavrov \u201coffered\u201d them.\n".encode() * 2 + b"\x93Now,\x94 he said.\n"
    )
    assert errors(documents_from_bytes("mixed.txt", data)) == [
        (
            3,
            "line 3 is not valid UTF-8, although the rest of the file is; re-save the file as UTF-8",
        )
    ]


def test_a_stray_control_character_loads_and_a_nul_byte_is_refused():
    text = "Talks resumed\x07 in Doha on Tuesday, the ministry said.\n"
    assert only(documents_from_bytes("bell.txt", text.encode())).text == text
    assert errors(documents_from_bytes("nul.txt", b"Talks resumed\x00 in Doha.\n")) == [
        (
            None,
            "this looks like a binary file, not text (it holds control bytes); save the "
            "document as plain text (.txt) and load that",
        )
    ]


def test_a_file_is_read_to_its_end_whatever_size_it_was_measured_at(tmp_path):
    """Files are read with os.read, asking for the size stat gave plus one byte;
    a file that grew or shrank since is still read whole, up to the limit."""
    from analysis.load.files import _read_file

    path = tmp_path / "grown.txt"
    path.write_bytes(b"peace " * 50_000)
    assert _read_file(str(path), 10**6, 10) == b"peace " * 50_000
    assert _read_file(str(path), 10**6, 10**6) == b"peace " * 50_000
    assert _read_file(str(path), 1_000, 10) == (b"peace " * 200)[:1_000]
    assert len(_read_file(str(path), 1_000, 300_000)) == 1_000


def test_latin1_accents(tmp_path):
    text = "Le ministre a parlé à Genève du cessez-le-feu avec les délégués réunis mardi à l'ONU.\n"
    (tmp_path / "fr.txt").write_bytes(text.encode("latin-1"))
    doc = only(load_documents([tmp_path / "fr.txt"]))
    assert doc.text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_unicode_with_byte_order_mark(tmp_path, encoding):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "seed.txt").write_bytes(text.encode(encoding))
    doc = only(load_documents([tmp_path / "seed.txt"]))
    assert doc.text == text and doc.date == "2020-10-01"


def test_utf16_csv(tmp_path):
    (tmp_path / "u16.csv").write_bytes(
        'id,text\nq1,"\u201cCeasefire now,\u201d he said."\n'.encode("utf-16")
    )
    doc = only(load_documents([tmp_path / "u16.csv"]))
    assert (doc.id, doc.text) == ("q1", "\u201cCeasefire now,\u201d he said.")


def test_windows_newlines_are_normalised_and_offsets_follow(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode())
    doc = only(load_documents([tmp_path / "crlf.txt"]))
    assert doc.text == text
    assert_blocks_are_lines(doc)


# --- refusals ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "the file is empty; add the document text or remove the file"),
        (
            "blank.txt",
            b"  \n\n\t\n",
            "the file holds only blank space; add the document text or remove the file",
        ),
        (
            "photo.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "this is a PNG image file, not text; save the document as .txt, .md, .html, .csv "
            "or .jsonl and load that",
        ),
        (
            "archive.txt",
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
            "this is a ZIP archive (or Word/Excel document) file, not text; save the document "
            "as .txt, .md, .html, .csv or .jsonl and load that",
        ),
        (
            "noise.txt",
            bytes(range(1, 32)) * 20,
            "this looks like a binary file, not text (it holds control bytes); save the "
            "document as plain text (.txt) and load that",
        ),
        (
            "garbled.txt",
            bytes(range(0x80, 0x100)) * 5,
            "the text encoding could not be recognised (it is not UTF-8, UTF-16 or a common "
            "8-bit encoding); re-save the file as UTF-8",
        ),
        (
            "picture.dat",
            b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
            "the file type '.dat' is not one the loader reads, and the file is not text (it is "
            "a PNG image file); use .txt, .md, .html, .csv, .jsonl or .ndjson",
        ),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path, name, data, reason):
    (tmp_path / name).write_bytes(data)
    assert errors(iter_documents([tmp_path / name])) == [(None, reason)]
    assert errors(documents_from_bytes(name, data)) == [(None, reason)]


def test_text_that_starts_like_a_binary_signature_is_still_text():
    text = "MZ is the country code of Mozambique, whose president called for talks on Tuesday."
    doc = only(documents_from_bytes("mz.txt", text.encode()))
    assert doc.text == text


def test_missing_path(tmp_path):
    assert errors(iter_documents([tmp_path / "nope.txt"])) == [
        (None, "no such file or folder; check the path")
    ]


def test_files_over_the_size_limit(tmp_path):
    (tmp_path / "big.txt").write_text("x" * 2500)
    reason = (
        "the file is 2.5 kB, over the 2.0 kB limit; split it into smaller files (or load it "
        "with a larger max_bytes)"
    )
    assert errors(iter_documents([tmp_path / "big.txt"], max_bytes=2000)) == [(None, reason)]
    assert errors(documents_from_bytes("big.txt", b"x" * 2500, max_bytes=2000)) == [(None, reason)]
    assert MAX_BYTES == 20_000_000


def test_malformed_csv_rows_are_reported_and_good_rows_still_load(tmp_path):
    path = tmp_path / "rows.csv"
    path.write_text(
        "id,title,text\n"
        "1,Good,The UN called for a ceasefire.\n"
        "2,Short row\n"
        '3,Bad quote,"closed"then more\n'
        "4,Empty,\n"
        "5,Good too,Lavrov offered talks.\n"
        '6,Cut short,"this quote is never closed\n'
    )
    items = list(iter_documents([path]))
    assert [d.id for d in items if isinstance(d, Document)] == ["1", "5"]
    assert errors(items) == [
        (
            3,
            "this row has 2 fields but the header has 3; check it for an unquoted comma or "
            "quote, or a row cut short",
        ),
        (
            4,
            "this row could not be read as CSV (',' expected after '\"'); check its quotes and commas",
        ),
        (5, "this row's text is empty; fill in its text or remove the row"),
        (
            7,
            "this row opens a quoted field that is never closed (the file may be cut short); "
            "close the quote or remove the row",
        ),
    ]


def test_csv_without_a_text_column_is_one_error(tmp_path):
    (tmp_path / "body.csv").write_text("id,body\n1,x\n2,y\n")
    assert errors(iter_documents([tmp_path / "body.csv"])) == [
        (
            None,
            "the file has no 'text' column (columns: id, body); name the column that holds "
            "each document's text 'text'",
        )
    ]


def test_malformed_jsonl_lines_are_reported_and_good_lines_still_load(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"id": "a", "text": "The UN called for a ceasefire."}\n'
        "not json\n"
        "[1, 2]\n"
        '{"id": "b"}\n'
        '{"id": "c", "text": ""}\n'
        '{"id": "d", "text": 5}\n'
        '{"id": "e", "text": "Lavrov offered talks."}\n'
        '{"id": "f", "te'
    )
    items = list(iter_documents([path]))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "e"]
    assert errors(items) == [
        (
            2,
            "this line is not valid JSON (Expecting value at column 1); fix or remove it (each "
            "line must hold one JSON object)",
        ),
        (
            3,
            "this line holds a JSON array, not an object; write one object per line, like "
            '{"id": "a1", "text": "..."}',
        ),
        (4, "this row has no 'text' field; add the document text under 'text'"),
        (5, "this row's text is empty; fill in its text or remove the row"),
        (
            6,
            "this row's 'text' is a JSON number, not a string; put the document text in 'text' "
            "as a string",
        ),
        (
            8,
            "this line is not valid JSON (Unterminated string starting at column 13); fix or "
            "remove it (each line must hold one JSON object)",
        ),
    ]


def test_jsonl_without_any_text_key_is_one_error(tmp_path):
    (tmp_path / "body.jsonl").write_text('{"id": "a", "body": "x"}\n{"id": "b", "body": "y"}\n')
    assert errors(iter_documents([tmp_path / "body.jsonl"])) == [
        (
            None,
            "no row has a 'text' field (found: body, id); name the column or key that holds "
            "each document's text 'text'",
        )
    ]


def test_undecodable_line_in_a_collection_is_skipped(tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = '{"id": "a", "text": "Talks \u2013 Lavrov offered them."}\n'.encode()
    path.write_bytes(good + b'{"id": "b", "text": "caf\xe9"}\n' + good.replace(b'"a"', b'"c"'))
    items = list(iter_documents([path]))
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "c"]
    assert errors(items) == [
        (2, "this line is not valid UTF-8 text and was skipped; re-save the file as UTF-8")
    ]


def test_duplicate_ids_keep_the_first(tmp_path):
    for folder in "abc":
        (tmp_path / folder).mkdir()
    (tmp_path / "a" / "story.txt").write_text(BODY)
    (tmp_path / "b" / "story.txt").write_text(BODY)
    (tmp_path / "c" / "rows.jsonl").write_text(
        '{"id": "r", "text": "One."}\n{"id": "r", "text": "Two."}\n{"id": "story", "text": "Three."}\n'
    )
    items = list(iter_documents([tmp_path]))
    assert [d.id for d in items if isinstance(d, Document)] == ["story", "r"]
    first = tmp_path / "a" / "story.txt"
    later = "this later document was skipped: give each document a unique id"
    assert errors(items) == [
        (None, f"the id 'story' is already used by {first}; {later}"),
        (2, f"the id 'r' is already used by {tmp_path / 'c' / 'rows.jsonl'}, line 1; {later}"),
        (3, f"the id 'story' is already used by {first}; {later}"),
    ]


def test_a_stray_byte_in_a_utf8_text_file_is_reported_with_its_line(tmp_path):
    data = "Talks \u2013 Lavrov offered them.\n".encode() * 3 + b"caf\xe9\n"
    (tmp_path / "stray.txt").write_bytes(data)
    assert errors(iter_documents([tmp_path / "stray.txt"])) == [
        (
            4,
            "line 4 is not valid UTF-8, although the rest of the file is; re-save the file as UTF-8",
        )
    ]


# --- language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        (
            "Der Außenminister sagte am Dienstag, dass die Regierung die Waffenruhe unterstützt "
            "und dass die Gespräche in Genf fortgesetzt werden sollen.",
            "de",
            "German",
        ),
        (
            "Le ministre des Affaires étrangères a déclaré mardi que le gouvernement soutient le "
            "cessez-le-feu et que les négociations doivent reprendre à Genève.",
            "fr",
            "French",
        ),
        (
            "Министр иностранных дел заявил во вторник, что правительство поддерживает "
            "перемирие и переговоры в Женеве.",
            "ru",
            "Russian",
        ),
    ],
)
def test_other_languages_load_with_a_warning(tmp_path, text, code, name):
    (tmp_path / "other.txt").write_text(text)
    doc = only(load_documents([tmp_path / "other.txt"]))
    assert doc.language == code
    assert doc.warnings == (
        f"the text looks like {name} ('{code}'), not English; {ENGLISH_ONLY}, so few or no "
        "signals will be found",
    )


def test_english_is_detected_without_a_warning():
    doc = document_from_text(BODY, "en")
    assert doc.language == "en" and doc.warnings == ()


def test_load_documents_drops_errors(tmp_path):
    (tmp_path / "good.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    assert [d.id for d in load_documents([tmp_path])] == ["good"]


@pytest.mark.parametrize(
    "line",
    [b"*a " * 330, b"[" * 990, b"|" * 990 + b"x", b"_a " * 330, b"a/ " * 330],
)
def test_hostile_lines_load_in_linear_time(line):
    """300 lines of 1,000 characters: a quadratic regex would take many seconds."""
    data = (line + b"\n") * 300
    for name in ("hostile.md", "hostile.txt"):
        started = time.perf_counter()
        assert isinstance(only(documents_from_bytes(name, data)), Document)
        assert time.perf_counter() - started < 3


def test_time_zones_from_the_data_are_read_as_words_not_patterns(monkeypatch):
    """A zone a domain expert adds with a space or a "+" still matches itself."""
    from analysis.load import dates

    layout = dict(dates.layout_words())
    layout["time_zones"] = [*layout["time_zones"], "East Africa Time", "UTC+3"]
    monkeypatch.setattr(dates, "layout_words", lambda: layout)
    dates.date_noise.cache_clear()
    try:
        assert dates.strip_noise("21:30 East Africa Time") == ""
        assert dates.strip_noise("21:30 UTC+3") == ""
        assert dates.strip_noise("21:30 UTCC3") == "UTCC3"
    finally:
        dates.date_noise.cache_clear()
