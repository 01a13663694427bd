"""Dates as written -> ISO, and the noise a date line may hold besides its date."""

from __future__ import annotations

import pytest

from analysis.load.dates import parse_date


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("1 October 2020", "2020-10-01"),
        ("2020-10-01", "2020-10-01"),
        ("2020/10/01", "2020-10-01"),
        ("01.10.2020", "2020-10-01"),
        ("Thu, 01 Oct 2020 08:58:00 +0000", "2020-10-01"),
        ("May 2024", None),  # no day: not completed from today's date
        ("Thursday-ish", None),
        ("", None),
    ],
)
def test_parse_date(value, iso):
    assert parse_date(value) == iso


def test_time_zones_from_the_data_are_read_as_words_not_patterns(monkeypatch):
    """A zone a domain expert adds with a space or a "+" still matches itself."""
    from analysis.load import dates

    layout = dict(dates.layout_words())
    layout["time_zones"] = [*layout["time_zones"], "East Africa Time", "UTC+3"]
    monkeypatch.setattr(dates, "layout_words", lambda: layout)
    dates.date_noise.cache_clear()
    try:
        assert dates.strip_noise("21:30 East Africa Time") == ""
        assert dates.strip_noise("21:30 UTC+3") == ""
        assert dates.strip_noise("21:30 UTCC3") == "UTCC3"
    finally:
        dates.date_noise.cache_clear()
