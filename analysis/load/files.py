"""Files, folders and uploads -> documents: size limits, and the format by extension.

Formats, chosen by the file name's extension:

- ``.txt`` (and unknown extensions whose bytes are text): plain text
  (``text.py``, its layout read by ``layout.py``).
- ``.md`` / ``.markdown``: Markdown (``markdown.py``).
- ``.html`` / ``.htm`` / ``.xhtml``: the article in the page (``html.py``).
- ``.csv`` / ``.tsv`` / ``.jsonl`` / ``.ndjson`` / ``.json``: collections, one
  document per row (``collections.py``).

Anything that cannot be loaded comes back as a ``LoadError``; nothing raises
out of ``iter_documents``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from analysis.load.collections import iter_collection
from analysis.load.decoding import decode_text, kind_of_binary
from analysis.load.errors import LoadError, Refused
from analysis.load.html import document_from_html
from analysis.load.markdown import document_from_markdown
from analysis.load.text import document_from_text
from analysis.models import Document

MAX_BYTES = 20_000_000  # larger files are refused; pass max_bytes to change
TEXT_EXTENSIONS = frozenset({".txt", ".text"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
COLLECTION_EXTENSIONS = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".json"})


def _size(n: float) -> str:
    if n < 1000:
        return f"{n:g} bytes"
    return f"{n / 1e3:.1f} kB" if n < 1e6 else f"{n / 1e6:.1f} MB"


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"the file is {_size(size)}, over the {_size(max_bytes)} limit; split it "
        "into smaller files (or load it with a larger max_bytes)"
    )


def _read_at_most(stream: IO[bytes], limit: int, expected: int) -> bytes:
    """``stream.read(limit)``, without first setting aside ``limit`` bytes of
    memory (20 MB by default) for a stream expected to hold ``expected``."""
    if expected + 1 >= limit:
        return stream.read(limit)
    data = stream.read(expected + 1)
    if len(data) <= expected:
        return data  # the whole stream: read() returns less only at its end
    return data + stream.read(limit - len(data))  # it grew since it was measured


def _read_file(path: str, limit: int, expected: int) -> bytes:
    """``open(path, "rb").read(limit)`` of a file of about ``expected`` bytes,
    without the buffered stream (it costs more than a short file's text)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        data = os.read(fd, min(limit, expected + 1))
        parts = [data]
        got = len(data)
        chunk = 1  # the first read after the expected end only checks for more
        while got < limit:  # on to the end: os.read may return less before it
            more = os.read(fd, min(limit - got, chunk))
            if not more:
                break
            parts.append(more)
            got += len(more)
            chunk = 1 << 16
        return data if len(parts) == 1 else b"".join(parts)
    finally:
        os.close(fd)


def _iter_bytes_source(
    name: str, opener, size: int, path: str, max_bytes: int, *, file: str | None = None
) -> Iterator[tuple[Document | LoadError, int | None]]:
    """Documents from one file or upload; ``opener()`` gives a binary stream.

    ``file``: the path to read a single document from directly.
    """
    if size > max_bytes:
        yield LoadError(path, _too_big(size, max_bytes)), None
        return
    stem, ext = os.path.splitext(os.path.basename(name))
    ext = ext.lower()
    stem = stem or name
    try:
        if file is not None and ext not in COLLECTION_EXTENSIONS:
            data = _read_file(file, max_bytes + 1, size)
        else:
            with opener() as stream:
                if ext in COLLECTION_EXTENSIONS:
                    yield from iter_collection(stream, path, stem, ext)
                    return
                data = _read_at_most(stream, max_bytes + 1, size)
        if len(data) > max_bytes:
            yield LoadError(path, _too_big(len(data), max_bytes)), None
            return
        yield _single_document(data, stem, ext, path), None
    except Refused as e:
        yield LoadError(path, e.reason, e.line), None
    except OSError as e:
        yield (
            LoadError(
                path,
                f"the file could not be read ({e.strerror or e}); check that it exists and "
                "that you may read it",
            ),
            None,
        )
    except Exception as e:  # noqa: BLE001 - a loader must report, never crash the caller
        yield (
            LoadError(
                path,
                f"the file could not be loaded because of an unexpected error "
                f"({type(e).__name__}: {e}); please report this together with the file",
            ),
            None,
        )


_DOCUMENT_EXTENSIONS = TEXT_EXTENSIONS | MARKDOWN_EXTENSIONS | HTML_EXTENSIONS


def _single_document(data: bytes, stem: str, ext: str, path: str) -> Document | LoadError:
    if ext not in _DOCUMENT_EXTENSIONS:
        kind = kind_of_binary(data)
        try:
            text = decode_text(data)
        except Refused as e:
            if not data.strip():
                raise
            raise Refused(
                f"the file type '{ext or '(none)'}' is not one the loader reads, and the "
                f"file is not text{f' (it is a {kind} file)' if kind else ''}; use .txt, "
                ".md, .html, .csv, .jsonl or .ndjson"
            ) from e
        return document_from_text(text, stem, path=path)
    text = decode_text(data)
    if ext in MARKDOWN_EXTENSIONS:
        return document_from_markdown(text, stem, path=path)
    if ext in HTML_EXTENSIONS:
        doc = document_from_html(text, stem, path=path)
        if doc is None:
            return LoadError(
                path,
                "no article text was found in this HTML page (it may be an index page, a "
                "page that needs JavaScript, or empty); save the article text as .txt "
                "and load that",
            )
        return doc
    return document_from_text(text, stem, path=path)


def _files(paths: Iterable[str | Path]) -> Iterator[tuple[str, str] | LoadError]:
    """(path, file name) of each file to load, the path spelled as ``str(Path)``."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                folder = Path(root)
                prefix = _folder_prefix(folder)
                for f in sorted(files):
                    if not f.startswith("."):
                        yield (str(folder / f) if prefix is None else prefix + f), f
        elif p.exists():
            yield str(p), p.name
        else:
            yield LoadError(str(p), "no such file or folder; check the path")


def _folder_prefix(folder: Path) -> str | None:
    """What ``str(folder / name)`` puts before a file name, on POSIX (building
    a Path per file costs more than reading a short file); None elsewhere."""
    if os.name != "posix":
        return None
    s = str(folder)
    return "" if s == "." else s if s.endswith("/") else s + "/"


class UniqueIds:
    """Document ids seen in one load, to refuse later duplicates: ``check`` each
    document (or error) in input order."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def check(self, item: Document | LoadError, line: int | None) -> Document | LoadError:
        """The document, or a ``LoadError`` when an earlier one had its id."""
        if not isinstance(item, Document):
            return item
        return self.check_id(item.id, item.path, line) or item

    def check_id(self, doc_id: str, path: str | None, line: int | None) -> LoadError | None:
        """None for a document whose id is new (it is noted), else the error for it."""
        if doc_id not in self.first:
            where = path or "an earlier document"
            self.first[doc_id] = f"{where}, line {line}" if line else where
            return None
        return LoadError(
            path or doc_id,
            f"the id '{doc_id}' is already used by {self.first[doc_id]}; this later "
            "document was skipped: give each document a unique id",
            line,
        )


@dataclass(frozen=True, slots=True)
class Source:
    """A file that holds one document, listed but not yet read: ``read_source``
    reads it, wherever it is (an analysis process reads its own)."""

    path: str
    name: str
    size: int  # bytes when it was listed
    max_bytes: int


def iter_sources(
    paths: Iterable[str | Path] | str | Path, *, max_bytes: int = MAX_BYTES
) -> Iterator[tuple[Source | Document | LoadError, int | None]]:
    """What ``iter_documents`` reads, as (item, line), without reading the files
    that hold one document: each of those is a ``Source``. Collections (CSV,
    JSON) are read here, row by row, the line being the row's; errors come as
    they are met. Ids are not checked: pass every document, in this order,
    through ``UniqueIds.check``. Nothing raises.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    try:
        for f in _files(paths):
            if isinstance(f, LoadError):
                yield f, None
                continue
            path, name = f
            try:
                size = os.stat(path).st_size
            except OSError as e:
                reason = (
                    f"the file could not be read ({e.strerror or e}); check that it exists "
                    "and that you may read it"
                )
                yield LoadError(path, reason), None
                continue
            if size <= max_bytes and os.path.splitext(name)[1].lower() not in COLLECTION_EXTENSIONS:
                yield Source(path, name, size, max_bytes), None
                continue
            yield from _iter_bytes_source(
                name, lambda path=path: open(path, "rb"), size, path, max_bytes, file=path
            )
    except OSError as e:  # a folder vanished or cannot be listed
        reason = (
            f"the folder could not be read ({e.strerror or e}); check that it exists and "
            "that you may read it"
        )
        yield LoadError(str(getattr(e, "filename", "") or "?"), reason), None


def read_source(source: Source) -> Document | LoadError:
    """The document in a file ``iter_sources`` listed, or why it could not be loaded."""
    path = source.path
    items = _iter_bytes_source(
        source.name,
        lambda: open(path, "rb"),
        source.size,
        path,
        source.max_bytes,
        file=path,
    )
    return next(items)[0]  # a file of one document gives one item


def iter_documents(
    paths: Iterable[str | Path] | str | Path, *, max_bytes: int = MAX_BYTES
) -> Iterator[Document | LoadError]:
    """Documents from files and folders (read recursively, hidden ones skipped).

    Streams: one file at a time, collection rows one at a time. A problem
    yields a ``LoadError`` and loading goes on; nothing raises.
    """
    ids = UniqueIds()
    for item, line in iter_sources(paths, max_bytes=max_bytes):
        if isinstance(item, Source):
            item = read_source(item)
        yield ids.check(item, line)


def _unique(
    items: Iterator[tuple[Document | LoadError, int | None]], ids: UniqueIds
) -> Iterator[Document | LoadError]:
    for item, line in items:
        yield ids.check(item, line)


def documents_from_bytes(
    name: str, data: bytes, *, max_bytes: int = MAX_BYTES
) -> list[Document | LoadError]:
    """Documents from an uploaded file's bytes; the format comes from ``name``'s extension."""
    items = _iter_bytes_source(name, lambda: io.BytesIO(data), len(data), name, max_bytes)
    return list(_unique(items, UniqueIds()))


def load_documents(
    paths: Iterable[str | Path] | str | Path, *, max_bytes: int = MAX_BYTES
) -> list[Document]:
    """All documents that could be loaded (errors dropped; see ``iter_documents``)."""
    return [d for d in iter_documents(paths, max_bytes=max_bytes) if isinstance(d, Document)]
