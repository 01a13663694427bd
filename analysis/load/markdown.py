"""Markdown -> ``Document``: the text stays as written, the markup is read through.

An optional ``---`` front matter gives title, date, source and url.
"""

from __future__ import annotations

import re

from analysis.load.decoding import normalise_newlines
from analysis.load.layout import FRONT_LINES, Line, plain_lines
from analysis.load.text import FIELDS, build_document
from analysis.models import Document

_MD_PREFIX = re.compile(r"(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+")
_MD_RULE_CHARS = "-*_=|:+ \t"  # a line of only these is a rule or a table rule
_MD_IMAGE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)")
# emphasis and code markers, dropped for metadata; linear-time on purpose
_MD_EMPHASIS = re.compile(r"\*+|`+|~~|(?<!\w)_+|_+(?!\w)")
_MD_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.S)


def _markdown_plain(text: str) -> str:
    """Inline Markdown markup removed: "**Kremlin** [said](u)" -> "Kremlin said"."""
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    text = text.replace("\\", "") if "\\" in text else text
    return " ".join(text.strip(" #").split())


def markdown_lines(text: str, start: int) -> list[Line]:
    """Lines of a Markdown text: spans without the block markers ("# ", "> ",
    "- "), and for the first lines, where the layout is read, plain text."""
    lines: list[Line] = []
    for line in plain_lines(text, start):
        raw = text[line.start : line.end]
        if raw.startswith(("```", "~~~")) or not raw.strip(_MD_RULE_CHARS):
            continue  # fences, rules, table rules: no text
        if raw.startswith("![") and _MD_IMAGE.fullmatch(raw):
            continue
        prefix = _MD_PREFIX.match(raw)
        a = line.start + (prefix.end() if prefix else 0)
        b = line.end
        if raw.startswith("#") and raw.endswith("#"):
            b = a + len(text[a:b].rstrip("# "))
        if a >= b:
            continue
        # Only the first lines need their markup read through (for metadata);
        # doing it for every line would cost time on long files.
        plain = _markdown_plain(text[a:b]) if len(lines) < FRONT_LINES else text[a:b]
        if plain:
            lines.append(Line(a, b, plain, line.blank_before))
    return lines


def front_matter(text: str) -> tuple[dict[str, str], int]:
    """Simple ``key: value`` front matter between ``---`` lines, and where the body starts."""
    m = _MD_FRONT.match(text)
    if m is None:
        return {}, 0
    fields = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in FIELDS:
            fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, m.end()


def document_from_markdown(text: str, doc_id: str, *, path: str | None = None) -> Document:
    """A Document from Markdown: the text stays as written, markup is read through."""
    text = normalise_newlines(text)
    meta, body_start = front_matter(text)
    lines = markdown_lines(text, body_start)
    return build_document(
        text,
        doc_id,
        lines,
        meta.get("title"),
        meta.get("date"),
        meta.get("source"),
        meta.get("url"),
        path,
    )
