"""Modality: whether a trigger states an act ("asserted"), an intention
("future"), or something not done or only supposed (negated, hypothetical,
hedged), which gives no signal or a hedged one."""

from __future__ import annotations

import re
from functools import cache

from analysis.signals.lexicon import Trigger, lexicon
from analysis.signals.reader import SentenceReader
from analysis.signals.subjects import contact_verb_before
from analysis.signals.words import WORDS
from analysis.text import ActorSpan


# -- modality ----------------------------------------------------------------------
def modality_of(reader: SentenceReader, t: Trigger, subject: tuple[ActorSpan, ...]) -> str:
    """ "negated", "hypothetical", "future", "soft" or "asserted"."""
    low = reader.low
    subj_end = max((s.end for s in subject if s.end <= t.start), default=max(0, t.start - 4))
    a = max(subj_end, t.start - 6)
    # only the trigger's own clause: "He urged X to avoid provocations that could lead to
    # escalation, called on ..." - the "could" belongs to another clause
    for k in range(t.start - 1, a - 1, -1):
        if low[k] in (",", ";", "and", "but", "that", "which", "who"):
            a = k + 1
            break
    window = low[a : t.start]
    # an embedded question opens before its subject: "did not say whether Burhan would attend"
    s0 = min((s.start for s in subject if s.end <= t.start), default=0)
    while s0 > 0 and low[s0 - 1] in ("the", "a", "an"):
        s0 -= 1
    if s0 > 0 and low[s0 - 1] in WORDS.hypothetical:
        return "hypothetical"
    # a question asks, it does not state: '"Can only dialogue end this conflict?" Tokyo asked'
    for w in low[t.end :] if "?" in reader.sa.words else ():
        if w in (".", "!", ";"):
            break
        if w == "?":
            return "hypothetical"
    # a negated report: "Serbia did not say it wanted negotiations"
    v = s0 - 1
    if v > 0 and low[v] == "that":
        v -= 1
    if (
        v > 0
        and low[v] in WORDS.speech_verbs
        and not WORDS.negations.isdisjoint(low[max(0, v - 3) : v])
    ):
        return "negated"
    if _denied_report(low, t.start):
        return "negated"  # "officials denied that X's troops had crossed the border"
    contact = contact_verb_before(reader, t.start)
    if contact is not None and not WORDS.negations.isdisjoint(low[max(0, contact - 3) : contact]):
        return "negated"  # "did not telephone Putin to press for ...": the purpose goes too
    joined = " ".join(window)
    not_doing = _any_of(WORDS.not_doing).search(joined) is not None
    for phrase in WORDS.not_doing if not_doing else ():
        at = joined.find(phrase)
        if at >= 0 and not WORDS.negations.isdisjoint(joined[:at].split()):
            return "hypothetical"  # "did not refuse to sit down": neither done nor refused
    if not (WORDS.negations.isdisjoint(window) and WORDS.denials.isdisjoint(window)):
        return "negated"
    if t.klass not in lexicon().negative_classes and not WORDS.negations.isdisjoint(
        low[t.start : t.end]
    ):
        return "negated"  # "was not ready": the negation sits inside the cue
    if not_doing:
        return "negated"
    for k in range(len(window) - 1):
        if window[k] in ("would", "could", "might", "should") and window[k + 1] == "have":
            return "hypothetical"
    # "there could be no military solution" says there is none, as "cannot be" does
    categorical = t.klass in lexicon().negative_classes and window[-2:] in (
        ["could", "be"],
        ["can", "be"],
    )
    if not categorical and not (
        WORDS.hypothetical.isdisjoint(window) and WORDS.hedges.isdisjoint(window)
    ):
        return "hypothetical"
    # a condition anywhere before the cue in the sentence, or right after a stated
    # intention: "if it attacked", "would host talks if both sides agreed"
    if not WORDS.conditionals.isdisjoint(low[: t.start]):
        return "hypothetical"
    # an inverted condition opening the sentence: "Should the fighting spread, X would ..."
    if (
        t.start > 2
        and low[0] in WORDS.inverted_conditionals
        and "," in low[1 : t.start]
        and not WORDS.future.isdisjoint(low[: t.start])
    ):
        return "hypothetical"
    # ... and what the condition itself says: "Should either Party consider that the
    # ceasefire has been violated, it will ..." (its "should" asks nothing)
    if (
        low[0] in WORDS.inverted_conditionals
        and "," in low[t.end :]
        and "," not in low[1 : t.start]
    ):
        return "hypothetical"
    after = low[t.end : t.end + 12]
    if not WORDS.conditionals.isdisjoint(after) and not WORDS.future.isdisjoint(window):
        return "hypothetical"
    if not WORDS.soft.isdisjoint(window) and t.klass not in ("want",):
        return "soft"
    if not (WORDS.future.isdisjoint(window) and WORDS.vowing_verbs.isdisjoint(window[-2:])):
        return "future"  # "would never stop", "vowed never to stop" (not "vows revenge after")
    if _any_of(WORDS.future_phrases).search(joined):
        return "future"
    if t.klass in ("vow",):
        return "future"
    return "asserted"


@cache
def _any_of(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text where any of the phrases is (as ``phrase in text``):
    one search instead of one per phrase."""
    return re.compile("|".join(map(re.escape, phrases)) if phrases else "(?!)")


def _denied_report(low: list[str], start: int) -> bool:
    """Is position ``start`` inside the clause a denial reports: "X denied that ..."?"""
    if WORDS.denials.isdisjoint(low[:start]):
        return False  # most sentences deny nothing before the cue: no word to visit
    for k in range(start - 1, -1, -1):
        if low[k] == ";":
            return False
        if low[k] in WORDS.denials and "that" in low[k + 1 : min(start, k + 4)]:
            return True
    return False
