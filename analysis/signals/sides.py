"""Sides a text names without naming an actor: "the Cypriot people", "the Palestinian
cause", "its ally"."""

from __future__ import annotations

from analysis.actors import actor_named
from analysis.signals.lexicon import Trigger
from analysis.signals.reader import SentenceReader
from analysis.signals.words import WORDS

_SIDE_WINDOW = 6  # words after the cue in which an unnamed side is looked for


def unnamed_side(reader: SentenceReader, t: Trigger, end: int) -> bool:
    """Is a side named after the cue that no actor span stands for: a state's people ("the
    Cypriot people", "the people of Bangladesh") or an ally by a possessive ("its ally",
    "their allies")?"""
    low = reader.low
    stop = min(end, t.end + _SIDE_WINDOW, len(low))
    for j in range(t.end, stop):
        if low[j] in WORDS.side_nouns and j > t.end and low[j + 1 : j + 2] != ["'s"]:
            # (not "the Malian people's aspirations": what is backed is theirs)
            if actor_named(reader.tokens[j - 1 : j]) is not None:
                return True  # "the Cypriot people", "the Palestinian cause"
        if j + 1 < stop and ally_by_possessive(low, j):
            return True  # "its ally", "their closest allies"
    return False


def ally_by_possessive(low: list[str], j: int) -> bool:
    """Does a possessive pronoun at j stand before an ally ("its ally", "their closest
    allies"), a side that is not the possessor?"""
    return low[j] in WORDS.possessive_pronouns and not WORDS.relational_support.isdisjoint(
        low[j + 1 : j + 3]
    )
