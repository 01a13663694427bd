"""Loading documents: files, folders, uploads and pasted text -> ``Document``.

Formats, chosen by the file name's extension:

- ``.txt`` (and unknown extensions whose bytes are text): plain text. The news
  layout is recognised -- headline, date line, outlet line, photo captions --
  and so is the statement layout (letterhead, "Press Release", place and date).
- ``.md`` / ``.markdown``: the same, reading through the Markdown markup; an
  optional ``---`` front matter gives title/date/source/url.
- ``.html`` / ``.htm``: main text and metadata extracted with trafilatura.
- ``.csv`` / ``.tsv`` / ``.jsonl`` / ``.ndjson`` / ``.json``: collections, one
  document per row or object, with the fields ``id``, ``title``, ``date``,
  ``source``, ``url`` and ``text`` (required).

The text is decoded (as UTF-8 when it is valid UTF-8, else with the encoding
detected by charset-normalizer), newlines are normalised to ``\\n``, and
nothing else is changed: that is ``Document.text``, and every offset refers to
it. Anything that cannot be loaded comes back as a ``LoadError`` whose
``reason`` says what was wrong and what to do; nothing raises out of
``iter_documents``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from functools import cache
from itertools import islice
from pathlib import Path
from typing import IO

from dateutil import parser as dateparser

from analysis.lexicon import read_toml
from analysis.models import Block, BlockKind, Document

MAX_BYTES = 20_000_000  # larger files are refused; pass max_bytes to change
TEXT_EXTENSIONS = frozenset({".txt", ".text"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
COLLECTION_EXTENSIONS = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".json"})
FIELDS = ("id", "title", "date", "source", "url", "text")
ENGLISH_ONLY = "analysis is English-only for now"

_SAMPLE_BYTES = 1 << 20  # how much of a collection file the encoding is guessed from
_MIN_HTML_WORDS = 10  # less extracted text than this is not an article
_FRONT_LINES = 8  # the layout (headline, date, outlet) is looked for in this many lines

# trafilatura and htmldate log through the root logger's last-resort handler
# when the application configured none; a loader should not print.
for _name in ("trafilatura", "htmldate", "charset_normalizer"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass(frozen=True, slots=True)
class LoadError:
    """A file or record that could not be loaded, with a reason for the user."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}, line {self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


# ---------------------------------------------------------------------------
# Dates

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY_NUMBER = r"3[01]|[12]\d|0?[1-9]"  # followed by an optional "st", "nd", "rd", "th"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"


def _parts(form: str) -> tuple[str, str, str]:
    """Day, month and year of a written date, captured as ``{form}_day``,
    ``{form}_month`` and ``{form}_year`` for _date_from_match."""
    return (
        rf"(?P<{form}_day>{_DAY_NUMBER})(?:st|nd|rd|th)?",
        rf"(?P<{form}_month>{_MONTH})",
        rf"(?P<{form}_year>{_YEAR})",
    )


_DMY_DAY, _DMY_MONTH, _DMY_YEAR = _parts("dmy")
_MDY_DAY, _MDY_MONTH, _MDY_YEAR = _parts("mdy")
_DATE_CORE = re.compile(
    rf"""(?ix)
    (?<![\w-])(?:
        (?P<iso>{_YEAR}-[01]\d-[0-3]\d)(?:[T\s][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?\d\d)?)?
      | (?P<ymd>{_YEAR}(?P<ysep>[/.])[01]?\d(?P=ysep)[0-3]?\d)
      | (?P<dmy>{_DMY_DAY}[\s-]+(?:of\s+)?{_DMY_MONTH}[\s,-]+{_DMY_YEAR})
      | (?P<mdy>{_MDY_MONTH}\s+{_MDY_DAY},?\s+{_MDY_YEAR})
      | (?P<num>[0-3]?\d[./-][0-3]?\d[./-](?:{_YEAR}|\d\d))
    )(?![\w-])
    """
)
_TIME = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\.?"


@cache
def _layout() -> dict:
    return read_toml("documents_layout.toml")


@cache
def _date_noise() -> re.Pattern[str]:
    """What may stand on a date line besides the date and a place name."""
    layout = _layout()
    words = sorted(layout["date_words"], key=len, reverse=True)
    # escaped like the date words: a zone read as a pattern would lose its
    # spaces (verbose mode) and its "+" or "." would match other text
    zones = "|".join(re.escape(z) for z in layout["time_zones"])
    return re.compile(
        rf"""(?ix)
        \b(?:{"|".join(re.escape(w) for w in words)})\b
        | \b{_WEEKDAY}(?![\w])
        | \b{_TIME}\b
        | (?:\b(?:{zones})|(?<=\d)\s*(?-i:[A-Z]{{2,5}}))(?:\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?\b
        | \(local\ time\)
        | [\s,.:;|/()\-–—]+
        """
    )


def _strip_noise(text: str) -> str:
    """``text`` without date-line noise (words like "Updated" or "GMT", times,
    weekdays, punctuation), which a date line may hold besides its date."""
    return _date_noise().sub(" ", text).strip()


_DIGIT = re.compile(r"\d")
_SEGMENT_SEPARATOR = re.compile(r"\s[|•·]\s|\s\|\s?|\|")
_PLACE = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]{2,})(?:\s+(?:[A-Z][\w'’.-]*|of|de|el|al))*")


def parse_date(value: str) -> str | None:
    """An ISO ``YYYY-MM-DD`` date from a date string, or None when there is none.

    Numeric dates are day-first ("01-10-2020" is 1 October) unless that is
    impossible ("12/25/2020").
    """
    m = _DATE_CORE.search(value)
    if m is not None:
        return _date_from_match(m)
    cleaned = _date_noise().sub(" ", value).strip()
    if not cleaned or not re.search(r"\d", cleaned):
        return None
    try:
        # Parsed twice with different defaults: a date missing its day or year
        # ("May 2024") would otherwise be completed from today's date.
        first = dateparser.parse(cleaned, dayfirst=True, default=datetime(2000, 1, 1))
        second = dateparser.parse(cleaned, dayfirst=True, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return None
    if first is None or first.date() != second.date() or not 1800 <= first.year <= 2199:
        return None
    return first.date().isoformat()


_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


_YMD_SEPARATOR = re.compile(r"[/.]")
_NUM_SEPARATOR = re.compile(r"[./-]")


_WRITTEN_PARTS = {form: (f"{form}_day", f"{form}_month", f"{form}_year") for form in ("dmy", "mdy")}


def _date_from_match(m: re.Match[str]) -> str | None:
    """The ISO date of a ``_DATE_CORE`` match (read by hand: dateutil is slow)."""
    form = m.lastgroup  # the form's group closes last: "iso", "ymd", "dmy", "mdy" or "num"
    try:
        if form in _WRITTEN_PARTS:
            day, month, year = m.group(*_WRITTEN_PARTS[form])
            return Date(int(year), _MONTHS[month[:3].lower()], int(day)).isoformat()
        if form == "iso":
            return Date.fromisoformat(m.group("iso")).isoformat()
        if form == "ymd":
            y, mo, d = (int(x) for x in _YMD_SEPARATOR.split(m.group("ymd")))
            return Date(y, mo, d).isoformat()
        first, second, year = (int(x) for x in _NUM_SEPARATOR.split(m.group("num")))
        if year < 100:
            year += 2000 if year < 70 else 1900
        # day-first ("01-10-2020" is 1 October) unless impossible ("12/25/2020")
        day, month = (first, second) if second <= 12 else (second, first)
        return Date(year, month, day).isoformat()
    except (ValueError, KeyError):
        return None


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
        m = _DATE_CORE.search(seg) if whole or _DIGIT.search(seg) else None
        if m is not None and dated is None:
            dated = (seg, m)
            continue
        if not _strip_noise(seg):
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
    if end < len(seg) and _strip_noise(seg[end:]):
        return None
    before = _strip_noise(seg[:start]) if start else ""
    if before and not (
        _PLACE.fullmatch(before) and len(before.split()) <= 6 and not _is_label(before)
    ):
        return None
    return _DateLine(_date_from_match(m), line.strip(), outlet)


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
    words = sorted(_layout()["date_line_starts"], key=len, reverse=True)
    return re.compile(rf"(?i)\s*(?:{'|'.join(re.escape(w) for w in words)})\b\s*:?")


def _date_warning(raw: str) -> str:
    return f"the date '{raw}' could not be parsed; kept as unknown"


# ---------------------------------------------------------------------------
# Layout of a plain-text document


@dataclass(slots=True)
class _Line:
    start: int  # span of the line's content in the text (markup and spaces trimmed)
    end: int
    text: str  # what the line says, without Markdown markup
    blank_before: bool = False


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
# "... talks. Photo: Reuters": after a ":"
_CREDIT_PHOTO_LABEL = re.compile(
    r"""(?x)(?:^|[.!?]\s+|\s[|–—-]\s)(?:Photo|Picture|Image|Photograph)s?(?:\ credit)?:\s*\S.{0,60}$"""
)


@cache
def _agency_credit() -> tuple[re.Pattern[str], int]:
    """ "... (REUTERS/Jane Doe)": after the text's last "/", and the longest agency name."""
    agencies = _layout()["photo_agencies"]
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
    return (
        ":" in tail
        and ("Photo" in tail or "Picture" in tail or "Image" in tail)
        and _CREDIT_PHOTO_LABEL.search(text, pos) is not None
    )


def _is_body(text: str) -> bool:
    """A line that reads as running text, which ends the document's front matter."""
    if len(text) > 250:
        return True
    n = len(text.split())
    if n > 35:
        return True
    if _ends_sentence(text):
        question = text.rstrip(_CLOSERS).endswith("?")  # "Why Doha?" can be a headline
        return (n >= 6 and not question) or n >= 20
    return False


@cache
def _connectors() -> frozenset[str]:
    return frozenset(w.lower() for w in _layout()["title_case_connectors"])


def _is_name_line(text: str, *, max_words: int) -> bool:
    """A short Title Case or CAPITALS line: a name, like "CGTN" or "World Desk"."""
    words = text.split()
    if not words or len(words) > max_words or len(text) > 12 * max_words:
        return False
    if _ends_sentence(text) or text.endswith((",", ";", ":")):
        return False
    if _DIGIT.search(text) and _DATE_CORE.search(text):  # every date has a digit
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
    return frozenset(label.lower() for label in _layout()["document_labels"])


@cache
def _issuer_words() -> frozenset[str]:
    return frozenset(w.lower() for w in _layout()["issuer_words"])


def _is_issuer(text: str) -> bool:
    """Letterhead: "Ministry of Foreign Affairs", "State of Qatar - Ministry of ..."."""
    if not _is_name_line(text, max_words=12):
        return False
    return any(w.strip(",.-").lower() in _issuer_words() for w in text.split())


_BYLINE = re.compile(r"(?:By|BY|Written by|Reporting by)\s+[A-Z][^.!?]*")


def _is_byline(text: str) -> bool:
    """ "By Jane Doe", "By JANE DOE, Reuters": a short line naming the author."""
    return len(text.split()) <= 10 and _BYLINE.fullmatch(text) is not None


def _looks_like_headline(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 30 or len(text) > 220:
        return False
    if text.endswith((",", ";", ":")) or (text.endswith(".") and not text.endswith("..")):
        return False
    first = text.lstrip("\"'“‘([")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


@dataclass(slots=True)
class _Layout:
    kinds: dict[int, BlockKind]
    title: str | None = None
    date: str | None = None
    source: str | None = None
    warnings: tuple[str, ...] = ()


def _read_layout(lines: list[_Line]) -> _Layout:
    """Which of the first lines are headline, date line, outlet or letterhead."""
    layout = _Layout(kinds={})
    front: list[int] = []
    for i, line in enumerate(lines[:_FRONT_LINES]):
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
            layout.warnings = (_date_warning(dateline.raw),)
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


def _blocks(lines: list[_Line], kinds: dict[int, BlockKind]) -> tuple[Block, ...]:
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
                # _is_caption's cheap test, without the call, for the many body lines
                ("/" in text or "hoto" in text or "icture" in text or "mage" in text)
                and _is_caption(text)
            ):
                kind = "caption"
            else:
                kind = "paragraph"
        blocks.append(Block(line.start, line.end, kind))
    return tuple(blocks)


# the content of one line, without the spaces around it
_LINE = re.compile(r"[^\S\n]*(\S(?:[^\n]*\S)?)")


def _plain_lines(text: str, start: int = 0, end: int | None = None) -> list[_Line]:
    if end is not None:
        lines: list[_Line] = []
        last_end = start
        for m in _LINE.finditer(text, start, end):
            a, b = m.span(1)
            lines.append(_Line(a, b, m.group(1), text.count("\n", last_end, a) > 1))
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
            append(_Line(a, a + len(content), content, blank_before))
            previous = i
        pos += len(raw) + 1
    return lines


# ---------------------------------------------------------------------------
# Markdown

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


def _markdown_lines(text: str, start: int) -> list[_Line]:
    """Lines of a Markdown text: spans without the block markers ("# ", "> ",
    "- "), and for the first lines, where the layout is read, plain text."""
    lines: list[_Line] = []
    for line in _plain_lines(text, start):
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
        plain = _markdown_plain(text[a:b]) if len(lines) < _FRONT_LINES else text[a:b]
        if plain:
            lines.append(_Line(a, b, plain, line.blank_before))
    return lines


def _front_matter(text: str) -> tuple[dict[str, str], int]:
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


# ---------------------------------------------------------------------------
# Language


@cache
def _function_words() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    data = read_toml("documents_function_words.toml")
    return {k: frozenset(v) for k, v in data["words"].items()}, data["names"]


_SCRIPTS = (  # code point ranges of non-Latin scripts and the language they suggest
    (0x0370, 0x03FF, "el"),
    (0x0400, 0x04FF, "ru"),
    (0x0530, 0x058F, "hy"),
    (0x0590, 0x05FF, "he"),
    (0x0600, 0x06FF, "ar"),
    (0x0900, 0x097F, "hi"),
    (0x0E00, 0x0E7F, "th"),
    (0x10A0, 0x10FF, "ka"),
    (0x1200, 0x137F, "am"),
    (0x3040, 0x30FF, "ja"),
    (0x4E00, 0x9FFF, "zh"),
    (0xAC00, 0xD7AF, "ko"),
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too short to tell.

    A cheap test, made to cost little next to loading: the share of function
    words per language (data/documents_function_words.toml) in a sample, and
    the script of the letters for non-Latin alphabets.
    """
    lists, _ = _function_words()
    english_words = lists["en"]
    # Fast path, most texts: plain split of a stretch of body text (a third of
    # the way in, past headline and date line), no lower-casing.
    middle = max(0, min(len(text) // 3, len(text) - 250))
    head = text[middle : middle + 250].split()
    if len(head) >= 12:
        # counted in two halves: in English the first usually suffices
        need = 0.15 * len(head)
        half = len(head) // 2
        found = sum(map(english_words.__contains__, islice(head, half)))
        if found >= need or found + sum(map(english_words.__contains__, head[half:])) >= need:
            return "en"
    sample = text[:1200].lower()
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 20:
        return None
    foreign = [c for c in letters if ord(c) > 0x24F]
    if len(foreign) > len(letters) / 2:
        return _script_language(foreign, sample)
    words = _WORD.findall(sample)
    if len(words) < 12:
        return None
    english = sum(map(english_words.__contains__, words)) / len(words)
    if english >= 0.15:
        return "en"
    shares = {
        lang: sum(map(vocab.__contains__, words)) / len(words) for lang, vocab in lists.items()
    }
    best = max(shares, key=shares.__getitem__)
    if best != "en" and shares[best] >= 0.12 and shares[best] > 1.5 * english:
        return best
    return "en" if english >= 0.1 else None


def _script_language(foreign: list[str], sample: str) -> str | None:
    counts: dict[str, int] = {}
    for c in foreign:
        cp = ord(c)
        for lo, hi, code in _SCRIPTS:
            if lo <= cp <= hi:
                counts[code] = counts.get(code, 0) + 1
                break
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    if best == "ar" and any(c in sample for c in "پچژگ"):
        return "fa"
    if best == "ru" and any(c in sample for c in "іїєґ"):
        return "uk"
    if best == "zh" and counts.get("ja"):
        return "ja"
    return best


def _language_warning(code: str) -> str:
    name = _function_words()[1].get(code, code)
    return (
        f"the text looks like {name} ('{code}'), not English; {ENGLISH_ONLY}, "
        "so few or no signals will be found"
    )


# ---------------------------------------------------------------------------
# Building documents


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


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
    lines = _plain_lines(text)
    return _build(text, doc_id, lines, title, date, source, url, path)


def document_from_markdown(text: str, doc_id: str, *, path: str | None = None) -> Document:
    """A Document from Markdown: the text stays as written, markup is read through."""
    text = normalise_newlines(text)
    meta, body_start = _front_matter(text)
    lines = _markdown_lines(text, body_start)
    return _build(
        text,
        doc_id,
        lines,
        meta.get("title"),
        meta.get("date"),
        meta.get("source"),
        meta.get("url"),
        path,
    )


def _build(
    text: str,
    doc_id: str,
    lines: list[_Line],
    title: str | None,
    date: str | None,
    source: str | None,
    url: str | None,
    path: str | None,
) -> Document:
    layout = _read_layout(lines)
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
            warnings = [_date_warning(given)]
    language = detect_language(text)
    if language not in (None, "en"):
        warnings.append(_language_warning(language))
    return Document(
        id=doc_id,
        text=text,
        title=_clean(title) or layout.title,
        date=iso,
        source=_clean(source) or layout.source,
        url=_clean(url),
        path=path,
        blocks=_blocks(lines, layout.kinds),
        warnings=tuple(warnings),
        language=language,
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = " ".join(str(value).split())
    return s or None


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
    title = _clean(meta.get("title"))
    text = body
    if title and " ".join(body.split("\n", 1)[0].split()) != title:
        text = f"{title}\n\n{body}"
    lines = _plain_lines(text)
    kinds: dict[int, BlockKind] = {}
    if title and lines:
        kinds[0] = "headline"
    source = _clean(meta.get("sitename")) or _clean(meta.get("hostname"))
    date = meta.get("date")
    iso = parse_date(str(date)) if date else None
    warnings = [] if iso or not date else [_date_warning(str(date))]
    language = detect_language(text)
    if language not in (None, "en"):
        warnings.append(_language_warning(language))
    return Document(
        id=doc_id,
        text=text,
        title=title,
        date=iso,
        source=source,
        url=_clean(meta.get("url")),
        path=path,
        blocks=_blocks(lines, kinds),
        warnings=tuple(warnings),
        language=language,
    )


# ---------------------------------------------------------------------------
# Bytes -> text

_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP archive (or Word/Excel document)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office (old format)"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\x7fELF", "program (ELF)"),
    (b"MZ", "Windows program"),
    (b"RIFF", "RIFF media"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"SQLite format 3", "SQLite database"),
    (b"PAR1", "Parquet table"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


class _Refused(Exception):
    """A file or line refused for a reason the user can act on."""

    def __init__(self, reason: str, line: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line


def _kind_of_binary(data: bytes) -> str | None:
    """The kind of binary file ``data`` is, from its signature, or None."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            # Some signatures are printable ("MZ", "ID3", "BZh"): a text that
            # happens to start that way has no control bytes after it.
            head = data[:4096]
            if _BINARY_BYTES.search(head) or not _decodes(head):
                return kind
    return None


_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _decodes(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        return e.start >= len(data) - 3  # cut inside the last character
    return True


def _binary_reason(kind: str | None) -> str:
    if kind:
        return (
            f"this is a {kind} file, not text; save the document as .txt, .md, .html, "
            ".csv or .jsonl and load that"
        )
    return (
        "this looks like a binary file, not text (it holds control bytes); save the "
        "document as plain text (.txt) and load that"
    )


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _guess_encoding(sample: bytes, *, complete: bool, by_line: bool = False) -> str:
    """The encoding of ``sample`` (all of the file when ``complete``), or _Refused.

    ``by_line``: the caller decodes line by line and reports bad lines itself.
    """
    if not sample.strip():
        raise _Refused(
            "the file is empty; add the document text or remove the file"
            if not sample
            else "the file holds only blank space; add the document text or remove the file"
        )
    bom = _bom_encoding(sample)
    if bom:
        return bom
    kind = _kind_of_binary(sample)
    if kind:
        raise _Refused(_binary_reason(kind))
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if not complete and e.start >= len(sample) - 3 and e.reason.startswith("unexpected end"):
            return "utf-8"  # the sample ends inside a character
    if b"\x00" in sample:
        raise _Refused(_binary_reason(None))
    replaced = sample.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    if sum(1 for c in replaced if c > "\x7f") > 2 * bad:
        # Mostly valid UTF-8 with a few stray bytes: decoding it all as an 8-bit
        # code page would garble every real UTF-8 character instead.
        if complete and not by_line:
            line = replaced[: replaced.index("\ufffd")].count("\n") + 1
            raise _Refused(
                f"line {line} is not valid UTF-8, although the rest of the file is; re-save "
                "the file as UTF-8",
                line,
            )
        return "utf-8"
    from charset_normalizer import from_bytes

    results = from_bytes(sample[:_SAMPLE_BYTES])
    best = results.best()
    if best is not None:
        # Short Western texts often tie between several 8-bit code pages (cp1250
        # first); in a tie, Windows-1252, the usual one for English and Western
        # European news, wins.
        for match in results:
            tied = match.chaos <= best.chaos and match.coherence >= best.coherence
            if tied and "cp1252" in match.could_be_from_charset:
                return "cp1252"
    if best is None:
        raise _Refused(
            "the text encoding could not be recognised (it is not UTF-8, UTF-16 or a "
            "common 8-bit encoding); re-save the file as UTF-8"
        )
    return best.encoding


# Files starting like this take the long way through _guess_encoding.
_SPECIAL_STARTS = tuple(bom for bom, _ in _BOMS) + tuple(magic for magic, _ in _MAGIC)


def _decode_text(data: bytes) -> str:
    """The text of a whole file: encoding detected, newlines normalised."""
    text = None
    controls_possible = True
    if data and not data.isspace() and not data.startswith(_SPECIAL_STARTS):
        # What _guess_encoding decides for a file that is not blank and has
        # no byte-order mark or binary signature: UTF-8 whenever it decodes
        # as UTF-8 -- so decode once, and detect only when that fails.
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            # In UTF-8 a control character is its own byte, and no other
            # character uses those bytes; deleting them is 10x faster than
            # searching the text for them.
            controls_possible = len(data.translate(None, _CONTROL_BYTES)) != len(data)
    if text is None:
        encoding = _guess_encoding(data, complete=True)
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            raise _Refused(
                f"the file is not valid {encoding} text and its encoding could not be "
                "recognised; re-save the file as UTF-8"
            ) from None
        text = text.removeprefix("\ufeff")
    if controls_possible and _CONTROL.search(text, 0, 100_000) is not None:
        controls = _CONTROL.findall(text, 0, 100_000)
        if "\x00" in controls or len(controls) > max(2, len(text[:100_000]) // 200):
            raise _Refused(_binary_reason(None))
    if not text or text.isspace():
        raise _Refused("the file holds only blank space; add the document text or remove the file")
    return normalise_newlines(text)


# ---------------------------------------------------------------------------
# Collections (CSV, JSON Lines, JSON)


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
            raise _Refused(
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


def _iter_collection(
    stream: IO[bytes], path: str, stem: str, ext: str
) -> Iterator[tuple[Document | LoadError, int | None]]:
    """(document or error, line) per row; the line is None for whole-file problems."""
    sample = stream.read(_SAMPLE_BYTES)
    complete = len(sample) < _SAMPLE_BYTES
    try:
        encoding = _guess_encoding(sample, complete=complete, by_line=True)
    except _Refused as e:
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
            if isinstance(row, _Refused):
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
            yield _row_document(fields, path, stem, number, line), line
        yield from lines.errors(path)
    except _Refused as e:
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


def _row_document(
    fields: dict[str, object], path: str, stem: str, number: int, line: int | None
) -> Document | LoadError:
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
        k: _clean(fields.get(k)) if not isinstance(fields.get(k), dict | list) else None
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
            raise _Refused("the file is empty; add a header line and rows, or remove the file")
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
                    _Refused(
                        "this row opens a quoted field that is never closed (the file may be "
                        "cut short); close the quote or remove the row",
                        start,
                    ),
                )
                break
            yield (
                start,
                _Refused(
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
                raise _Refused(
                    f"the file has no 'text' column (columns: {columns}); name the column "
                    "that holds each document's text 'text'"
                )
            continue
        if len(record) != len(header):
            yield (
                start,
                _Refused(
                    f"this row has {len(record)} fields but the header has {len(header)}; check it "
                    "for an unquoted comma or quote, or a row cut short",
                    start,
                ),
            )
            continue
        yield start, dict(zip(header, record, strict=True))
    if header is None:
        raise _Refused(
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
                _Refused(
                    f"this line is not valid JSON ({e.msg.removesuffix(' at')} at column "
                    f"{e.colno}); fix or remove it (each line must hold one JSON object)",
                    number,
                ),
            )
        except RecursionError:
            yield (
                number,
                _Refused("this line nests JSON too deeply to read; fix or remove it", number),
            )


def _json_rows(lines: Iterable[str], path: str) -> Iterator[tuple[int | None, object]]:
    try:
        data = json.loads("".join(lines))
    except json.JSONDecodeError as e:
        raise _Refused(
            f"the file is not valid JSON ({e.msg}); fix it, or write one object per line as .jsonl",
            e.lineno,
        ) from None
    except RecursionError:
        raise _Refused("the file nests JSON too deeply to read") from None
    if isinstance(data, dict):
        data = data.get("documents", [data]) if isinstance(data.get("documents"), list) else [data]
    if not isinstance(data, list):
        raise _Refused(
            f"the file holds a JSON {_json_type(data)}; it must hold an array of objects "
            'like [{"id": "a1", "text": "..."}]'
        )
    for item in data:
        yield None, item


# ---------------------------------------------------------------------------
# Files and folders


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
                    yield from _iter_collection(stream, path, stem, ext)
                    return
                data = _read_at_most(stream, max_bytes + 1, size)
        if len(data) > max_bytes:
            yield LoadError(path, _too_big(len(data), max_bytes)), None
            return
        yield _single_document(data, stem, ext, path), None
    except _Refused as e:
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
        kind = _kind_of_binary(data)
        try:
            text = _decode_text(data)
        except _Refused as e:
            if not data.strip():
                raise
            raise _Refused(
                f"the file type '{ext or '(none)'}' is not one the loader reads, and the "
                f"file is not text{f' (it is a {kind} file)' if kind else ''}; use .txt, "
                ".md, .html, .csv, .jsonl or .ndjson"
            ) from e
        return document_from_text(text, stem, path=path)
    text = _decode_text(data)
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


class _Ids:
    """Document ids seen in one load, to refuse later duplicates."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}

    def check(self, item: Document | LoadError, line: int | None) -> Document | LoadError:
        if not isinstance(item, Document):
            return item
        if item.id not in self.first:
            where = item.path or "an earlier document"
            self.first[item.id] = f"{where}, line {line}" if line else where
            return item
        return LoadError(
            item.path or item.id,
            f"the id '{item.id}' is already used by {self.first[item.id]}; this later "
            "document was skipped: give each document a unique id",
            line,
        )


def iter_documents(
    paths: Iterable[str | Path] | str | Path, *, max_bytes: int = MAX_BYTES
) -> Iterator[Document | LoadError]:
    """Documents from files and folders (read recursively, hidden ones skipped).

    Streams: one file at a time, collection rows one at a time. A problem
    yields a ``LoadError`` and loading goes on; nothing raises.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    ids = _Ids()
    try:
        for f in _files(paths):
            if isinstance(f, LoadError):
                yield f
                continue
            path, name = f
            try:
                size = os.stat(path).st_size
            except OSError as e:
                reason = (
                    f"the file could not be read ({e.strerror or e}); check that it exists "
                    "and that you may read it"
                )
                yield LoadError(path, reason)
                continue
            items = _iter_bytes_source(
                name, lambda path=path: open(path, "rb"), size, path, max_bytes, file=path
            )
            for item, line in items:
                yield ids.check(item, line)
    except OSError as e:  # a folder vanished or cannot be listed
        reason = (
            f"the folder could not be read ({e.strerror or e}); check that it exists and "
            "that you may read it"
        )
        yield LoadError(str(getattr(e, "filename", "") or "?"), reason)


def _unique(
    items: Iterator[tuple[Document | LoadError, int | None]], ids: _Ids
) -> Iterator[Document | LoadError]:
    for item, line in items:
        yield ids.check(item, line)


def documents_from_bytes(
    name: str, data: bytes, *, max_bytes: int = MAX_BYTES
) -> list[Document | LoadError]:
    """Documents from an uploaded file's bytes; the format comes from ``name``'s extension."""
    items = _iter_bytes_source(name, lambda: io.BytesIO(data), len(data), name, max_bytes)
    return list(_unique(items, _Ids()))


def load_documents(
    paths: Iterable[str | Path] | str | Path, *, max_bytes: int = MAX_BYTES
) -> list[Document]:
    """All documents that could be loaded (errors dropped; see ``iter_documents``)."""
    return [d for d in iter_documents(paths, max_bytes=max_bytes) if isinstance(d, Document)]
