"""Names in running text: the gazetteer's surface forms found among a sentence's tokens.

Every surface form of ``gazetteer_entries()`` is a path of lower-case words
in one trie; a sentence is read left to right and the longest name starting
at each word wins ("UN Security Council" over "UN"). Phrases that contain a
name but name no actor ("Latin America", "the Minsk agreements") are in the
trie too, so that they win as longest matches and give no mention.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from analysis.actors.gazetteer import (
    GazetteerEntry,
    actor_called,
    gazetteer_entries,
    non_actor_phrases,
)
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token, tokenize

# the trie's mark for a phrase that names no actor
NON_ACTOR = GazetteerEntry("", Actor("", "group", ""), "non_actor")


@dataclass(frozen=True, slots=True)
class NameIndex:
    trie: dict  # nested dicts of lower-case tokens; the key None holds the entries
    adjective_of: dict[str, str]  # "Russia" -> "Russian" (its first adjective, to name bodies)


@cache
def name_index() -> NameIndex:
    trie: dict = {}
    adjective_of: dict[str, str] = {}
    for e in gazetteer_entries():
        words = tuple(t.lower for t in tokenize(e.surface))
        if not words:
            continue
        node = trie
        for w in words:
            node = node.setdefault(w, {})
        node.setdefault(None, []).append(e)
        if e.how == "adjective":
            adjective_of.setdefault(e.actor.name, e.surface)
    for phrase in non_actor_phrases():
        node = trie
        for w in (t.lower for t in tokenize(phrase)):
            node = node.setdefault(w, {})
        node[None] = [NON_ACTOR]
    return NameIndex(trie, adjective_of)


def match_name(tokens: list[Token], i: int) -> tuple[int, list[GazetteerEntry]]:
    """The longest name starting at token i: (its end, the entries it may be,
    as written); the entries are empty when no name starts there."""
    node: dict = name_index().trie
    end, entries = i, []
    j = i
    while j < len(tokens):
        child = node.get(tokens[j].lower)
        if child is None:
            break
        node = child
        j += 1
        if None in node:
            end, entries = j, node[None]
    return end, [e for e in entries if _case_fits(tokens, i, end, e)]


def _case_fits(tokens: list[Token], i: int, j: int, e: GazetteerEntry) -> bool:
    """Names start with a capital; an acronym is matched exactly ("WHO" is not "who")."""
    first = tokens[i]
    if e is NON_ACTOR:
        return True
    if not first.is_cap and not e.surface[:1].islower():
        return False
    if e.how == "acronym" or (len(first.text) <= 4 and first.text.isupper()):
        return "".join(t.text for t in tokens[i:j]).replace(" ", "") == e.surface.replace(" ", "")
    return True


def actor_named(tokens: list[Token]) -> Actor | None:
    """The actor that exactly these tokens name in the gazetteer ("Iran" of "Iran-aligned")."""
    j, entries = match_name(tokens, 0)
    return entries[0].actor if entries and j == len(tokens) else None


def gazetteer_spans(tokens: list[Token], low: list[str] | None = None) -> list[ActorSpan]:
    """Longest gazetteer matches, left to right (names, capitals, adjectives, acronyms);
    ``low``: the tokens' lower-case words, when the caller has them."""
    spans: list[ActorSpan] = []
    trie = name_index().trie
    if low is None:
        low = [t.lower for t in tokens]
    starts = [k for k, w in enumerate(low) if w in trie]
    compounds = [k for k, w in enumerate(low) if "-" in w and w not in trie and tokens[k].is_cap]
    if compounds:
        spans = [sp for k in compounds if (sp := _compound_adjective(tokens, k)) is not None]
    if not starts:
        return spans
    resume = _dateline_end(tokens)  # the first token after the last name read
    last = len(low) - 1
    for i in starts:
        if i < resume:
            continue
        # a word that only opens longer names ("the") names nothing unless the next fits
        opened = trie[low[i]]
        if None not in opened and (i == last or low[i + 1] not in opened):
            continue
        j, entries = match_name(tokens, i)
        if entries:
            e = entries[0]
            if e is not NON_ACTOR and not _names_a_place(tokens, i, j, e):
                spans.append(ActorSpan(i, j, (e.actor,), e.how))
            resume = j
    if compounds:
        spans.sort(key=lambda sp: sp.start)
    if "of" in low:
        spans = [_with_state_form(tokens, sp) for sp in spans]
    if not ACTOR_WORDS.state_form_heads.isdisjoint(low):
        spans = [_adjective_state_form(tokens, low, sp) for sp in spans]
    return spans


def _adjective_state_form(tokens: list[Token], low: list[str], sp: ActorSpan) -> ActorSpan:
    """ "the Algerian Republic", "the Polish People's Republic": a state's adjective before
    the formal words of a state is the state's name."""
    if sp.how != "adjective" or len(sp.actors) != 1 or sp.actors[0].type != "state":
        return sp
    k = sp.end
    while k < len(low) and tokens[k].is_cap:
        if low[k] in ACTOR_WORDS.state_form_heads:
            return ActorSpan(sp.start, k + 1, sp.actors, "name")
        if low[k] in ACTOR_WORDS.state_form_modifiers:
            k += 1
        elif low[k : k + 2] == ["people", "'s"]:
            k += 2
        else:
            break
    return sp


def _with_state_form(tokens: list[Token], sp: ActorSpan) -> ActorSpan:
    """ "the Republic of Afghanistan", "the Islamic Republic of Iran": the state's name with
    the formal words before it, so that "the Foreign Minister of the Republic of Afghanistan"
    reads as the minister of a state."""
    k = sp.start - 2
    if (
        k < 0
        or sp.how not in ("name", "alias")
        or sp.actors[0].type != "state"
        or tokens[k + 1].lower != "of"
        or tokens[k].lower not in ACTOR_WORDS.state_form_heads
        or not tokens[k].is_cap
    ):
        return sp
    while (
        k > 0 and tokens[k - 1].is_cap and tokens[k - 1].lower in ACTOR_WORDS.state_form_modifiers
    ):
        k -= 1
    return ActorSpan(k, sp.end, sp.actors, sp.how)


def _compound_adjective(tokens: list[Token], k: int) -> ActorSpan | None:
    """ "Anglo-French", "Egyptian-Jordanian", "Sino-Soviet": a hyphenated national adjective
    naming two or more states at once."""
    states: list[Actor] = []
    for part in tokens[k].text.split("-"):
        form = ACTOR_WORDS.combining_forms.get(part.lower())
        if form is not None:
            actor = actor_called(form)
        else:
            part_tokens = tokenize(part)
            j, entries = match_name(part_tokens, 0) if part_tokens else (0, [])
            named = [e for e in entries if e is not NON_ACTOR and e.how in ("adjective", "name")]
            actor = named[0].actor if named and j == len(part_tokens) else None
        if actor is None or actor.type != "state" or actor in states:
            return None
        states.append(actor)
    return ActorSpan(k, k + 1, tuple(states), "adjective") if len(states) > 1 else None


_DASHES = ("-", "\u2013", "\u2014")


def _dateline_end(tokens: list[Token]) -> int:
    """ "NAIROBI - Authorities in ...", "TASHKENT, USSR - ...", "GOMA, Congo (Reuters) -":
    a wire dateline names a place, not an actor."""
    j = 0
    while j < len(tokens) and j < 5 and tokens[j].text.isupper() and tokens[j].is_word:
        j += 1
    if j == 0:
        return 0
    if j < len(tokens) and tokens[j].text == ",":
        # the country or region after the city: "TASHKENT, USSR", "GOMA, Democratic Republic";
        # or the date: "ACCRA, June 17 -", "VIENNA, Nov. 5 -"
        k = j + 1
        while (
            k < len(tokens)
            and k < j + 6
            and (
                (tokens[k].is_cap and tokens[k].is_word)
                or tokens[k].text.isdigit()
                or (tokens[k].text == "." and k > j + 1)
            )
        ):
            k += 1
        j = k if k > j + 1 else j
    if j < len(tokens) and tokens[j].text == "(":
        # the agency: "(Reuters)"
        close = next(
            (k for k in range(j + 1, min(len(tokens), j + 6)) if tokens[k].text == ")"), None
        )
        j = close + 1 if close is not None else j
    if j < len(tokens) and tokens[j].text in _DASHES:
        return j + 1
    return 0


def _names_a_place(tokens: list[Token], i: int, j: int, e: GazetteerEntry) -> bool:
    """A capital naming a process or a venue: "the Luanda and Nairobi processes"; a
    people of a place ("Karabakh's Armenians", "Kosovo's Serbs"): a community, no state."""
    if e.how == "people":
        return i >= 2 and tokens[i - 1].lower == "'s" and tokens[i - 2].is_cap
    if e.how != "capital":
        return False
    k = j
    while k < len(tokens) and (
        tokens[k].lower == "and" or (tokens[k].is_cap and tokens[k].is_word)
    ):
        k += 1
    return k < len(tokens) and tokens[k].lower in ACTOR_WORDS.place_heads
