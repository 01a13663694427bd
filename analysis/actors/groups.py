"""Armed groups and crowds the text does not name: "Serb gunmen", "pro-Russian
separatists", "separatist forces", "Kosovo Serb protesters", "rebels".

Such a group is an actor of its own, named by the phrase as written: its
capitalised modifiers ("Serb", "Kosovo Serb"), "pro-" and "anti-" modifiers and
kind words ("separatist", "rebel") with the noun; counts, adverbs and "armed" before
them describe it and are left out. A state named as a modifier of the group's people
("Kosovo Serb protesters") is part of the name, not an actor. The nouns are word
classes of ``data/actor_words.toml``.
"""

from __future__ import annotations

from analysis.actors.discourse import Reading
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token, order_by_start

# capitalised only as a sentence's first word: no modifier of the group
_OPENERS = frozenset(
    {"the", "a", "an", "some", "around", "about", "several", "dozens", "hundreds", "ethnic"}
)
_HEADS = (
    ACTOR_WORDS.unnamed_group_heads
    | ACTOR_WORDS.unnamed_group_crowds
    | ACTOR_WORDS.armed_unnamed_heads
)
# the nouns a kind word turns into a group's: "separatist forces", "rebel fighters"
_KIND_HEADS = frozenset({"forces", "fighters", "units", "troops"})
# a definite article points back to a group the text named ("the rebels seized Goma")
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def unnamed_groups(
    reading: Reading, tokens: list[Token], spans: list[ActorSpan]
) -> list[ActorSpan]:
    """The sentence's spans with the groups it names by description added."""
    if _HEADS.isdisjoint(reading.words) and ACTOR_WORDS.unnamed_group_kinds.isdisjoint(
        reading.words
    ):
        return spans
    covered = {k: sp for sp in spans for k in range(sp.start, sp.end)}
    out = list(spans)
    for i in range(len(tokens)):
        if i in covered or not _is_head(tokens, i):
            continue
        start = _modifiers_start(tokens, i, covered)
        if start is None or (
            start > 0
            and tokens[start - 1].lower in _DEFINITE
            and (
                start == i  # "the rebels" point back; with nobody named, to no one
                or tokens[start].lower == "armed"  # so do "the armed groups"
                or reading.memory.last(lambda a: a.type == "group")
                or any(sp.actors and sp.actors[0].type == "group" for sp in spans)
            )
        ):
            continue  # "the rebels" after a named group are that group (references.csv)
        # the adjectives read into the name are no actors of their own
        out = [sp for sp in out if not (sp.how == "adjective" and start <= sp.start < i)]
        before = covered.get(start - 1)
        if (
            before is not None
            and before.end == start
            and len(before.actors) == 1
            and before.actors[0].type == "state"
            and tokens[start].is_cap
        ):
            # "Kosovo Serb protesters": the state names whose people they are
            out.remove(before)
            start = before.start
        name = " ".join(tok.text for tok in tokens[start : i + 1])
        known = reading.memory.group_names.setdefault(tokens[i].lower, set())
        fuller = {n for n in known if n.lower() != name.lower()}
        if start == i and len(fuller) == 1:
            name = fuller.pop()  # "gunmen" in a headline, "Serb gunmen" in the text
        elif start < i:
            known.add(name)
        named = [a for a in reading.by_name.values() if a.type == "group"]
        if (
            start == i
            and not fuller
            and tokens[i].lower in ACTOR_WORDS.unnamed_group_heads
            and (1 <= len(named) <= 2)
        ):
            # "Liberia's government and rebels sign ceasefire" over a text that names them
            out.append(ActorSpan(start, i + 1, tuple(named), "group"))
            covered[i] = out[-1]
            continue
        group = Actor(name, "group", name)
        out.append(ActorSpan(start, i + 1, (group,), "group"))
        for k in range(start, i + 1):
            covered[k] = out[-1]
    order_by_start(out)
    return out


def _is_head(tokens: list[Token], i: int) -> bool:
    low = tokens[i].lower
    if low in ACTOR_WORDS.unnamed_group_heads:
        return True
    # "separatist forces", "rebel fighters", "Kosovo Serb protesters": only with a modifier
    prev = tokens[i - 1] if i > 0 else None
    if prev is None:
        return False
    if low in _KIND_HEADS:
        return prev.lower in ACTOR_WORDS.unnamed_group_kinds
    if low in ACTOR_WORDS.armed_unnamed_heads:
        return prev.lower == "armed"  # "armed men stormed the city hall"
    return low in ACTOR_WORDS.unnamed_group_crowds and prev.is_cap and prev.is_word


def _modifiers_start(tokens: list[Token], i: int, covered: dict[int, ActorSpan]) -> int | None:
    """Where the group's name starts: back over its capitalised, "pro-" and kind
    modifiers; None when a named actor stands right before it ("Hamas fighters",
    "Houthi rebels" are that group's own)."""
    k = i
    while k > 0:
        prev = tokens[k - 1]
        if (k - 1) in covered:
            sp = covered[k - 1]
            if sp.how == "adjective" and sp.end == k:
                k = sp.start  # "Serb gunmen": a people's adjective names the group
                continue
            if sp.actors and sp.actors[0].type != "state":
                return None  # a named group or body: its own people
            break
        low = prev.lower
        if (
            (prev.is_cap and prev.is_word and not prev.text[0].isdigit() and low not in _OPENERS)
            or low.startswith(("pro-", "anti-"))
            or low in ACTOR_WORDS.unnamed_group_kinds
            or (low == "armed" and tokens[i].lower in ACTOR_WORDS.armed_unnamed_heads)
        ):
            k -= 1
            continue
        break
    if k == i and tokens[i].lower in ACTOR_WORDS.unnamed_group_crowds:
        return None
    return k
