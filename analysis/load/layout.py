"""The layout of a plain-text document: which line is what.

A news item opens with a headline, a date line and an outlet line; a
statement with a letterhead, a label ("Press Release"), a place and date.
Photo captions stand among the paragraphs. Each line of the text becomes a
``Block`` of its kind; the headline, date and outlet become metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analysis.lexicon import read_lines
from analysis.load.dates import date_core, date_from_match, date_warning, strip_noise
from analysis.load.wordlists import layout_words
from analysis.models import Block, BlockKind

FRONT_LINES = 8  # the layout (headline, date, outlet) is looked for in this many lines


# ---------------------------------------------------------------------------
# Lines


@dataclass(slots=True)
class Line:
    start: int  # span of the line's content in the text (markup and spaces trimmed)
    end: int
    text: str  # what the line says, without Markdown markup
    blank_before: bool = False


# the content of one line, without the spaces around it
_LINE = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")


def plain_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    if end is not None:
        lines: list[Line] = []
        last_end = start
        for m in _LINE.finditer(text, start, end):
            a, b = m.span(1)
            lines.append(Line(a, b, m.group(1), text.count("\n", last_end, a) > 1))
            last_end = b
        return lines
    # The same lines as _LINE finds (its \s is str.isspace, as for strip()),
    # read off a split: a third faster than a match object per line.
    lines = []
    append = lines.append
    pos = start
    previous = -1  # the number of the last line with text
    for i, raw in enumerate((text[start:] if start else text).split("\n")):
        content = raw.strip()
        if content:
            a = pos + len(raw) - len(raw.lstrip())
            # more than one line break since the last text: a blank line
            blank_before = i - previous > 1 if previous >= 0 else i > 1
            append(Line(a, a + len(content), content, blank_before))
            previous = i
        pos += len(raw) + 1
    return lines


# ---------------------------------------------------------------------------
# What a line is: caption, running text, name, label, byline, headline


_SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$""")
_CLOSERS = "\"'”’)]"


def _ends_sentence(text: str) -> bool:
    """``_SENTENCE_END.search(text)``, without trying every position."""
    if text.endswith("\n"):
        return _SENTENCE_END.search(text) is not None
    return text.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


# The forms of a photo credit that end a caption, each searched only where
# it can match (see _is_caption):
# "... 2019. /Reuters": after the text's last "/"
_CREDIT_AFTER_SLASH = re.compile(
    r"""(?x)(?:^|[.!?"'”’)\]]\s*|\s)/\s?[A-Z][\w&'’.-]*(?:\ [\w&'’.-]+){0,3}$"""
)
# "(AP Photo/Evan Vucci)": a text ending with ")"
_CREDIT_PHOTO_BRACKETS = re.compile(r"""(?x)\((?:[A-Z][\w.-]*\ )?Photo(?:/[^)]{1,60})?\)$""")


@cache
def _credit_label() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """ "... talks. Photo: Reuters": after a ":", and the labels that may stand before it."""
    labels = tuple(layout_words()["credit_labels"])
    names = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    pattern = re.compile(
        rf"""(?x)(?:^|[.!?]\s+|\s[|–—-]\s)(?:{names})s?(?:\ credit)?:\s*\S.{{0,60}}$"""
    )
    return pattern, labels


@cache
def _agency_credit() -> tuple[re.Pattern[str], int]:
    """ "... (REUTERS/Jane Doe)": after the text's last "/", and the longest agency name."""
    agencies = layout_words()["photo_agencies"]
    names = "|".join(re.escape(a) for a in agencies)
    pattern = re.compile(rf"(?:^|\s|[.(])(?:{names})/[A-Z][\w .'’-]{{1,60}}\)?$")
    return pattern, max(map(len, agencies), default=0)


def _is_caption(text: str) -> bool:
    if len(text) > 600:
        return False
    # search the last 90 characters only; "^" still means the start of the line
    pos = max(0, len(text) - 90)
    tail = text[pos:]
    # cheap tests first: a credit after a "/" has no "/" in it, so the "/"
    # is the text's last one and the match starts just before it
    slash = tail.rfind("/")
    if slash >= 0:
        slash += pos
        if slash > pos and _CREDIT_AFTER_SLASH.match(text, slash - 1):
            return True
        if slash == 0 and _CREDIT_AFTER_SLASH.match(text, 0):
            return True
        agency, longest = _agency_credit()
        if agency.search(text, max(pos, slash - longest - 1)):
            return True
    if text.endswith((")", ")\n")) and "Photo" in tail and _CREDIT_PHOTO_BRACKETS.search(text, pos):
        return True
    if ":" not in tail:
        return False
    label, labels = _credit_label()
    return any(map(tail.__contains__, labels)) and label.search(text, pos) is not None


def _is_body(text: str) -> bool:
    """A line that reads as running text, which ends the document's front matter."""
    if len(text) > 250:
        return True
    n = len(text.split())
    if n > 35:
        return True
    if _ends_sentence(text) and not _ends_in_abbreviation(text):
        question = text.rstrip(_CLOSERS).endswith("?")  # "Why Doha?" can be a headline
        return (n >= 6 and not question) or n >= 20
    return False


@cache
def _connectors() -> frozenset[str]:
    return frozenset(w.lower() for w in layout_words()["title_case_connectors"])


def _is_name_line(text: str, *, max_words: int) -> bool:
    """A short Title Case or CAPITALS line: a name, like "CGTN" or "World Desk"."""
    words = text.split()
    if not words or len(words) > max_words or len(text) > 12 * max_words:
        return False
    if _ends_sentence(text) or text.endswith((",", ";", ":")):
        return False
    if _DIGIT.search(text) and date_core().search(text):  # every date has a digit
        return False
    connectors = _connectors()
    for w in words:
        core = w.strip("\"'“”‘’()[],:")
        if not core or core.lower() in connectors:
            continue
        if not (core[0].isupper() or core[0].isdigit()):
            return False
    return words[0][0].isupper() or words[0][0].isdigit()


_ODD_SPACE = re.compile(r"[^\S ]| {2}")  # white space other than single spaces


def _is_label(text: str) -> bool:
    core = text.strip(" *_:#-")
    if len(core) > _longest_label() and _ODD_SPACE.search(core) is None:
        return False  # the key would be as long as ``core``: longer than any label
    key = " ".join(core.lower().split())
    return key in _labels()


@cache
def _longest_label() -> int:
    return max(map(len, _labels()), default=0)


@cache
def _labels() -> frozenset[str]:
    return frozenset(label.lower() for label in layout_words()["document_labels"])


@cache
def _issuer_words() -> frozenset[str]:
    return frozenset(w.lower() for w in layout_words()["issuer_words"])


def _is_issuer(text: str) -> bool:
    """Letterhead: "Ministry of Foreign Affairs", "State of Qatar - Ministry of ..."."""
    if not _is_name_line(text, max_words=12):
        return False
    return any(w.strip(",.-").lower() in _issuer_words() for w in text.split())


@cache
def _byline() -> re.Pattern[str]:
    starts = "|".join(re.escape(s) for s in layout_words()["byline_starts"])
    return re.compile(rf"(?:{starts})\s+[A-Z][^.!?]*")


def _is_byline(text: str) -> bool:
    """ "By Jane Doe", "By JANE DOE, Reuters": a short line naming the author."""
    return len(text.split()) <= 10 and _byline().fullmatch(text) is not None


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 30 or len(text) > 220:
        return False
    if text.endswith((",", ";", ":")) or (
        text.endswith(".") and not text.endswith("..") and not _ends_in_abbreviation(text)
    ):
        return False
    first = text.lstrip("\"'“‘([")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(w.lower().rstrip(".") for w in read_lines("abbreviations.txt"))


def _ends_in_abbreviation(text: str) -> bool:
    """ "Press briefing by Secretary Herminio Coloma Jr.": the full stop is the name's."""
    words = text.split()
    if not words or not words[-1].endswith("."):
        return False
    last = words[-1][:-1]
    return "." not in last and last.lower() in _abbreviations()


# ---------------------------------------------------------------------------
# Date lines


_DIGIT = re.compile(r"\d")
_SEGMENT_SEPARATOR = re.compile(r"\s[|•·]\s|\s\|\s?|\|")
_PLACE = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|of|de|el|al))*")


@dataclass(frozen=True, slots=True)
class _DateLine:
    date: str | None  # None when the line is a date line whose date is invalid
    raw: str
    outlet: str | None


def _read_dateline(line: str) -> _DateLine | None:
    """The date (and outlet) of a date line, or None when the line is not one.

    Accepts "Updated 08:58, 01-Oct-2020", "Mon 17 Oct 2022 21:30 GMT",
    "Cairo, 7 May 2024", "25 Mar 2024 | Global Affairs Wire", "2024-05-07" ...
    """
    if len(line) > 100:
        return None
    if not _DIGIT.search(line):
        return _undated_dateline(line)
    if "|" in line or "•" in line or "·" in line:
        segments = [s.strip() for s in _SEGMENT_SEPARATOR.split(line) if s.strip()]
    else:  # nothing to split at
        segments = [line.strip()] if line.strip() else []
    dated: tuple[str, re.Match[str]] | None = None
    outlet = None
    whole = len(segments) == 1  # the line's digit is the segment's
    for seg in segments:
        # every date has a digit
        m = date_core().search(seg) if whole or _DIGIT.search(seg) else None
        if m is not None and dated is None:
            dated = (seg, m)
            continue
        if not strip_noise(seg):
            continue  # a time or zone segment ("16:20 IST")
        if re.match(r"(?i)by\s", seg):
            continue  # a byline
        if outlet is None and _is_name_line(seg, max_words=5):
            outlet = seg
            continue
        return None
    if dated is None:
        return _undated_dateline(line)
    seg, m = dated
    start, end = m.span()
    if end < len(seg) and strip_noise(seg[end:]):
        return None
    before = strip_noise(seg[:start]) if start else ""
    if before and not (
        _PLACE.fullmatch(before) and len(before.split()) <= 6 and not _is_label(before)
    ):
        return None
    return _DateLine(date_from_match(m), line.strip(), outlet)


def _undated_dateline(line: str) -> _DateLine | None:
    """ "Updated: Thursday-ish": a date line whose date cannot be read."""
    lead = _dateline_start().match(line)
    if lead is None or len(line.split()) > 8:
        return None
    rest = line[lead.end() :].strip()
    if not rest or rest.endswith("."):
        return None
    return _DateLine(None, line.strip(), None)


@cache
def _dateline_start() -> re.Pattern[str]:
    words = sorted(layout_words()["date_line_starts"], key=len, reverse=True)
    return re.compile(rf"(?i)\s*(?:{'|'.join(re.escape(w) for w in words)})\b\s*:?")


# ---------------------------------------------------------------------------
# The layout of the first lines, and the blocks


@dataclass(slots=True)
class Layout:
    kinds: dict[int, BlockKind]
    title: str | None = None
    date: str | None = None
    source: str | None = None
    warnings: tuple[str, ...] = ()


def read_layout(lines: list[Line]) -> Layout:
    """Which of the first lines are headline, date line, outlet or letterhead."""
    layout = Layout(kinds={})
    front: list[int] = []
    for i, line in enumerate(lines[:FRONT_LINES]):
        if _is_caption(line.text) or _is_body(line.text):
            break
        front.append(i)
    if not front:
        return layout
    kinds = layout.kinds
    date_i = label_i = None
    dateline = None
    for i in front:
        if date_i is None:
            dateline = _read_dateline(lines[i].text)
            if dateline is not None:
                date_i = i
                continue
        if label_i is None and _is_label(lines[i].text):
            label_i = i
    if date_i is None and label_i is None:
        # No date line and no label: a first line standing apart from running
        # text below it is still a headline ("Explainer: ..." then paragraphs).
        first = front[0]
        nxt = first + 1
        if nxt < len(lines) and nxt in front and _is_byline(lines[nxt].text):
            kinds[nxt] = "outlet"
            nxt += 1
        if (
            _looks_like_headline(lines[first].text)
            and nxt < len(lines)
            and (lines[nxt].blank_before or _is_body(lines[nxt].text) or nxt - first > 1)
        ):
            kinds[first] = "headline"
            layout.title = lines[first].text
        return layout

    letterhead: list[int] = []
    if date_i is not None:
        kinds[date_i] = "dateline"
        assert dateline is not None
        layout.date = dateline.date
        layout.source = dateline.outlet
        if dateline.date is None:
            layout.warnings = (date_warning(dateline.raw),)
    if label_i is not None:
        kinds[label_i] = "outlet"  # the kind of document, "Press Release": metadata
        for i in front:
            if i < label_i and i != date_i and len(lines[i].text.split()) <= 12:
                kinds[i] = "outlet"
                letterhead.append(i)
    end = date_i if date_i is not None else len(lines)
    above = [i for i in front if i < end and i not in kinds]
    while label_i is None and len(above) > 1 and _is_issuer(lines[above[0]].text):
        kinds[above[0]] = "outlet"
        letterhead.append(above.pop(0))
    headline = None
    for i in above:
        if _is_byline(lines[i].text):
            kinds[i] = "outlet"  # "By Jane Doe": who wrote it, not text to analyse
        elif headline is None and _looks_like_headline(lines[i].text):
            headline = i
            kinds[i] = "headline"
        else:
            kinds[i] = "paragraph"  # a subtitle or standfirst: analysed
    if date_i is not None:
        for i in front:
            if i <= date_i or i in kinds:
                continue
            text = lines[i].text
            if _is_byline(text):
                kinds[i] = "outlet"
                continue
            # below "Press Release" and its date comes the statement's title,
            # however short, not an outlet
            if (
                layout.source is None
                and _is_name_line(text, max_words=5)
                and not (headline is None and label_i is not None)
            ):
                kinds[i] = "outlet"
                layout.source = text
            elif headline is None and _looks_like_headline(text):
                headline = i
                kinds[i] = "headline"
            else:
                break  # running text starts here
    if headline is None and label_i is not None:
        headline = label_i
        kinds[label_i] = "headline"
        letterhead = [i for i in letterhead if i != label_i]
    if headline is not None:
        layout.title = lines[headline].text
    if layout.source is None and letterhead:
        layout.source = ", ".join(lines[i].text for i in letterhead if i != label_i)
    return layout


def make_blocks(lines: list[Line], kinds: dict[int, BlockKind]) -> tuple[Block, ...]:
    """One block per line; captions (and verbatim repeats of a short line next
    to each other, as scraped pages repeat photo captions) are marked."""
    blocks = []
    last = len(lines) - 1
    for i, line in enumerate(lines):
        kind = kinds.get(i)
        if kind is None:
            text = line.text
            repeated = (i > 0 and lines[i - 1].text == text and i - 1 not in kinds) or (
                i < last and lines[i + 1].text == text
            )
            if (repeated and len(text.split()) <= 60) or (
                # _is_caption's cheap test, without the call, for the many body lines:
                # every credit holds a "/", ":" or ")", and one character is found
                # faster than the credit words
                ("/" in text or ":" in text or ")" in text) and _is_caption(text)
            ):
                kind = "caption"
            else:
                kind = "paragraph"
        blocks.append(Block(line.start, line.end, kind))
    return tuple(blocks)
