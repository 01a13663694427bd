"""Bytes -> text: encodings, byte-order marks, newlines, and binary files refused."""

from __future__ import annotations

import pytest
from load_helpers import BODY, SEED, assert_blocks_are_lines, errors, only

from analysis import iter_documents, load_documents
from analysis.load import documents_from_bytes


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


def test_windows_newlines_are_normalised_and_offsets_follow(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode())
    doc = only(load_documents([tmp_path / "crlf.txt"]))
    assert doc.text == text
    assert_blocks_are_lines(doc)


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


def test_a_stray_byte_in_a_utf8_text_file_is_reported_with_its_line(tmp_path):
    data = "Talks \u2013 Lavrov offered them.\n".encode() * 3 + b"caf\xe9\n"
    (tmp_path / "stray.txt").write_bytes(data)
    assert errors(iter_documents([tmp_path / "stray.txt"])) == [
        (
            4,
            "line 4 is not valid UTF-8, although the rest of the file is; re-save the file as UTF-8",
        )
    ]
