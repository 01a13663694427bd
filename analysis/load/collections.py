"""Collections -> one ``Document`` per row: CSV, TSV, JSON Lines and JSON arrays.

Each row has the fields ``id``, ``title``, ``date``, ``source``, ``url`` and
``text`` (required). A bad row or line is reported with its line number and
skipped; the other rows still load.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO

from analysis.load.decoding import SAMPLE_BYTES, guess_encoding
from analysis.load.errors import LoadError, Refused
from analysis.load.text import FIELDS, clean, document_from_text
from analysis.models import Document


class _LineReader:
    """Decoded lines of a binary stream, counting them as they are read.

    8-bit and UTF-8 files are decoded line by line, so one bad line is
    reported (``undecodable``) and skipped instead of losing the rest.
    """

    def __init__(self, stream: IO[bytes], encoding: str):
        self.stream = stream
        self.encoding = encoding
        self.number = 0  # lines read so far
        self.undecodable: list[int] = []  # line numbers not yet reported

    def __iter__(self) -> Iterator[str]:
        if self.encoding.replace("_", "-").lower().startswith(("utf-16", "utf-32")):
            yield from self._wide_lines()
            return
        for raw in self.stream:
            self.number += 1
            try:
                line = raw.decode(self.encoding)
            except (UnicodeDecodeError, LookupError):
                self.undecodable.append(self.number)
                continue
            yield line.removeprefix("\ufeff") if self.number == 1 else line

    def _wide_lines(self) -> Iterator[str]:
        wrapper = io.TextIOWrapper(self.stream, encoding=self.encoding, newline="")
        try:
            for line in wrapper:
                self.number += 1
                yield line.removeprefix("\ufeff") if self.number == 1 else line
        except UnicodeDecodeError:
            raise Refused(
                f"the file stops being valid {self.encoding.upper()} text after line "
                f"{self.number}; re-save the file as UTF-8",
                self.number + 1,
            ) from None
        finally:
            wrapper.detach()

    def errors(self, path: str) -> Iterator[tuple[LoadError, None]]:
        """Errors for the undecodable lines met since the last call."""
        reason = (
            f"this line is not valid {self.encoding.upper()} text and was skipped; "
            "re-save the file as UTF-8"
        )
        for line in self.undecodable:
            yield LoadError(path, reason, line), None
        self.undecodable.clear()


def iter_collection(
    stream: IO[bytes], path: str, stem: str, ext: str
) -> Iterator[tuple[Document | LoadError, int | None]]:
    """(document or error, line) per row; the line is None for whole-file problems."""
    sample = stream.read(SAMPLE_BYTES)
    complete = len(sample) < SAMPLE_BYTES
    try:
        encoding = guess_encoding(sample, complete=complete, by_line=True)
    except Refused as e:
        yield LoadError(path, e.reason, e.line), None
        return
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    stream.seek(0)
    lines = _LineReader(stream, encoding)
    if ext == ".json":
        rows: Iterator[tuple[int | None, object]] = _json_rows(lines, path)
    elif ext in (".jsonl", ".ndjson"):
        rows = _jsonl_rows(lines)
    else:
        rows = _csv_rows(lines, "\t" if ext == ".tsv" else None)
    number = 0
    # Rows without a 'text' field are held back until a row with one is seen:
    # when no row has one, a single error for the file says so.
    missing_text: list[int | None] = []
    any_text = False
    keys: set[str] = set()
    try:
        for line, row in rows:
            yield from lines.errors(path)
            number += 1
            if isinstance(row, Refused):
                yield LoadError(path, row.reason, row.line), None
                continue
            if not isinstance(row, dict):
                reason = (
                    f"this line holds a JSON {_json_type(row)}, not an object; write one "
                    'object per line, like {"id": "a1", "text": "..."}'
                )
                yield LoadError(path, reason, line), None
                continue
            fields = {str(k).strip().lower(): v for k, v in row.items()}
            if "text" not in fields:
                if any_text:
                    yield _no_text(path, line), None
                else:
                    missing_text.append(line)
                    keys.update(fields)
                continue
            if not any_text:
                any_text = True
                for held in missing_text:
                    yield _no_text(path, held), None
            yield row_document(fields, path, stem, number, line), line
        yield from lines.errors(path)
    except Refused as e:
        yield from lines.errors(path)
        yield LoadError(path, e.reason, e.line), None
    if missing_text and not any_text:
        found = ", ".join(sorted(keys)) or "none"
        reason = (
            f"no row has a 'text' field (found: {found}); name the column or key that "
            "holds each document's text 'text'"
        )
        yield LoadError(path, reason), None


def _no_text(path: str, line: int | None) -> LoadError:
    return LoadError(path, "this row has no 'text' field; add the document text under 'text'", line)


def _json_type(value: object) -> str:
    return {list: "array", str: "string", bool: "true/false", type(None): "null"}.get(
        type(value), "number"
    )


def row_document(
    fields: dict[str, object], path: str, stem: str, number: int, line: int | None
) -> Document | LoadError:
    """One row (its keys lower-case, ``text`` among them) as a Document, or why
    not; the id ``{stem}-{number}`` when the row has none. Parquet rows too."""
    text = fields.get("text")
    if not isinstance(text, str):
        if text is None:
            return LoadError(
                path, "this row's text is empty; fill in its text or remove the row", line
            )
        return LoadError(
            path,
            f"this row's 'text' is a JSON {_json_type(text)}, not a string; put the "
            "document text in 'text' as a string",
            line,
        )
    if not text.strip():
        return LoadError(path, "this row's text is empty; fill in its text or remove the row", line)
    meta = {
        k: clean(fields.get(k)) if not isinstance(fields.get(k), dict | list) else None
        for k in FIELDS
    }
    doc = document_from_text(
        text,
        meta["id"] or f"{stem}-{number}",
        title=meta["title"],
        date=meta["date"],
        source=meta["source"],
        url=meta["url"],
        path=path,
    )
    return doc


def _csv_rows(lines: _LineReader, delimiter: str | None) -> Iterator[tuple[int, object]]:
    source: Iterator[str] = iter(lines)
    if delimiter is None:
        first = next(source, None)
        if first is None:
            raise Refused("the file is empty; add a header line and rows, or remove the file")
        delimiter = _csv_delimiter(first)
        source = _chain(first, source)
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    header: list[str] | None = None
    while True:
        start = lines.number + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            if "end of data" in str(e) or "EOF" in str(e):
                yield (
                    start,
                    Refused(
                        "this row opens a quoted field that is never closed (the file may be "
                        "cut short); close the quote or remove the row",
                        start,
                    ),
                )
                break
            yield (
                start,
                Refused(
                    f"this row could not be read as CSV ({e}); check its quotes and commas", start
                ),
            )
            continue
        if not record or not any(field.strip() for field in record):
            continue
        if header is None:
            header = [h.strip().lower() for h in record]
            if "text" not in header:
                columns = ", ".join(h or "(blank)" for h in header)
                raise Refused(
                    f"the file has no 'text' column (columns: {columns}); name the column "
                    "that holds each document's text 'text'"
                )
            continue
        if len(record) != len(header):
            yield (
                start,
                Refused(
                    f"this row has {len(record)} fields but the header has {len(header)}; check it "
                    "for an unquoted comma or quote, or a row cut short",
                    start,
                ),
            )
            continue
        yield start, dict(zip(header, record, strict=True))
    if header is None:
        raise Refused(
            "the file has no header line; its first line must name the columns, "
            "e.g. id,title,date,source,url,text"
        )


def _csv_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else ","


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _jsonl_rows(lines: _LineReader) -> Iterator[tuple[int, object]]:
    for line in lines:
        number = lines.number
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as e:
            yield (
                number,
                Refused(
                    f"this line is not valid JSON ({e.msg.removesuffix(' at')} at column "
                    f"{e.colno}); fix or remove it (each line must hold one JSON object)",
                    number,
                ),
            )
        except RecursionError:
            yield (
                number,
                Refused("this line nests JSON too deeply to read; fix or remove it", number),
            )


def _json_rows(lines: Iterable[str], path: str) -> Iterator[tuple[int | None, object]]:
    try:
        data = json.loads("".join(lines))
    except json.JSONDecodeError as e:
        raise Refused(
            f"the file is not valid JSON ({e.msg}); fix it, or write one object per line as .jsonl",
            e.lineno,
        ) from None
    except RecursionError:
        raise Refused("the file nests JSON too deeply to read") from None
    if isinstance(data, dict):
        data = data.get("documents", [data]) if isinstance(data.get("documents"), list) else [data]
    if not isinstance(data, list):
        raise Refused(
            f"the file holds a JSON {_json_type(data)}; it must hold an array of objects "
            'like [{"id": "a1", "text": "..."}]'
        )
    for item in data:
        yield None, item
