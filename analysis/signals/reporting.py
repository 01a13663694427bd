"""Who a statement is reported by: "..., the Kremlin said", "Qatar said that
Israel and Hamas had agreed", "according to ...", a headline's ": Kremlin"."""

from __future__ import annotations

from analysis.signals.clause_subjects import left_subject
from analysis.signals.lexicon import Trigger
from analysis.signals.reader import SentenceReader
from analysis.signals.subjects import purpose_controller
from analysis.signals.words import WORDS
from analysis.text import ActorSpan


# -- reporting -------------------------------------------------------------------
def reporter(
    reader: SentenceReader, t: Trigger, subject: tuple[ActorSpan, ...]
) -> tuple[ActorSpan, ...]:
    """Who the statement containing the trigger is attributed to."""
    low = reader.low
    subj_start = min((s.start for s in subject), default=t.start)
    # "X said (that) ... SUBJECT ... TRIGGER"
    for j in range(subj_start - 1, -1, -1):
        if low[j] == "and" and j > 0 and low[j - 1] == "," and low[j + 1] != "that":
            break  # ", and Iran's foreign ministry welcomed ...": an earlier clause's speaker is not this one's
        if j in reader.span_at:
            continue  # "United States" is no "states"
        if low[j] in WORDS.speech_verbs or (
            low[j] == "according" and j + 1 < len(low) and low[j + 1] == "to"
        ):
            if low[j] == "according":
                sp = reader.span_at.get(j + 2) or reader.span_at.get(j + 3)
                if sp is not None:
                    return (sp,)
                continue
            # "Sisi telephoned Mohamud to affirm that Cairo stood by Somalia": who called
            speaker = (
                purpose_controller(reader, j)
                if j > 0 and low[j - 1] == "to"
                else left_subject(reader, j - 1)
            )
            if speaker:
                return speaker
    # a headline's source after a colon: "Putin, Macron call for halt to fighting: Kremlin"
    n = len(low)
    while n > 0 and not reader.tokens[n - 1].is_word:
        n -= 1
    last = reader.span_at.get(n - 1)
    if last is not None and last.start >= 1 and low[last.start - 1] == ":" and last.start > t.end:
        return (last,)
    # "..., the Kremlin said", "..., according to the Foreign Office"
    for j in reader.clause_marks_from(t.end):
        if low[j] in (",", '"', "\u201d") and reader.speech_after(j):
            k = j + 1
            while k < len(low) and low[k] in (",", '"', "\u201d", "the", "a", "an"):
                k += 1
            if low[k] == "according":
                k += 2
                while k < len(low) and low[k] in ("the", "a", "an"):
                    k += 1
            if k < len(low) and low[k] == "said":
                k += 1
                while k < len(low) and low[k] in ("the", "a", "an"):
                    k += 1
            sp = reader.span_at.get(k)
            if sp is not None:
                return (sp,)
    return ()
