"""Names the text defines with an acronym: "the Government of National Accord
(GNA)", "the Rapid Support Forces (RSF)".

A run of capitalised words followed by a parenthesised acronym made of their
initials is a name the writer introduces: an organisation, or an armed group
when a word of its name says so. From then on the full name and the acronym
both name it. No list is needed: tomorrow's crisis has new bodies too.
"""

from __future__ import annotations

from analysis.actors.discourse import Reading
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token

_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "la", "des", "du", "del", "al", "'s"})
_MAX_WORDS = 8


def defined_names(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """Spans for names defined here with their acronym, and for later uses of either."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    if "(" in reading.words:
        for k, t in enumerate(tokens):
            if t.text != "(" or k + 2 >= len(tokens) or tokens[k + 2].text != ")":
                continue
            acronym = tokens[k + 1].text
            if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
                continue
            found = _name_before(tokens, k, acronym)
            if found is None or any(j in covered for j in range(found, k + 2)):
                continue
            words = tuple(tok.text for tok in tokens[found:k])
            actor = Actor(" ".join(_display(tokens[found:k])), _kind(words), "")
            actor = Actor(actor.name, actor.type, actor.name)
            reading.memory.defined[words] = actor
            reading.memory.defined[(acronym,)] = actor
            out.append(ActorSpan(found, k + 3, (actor,), "name"))
            covered.update(range(found, k + 3))
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
            if key in defined and not any(j in covered for j in range(i, i + n)):
                out.append(ActorSpan(i, i + n, (defined[key],), "name"))
                covered.update(range(i, i + n))
                break
    return out


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
        initials = "".join(
            tok.text[0] for tok in tokens[s:k] if tok.is_cap and tok.lower not in _CONNECTORS
        )
        if initials.upper() == acronym:
            return s
    return None


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
