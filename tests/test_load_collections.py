"""CSV, TSV, JSON Lines and JSON: one document per row, a bad row reported by its line."""

from __future__ import annotations

import json

from load_helpers import errors, only

from analysis import Document, iter_documents, load_documents


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


def test_utf16_csv(tmp_path):
    (tmp_path / "u16.csv").write_bytes(
        'id,text\nq1,"\u201cCeasefire now,\u201d he said."\n'.encode("utf-16")
    )
    doc = only(load_documents([tmp_path / "u16.csv"]))
    assert (doc.id, doc.text) == ("q1", "\u201cCeasefire now,\u201d he said.")


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
