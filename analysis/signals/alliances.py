"""Support named by a relation or a compound: "Washington, Israel's closest ally",
"Belarus is a close ally of Russia", "Algeria and India are close military
allies", "Iran-aligned Houthis". The ally backs the one it is the ally of.
"""

from __future__ import annotations

from analysis.actors import actor_named
from analysis.signals.finding import Finding, actors_of
from analysis.signals.lexicon import Rule, Trigger, lexicon
from analysis.signals.modality import modality_of
from analysis.signals.reader import SentenceReader
from analysis.signals.subjects import possessor_before, subject_of
from analysis.signals.triggers import SUPPORT_COMPOUND
from analysis.signals.words import WORDS
from analysis.text import ActorSpan, tokenize


def relational_support(reader: SentenceReader, t: Trigger, rule: Rule) -> Finding | None:
    """ "Washington, Israel's closest ally" and "Israel's ally Washington": the ally supports the possessor."""
    possessor = possessor_before(reader, t.start)
    low = reader.low
    if not possessor:
        return _ally_of(reader, t, rule) or _allies_of_each_other(reader, t, rule)
    supported = actors_of(possessor)
    ally: tuple[ActorSpan, ...] = ()
    p0 = min(sp.start for sp in possessor)
    while p0 > 0 and low[p0 - 1] in ("the", "a", "an"):
        p0 -= 1  # "Indonesia, the DRC's closest ally"
    if p0 >= 2 and low[p0 - 1] == ",":
        sp = reader.span_at.get(p0 - 2)
        if sp is not None:
            ally = (sp,)
    if not ally and t.end < len(low):
        sp = reader.span_at.get(t.end) or reader.span_at.get(t.end + 1)
        if sp is not None:
            ally = (sp,)
    if not ally:
        ally = _copula_subject(reader, p0 - 1)  # "Belarus is Russia's staunchest ally"
    if not ally:
        return None
    actors = tuple(a for a in actors_of(ally) if a.name not in {s.name for s in supported})
    if not actors:
        return None
    return Finding(rule, t, actors, supported, None, "asserted", 0.8)


# verbs that say what their subject is: "Belarus remains Moscow's closest ally"
_COPULAS = frozenset({"remain", "remains", "remained", "become", "becomes", "became"})


def _copula_subject(reader: SentenceReader, j: int) -> tuple[ActorSpan, ...]:
    """The subject of the verb "be" (or "remain", "become") at j, as spans."""
    if j < 0 or not (reader.low[j] in WORDS.be_forms or reader.low[j] in _COPULAS):
        return ()
    be = Trigger("support", "verb", j, j + 1, (j,))
    spans = subject_of(reader, be)
    if not spans or modality_of(reader, be, spans) != "asserted":
        return ()  # "if the talks failed, Belarus would be Russia's ally"
    return tuple(spans)


def _ally_of(reader: SentenceReader, t: Trigger, rule: Rule) -> Finding | None:
    """ "Belarus is a close ally of Russia": the subject backs the one after "of"."""
    low = reader.low
    if t.end + 1 >= len(low) or low[t.end] != "of" or low[t.start] not in WORDS.relational_support:
        return None
    k = t.end + 1
    while k < len(low) and low[k] in ("the", "a", "an"):
        k += 1
    supported = reader.span_at.get(k)
    if supported is None or supported.start != k or not supported.actors:
        return None
    j = t.start - 1
    while j >= 0 and (
        low[j] in WORDS.common_adjectives
        or low[j] in WORDS.determiners
        or low[j].endswith("est")
        or low[j] in ("military", "close", "closest")
    ):
        j -= 1
    subject = _copula_subject(reader, j)
    if not subject and j >= 1 and low[j] == ",":
        # "Iran, a key backer of Hamas, denied ...": the apposition's head
        head = reader.span_at.get(j - 1)
        subject = (head,) if head is not None and head.end == j and head.actors else ()
    actors = tuple(a for a in actors_of(subject) if a not in supported.actors)
    if not actors:
        return None
    return Finding(rule, t, actors, tuple(supported.actors), None, "asserted", 0.8)


def _allies_of_each_other(reader: SentenceReader, t: Trigger, rule: Rule) -> Finding | None:
    """ "Algeria and India are close military allies": each backs the other."""
    low = reader.low
    j = t.start - 1
    while j >= 0 and (low[j] in WORDS.common_adjectives or low[j] in ("military", "close")):
        j -= 1
    if j < 0 or low[j] not in WORDS.be_forms or t.end > len(low) or low[t.start] != "allies":
        return None
    be = Trigger(t.klass, "verb", j, j + 1, (j,))
    spans = subject_of(reader, be)
    subject = actors_of(spans)
    if len(subject) < 2 or modality_of(reader, be, spans) != "asserted":
        return None  # "If the talks collapsed, A and B would be allies"
    return Finding(rule, t, subject, subject, None, "asserted", 0.8)


def support_compound(reader: SentenceReader, t: Trigger) -> list[Finding]:
    """ "Iran-aligned Houthis", "Saudi-backed forces": the prefix backs the head."""
    m = SUPPORT_COMPOUND.match(reader.tokens[t.start].text)
    if m is None:
        return []
    backer = actor_named(tokenize(m.group("who")))
    if backer is None:
        return []
    sp = reader.span_at.get(t.end)
    if sp is None:
        return []
    rule = next(r for r in lexicon().rules["support"] if r.signal == "alliance_support")
    targets = tuple(a for a in sp.actors if a.name != backer.name)
    if not targets:
        return []
    return [Finding(rule, t, (backer,), targets, None, "asserted", 0.75)]
