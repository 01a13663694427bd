"""Going to talks: attending, joining or travelling is taking part only when the talks
are named; taking part, negotiating or sitting down is taking part in itself."""

from __future__ import annotations

import pytest
from helpers import signals_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Sudanese army said it would attend the talks in Jeddah.", {("agreement", "Sudan")}),
        ("Hamas said it would join the negotiations in Cairo.", {("agreement", "Hamas")}),
        (
            "The Houthis said their delegation would travel to Muscat for talks with Saudi Arabia.",
            {("agreement", "Houthis")},
        ),
        ("The M23 refused to attend the talks in Luanda.", {("negotiation_rejection", "M23")}),
        # no talks named: a journey or a membership is no agreement
        (
            "US President George W. Bush said Secretary of State Condoleezza Rice would travel "
            "to France and then to Tbilisi.",
            set(),
        ),
        ("Kenya said it would join the coalition next year.", set()),
        ("Egypt said its foreign minister would attend the funeral in Tehran.", set()),
    ],
)
def test_going_is_taking_part_when_the_talks_are_named(text, expected):
    assert signals_of(text) == expected
