"""Plain text -> ``Document``: the layout read, explicit metadata merged, language checked.

Used for plain-text files, pasted text and each row of a collection; Markdown
files go through the same ``build_document`` once their markup is read.
"""

from __future__ import annotations

from analysis.load.dates import date_warning, parse_date
from analysis.load.decoding import normalise_newlines
from analysis.load.language import detect_language, language_warning
from analysis.load.layout import Line, make_blocks, plain_lines, read_layout
from analysis.models import Document

FIELDS = ("id", "title", "date", "source", "url", "text")  # a document's fields in files


def document_from_text(
    text: str,
    doc_id: str,
    *,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Document:
    """A Document from plain text, reading its layout; explicit metadata wins.

    Used for pasted text and for each row of a collection. ``date`` may be any
    common date string; it is stored as ISO ``YYYY-MM-DD``.
    """
    text = normalise_newlines(text)
    lines = plain_lines(text)
    return build_document(text, doc_id, lines, title, date, source, url, path)


def build_document(
    text: str,
    doc_id: str,
    lines: list[Line],
    title: str | None,
    date: str | None,
    source: str | None,
    url: str | None,
    path: str | None,
) -> Document:
    layout = read_layout(lines)
    warnings = list(layout.warnings)
    iso = layout.date
    if date is not None and str(date).strip():
        given = str(date).strip()
        if parse_date(given):
            iso, warnings = parse_date(given), []
        elif iso:
            warnings = [
                f"the date '{given}' could not be parsed; the date line of the text ({iso}) "
                "was used instead"
            ]
        else:
            warnings = [date_warning(given)]
    language = detect_language(text)
    if language not in (None, "en"):
        warnings.append(language_warning(language))
    return Document(
        id=doc_id,
        text=text,
        title=clean(title) or layout.title,
        date=iso,
        source=clean(source) or layout.source,
        url=clean(url),
        path=path,
        blocks=make_blocks(lines, layout.kinds),
        warnings=tuple(warnings),
        language=language,
    )


def clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None
