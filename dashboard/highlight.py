"""The source text panel: a document as HTML with its evidence sentences highlighted.

Documents are untrusted input. As in spaCy's displaCy (``EntityRenderer``), the
text is walked by offset, every fragment goes through ``html.escape``, and only
the highlight markup is ours: a fixed template whose colours come from the
``SIGNAL_COLOURS`` allow-list (the taxonomy's, checked to be ``#RRGGBB`` when
read), never from the documents. ``st.html`` sanitises the
result once more (DOMPurify), but nothing here relies on that.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from dashboard.figures import SIGNAL_COLOURS, SIGNAL_LABELS

OTHER_COLOUR = "#999999"  # a signal type this version does not know


@dataclass(frozen=True)
class Span:
    """One signal's evidence: the sentence offsets, the cue offsets, who and what."""

    start: int
    end: int
    signal: str
    actor: str
    cue_start: int = -1
    cue_end: int = -1


def spans_from_rows(rows: Iterable[Mapping]) -> list[Span]:
    """Spans from signal records (dicts or DataFrame ``to_dict("records")``)."""
    return [
        Span(
            start=int(r["start"]),
            end=int(r["end"]),
            signal=str(r["signal"]),
            actor=str(r["actor"]),
            cue_start=int(r.get("cue_start", -1) if r.get("cue_start") is not None else -1),
            cue_end=int(r.get("cue_end", -1) if r.get("cue_end") is not None else -1),
        )
        for r in rows
    ]


def _colour(signal: str) -> str:
    return SIGNAL_COLOURS.get(signal, OTHER_COLOUR)


def _known(signal: str) -> str:
    return signal if signal in SIGNAL_COLOURS else "other"


def _label(signal: str) -> str:
    return SIGNAL_LABELS.get(signal, signal)


def _mark_style(signals: list[str], focused: bool) -> str:
    """Tinted background in the first type's colour, and one underline band per type."""
    bands = ", ".join(f"inset 0 -{3 * (i + 1)}px 0 {_colour(s)}" for i, s in enumerate(signals))
    style = (
        f"background-color: {_colour(signals[0])}33; box-shadow: {bands}; "
        f"padding: 0 0 {3 * len(signals) - 2}px 0; border-radius: 2px; color: inherit;"
    )
    if focused:
        style += " outline: 2px solid #1f2933; outline-offset: 1px;"
    return style


def highlight_html(
    text: str, spans: Iterable[Span], *, focus: tuple[int, int] | None = None
) -> str:
    """``text`` as escaped HTML with each evidence span wrapped in one ``<mark>``.

    Where several signals share text (two actors in one sentence, or a call for
    a ceasefire and for talks), the mark lists all of them in its tooltip and
    shows one underline band per type. Cue words are bold. Spans whose offsets
    fall outside the text are ignored.
    """
    n = len(text)
    valid = [s for s in spans if 0 <= s.start < s.end <= n]
    cues = [(s.cue_start, s.cue_end) for s in valid if 0 <= s.cue_start < s.cue_end <= n]
    cuts = sorted(
        {
            0,
            n,
            *(s.start for s in valid),
            *(s.end for s in valid),
            *(c for cue in cues for c in cue),
        }
    )
    out: list[str] = []
    open_key: tuple | None = None
    for a, b in zip(cuts, cuts[1:], strict=False):
        piece = html.escape(text[a:b])
        covering = [s for s in valid if s.start <= a and b <= s.end]
        key = tuple(sorted({(s.start, s.end) for s in covering}))
        if key != open_key:
            if open_key:
                out.append("</mark>")
            if covering:
                out.append(_open_mark(covering, focus))
            open_key = key or None
        if any(c0 <= a and b <= c1 for c0, c1 in cues) and covering:
            piece = f"<strong>{piece}</strong>"
        out.append(piece)
    if open_key:
        out.append("</mark>")
    return (
        '<div class="lens-source" style="white-space: pre-wrap; line-height: 1.7; '
        "font-size: 0.95rem; max-height: 640px; overflow-y: auto; padding: 0.75rem 1rem; "
        'border: 1px solid #e5e7eb; border-radius: 6px; background: #fff;">'
        + "".join(out)
        + "</div>"
    )


def _open_mark(covering: list[Span], focus: tuple[int, int] | None) -> str:
    # One entry per (actor, type); order by type as in the legend, then actor.
    order = {t: i for i, t in enumerate(SIGNAL_COLOURS)}
    pairs = sorted(
        {(s.signal, s.actor) for s in covering}, key=lambda p: (order.get(p[0], 99), p[1])
    )
    signals = list(dict.fromkeys(sig for sig, _ in pairs))
    tooltip = "\n".join(f"{actor}: {_label(sig)}" for sig, actor in pairs)
    focused = focus is not None and any((s.start, s.end) == tuple(focus) for s in covering)
    css_class = "lens-signal lens-focus" if focused else "lens-signal"
    return (
        f'<mark class="{css_class}" data-signals="{" ".join(_known(s) for s in signals)}" '
        f'title="{html.escape(tooltip)}" style="{_mark_style(signals, focused)}">'
    )


def legend_html(signals: Iterable[str] | None = None) -> str:
    """Swatches for the given signal types (all types when None)."""
    wanted = (
        list(SIGNAL_COLOURS)
        if signals is None
        else [s for s in SIGNAL_COLOURS if s in set(signals)]
    )
    items = "".join(
        f'<span style="display:inline-flex; align-items:center; margin-right:1rem; white-space:nowrap;">'
        f'<span style="display:inline-block; width:0.9rem; height:0.9rem; border-radius:2px; '
        f'background:{_colour(s)}; margin-right:0.35rem;"></span>{html.escape(_label(s))}</span>'
        for s in wanted
    )
    return f'<div class="lens-legend" style="font-size:0.85rem; margin:0.25rem 0 0.5rem 0;">{items}</div>'


def document_header_html(
    title: str | None,
    doc_id: str,
    date: str | None,
    source: str | None,
    url: str | None,
    name: str | None = None,
) -> str:
    """Title and metadata line of a document, escaped; a link only for http(s) URLs."""
    parts = [html.escape(x) for x in (date, source) if x]
    if name and name != doc_id:
        parts.append(html.escape(name))
    parts.append(f"id <code>{html.escape(doc_id)}</code>")
    if url and urlparse(url).scheme in ("http", "https"):
        parts.append(
            f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">original</a>'
        )
    heading = html.escape(title or doc_id)
    return (
        f'<div class="lens-doc-header"><div style="font-weight:600; font-size:1.1rem;">{heading}</div>'
        f'<div style="color:#52606d; font-size:0.85rem;">{" · ".join(parts)}</div></div>'
    )


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=^])")


def markdown_literal(text: str) -> str:
    """``text`` escaped for ``st.markdown``/``st.warning``/``st.caption``: shown as typed.

    Values from a link or a document must not become links, images, LaTeX or
    directives ("[click](https://...)" in a shared URL stays plain text).
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))
