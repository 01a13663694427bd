"""Actors named after the act they do: the agents of a passive ("was signed by X"),
of an event noun ("strikes by X", "clashes between X and Y"), and the actors
coordinated with a mention ("Armenia, Azerbaijan and Russia").
"""

from __future__ import annotations

from analysis.signals.lexicon import Trigger, lexicon
from analysis.signals.reader import SentenceReader
from analysis.signals.words import WORDS
from analysis.text import ActorSpan


def event_agent(reader: SentenceReader, t: Trigger) -> tuple[ActorSpan, ...]:
    """The agent written with an act named by a noun: "the offensive by government
    troops", "strikes carried out by the militia", "Russian shelling", "U.S. strikes",
    "Houthi drone attacks"."""
    low = reader.low
    # the noun inside a compound that names the forces: "Russian shelling", "Israeli strikes"
    sp = reader.span_at.get(t.start)
    if sp is not None and sp.how == "forces" and sp.actors:
        return (sp,)
    # "fighting (broke out) between the army and the rebels": both sides fight (but
    # "the importance of dialogue between Serbia and Kosovo" is no act of theirs)
    between = reader.between_after(t.end) if t.klass in lexicon().hostile_classes else None
    if between is not None:
        k = between + 1
        while k < len(low) and low[k] in ("the", "a", "an"):
            k += 1
        first = reader.span_at.get(k)
        if first is not None and first.start == k and first.actors:
            parties = with_coordinates(reader, first)
            if len(parties) > 1 or len(first.actors) > 1:
                return parties  # "between Indian and Chinese soldiers": one span, two sides
    # "by" right after the noun, or after a participle: "strikes (carried out) by X"
    k = t.end
    while k < len(low) and k < t.end + 3 and low[k] in WORDS.agent_participles:
        k += 1
    if k < len(low) and low[k] in WORDS.act_object_prepositions:
        k = _past_act_object(reader, k)
    if k < len(low) and low[k] == "by":
        agents = agents_after(reader, k)
        # "by X", or by counts and descriptions of X: "by around 30 heavily armed gunmen"
        if agents and (agents[0].start <= k + 3 or reader.roles.get(id(agents[0])) == "agent"):
            return agents
    # a name right before the noun, past the weapon that names the act: "Houthi drone attacks"
    j = t.start - 1
    while j >= 0 and low[j] in WORDS.weapon_modifiers:
        j -= 1
    sp = reader.span_at.get(j)
    if sp is not None and sp.end == j + 1 and sp.actors and reader.roles[id(sp)] == "core":
        if sp.how in ("adjective", "acronym", "name", "forces", "government"):
            return (sp,)
    # "India's missile attack": the forces named with their weapon right before the noun
    sp = reader.span_at.get(t.start - 1)
    if sp is not None and sp.how == "forces" and sp.actors and "'s" in low[sp.start : sp.end]:
        return (sp,)
    return ()


# the longest phrase of an act's object or place read past to its "by"-agent
_ACT_OBJECT_WORDS = 7


def _past_act_object(reader: SentenceReader, k: int) -> int:
    """Where the "by" after the phrase of an act's object or place opening at k is
    ("the shelling of Kharkiv by Russian forces", "the raid on two villages near the
    border by the militia"), or k when no such "by" follows. The phrase is names,
    articles, numbers and plain words, with no mark, no "be" or "and" + verb; and a
    participle right before the "by" takes it as its own agent ("the attack on the
    base used by U.S. forces"), so none is read then."""
    low, tokens = reader.low, reader.tokens
    end = min(len(low), k + 1 + _ACT_OBJECT_WORDS)
    for j in range(k + 1, end):
        w = low[j]
        if w == "by":
            before = j - 1
            if before > k and before not in reader.span_at and _participle_like(low[before]):
                return k
            return j if before > k else k
        if not tokens[j].is_word or w in WORDS.be_forms or w in ("and", "or", "that", "which"):
            return k
    return k


def _participle_like(word: str) -> bool:
    return (
        word.endswith(("ed", "en"))
        or word in WORDS.agent_participles
        or word
        in (
            "held",
            "built",
            "run",
            "made",
            "kept",
            "sent",
            "seen",
            "known",
            "set",
            "put",
            "hit",
        )
    )


def agents_after(reader: SentenceReader, i: int) -> tuple[ActorSpan, ...]:
    out = []
    j = i
    while j < len(reader.low):
        if reader.low[j] == "by" and out and _another_verbs_agent(reader, j):
            break  # "agreed by both sides and to join a peace process led by the AU"
        if reader.low[j] == "by":
            k = j + 1
            # "by heavily armed RSF units": articles and modifiers before the agent
            while (
                k < len(reader.low)
                and k < j + 7
                and k not in reader.span_at
                and (
                    reader.low[k] in ("the", "a", "an")
                    or reader.low[k] in WORDS.noun_phrase_openers  # "by around 30 ..."
                    or reader.low[k].isdigit()
                    or (
                        not reader.tokens[k].is_cap
                        and (reader.low[k].endswith("ly") or reader.low[k] in WORDS.actor_modifiers)
                    )
                )
            ):
                k += 1
            sp = reader.span_at.get(k)
            if (
                sp is not None
                and sp.how == "pronoun"
                and reader.low[k] in WORDS.possessive_pronouns
            ):
                sp = (
                    reader.span_at.get(sp.end) or sp
                )  # "by its Permanent Secretary, Benjamin Mbonimpa"
            if sp is not None:
                out.append(sp)
                j = sp.end
                # "by the M23 rebels and the Rwanda Defence Force": past the name's head noun
                while (
                    j < len(reader.low) and j < sp.end + 2 and reader.low[j] in WORDS.military_words
                ):
                    j += 1
                # "backed by the United Arab Emirates and Egypt": the agents coordinated
                while j < len(reader.low) and reader.low[j] in (",", "and"):
                    k = j + 1
                    if reader.low[j] == "," and k < len(reader.low) and reader.low[k] == "and":
                        k += 1
                    while k < len(reader.low) and reader.low[k] in ("the", "a", "an"):
                        k += 1
                    nxt = reader.span_at.get(k)
                    if nxt is None or not nxt.actors or nxt.start != k:
                        break
                    if reader.low[j : j + 2] == [",", reader.low[nxt.start]] and not (
                        _list_ends_with_and(reader, nxt)
                    ):
                        break  # "violated by Armenian forces, Baku said": a lone comma lists no one
                    out.append(nxt)
                    j = nxt.end
                continue
        if reader.low[j] in (";",) or (j > i + 40):
            break
        j += 1
    return tuple(out)


def _another_verbs_agent(reader: SentenceReader, j: int) -> bool:
    """Is the "by" at j the agent of another verb, a plain word right before it ("led
    by"), rather than more agents of the same ("..., and by Getachew Reda", "on behalf
    of the AFC/M23 by its Permanent Secretary")?"""
    k = j - 1
    return (
        k >= 0
        and reader.tokens[k].is_word
        and not reader.tokens[k].is_cap
        and k not in reader.span_at
        and reader.low[k] not in ("and", "or")
    )


def with_coordinates(reader: SentenceReader, sp: ActorSpan) -> tuple[ActorSpan, ...]:
    """ "Armenia and Azerbaijan", "Putin and Macron", "The United States, China and Malaysia"."""
    found = reader.coordinates_cache.get(id(sp))
    if found is None:
        found = reader.coordinates_cache[id(sp)] = _read_coordinates(reader, sp)
    return found


def _read_coordinates(reader: SentenceReader, sp: ActorSpan) -> tuple[ActorSpan, ...]:
    group = [sp]
    cur = sp
    while True:
        prev = None
        for cand in reader.spans:
            if cand.end <= cur.start and reader.adjacent(cand, cur):
                prev = cand
        if prev is None or reader.roles[id(prev)] == "pp":
            break
        if cur.how == "pronoun" and "," in reader.between(prev, cur):
            break  # ", and he accused ...": a pronoun after a comma opens its own clause
        if reader.object_of_verb(prev) and not reader.object_of_verb(sp):
            # "Turkey, which supports the GNA, and Russia, which ...": the object of the
            # first clause is no coordinate of the second clause's subject
            break
        group.insert(0, prev)
        cur = prev
    # "Putin and Macron" where Putin is written before: also look right
    # (a lone comma to the right opens an apposition: "We, the Foreign Ministers of ...",
    # unless the list goes on to an "and": "Mikati, Berri and Jumblatt")
    cur = sp
    while True:
        nxt = _coordinate_after(reader, cur)
        if nxt is None:
            break
        group.append(nxt)
        cur = nxt
    return tuple(group)


def _coordinate_after(reader: SentenceReader, cur: ActorSpan) -> ActorSpan | None:
    """The first mention after ``cur`` coordinated with it ("Qatar and Togo")."""
    for c in reader.spans:  # in the order of their first tokens
        if c.start < cur.end:
            continue
        if not reader.near(cur, c):
            return None  # more words between than a list separator has: so for all later ones
        if (
            reader.adjacent(cur, c)
            and (reader.between(cur, c) != [","] or _list_ends_with_and(reader, c))
            and reader.roles.get(id(c)) != "apposition"
        ):
            return c
    return None


def _list_ends_with_and(reader: SentenceReader, sp: ActorSpan) -> bool:
    """Does a list go on from ``sp`` through commas to "and" + another mention?"""
    cur = sp
    for _ in range(6):
        nxt = next(
            (c for c in reader.spans if c.start >= cur.end and reader.adjacent(cur, c)), None
        )
        if nxt is None:
            return False
        if reader.between(cur, nxt) != [","]:
            return True  # "and", ", and", "or"
        cur = nxt
    return False
