"""What attribution hands on to extraction: a Finding, one trigger read under
one rule as an act of some actors towards others, and the actors of mentions."""

from __future__ import annotations

from dataclasses import dataclass

from analysis.models import Actor, Modality
from analysis.signals.lexicon import Rule, Trigger
from analysis.text import ActorSpan


@dataclass(slots=True)
class Finding:
    rule: Rule
    trigger: Trigger
    actors: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    reported_by: Actor | None
    modality: Modality
    confidence: float


def actors_of(spans: tuple[ActorSpan, ...]) -> tuple[Actor, ...]:
    """The actors the mentions name, each once, in the order first named."""
    seen: dict[str, Actor] = {}
    for sp in spans:
        for a in sp.actors:
            seen.setdefault(a.name, a)
    return tuple(seen.values())
