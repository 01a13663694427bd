"""Dates as written in news and statements -> ISO ``YYYY-MM-DD``.

The common forms ("7 May 2024", "May 7, 2024", "2024-05-07", "07/05/2024")
are read by hand, as dateutil is slow; anything else falls back on dateutil
once the date-line noise ("Updated", "GMT", times, weekdays) is removed.
"""

from __future__ import annotations

import re
from datetime import date as Date
from datetime import datetime
from functools import cache

from analysis.load.wordlists import layout_words

_DAY_NUMBER = r"3[01]|[12]\d|0?[1-9]"  # followed by an optional "st", "nd", "rd", "th"
_YEAR = r"(?:1[89]\d\d|2[01]\d\d)"


@cache
def _month_numbers() -> dict[str, int]:
    """Each spelling of a month name ("sept", "september") -> the month's number."""
    months = layout_words()["months"]
    return {spelling.lower(): n for n, names in enumerate(months, 1) for spelling in names}


def _parts(form: str, month: str) -> tuple[str, str, str]:
    """Day, month and year of a written date, captured as ``{form}_day``,
    ``{form}_month`` and ``{form}_year`` for date_from_match."""
    return (
        rf"(?P<{form}_day>{_DAY_NUMBER})(?:st|nd|rd|th)?",
        rf"(?P<{form}_month>{month})",
        rf"(?P<{form}_year>{_YEAR})",
    )


@cache
def date_core() -> re.Pattern[str]:
    """A date in one of the forms read by hand: ISO, year first, written out, numeric."""
    # longest first, like the optional endings of a hand-written "sep(t(ember)?)?"
    names = sorted(_month_numbers(), key=len, reverse=True)
    month = rf"(?:{'|'.join(re.escape(name) for name in names)})\.?"
    dmy_day, dmy_month, dmy_year = _parts("dmy", month)
    mdy_day, mdy_month, mdy_year = _parts("mdy", month)
    return re.compile(
        rf"""(?ix)
        (?<![\w-])(?:
            (?P<iso>{_YEAR}-[01]\d-[0-3]\d)(?:[T\s][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?\d\d)?)?
          | (?P<ymd>{_YEAR}(?P<ysep>[/.])[01]?\d(?P=ysep)[0-3]?\d)
          | (?P<dmy>{dmy_day}[\s-]+(?:of\s+)?{dmy_month}[\s,-]+{dmy_year})
          | (?P<mdy>{mdy_month}\s+{mdy_day},?\s+{mdy_year})
          | (?P<num>[0-3]?\d[./-][0-3]?\d[./-](?:{_YEAR}|\d\d))
        )(?![\w-])
        """
    )


_TIME = r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\.?"


@cache
def date_noise() -> re.Pattern[str]:
    """What may stand on a date line besides the date and a place name."""
    layout = layout_words()
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


def strip_noise(text: str) -> str:
    """``text`` without date-line noise (words like "Updated" or "GMT", times,
    weekdays, punctuation), which a date line may hold besides its date."""
    return date_noise().sub(" ", text).strip()


def parse_date(value: str) -> str | None:
    """An ISO ``YYYY-MM-DD`` date from a date string, or None when there is none.

    Numeric dates are day-first ("01-10-2020" is 1 October) unless that is
    impossible ("12/25/2020").
    """
    m = date_core().search(value)
    if m is not None:
        return date_from_match(m)
    cleaned = date_noise().sub(" ", value).strip()
    if not cleaned or not re.search(r"\d", cleaned):
        return None
    # imported when first needed: most dates are read by hand, and dateutil takes
    # longer to import than analyze's start-up spends on anything else of its own
    from dateutil import parser as dateparser

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


_YMD_SEPARATOR = re.compile(r"[/.]")
_NUM_SEPARATOR = re.compile(r"[./-]")


_WRITTEN_PARTS = {form: (f"{form}_day", f"{form}_month", f"{form}_year") for form in ("dmy", "mdy")}


def date_from_match(m: re.Match[str]) -> str | None:
    """The ISO date of a ``date_core()`` match (read by hand: dateutil is slow)."""
    form = m.lastgroup  # the form's group closes last: "iso", "ymd", "dmy", "mdy" or "num"
    try:
        if form in _WRITTEN_PARTS:
            day, month, year = m.group(*_WRITTEN_PARTS[form])
            return Date(
                int(year), _month_numbers()[month.rstrip(".").lower()], int(day)
            ).isoformat()
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


def date_warning(raw: str) -> str:
    return f"the date '{raw}' could not be parsed; kept as unknown"
