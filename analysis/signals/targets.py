"""Whom an act is aimed at, and who else its words name: the actors named after
a cue (a place only for an act that lands there), the party whose measures are
backed ("the measures taken by Saudi Arabia"), whether an order names others
than the orderer's own forces, and the parties "between" whom a deal was made.
"""

from __future__ import annotations

from analysis.models import Actor
from analysis.signals.finding import actors_of
from analysis.signals.lexicon import Trigger
from analysis.signals.reader import SentenceReader, clause_start
from analysis.signals.words import WORDS
from analysis.text import ActorSpan


def targets_named_after(
    reader: SentenceReader,
    t: Trigger,
    end: int,
    actors: tuple[Actor, ...],
    *,
    places_count: bool = False,
) -> tuple[Actor, ...]:
    """Actors named after the cue; a place ("in Karabakh") is a target only of an act
    that lands there (an attack, backing kin "in Azerbaijan"), and a capital never."""
    names = {a.name for a in actors}
    out: dict[str, Actor] = {}
    low = reader.low
    # reciprocal: "both sides hit each other", "pounded each other"
    if "each" in low[t.end : end] and "other" in low[t.end : end]:
        return tuple(actors)
    for sp in reader.spans:
        if (
            t.end <= sp.start < end
            and sp.how != "pronoun"
            and not (_is_place(reader, sp) and (sp.how == "capital" or not places_count))
        ):
            for a in sp.actors:
                if a.name not in names and a.type != "person":
                    out.setdefault(a.name, a)
                elif a.type == "person" and a.name not in names:
                    out.setdefault(a.name, a)
    return tuple(out.values())


def _is_place(reader: SentenceReader, sp: ActorSpan) -> bool:
    """ "talks in Moscow", "fighting in Karabakh": a place, not a target."""
    j = sp.start - 1
    while j >= 0 and reader.low[j] in ("the", "a", "an"):
        j -= 1
    return j >= 0 and reader.low[j] in WORDS.locative


def partisan_owner(
    reader: SentenceReader, start: int, first_target: int, end: int
) -> tuple[Actor, ...]:
    """The party whose acts or stance are backed: "the measures taken by Saudi Arabia",
    "all the efforts and decisions of ECOWAS", "the steps being taken by the Russian
    leadership" (efforts alone are no side: "backed Berri's efforts")."""
    low = reader.low
    k = first_target - 1
    if k >= 0 and low[k] in WORDS.determiners:
        k -= 1  # "taken by the Kingdom of Saudi Arabia"
    if first_target >= end or k - start < 1 or low[k] not in ("of", "by"):
        return ()
    if WORDS.partisan_objects.isdisjoint(low[start:first_target]):
        return ()
    sp = reader.span_at.get(first_target)
    return sp.actors if sp is not None and sp.how != "pronoun" else ()


def others_ordered(
    reader: SentenceReader, t: Trigger, until: int, subject_actors: tuple[Actor, ...]
) -> bool:
    """Does an order name others than the orderer's own forces before what it orders
    ("ordered the Arab states and Israel to stop", not "ordered Russian troops to halt")?"""
    own = {a.name for a in subject_actors} | {a.affiliation for a in subject_actors}
    ordered = [
        a
        for sp in reader.spans
        if t.end <= sp.start < until and sp.how != "pronoun"
        for a in sp.actors
    ]
    return bool(ordered) and any(a.name not in own and a.affiliation not in own for a in ordered)


def parties_between(reader: SentenceReader, t: Trigger) -> tuple[Actor, ...]:
    """The actors of "between A and B" in the clause of an agentless passive deal."""
    low = reader.low
    begin, end = clause_start(reader, t.start), min(len(low), t.end + 8)
    for k in range(begin, end):
        if low[k] != "between":
            continue
        named = [
            sp
            for sp in reader.spans
            if k < sp.start <= k + 12 and sp.actors and sp.how != "pronoun"
        ]
        if len(named) < 2:
            continue
        # "between Sudan and the SPLM": two parties joined by "and"
        if [w for w in low[named[0].end : named[1].start] if w not in WORDS.determiners] == ["and"]:
            return actors_of(tuple(named[:2]))
    return ()
