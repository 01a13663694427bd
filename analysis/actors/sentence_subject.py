"""A sentence's subject as the recogniser reads it: the actors coordinated at its
opening ("Russia and Belarus said ..."), else the first mention in subject
position, and whether it names them as a group of people ("The members of the
Security Council").
"""

from __future__ import annotations

from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token, by_start


def opening_coordination(low: list[str], spans: list[ActorSpan]) -> list[ActorSpan]:
    """The mentions coordinated at the sentence's opening, as its subject ("Russia and
    Belarus said ...", "Saudi Arabia and the United States ... urging both sides")."""
    ordered = [sp for sp in by_start(spans) if sp.how != "pronoun" and sp.actors]
    if not ordered or ordered[0].start > _SUBJECT_OPENS_WITHIN:
        return []
    run = [ordered[0]]
    for nxt in ordered[1:]:
        if low[run[-1].end : nxt.start] not in _COORDINATORS:
            break
        run.append(nxt)
    return run


_COORDINATORS = (["and"], [",", "and"], ["and", "the"], [",", "and", "the"], [","])


def opening_run(tokens: list[Token], spans: list[ActorSpan]) -> tuple[Actor, ...]:
    """The actors of the opening coordinated subject, else the main subject."""
    run = opening_coordination([t.lower for t in tokens], spans)
    return tuple(a for sp in run for a in sp.actors) if run else main_subject(tokens, spans)


_SUBJECT_OPENS_WITHIN = 4  # an opening quote or "On Monday," may come first


def main_subject(tokens: list[Token], spans: list[ActorSpan]) -> tuple[Actor, ...]:
    """The actors of the first mention in subject position, near the sentence start."""
    return subject_group(tokens, spans)[0]


_GROUP_HEAD_WITHIN = 4  # "The foreign ministers of": the group opens the sentence


def subject_group(tokens: list[Token], spans: list[ActorSpan]) -> tuple[tuple[Actor, ...], bool]:
    """The main subject's actors, and whether the subject names them as a group of
    people ("The members of the Security Council", "the leaders of the G7"): then
    "they" in the next sentence is that body."""
    for sp in by_start(spans):
        if sp.start > 12:
            break
        j = sp.start - 1
        while j >= 0 and tokens[j].lower in ("the", "a", "an"):
            j -= 1
        if (
            1 <= j <= _GROUP_HEAD_WITHIN
            and tokens[j].lower == "of"
            and tokens[j - 1].lower in ACTOR_WORDS.group_heads
            and sp.actors
        ):
            return sp.actors, True  # "The (foreign) ministers of the African Union condemned"
        if j >= 0 and tokens[j].lower in ACTOR_WORDS.prepositions:
            continue
        if sp.actors:
            return sp.actors, False
    return (), False
