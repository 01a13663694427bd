"""Property tests: whatever bytes or rows come in, loading never raises.

Every result is a Document or a LoadError; a Document's blocks lie inside its
text, in order, without overlapping; its date is ISO or None. The
"loader-fuzz" profile runs 4 x 750 = 3,000 cases over this file (about 30 s on
two cores); set LOADER_FUZZ_EXAMPLES to run more or fewer per test.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import Document, LoadError, document_from_text
from analysis.load import documents_from_bytes

settings.register_profile(
    "loader-fuzz",
    max_examples=int(os.environ.get("LOADER_FUZZ_EXAMPLES", "750")),
    deadline=None,
    database=None,  # no .hypothesis/ folder written by CI or other helpers' runs
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FUZZ = settings.get_profile("loader-fuzz")

ISO = re.compile(r"\d{4}-\d\d-\d\d")
EXTENSIONS = [".txt", ".md", ".html", ".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".dat", ""]


def check(item: Document | LoadError) -> None:
    assert isinstance(item, Document | LoadError)
    if isinstance(item, LoadError):
        assert item.reason and item.reason[0].islower() and ";" in item.reason
        return
    text = item.text
    assert "\r" not in text
    end = 0
    for block in item.blocks:
        assert end <= block.start < block.end <= len(text)
        assert block.kind in ("headline", "dateline", "outlet", "caption", "paragraph")
        end = block.end
    assert item.date is None or ISO.fullmatch(item.date)
    assert all(isinstance(w, str) and w for w in item.warnings)


# Bytes that look a little like real files, so the fuzzer reaches past the
# first refusal: text, markup, separators, BOMs, binary signatures.
PIECES = st.sampled_from(
    [
        b"Putin, Macron call for halt to fighting\n",
        b"Updated 08:58, 01-Oct-2020\n",
        b"Cairo, 7 May 2024\n",
        b"25 Mar 2024 | Global Affairs Wire\n",
        b"CGTN\n",
        b"Press Release\n",
        b"Lavrov. /VCG\n",
        b"The Kremlin said on Thursday that talks would resume.\n",
        b"\n",
        b"\r\n",
        b"id,title,date,text\n",
        b'1,A,01/10/2020,"quoted, text"\n',
        b'{"id": "a", "text": "One."}\n',
        b'{"text": 5}\n',
        b"<html><body><article><p>The minister said talks would resume soon in Geneva.</p>",
        b"</article></body></html>",
        b"# Heading\n",
        b"---\ntitle: x\n---\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\x89PNG\r\n\x1a\n",
        b"\x00",
        b"\x93quoted\x94 ",
        b"caf\xc3\xa9 ",
        b"\xe9",
        b'"',
        b",",
        b"|",
    ]
)
LIKELY_BYTES = st.lists(st.one_of(PIECES, st.binary(max_size=20)), max_size=30).map(b"".join)


@FUZZ
@given(data=st.one_of(st.binary(max_size=2000), LIKELY_BYTES), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_never_raise(data, ext):
    for item in documents_from_bytes(f"upload{ext}", data):
        check(item)


@FUZZ
@given(text=st.text(max_size=1500))
def test_random_text_keeps_its_text(text):
    doc = document_from_text(text, "pasted")
    check(doc)
    assert doc.text == text.replace("\r\n", "\n").replace("\r", "\n")


LINES = st.sampled_from(
    [
        "Putin, Macron call for 'complete' halt to fighting in Karabakh: Kremlin",
        "Updated 08:58, 01-Oct-2020",
        "Updated 08:58, 31-Feb-2020",
        "Mon 17 Oct 2022 21:30 GMT",
        "Cairo, 7 May 2024",
        "1 Oct 2020 | Reuters",
        "World Desk",
        "Arab Republic of Egypt",
        "Press Statement",
        "Russian Foreign Minister Sergei Lavrov. /VCG",
        "Troops patrol near Surin, July 25, 2025. REUTERS/Jorge Silva",
        "The Kremlin said the two leaders called for an immediate ceasefire on Thursday.",
        "Why Doha?",
        "",
        "   ",
    ]
)


@FUZZ
@given(lines=st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=14))
def test_layouts_built_from_real_lines(lines):
    text = "\n".join(lines)
    doc = document_from_text(text, "layout")
    check(doc)
    for block in doc.blocks:
        line = doc.text[block.start : block.end]
        assert "\n" not in line and line == line.strip()
        if line == "Russian Foreign Minister Sergei Lavrov. /VCG":
            assert block.kind in ("caption", "headline", "outlet")


FIELD = st.one_of(st.none(), st.text(max_size=40))
ROW = st.fixed_dictionaries(
    {"text": st.text(max_size=200)},
    optional={"id": FIELD, "title": FIELD, "date": FIELD, "source": FIELD, "url": FIELD},
)


def as_csv(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["id", "title", "date", "source", "url", "text"])
    writer.writeheader()
    for row in rows:
        writer.writerow({k: v for k, v in row.items() if v is not None})
    return out.getvalue().encode()


def as_jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(row) + "\n" for row in rows).encode()


@FUZZ
@given(
    rows=st.lists(ROW, max_size=12), fmt=st.sampled_from(["csv", "jsonl"]), cut=st.integers(0, 100)
)
def test_random_collections(rows, fmt, cut):
    data = as_csv(rows) if fmt == "csv" else as_jsonl(rows)
    items = documents_from_bytes(f"rows.{fmt}", data)
    for item in items:
        check(item)
    docs = [d for d in items if isinstance(d, Document)]
    # Rows written by the csv and json writers load whole, unless refused.
    loaded = {d.text for d in docs}
    for row in rows:
        text = row["text"]
        if fmt == "csv":
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text.strip() and "\x00" not in text:
            assert text.replace("\r\n", "\n").replace("\r", "\n") in loaded or any(
                isinstance(i, LoadError) for i in items
            )
    # The same file cut short anywhere still never raises.
    truncated = data[: len(data) * cut // 100]
    for item in documents_from_bytes(f"cut.{fmt}", truncated):
        check(item)
