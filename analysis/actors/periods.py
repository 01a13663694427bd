"""Which state a capital names on the document's date.

A capital names the government seated there at the time of writing: "Moscow" in a
report of 1966 is the Soviet Union, in one of 2022 Russia; "Saigon" in 1968 is South
Vietnam, and today a city. The states of the past and their time are data
(``analysis/data/former_states.csv``, read by ``analysis.actors.gazetteer``).

Example::

    >>> from analysis.actors.periods import state_of_capital
    >>> state_of_capital("Moscow", "1966-01-10").name
    'Soviet Union'
    >>> state_of_capital("Moscow", "2022-03-01") is None   # the gazetteer's own: Russia
    True
"""

from __future__ import annotations

from functools import lru_cache

from analysis.actors.gazetteer import FormerState, former_states, normalize
from analysis.models import Actor
from analysis.text import ActorSpan, Token

_NAMED_BY_SEAT = frozenset({"capital", "metonym"})


@lru_cache(maxsize=1)
def _states_by_capital() -> dict[str, tuple[FormerState, ...]]:
    by_capital: dict[str, list[FormerState]] = {}
    for state, _row in former_states():
        for capital in state.capitals:
            by_capital.setdefault(normalize(capital), []).append(state)
    return {key: tuple(states) for key, states in by_capital.items()}


def state_of_capital(surface: str, date: str | None) -> Actor | None:
    """The state of the past that ``surface`` names on ``date``, or None when it names
    the state of today (or, for a capital no state of today has, nothing at all)."""
    if not date:
        return None
    for state in _states_by_capital().get(normalize(surface), ()):
        if state.start <= date[:10] <= state.end:
            return state.actor
    return None


def in_their_time(spans: list[ActorSpan], tokens: list[Token], date: str | None) -> list[ActorSpan]:
    """Gazetteer spans with each capital read as the state seated there on ``date``; a
    capital of a state of the past outside its time (or with no date) names no actor."""
    by_capital = _states_by_capital()
    if not any(sp.how in _NAMED_BY_SEAT for sp in spans):
        return spans
    out: list[ActorSpan] = []
    for sp in spans:
        key = normalize(" ".join(t.text for t in tokens[sp.start : sp.end]))
        states = by_capital.get(key) if sp.how in _NAMED_BY_SEAT else None
        if not states:
            out.append(sp)
            continue
        then = state_of_capital(key, date)
        if then is not None:
            out.append(ActorSpan(sp.start, sp.end, (then,), sp.how))
        elif not any(s.actor in sp.actors for s in states):
            out.append(sp)  # the capital of today's state
    return out
