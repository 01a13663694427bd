"""HTML -> ``Document``: the article's main text and metadata, found by trafilatura."""

from __future__ import annotations

import logging

from analysis.load.dates import date_warning, parse_date
from analysis.load.decoding import normalise_newlines
from analysis.load.language import detect_language, language_warning
from analysis.load.layout import make_blocks, plain_lines
from analysis.load.text import clean
from analysis.models import BlockKind, Document

_MIN_HTML_WORDS = 10  # less extracted text than this is not an article

# trafilatura and htmldate log through the root logger's last-resort handler
# when the application configured none; a loader should not print.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def document_from_html(html: str, doc_id: str, *, path: str | None = None) -> Document | None:
    """The article in an HTML page, or None when trafilatura finds no main text.

    The text is the extracted main text, with the title as a first line
    (the headline block) when the text does not already begin with it.
    """
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_images=False
    )
    if extracted is None:
        return None
    meta = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = normalise_newlines(meta.get("text") or "").strip()
    if len(body.split()) < _MIN_HTML_WORDS:
        return None  # trafilatura falls back to menu or footer text on pages with no article
    title = clean(meta.get("title"))
    text = body
    if title and " ".join(body.split("\n", 1)[0].split()) != title:
        text = f"{title}\n\n{body}"
    lines = plain_lines(text)
    kinds: dict[int, BlockKind] = {}
    if title and lines:
        kinds[0] = "headline"
    source = clean(meta.get("sitename")) or clean(meta.get("hostname"))
    date = meta.get("date")
    iso = parse_date(str(date)) if date else None
    warnings = [] if iso or not date else [date_warning(str(date))]
    language = detect_language(text)
    if language not in (None, "en"):
        warnings.append(language_warning(language))
    return Document(
        id=doc_id,
        text=text,
        title=title,
        date=iso,
        source=source,
        url=clean(meta.get("url")),
        path=path,
        blocks=make_blocks(lines, kinds),
        warnings=tuple(warnings),
        language=language,
    )
