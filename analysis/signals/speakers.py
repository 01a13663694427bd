"""Who speaks the words a trigger is in: the subject of the nearest speech verb
(or of a verb of stance before "that") before it, or the speaker a colon
introduces ("Turkish Foreign Minister Mevlut Cavusoglu, on Twitter: ..."); and
whether that speech verb is negated ("did not say that ...").
"""

from __future__ import annotations

from analysis.signals.clause_subjects import left_subject
from analysis.signals.lexicon import Trigger
from analysis.signals.reader import SentenceReader
from analysis.signals.words import WORDS
from analysis.text import ActorSpan


def speaker(reader: SentenceReader, t: Trigger) -> tuple[ActorSpan, ...]:
    """The subject of the nearest speech verb before the trigger ("Putin also noted ..."),
    or of a verb of stance before "that" ("the two leaders agreed that X must halt")."""
    low = reader.low
    for j in range(t.start - 1, -1, -1):
        if j in reader.span_at:
            continue
        if (
            low[j] in WORDS.speech_verbs
            or low[j] in WORDS.opinion_verbs
            or (low[j] in WORDS.stance_verbs and _opens_that_clause(low, j + 1, t.start))
        ):
            return left_subject(reader, j - 1)
    return _colon_speaker(reader, t.start)


def _colon_speaker(reader: SentenceReader, i: int) -> tuple[ActorSpan, ...]:
    """Who a colon introduces as saying what follows, as liveblogs write: "Turkish Foreign
    Minister Mevlut Cavusoglu, on Twitter: Armenia should cease its provocations"."""
    low = reader.low
    colon = next((k for k in range(i - 1, -1, -1) if low[k] == ":"), None)
    if colon is None or colon < 1:
        return ()
    if all(t.text.isupper() for t in reader.tokens[:colon] if t.is_word):
        return ()  # a transcript's turn label ("DUJARRIC:"): the turn says who speaks
    # the speaker's name, maybe followed by where it was said (", on Twitter", ", in a statement")
    k = colon - 1
    if "," in low[max(0, colon - 5) : colon]:
        k = max(j for j in range(max(0, colon - 5), colon) if low[j] == ",") - 1
    sp = reader.span_at.get(k)
    if sp is None or not sp.actors or sp.how in ("pronoun", "title", "spokesperson"):
        return ()  # ("Spokesperson: ...": a turn label, read by the turns)
    return (sp,) if sp.start <= 3 else ()


def _opens_that_clause(low: list[str], k: int, end: int) -> bool:
    """Does a "that" clause open at k, or past "with" someone ("agreed with the
    President that ...")?"""
    if k < end and low[k] == "that":
        return True
    return k < end and low[k] == "with" and "that" in low[k + 1 : min(end, k + 8)]


def said_not(reader: SentenceReader, t: Trigger) -> bool:
    """Is the speech verb that reports the trigger negated ("did not say that ...")?"""
    for j in range(t.start - 1, -1, -1):
        if reader.low[j] in WORDS.speech_verbs and j not in reader.span_at:
            return not WORDS.negations.isdisjoint(reader.low[max(0, j - 3) : j])
    return False
