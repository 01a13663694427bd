"""Names the text introduces itself: "the Government of National Accord
(GNA)", "the Rapid Support Forces (RSF)", "the Sahel Patriotic Alliance".

A run of capitalised words followed by a parenthesised acronym made of their
initials is a name the writer introduces; so is a run of capitalised words
after "the" whose last word is the head of a body's name ("Front", "Army",
"Alliance", "Council", "Movement"). Each is an organisation, or an armed
group when a word of its name says so, and from then on the full name and the
acronym both name it. No list is needed: tomorrow's crisis has new bodies too.
"""

from __future__ import annotations

from analysis.actors.discourse import Reading
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token

_CONNECTORS = frozenset(
    {"of", "the", "for", "and", "in", "de", "la", "des", "du", "del", "al", "'s"}
)
_MAX_WORDS = 8


def defined_names(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """Spans for names defined here with their acronym, and for later uses of either."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    if "(" in reading.words:
        for k, t in enumerate(tokens):
            if t.text != "(" or k + 2 >= len(tokens) or tokens[k + 2].text != ")":
                continue
            if _join_known_acronym(out, k):
                continue
            acronym = tokens[k + 1].text
            if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
                continue
            found = _name_before(tokens, k, acronym)
            if found is None:
                continue
            inside = [sp for sp in out if found <= sp.start and sp.end <= k]
            if any(j in covered for j in range(found, k + 2)):
                # "Liberians United for Reconciliation and Democracy (LURD)": the
                # gazetteer's "Liberians" is a word of the name the acronym spells
                if any(sp.how not in _GAZETTEER_HOWS for sp in inside) or any(
                    j in covered and not any(sp.start <= j < sp.end for sp in inside)
                    for j in range(found, k + 2)
                ):
                    continue
                for sp in inside:
                    out.remove(sp)
                    covered.difference_update(range(sp.start, sp.end))
            words = tuple(tok.text for tok in tokens[found:k])
            actor = Actor(" ".join(_display(tokens[found:k])), _kind(words), "")
            actor = Actor(actor.name, actor.type, actor.name)
            reading.memory.defined[words] = actor
            reading.memory.defined[(acronym,)] = actor
            out.append(ActorSpan(found, k + 3, (actor,), "name"))
            covered.update(range(found, k + 3))
    _named_bodies(reading, tokens, covered, out)
    _self_named(reading, tokens, covered, out)
    _acronyms(reading, tokens, covered, out)
    defined = reading.memory.defined
    if not defined:
        return out
    longest = max(len(key) for key in defined)
    firsts = {key[0] for key in defined}
    for i, t in enumerate(tokens):
        if i in covered or t.text not in firsts:
            continue
        for n in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(tok.text for tok in tokens[i : i + n])
            if n == 1 and not key[0].isupper() and (i == 0 or tokens[i - 1].lower != "the"):
                continue  # a body's head word alone ("the Authority") names it after "the" only
            if key in defined and not any(j in covered for j in range(i, i + n)):
                out.append(ActorSpan(i, i + n, (defined[key],), "name"))
                covered.update(range(i, i + n))
                break
    return out


def _join_known_acronym(out: list[ActorSpan], k: int) -> bool:
    """ "the Revolutionary United Front (RUF)": a known name and its known acronym in
    brackets are one mention of one actor, so that the name stays one subject of
    "... (RUF) and the government signed"."""
    name = next((sp for sp in out if sp.end == k and sp.actors), None)
    label = next((sp for sp in out if sp.start == k + 1 and sp.end == k + 2), None)
    if name is None or label is None or name.actors != label.actors:
        return False
    out.remove(label)
    out[out.index(name)] = ActorSpan(name.start, k + 3, name.actors, name.how)
    return True


def _self_named(
    reading: Reading, tokens: list[Token], covered: set[int], out: list[ActorSpan]
) -> None:
    """ "a faction calling itself the Renamo Military Junta", "an armed group that calls
    itself the Estado Mayor Central", "a militia known as the Hawks": the capitalised
    name after the phrase is a body the writer introduces (an armed group when the
    phrase's noun or the name says so)."""
    if "itself" not in reading.words and "known" not in reading.words:
        return
    low = [t.lower for t in tokens]
    for k in range(1, len(tokens) - 1):
        if not (
            (low[k] == "itself" and low[k - 1] in SELF_NAMING_VERBS)
            or (low[k] == "as" and low[k - 1] == "known")
        ):
            continue
        start = k + 1 + (low[k + 1] == "the")
        end = start
        while (
            end < len(tokens)
            and end - start < _MAX_WORDS
            and (
                (tokens[end].is_cap and tokens[end].is_word)
                or (low[end] in _CONNECTORS and end + 1 < len(tokens) and tokens[end + 1].is_cap)
            )
        ):
            end += 1
        if end - start < 2 or any(j in covered for j in range(start, end)):
            continue
        words = tuple(tok.text for tok in tokens[start:end])
        kind = "group" if _armed(low[max(0, k - 5) : k]) else _kind(words)
        actor = Actor(" ".join(_display(tokens[start:end])), kind, " ".join(words))
        reading.memory.defined[words] = actor
        out.append(ActorSpan(start, end, (actor,), "name"))
        covered.update(range(start, end))


def _acronyms(
    reading: Reading, tokens: list[Token], covered: set[int], out: list[ActorSpan]
) -> None:
    """An acronym nobody defined or lists, standing as a name ("CMA fighters and the
    pro-government militia GATIA clashed", "the armed groups CNDD-FDD and
    Palipehutu-FNL"): a body of its own, an armed group when armed words stand by."""
    headline = None  # read at the first word that may be an acronym
    for k, t in enumerate(tokens):
        text = t.text
        # most words fail at once: an acronym starts with two capitals or holds a hyphen
        if not t.is_cap or len(text) < 3 or not (text[1].isupper() or "-" in text):
            continue
        if headline is None:
            headline = all(tok.is_cap for tok in tokens if tok.is_word)
        if headline:
            return  # a headline in capitals
        if k in covered or not _is_acronym(text) or t.lower in ACTOR_WORDS.not_actor_acronyms:
            continue
        if k > 0 and tokens[k - 1].text == "(":
            continue  # a label in brackets for a phrase it does not spell: no name of its own
        if k == 0 and len(tokens) > 1 and tokens[1].text == ":":
            continue  # a speaker's label opening a turn: "QUESTION: ...", "MODERATOR: ..."
        if all(tok.text.isupper() or not tok.is_word for tok in tokens[: k + 1]) and (
            k + 1 < len(tokens)
            and (
                tokens[k + 1].text in ("-", "\u2013", "\u2014", ",", "(")
                or tokens[k + 1].text.isupper()
            )
        ):
            # a dateline: "BAMAKO - ...", "ZAKHO, Iraq - ...", "PORT SUDAN, 15 Jun", "GOMA (Reuters)"
            continue
        near = [tok.lower for tok in tokens[max(0, k - 3) : k + 3]]
        actor = reading.memory.defined.get((t.text,)) or Actor(
            t.text, "group" if _armed(near) else "organization", t.text
        )
        reading.memory.defined[(t.text,)] = actor
        out.append(ActorSpan(k, k + 1, (actor,), "acronym"))
        covered.add(k)


# "calling itself", "calls itself": the name a body gives itself follows
SELF_NAMING_VERBS = frozenset({"calling", "calls", "called", "call"})
# words that, near a name, make the body an armed group
_ARMED_WORDS = (
    frozenset({"armed"}) | ACTOR_WORDS.armed_group_words | ACTOR_WORDS.unnamed_group_heads
)


def _armed(words: list[str]) -> bool:
    """Do armed words stand by ("an armed group that calls itself", "GATIA fighters")?"""
    return not _ARMED_WORDS.isdisjoint(words)


def _is_acronym(text: str) -> bool:
    """ "GATIA", "CNDD-FDD", "Palipehutu-FNL": capitals (a part may be a capitalised word)."""
    parts = text.split("-")
    caps = [p for p in parts if len(p) >= 2 and p.isalpha() and p.isupper()]
    return (
        bool(caps)
        and all(
            (p.isalpha() and p.isupper() and len(p) >= 2) or (p[:1].isupper() and p[1:].islower())
            for p in parts
        )
        and sum(len(p) for p in caps) >= 3
    )


def _name_before(tokens: list[Token], k: int, acronym: str) -> int | None:
    """Where the name whose initials make the acronym starts, ending just before k."""
    start = k
    while start > 0 and k - start < _MAX_WORDS:
        prev = tokens[start - 1]
        if not (prev.is_cap and prev.is_word) and prev.lower not in _CONNECTORS:
            break
        start -= 1
    # the shortest run of capitalised words before the parenthesis that the acronym spells
    for s in range(k - 1, start - 1, -1):
        if not tokens[s].is_cap or tokens[s].lower in _CONNECTORS:
            continue
        words = [tok.text for tok in tokens[s:k] if tok.is_cap and tok.lower not in _CONNECTORS]
        if "".join(w[0] for w in words).upper() == acronym or _spells(acronym, words):
            return s
    # an acronym of the name in another language: "the Ivorian Popular Movement of the Great
    # West (MPIGO)", "the Kurdistan Workers' Party (PKK)": the whole run of capitalised words,
    # when a body's head word ends one of its parts
    while start < k and tokens[start].lower in _CONNECTORS:
        start += 1
    run = [tok for tok in tokens[start:k] if tok.is_cap and tok.lower not in _CONNECTORS]
    if len(run) >= 2 and any(tok.lower in ACTOR_WORDS.body_name_heads for tok in run):
        return start
    return None


def _spells(acronym: str, words: list[str]) -> bool:
    """Does the acronym take a beginning of each word, in order ("MODEL": MOvement,
    DEmocracy, Liberia)?"""
    if not words:
        return not acronym
    if not acronym:
        return False
    head = words[0].upper()
    return any(
        acronym[:n] == head[:n] and _spells(acronym[n:], words[1:])
        for n in range(1, min(3, len(acronym), len(head)) + 1)
    )


# mentions the gazetteer made, which a name the text defines may contain
_GAZETTEER_HOWS = frozenset({"name", "alias", "people", "adjective", "capital", "acronym"})


def _display(tokens: list[Token]) -> list[str]:
    words: list[str] = []
    for tok in tokens:
        if tok.text == "'s" and words:
            words[-1] += "'s"
        else:
            words.append(tok.text)
    return words


def _kind(words: tuple[str, ...]) -> str:
    low = {w.lower() for w in words}
    return "group" if not low.isdisjoint(ACTOR_WORDS.armed_group_words) else "organization"


def _named_bodies(
    reading: Reading, tokens: list[Token], covered: set[int], out: list[ActorSpan]
) -> None:
    """ "the Sahel Patriotic Alliance", "the Popular Liberation Front": capitalised
    words after "the" ending in the head of a body's name, which no gazetteer knows."""
    heads = ACTOR_WORDS.body_name_heads
    if reading.words.isdisjoint(heads):
        return
    _longer_bodies(reading, tokens, covered, out)
    for k, t in enumerate(tokens):
        if t.lower not in heads or not t.is_cap or k in covered:
            continue
        start = k
        while start > 0 and k - start < _MAX_WORDS:
            prev = tokens[start - 1]
            if prev.lower == "the" or prev.lower in ACTOR_WORDS.body_modifiers:
                break
            if prev.is_cap and prev.is_word and start - 1 not in covered:
                start -= 1
            elif prev.lower in ("of", "and", "for") and start >= 2 and tokens[start - 2].is_cap:
                start -= 1
            else:
                break
        while start < k and not tokens[start].is_cap:
            start += 1
        end = k + 1
        owner = None
        if start == k and start > 0 and tokens[start - 1].lower == "the":
            # "the Government of National Unity": the head first, its name after "of"
            end, owner = _name_after_head(tokens, end, covered, out)
        det = start - 1
        while det > 0 and tokens[det].lower in ACTOR_WORDS.body_modifiers:
            det -= 1  # "the opposition Basotho National Party"
        if (start == k and end == k + 1) or start == 0 or tokens[det].lower != "the":
            continue  # one word ("Council") or not introduced as a name ("the ...")
        if any(j in covered for j in range(start, end) if owner is None or j < owner.start):
            continue
        words = tuple(tok.text for tok in tokens[start:end])
        actor = reading.memory.defined.get(words)
        if actor is None:
            name = " ".join(_display(tokens[start:end]))
            affiliation = owner.actors[0].name if owner is not None else name
            actor = Actor(name, _kind(words), affiliation)
            reading.memory.defined[words] = actor
            if start == k:
                # "the Authority of Heads of State ...", later "The Authority"
                reading.memory.defined.setdefault((t.text,), actor)
        if owner is not None:
            out.remove(owner)
        out.append(ActorSpan(start, end, (actor,), "name"))
        covered.update(range(start, end))


def _name_after_head(
    tokens: list[Token], end: int, covered: set[int], out: list[ActorSpan]
) -> tuple[int, ActorSpan | None]:
    """Where a name written head first ends ("the Government of National Unity", "the
    Authority of Heads of State and Government of ECOWAS"), and the organisation it
    ends with, when a known one does."""
    if end >= len(tokens) or tokens[end].lower != "of":
        return end, None
    n = end + 1
    while n < len(tokens) and n - end <= _MAX_WORDS:
        if tokens[n].is_cap and tokens[n].is_word and n not in covered:
            n += 1
        elif tokens[n].lower == "of" and n + 2 < len(tokens) and tokens[n + 1].lower == "the":
            # "... of the African Union": the organisation it belongs to
            owner = next((sp for sp in out if sp.start == n + 2), None)
            if owner is not None and owner.actors and owner.actors[0].type == "organization":
                return owner.end, owner
            break
        elif (
            tokens[n].lower in ("of", "and", "for")
            and n + 1 < len(tokens)
            and tokens[n + 1].is_cap
            and tokens[n - 1].is_cap
        ):
            owner = next((sp for sp in out if sp.start == n + 1), None)
            if tokens[n].lower == "of" and owner is not None and owner.actors:
                kind = owner.actors[0].type
                if kind == "organization" and n > end + 1:
                    return owner.end, owner
            if n + 1 in covered:
                break
            n += 1
        else:
            break
    return (n, None) if n > end + 1 else (end, None)


def _longer_bodies(
    reading: Reading, tokens: list[Token], covered: set[int], out: list[ActorSpan]
) -> None:
    """ "the ECOWAS Mediation and Security Council": a known body's name ("Security
    Council") ending a longer one that the text writes out is the longer body, of the
    organisation named first when there is one."""
    heads = ACTOR_WORDS.body_name_heads
    known_bodies = [
        sp for sp in out if sp.how in ("name", "alias") and tokens[sp.end - 1].lower in heads
    ]
    for known in known_bodies:
        j = known.start
        if j < 3 or tokens[j - 1].lower not in ("and", "of") or not tokens[j - 2].is_cap:
            continue
        start = j - 1
        owner = None
        while (
            start > 0
            and tokens[start - 1].is_cap
            and tokens[start - 1].is_word
            and tokens[start - 1].lower != "the"
        ):
            if start - 1 in covered:
                # the organisation the body belongs to: "ECOWAS"
                owner = next((sp for sp in out if sp.end == start), None)
                if owner is not None:
                    start = owner.start
                break
            start -= 1
        if start == 0 or tokens[start - 1].lower != "the" or start >= j - 1:
            continue
        inner = [sp for sp in out if start <= sp.start and sp.end <= known.end]
        words = tuple(tok.text for tok in tokens[start : known.end])
        actor = reading.memory.defined.get(words)
        if actor is None:
            name = " ".join(_display(tokens[start : known.end]))
            affiliation = owner.actors[0].name if owner is not None and owner.actors else name
            actor = Actor(name, "organization", affiliation)
            reading.memory.defined[words] = actor
        for sp in inner:
            out.remove(sp)
        out.append(ActorSpan(start, known.end, (actor,), "name"))
        covered.update(range(start, known.end))
