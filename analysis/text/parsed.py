"""The parsed sentence that every stage after actor recognition reads.

Actor recognition turns each sentence into tokens plus ``ActorSpan``s (which
tokens name which actors, and how); signal extraction reads only this.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.models import Actor, Mention, Sentence
from analysis.text.tokens import Token


@dataclass(slots=True)
class ActorSpan:
    """Tokens ``start:end`` of a sentence that name ``actors``.

    ``how`` says how they were named: "name", "alias", "acronym", "capital",
    "adjective", "person", "surname", "title", "spokesperson", "ministry",
    "forces", "government", "group", "pronoun", ... A group reference or a
    pronoun that could not be resolved still holds its place, with no actors.
    """

    start: int  # token index
    end: int  # token index, exclusive
    actors: tuple[Actor, ...]
    how: str


def _span_start(sp: ActorSpan) -> int:
    return sp.start


def by_start(spans: list[ActorSpan]) -> list[ActorSpan]:
    """The spans in the order of their first tokens (a stable sort, as
    ``sorted``); mostly they are in order already, and then are only copied."""
    for k in range(1, len(spans)):
        if spans[k].start < spans[k - 1].start:
            return sorted(spans, key=_span_start)
    return list(spans)


def order_by_start(spans: list[ActorSpan]) -> None:
    """``by_start`` in place."""
    for k in range(1, len(spans)):
        if spans[k].start < spans[k - 1].start:
            spans.sort(key=_span_start)
            return


class ParsedSentence:
    """One sentence as tokens with its actor spans, in the order of their first tokens."""

    def __init__(
        self,
        sentence: Sentence,
        tokens: list[Token],
        spans: list[ActorSpan],
        voice: tuple[Actor, ...] = (),
        low: list[str] | None = None,
        words: set[str] | None = None,
        speaker: tuple[Actor, ...] = (),
    ):
        self.sentence = sentence
        self.tokens = tokens
        self.low = low if low is not None else [t.lower for t in tokens]
        # to skip sentences without a cue word at once
        self.words = words if words is not None else set(self.low)
        self.spans = by_start(spans)
        self.voice = voice  # who "we" is in the document (a statement's signatories)
        # who speaks this sentence in a transcript's turn ("Spokesperson: The guns must
        # fall silent"): the voice of its demands and judgements
        self.speaker = speaker

    def mentions(self) -> list[Mention]:
        out = []
        for sp in self.spans:
            a, b = self.tokens[sp.start].start, self.tokens[sp.end - 1].end
            text = self.sentence.text[a - self.sentence.start : b - self.sentence.start]
            for actor in sp.actors:
                out.append(Mention(actor, a, b, text, sp.how))
        return out
