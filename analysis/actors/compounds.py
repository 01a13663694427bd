"""Compounds that stand for a state or one of its bodies.

"Thai troops" and "Thailand's army" are Thailand acting (its forces), "the
Israeli cabinet" and "the Government of Yemen" the state acting (its
government); "the Russian Foreign Ministry", "China's foreign ministry" and
"the Ministry of Foreign Affairs" (whose state comes from context) are the
ministry, an organisation affiliated with the state. The nouns are word
classes of ``data/actor_words.toml``.
"""

from __future__ import annotations

from analysis.actors.discourse import Reading
from analysis.actors.gazetteer import country, federations
from analysis.actors.names import name_index
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token, by_start, order_by_start

# the words that can open "Ministry of Foreign Affairs" or "the defence ministry"
_MINISTRY_WORDS = frozenset({"ministry", "department", *ACTOR_WORDS.portfolios})


def federal_state(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """ "federal forces", "the federal government": the federation the text names most,
    else the state the text is about."""
    if "federal" not in reading.words:
        return spans
    spans = list(spans)
    named = reading.memory.doc_counts
    federal = [name for name, _ in named.most_common() if name in federations()]
    focus = Actor(federal[0], "state", federal[0]) if federal else reading.memory.focus_state()
    covered = {k for sp in spans for k in range(sp.start, sp.end)}
    for i, t in enumerate(tokens):
        if t.lower == "federal" and focus is not None and i not in covered:
            spans.append(ActorSpan(i, i + 1, (focus,), "adjective"))
    order_by_start(spans)
    return spans


def compounds(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """The sentence's spans with the compounds read into them."""
    out = _of_state(tokens, _state_bodies(tokens, spans))
    out = _without_nested(out)
    return _unnamed_ministries(reading, tokens, out)


def ministry(state: Actor, portfolio: str, head: str) -> Actor:
    """A state's ministry, named as news name it: "Russian Foreign Ministry",
    "British Foreign Office", "US State Department"."""
    adjective = name_index().adjective_of.get(state.name, state.name)
    noun = (
        "Foreign Office" if head == "office" and portfolio == "Foreign" else f"{portfolio} Ministry"
    )
    if head == "department" and portfolio in ("State", "Defense"):
        noun = f"{portfolio} Department"
    return Actor(f"{adjective} {noun}", "organization", state.name)


def legislature(state: Actor, body: str) -> Actor:
    """A state's parliament, named as "<Body> of <State>": "Senate of Nigeria"."""
    return Actor(f"{body} of {state.name}", "organization", state.name)


_LEGISLATURE_WORDS = 3  # the longest name in the legislatures table


def _legislature_at(tokens: list[Token], j: int) -> tuple[int, str] | None:
    """The end and the name ("National Assembly") of a parliament named at ``j``."""
    for n in range(_LEGISLATURE_WORDS, 0, -1):
        words = tokens[j : j + n]
        if len(words) == n and " ".join(t.lower for t in words) in ACTOR_WORDS.legislatures:
            return j + n, " ".join(t.text[:1].upper() + t.text[1:] for t in words)
    return None


def _body_noun_at(tokens: list[Token], start: int, within: int, *, lower_only: bool) -> int | None:
    """Index of a state-body noun ("troops", "government") at most ``within`` words
    from ``start``, past modifiers ("ground", "federal"); None when there is none."""
    body_nouns = ACTOR_WORDS.state_body_nouns
    k = start
    while (
        k < len(tokens)
        and k < start + within
        and tokens[k].lower not in body_nouns
        and tokens[k].is_word
        and not (lower_only and tokens[k].is_cap)
        and tokens[k].lower not in ("and", "of", "in")
    ):
        k += 1
    return k if k < len(tokens) and tokens[k].lower in body_nouns else None


def _body_how(noun: str) -> str:
    return "forces" if noun in ACTOR_WORDS.military_nouns else "government"


def _state_bodies(tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """ "Russian Foreign Ministry", "Thai and Cambodian troops", "Thailand's army"."""
    portfolios = ACTOR_WORDS.portfolios
    out: list[ActorSpan] = []
    spans = by_start(spans)
    consumed: set[int] = set()
    for sp in spans:
        if id(sp) in consumed:
            continue
        actor = sp.actors[0]
        j = sp.end
        possessive = j < len(tokens) and tokens[j].lower == "'s"
        if possessive:
            j += 1
        if sp.how in ("person", "title", "spokesperson"):
            out.append(sp)
            continue
        # "the Nigerian Senate", "Sudan's National Assembly": the parliament, an actor
        if actor.type == "state" and (sp.how == "adjective" or possessive):
            found = _legislature_at(tokens, j)
            if found is not None:
                out.append(ActorSpan(sp.start, found[0], (legislature(actor, found[1]),), "name"))
                continue
        # "Russian Foreign Ministry", "China's foreign ministry", "the Qatari Foreign Ministry"
        if (
            actor.type == "state"
            and j + 1 < len(tokens)
            and tokens[j].lower in portfolios
            and tokens[j + 1].lower in ACTOR_WORDS.ministry_heads
        ):
            body = ministry(actor, portfolios[tokens[j].lower], tokens[j + 1].lower)
            out.append(ActorSpan(sp.start, j + 2, (body,), "ministry"))
            continue
        if sp.how == "adjective":
            # "Thai and Cambodian troops", "the Azerbaijani and Armenian leaders"
            group = [sp]
            k = sp.end
            while k + 1 < len(tokens) and tokens[k].lower in ("and", ",", "or"):
                nxt = next((s for s in spans if s.start == k + 1 and s.how == "adjective"), None)
                if nxt is None:
                    break
                group.append(nxt)
                k = nxt.end
            # allow one modifier between: "Israeli ground forces", "Pakistani military officials"
            head = _body_noun_at(tokens, k, 2, lower_only=False)
            if head is not None:
                # "ethnic Armenian forces" are not Armenia's army; "in Nagorno-Karabakh"
                # after them says whose they are
                if sp.start > 0 and tokens[sp.start - 1].lower == "ethnic":
                    m = head + 1
                    place = next((p for p in spans if p.start == m + 1 and p.actors), None)
                    if place is not None and m < len(tokens) and tokens[m].lower == "in":
                        out.append(ActorSpan(sp.start - 1, head + 1, place.actors, "forces"))
                    continue
                for g in group:
                    consumed.add(id(g))
                actors = tuple(a for g in group for a in g.actors)
                if head + 1 < len(tokens) and tokens[head + 1].lower in ACTOR_WORDS.military_nouns:
                    head += 1  # "Syrian government forces" are the state's forces
                out.append(ActorSpan(sp.start, head + 1, actors, _body_how(tokens[head].lower)))
            continue
        if possessive and actor.type == "state" and j < len(tokens):
            body_noun = _body_noun_at(tokens, j, 3, lower_only=True)
            if body_noun is not None and body_noun - j <= 2:
                # "Thailand's army", "Ethiopia's federal government" -> the state
                how = _body_how(tokens[body_noun].lower)
                out.append(ActorSpan(sp.start, body_noun + 1, (actor,), how))
                continue
        out.append(sp)
    return out


def leaders_governments(
    reading: Reading, tokens: list[Token], spans: list[ActorSpan]
) -> list[ActorSpan]:
    """ "the Trump administration", "Hun Sen's government", "the Assad regime": the
    state the leader governs, acting through its government."""
    nouns = ACTOR_WORDS.leader_government_nouns
    if nouns.isdisjoint(reading.words):
        return spans
    out = []
    for sp in spans:
        j = sp.end + (sp.end < len(tokens) and tokens[sp.end].lower == "'s")
        person = sp.actors[0] if len(sp.actors) == 1 else None
        state = (
            country(person.affiliation)
            if person is not None and person.type == "person" and person.affiliation
            else None
        )
        if state is not None and j < len(tokens) and tokens[j].lower in nouns:
            out.append(ActorSpan(sp.start, j + 1, (state,), "government"))
        else:
            out.append(sp)
    return out


def _of_state(tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """ "the Government of Yemen", "the armed forces of Rwanda": the state."""
    out = []
    for sp in spans:
        a = sp.actors[0] if sp.actors else None
        k = sp.start - 1
        if k >= 0 and tokens[k].lower == "the":
            k -= 1
        if (
            a is not None
            and a.type == "state"
            and sp.how in ("name", "alias", "acronym")
            and k >= 1
            and tokens[k].lower == "of"
            and tokens[k - 1].lower in ACTOR_WORDS.state_body_nouns
            and tokens[k - 1].lower not in ACTOR_WORDS.act_nouns
            # "stood on the side of Cyprus": a side taken, not Cyprus's side acting
            and not (tokens[k - 1].lower == "side" and k >= 3 and tokens[k - 3].lower == "on")
        ):
            head = k - 1
            start = head - 1 if head >= 1 and tokens[head - 1].lower == "the" else head
            out.append(ActorSpan(start, sp.end, (a,), _body_how(tokens[head].lower)))
        elif (named := _legislature_of(tokens, sp, k)) is not None:
            out.append(named)
        elif (start := _government_in(tokens, sp)) is not None:
            out.append(ActorSpan(start, sp.end, (a,), "government"))
        else:
            out.append(sp)
    return out


def fighters_of_groups(tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """ "rebel fighters of the Ivorian Popular Movement of the Great West", "militants of
    the Islamic State": unnamed fighters of a named group are the group."""
    if not any(sp.how == "group" for sp in spans):
        return spans
    by_end = {sp.end: sp for sp in spans if sp.how == "group"}
    out = []
    dropped: set[int] = set()
    for sp in spans:
        a = sp.actors[0] if sp.actors else None
        k = sp.start - 1 - (sp.start > 1 and tokens[sp.start - 1].lower == "the")
        fighters = by_end.get(k)
        if (
            a is not None
            and a.type in ("group", "organization")
            and sp.how in ("name", "alias", "acronym")
            and k >= 1
            and tokens[k].lower == "of"
            and fighters is not None
            and tokens[k - 1].lower in ACTOR_WORDS.military_nouns | ACTOR_WORDS.unnamed_group_heads
        ):
            out.append(ActorSpan(fighters.start, sp.end, sp.actors, "forces"))
            dropped.add(id(fighters))
        else:
            out.append(sp)
    return [sp for sp in out if id(sp) not in dropped]


def _legislature_of(tokens: list[Token], sp: ActorSpan, k: int) -> ActorSpan | None:
    """ "the Senate of Nigeria": the parliament named before "of" and the state (``k``
    is the place of "of")."""
    a = sp.actors[0] if sp.actors else None
    if a is None or a.type != "state" or sp.how not in ("name", "alias") or k < 1:
        return None
    if tokens[k].lower != "of":
        return None
    for start in range(max(0, k - _LEGISLATURE_WORDS), k):
        found = _legislature_at(tokens, start)
        if found is not None and found[0] == k:
            start -= start >= 1 and tokens[start - 1].lower == "the"
            return ActorSpan(start, sp.end, (legislature(a, found[1]),), "name")
    return None


def _government_in(tokens: list[Token], sp: ActorSpan) -> int | None:
    """Where "the junta in Niger", "the authorities in Niamey" start: a governing noun
    after "the" (and one lower-case modifier: "the military junta in Niger") before "in"
    and the state or its capital."""
    a = sp.actors[0] if sp.actors else None
    k = sp.start - 1
    if (
        a is None
        or a.type != "state"
        or sp.how not in ("name", "alias", "acronym", "capital")
        or k < 2
        or tokens[k].lower != "in"
        or tokens[k - 1].lower not in ACTOR_WORDS.governments_in
    ):
        return None
    for start in (k - 2, k - 3):
        if start >= 0 and tokens[start].lower == "the":
            if all(t.is_word and not t.is_cap for t in tokens[start + 1 : k - 1]):
                return start
    return None


def _without_nested(spans: list[ActorSpan]) -> list[ActorSpan]:
    """A span inside a longer one is part of it: "federal" in "Ethiopia's federal government"."""
    bounds = sorted([(sp.start, sp.end) for sp in spans])
    for k in range(1, len(bounds)):
        if bounds[k - 1][1] > bounds[k][0]:
            break
    else:
        return spans  # no two spans overlap, so none holds another
    return [
        sp
        for sp in spans
        if not any(
            o is not sp
            and o.start <= sp.start
            and sp.end <= o.end
            and (o.end - o.start) > (sp.end - sp.start)
            for o in spans
        )
    ]


def _unnamed_ministries(
    reading: Reading, tokens: list[Token], spans: list[ActorSpan]
) -> list[ActorSpan]:
    """ "the Ministry of Foreign Affairs", "the defence ministry": the state from
    what follows ("of Ireland", "in New Delhi") or from context."""
    if reading.words.isdisjoint(_MINISTRY_WORDS):
        return spans
    out = spans
    covered = {i for s in out for i in range(s.start, s.end)}
    for i in [k for k, w in enumerate(reading.low) if w in _MINISTRY_WORDS]:
        t = tokens[i]
        if i in covered:
            continue
        if (
            t.lower in ("ministry", "department")
            and i + 3 < len(tokens)
            and tokens[i + 1].lower == "of"
            and tokens[i + 2].lower == "foreign"
            and tokens[i + 3].lower == "affairs"
        ):
            # "the Department of Foreign Affairs" (the Philippines, Ireland, South Africa)
            end = i + 4
            state = None
            if end + 1 < len(tokens) and tokens[end].lower == "of":
                st = next(
                    (
                        s
                        for s in out
                        if s.start in (end + 1, end + 2) and s.actors[0].type == "state"
                    ),
                    None,
                )
                if st is not None:
                    state = st.actors[0]
                    out = [s for s in out if s is not st]
                    end = st.end
            state = state or (_opening_place(tokens, out) or reading.context_affiliation())
            if state is not None and state.type == "state":
                body = ministry(state, "Foreign", "ministry")
                out.append(ActorSpan(i, end, (body,), "ministry"))
                covered.update(range(i, end))
        elif (
            t.lower in ACTOR_WORDS.portfolios
            and i + 1 < len(tokens)
            and tokens[i + 1].lower == "ministry"
            and i + 1 not in covered
        ):
            state = None
            # "the defence ministry in New Delhi"
            if i + 3 < len(tokens) and tokens[i + 2].lower == "in":
                st = next(
                    (s for s in out if s.start == i + 3 and s.actors[0].type == "state"), None
                )
                if st is not None:
                    state = st.actors[0]
            state = state or (_opening_place(tokens, out) or reading.context_affiliation())
            if state is not None and state.type == "state":
                body = ministry(state, ACTOR_WORDS.portfolios[t.lower], "ministry")
                out.append(ActorSpan(i, i + 2, (body,), "ministry"))
                covered.update(range(i, i + 2))
    return out


def _opening_place(tokens: list[Token], spans: list[ActorSpan]) -> Actor | None:
    """The state a sentence opens with as its place ("In Moscow, the foreign ministry
    denounced ..."): whose unqualified ministry the sentence names."""
    if len(tokens) < 3 or tokens[0].lower != "in":
        return None
    sp = next((s for s in spans if s.start == 1), None)
    if sp is None or sp.end >= len(tokens) or tokens[sp.end].text != ",":
        return None
    a = sp.actors[0] if len(sp.actors) == 1 else None
    return a if a is not None and a.type == "state" else None
