"""A negative existential states a fact, whatever its modal: "there could be no
military solution" says there is none, as "cannot be" does; "might" hedges."""

from __future__ import annotations

import pytest
from helpers import signals_of


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "German Chancellor Olaf Scholz said there could be no military solution to the "
            "war in Sudan.",
            {("negotiation_call", "Olaf Scholz")},
        ),
        (
            "French President Emmanuel Macron said there can be no military solution in Libya.",
            {("negotiation_call", "Emmanuel Macron")},
        ),
        (
            "Britain said there could be no military solution to the conflict.",
            {("negotiation_call", "United Kingdom")},
        ),
        ("Italian Prime Minister Giorgia Meloni said there might be no military solution.", set()),
    ],
)
def test_there_could_be_no_military_solution_is_a_call_for_talks(text, expected):
    assert signals_of(text) == expected
