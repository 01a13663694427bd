"""Loading documents. (Minimal plain-text version; formats are being added.)"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from dateutil import parser as dateparser

from analysis.models import Block, Document


@dataclass(frozen=True, slots=True)
class LoadError:
    """A file or record that could not be loaded, with a reason for the user."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}, line {self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


_DATE_HINT = re.compile(
    r"\b(19|20)\d\d\b|\b\d{1,2}[-/.]\w{3,9}[-/.]\d{2,4}\b|\bupdated\b", re.IGNORECASE
)


def _parse_date(line: str) -> str | None:
    cleaned = re.sub(r"(?i)\b(updated|published|posted)\b:?", " ", line)
    cleaned = cleaned.split("|")[0]
    cleaned = re.sub(r"\b(GMT|UTC|ICT|EST|EDT|CET|CEST|BST)\b", " ", cleaned)
    try:
        return dateparser.parse(cleaned, fuzzy=True, dayfirst=True).date().isoformat()
    except (ValueError, OverflowError):
        return None


def document_from_text(text: str, doc_id: str, *, path: str | None = None) -> Document:
    lines = list(re.finditer(r"[^\n]*", text))
    blocks: list[Block] = []
    title = date = source = None
    nonempty = [m for m in lines if m.group().strip()]
    i = 0
    if nonempty and len(nonempty[0].group()) < 200 and not nonempty[0].group().rstrip().endswith("."):
        title = nonempty[0].group().strip()
        blocks.append(Block(nonempty[0].start(), nonempty[0].end(), "headline"))
        i = 1
    if i < len(nonempty) and len(nonempty[i].group()) < 80 and _DATE_HINT.search(nonempty[i].group()):
        date = _parse_date(nonempty[i].group())
        blocks.append(Block(nonempty[i].start(), nonempty[i].end(), "dateline"))
        if "|" in nonempty[i].group():
            source = nonempty[i].group().split("|", 1)[1].strip() or None
        i += 1
        if i < len(nonempty) and len(nonempty[i].group().split()) <= 4 and not nonempty[i].group().rstrip().endswith("."):
            source = nonempty[i].group().strip()
            blocks.append(Block(nonempty[i].start(), nonempty[i].end(), "outlet"))
            i += 1
    for m in nonempty[i:]:
        kind = "caption" if re.search(r"\s/\s?\w[\w ]*$", m.group().rstrip()) else "paragraph"
        blocks.append(Block(m.start(), m.end(), kind))
    return Document(id=doc_id, text=text, title=title, date=date, source=source, path=path, blocks=tuple(blocks))


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in paths:
        p = Path(p)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            yield p


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document | LoadError]:
    for f in _files(paths):
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            yield LoadError(str(f), f"could not be read ({e})")
            continue
        yield document_from_text(text, f.stem, path=str(f))


def load_documents(paths: Iterable[str | Path]) -> list[Document]:
    return [d for d in iter_documents(paths) if isinstance(d, Document)]
