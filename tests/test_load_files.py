"""Files, folders and uploads: what is read, size limits, duplicate ids, missing paths."""

from __future__ import annotations

from collections.abc import Iterator

from load_helpers import BODY, SEED, errors, only

from analysis import Document, iter_documents, load_documents
from analysis.load import MAX_BYTES, documents_from_bytes


def test_plain_text_file(tmp_path):
    (tmp_path / "story.txt").write_text(f"Russia offers talks\nOctober 1, 2020\n\n{BODY}\n")
    doc = only(load_documents([tmp_path / "story.txt"]))
    assert (doc.id, doc.title, doc.date, doc.path) == (
        "story", "Russia offers talks", "2020-10-01", str(tmp_path / "story.txt"),
    )  # fmt: skip


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


def test_load_documents_drops_errors(tmp_path):
    (tmp_path / "good.txt").write_text(BODY)
    (tmp_path / "empty.txt").write_text("")
    assert [d.id for d in load_documents([tmp_path])] == ["good"]


def test_sources_list_one_document_files_unread_and_read_collections(tmp_path):
    from analysis.load import Source, UniqueIds, iter_sources, read_source

    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.jsonl").write_text('{"id": "a", "text": "Egypt condemned the strike."}\n')
    items = list(iter_sources([tmp_path, tmp_path / "missing.txt"]))
    assert [type(item).__name__ for item, _ in items] == ["Source", "Document", "LoadError"]
    source, _ = items[0]
    assert isinstance(source, Source) and source.size == len(BODY.encode())
    # read where it is needed, the document is the one iter_documents gives
    assert read_source(source) == next(iter_documents([tmp_path / "a.txt"]))
    # ids are checked in input order: the row's id "a" repeats the file's
    ids = UniqueIds()
    checked = [
        ids.check(read_source(item) if isinstance(item, Source) else item, line)
        for item, line in items
    ]
    assert checked == list(iter_documents([tmp_path, tmp_path / "missing.txt"]))
    assert "the id 'a' is already used by" in checked[1].reason


def test_a_source_that_went_missing_is_a_load_error(tmp_path):
    from analysis.load import iter_sources, read_source

    (tmp_path / "gone.txt").write_text(BODY)
    ((source, _),) = iter_sources([tmp_path])
    (tmp_path / "gone.txt").unlink()
    error = read_source(source)
    assert "could not be read" in error.reason and error.path == str(tmp_path / "gone.txt")
