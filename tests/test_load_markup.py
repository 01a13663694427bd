"""Markdown and HTML: the text read through its markup, metadata from front matter or page."""

from __future__ import annotations

import time

import pytest
from load_helpers import BODY, errors, only, spans

from analysis import Document, iter_documents, load_documents
from analysis.load import documents_from_bytes


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
