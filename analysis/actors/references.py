"""References back: group phrases and pronouns resolved to actors already named.

Group phrases come from ``data/references.csv`` ("both sides" -> the last
pair named together, "the ministry" -> the last ministry); pronouns ("he",
"it", "they", "we") from the ``[pronouns]`` table of
``data/actor_words.toml``. A reference that cannot be resolved still holds
its place, with no actors, so that it stays the sentence's subject.

Resolving them needs a little syntax, kept here: is a mention inside a
prepositional phrase or the object of a verb ("it" does not point back to
either), who is the sentence's main subject, who is the quoted speaker.
"""

from __future__ import annotations

from functools import cache

from analysis.actors.compounds import ministry
from analysis.actors.defined import SELF_NAMING_VERBS
from analysis.actors.discourse import Discourse, Reading
from analysis.actors.gazetteer import (
    country,
    gazetteer_entries,
    is_state,
    normalize,
    organization,
)
from analysis.actors.pronouns import resolve_pronoun
from analysis.actors.sentence_subject import opening_coordination
from analysis.actors.titles import skip_honorifics, title_entry
from analysis.actors.words import ACTOR_WORDS
from analysis.knowledge import DataFileError
from analysis.lexicon import read_csv
from analysis.models import Actor
from analysis.text import ActorSpan, Token, by_start, tokenize

REFERENCES = "references.csv"
# what a group phrase of references.csv can refer to (its refers_to column)
REFERENCE_KINDS = (
    "pair",
    "warring",
    "persons",
    "issuers",
    "council",
    "armed_group",
    "organization",
    "members",
    "alliance",
    "countries",
    "speaker_state",
    "state",
    "government",
    "regime",
    "forces_state",
    "ministry",
    "monarch",
    "kingdom",
)


@cache
def _references() -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for row in read_csv(REFERENCES):
        if row["refers_to"] not in REFERENCE_KINDS:
            raise DataFileError(
                REFERENCES,
                f"the row '{row['phrase']}'",
                f"refers_to '{row['refers_to']}' is not one of {', '.join(REFERENCE_KINDS)}",
            )
        table[tuple(t.lower for t in tokenize(row["phrase"]))] = row["refers_to"]
    return table


@cache
def _reference_firsts() -> frozenset[str]:
    return frozenset(words[0] for words in _references())


@cache
def _reference_openings() -> frozenset[str]:
    """The words at which a reference may start: a group reference's first word,
    a pronoun, an alliance's members ("allies")."""
    return frozenset({*_reference_firsts(), *ACTOR_WORDS.pronouns, *ACTOR_WORDS.alliance_members})


@cache
def _reference_pairs() -> frozenset[tuple[str, str]]:
    """The first two words of each group reference ("the", "two"): a common
    first word ("the") is read further only when its next word fits."""
    return frozenset((words[0], words[1]) for words in _references() if len(words) > 1)


def references(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """The sentence's spans with its group references and pronouns added."""
    opening = _reference_openings()
    if opening.isdisjoint(reading.words):
        return spans
    low = reading.low
    pronouns = ACTOR_WORDS.pronouns
    members = ACTOR_WORDS.alliance_members
    starts = [k for k, w in enumerate(low) if w in opening]
    covered = {i for s in spans for i in range(s.start, s.end)}
    refs = _references()
    pairs = _reference_pairs()
    out = list(spans)
    resume = 0  # the first token after the last reference read
    for i in starts:
        if i < resume or i in covered:
            continue
        matched = False
        # a group reference opens with one of its first two words, or with its first
        # word and a nationality ("both Libyan camps"): most starts ("the", "it") open none
        opens_reference = i + 1 < len(low) and (
            (low[i], low[i + 1]) in pairs
            or (
                i + 2 < len(low)
                and (low[i], low[i + 2]) in pairs
                and tokens[i + 1].is_cap
                and _is_adjective(tokens[i + 1].text)
            )
        )
        # "both Libyan camps", "the two Sudanese sides": a nationality inside the phrase
        nat = next(
            (p for p in (1, 2) if i + p + 1 < len(low) and tokens[i + p].is_cap
             and _is_adjective(tokens[i + p].text)),
            None,
        ) if opens_reference else None  # fmt: skip
        for n in (5, 4, 3, 2) if opens_reference else ():
            words = low[i : i + n]
            national = nat is not None and nat < n - 1
            key = tuple(words[:nat] + words[nat + 1 :]) if national else tuple(words)
            if len(words) == n and key in refs and not any(k in covered for k in range(i, i + n)):
                if _of_a_named_body(low, i + n, spans):
                    break  # "the foreign ministers of the African Union": named by what follows
                # what it points back to comes before it
                before = [s for s in spans if s.end <= i]
                if i > 0 and low[i - 1] in ACTOR_WORDS.partial_quantifiers:
                    # "several Council members urged": some of the body, not the body
                    out.append(ActorSpan(i - 1, i + n, (), "group"))
                    covered.update(range(i - 1, i + n))
                    resume = i + n
                    matched = True
                    break
                # "both Libyan camps" are no foreign powers named before
                nationality = tokens[i + nat].text if national else None
                actors = _resolve_reference(reading, refs[key], before, nationality)
                if refs[key] == "persons":
                    # "Both leaders agreed with the President": not the one they agreed with
                    actors = _without_named_after(reading, actors, spans, i + n)
                if (
                    not actors
                    and refs[key] == "armed_group"
                    and words[-1] in ACTOR_WORDS.unnamed_group_heads
                ):
                    # "the separatists' offensive" with no group named before: the
                    # separatists, as "separatists" alone would be
                    actors = (Actor(words[-1], "group", words[-1]),)
                if actors and refs[key] in ("pair", "warring"):
                    reading.memory.addressers |= _other_lists(tokens, before, actors)
                # unresolved, it still holds the subject place (no actors)
                out.append(ActorSpan(i, i + n, actors, "group"))
                covered.update(range(i, i + n))
                resume = i + n
                matched = True
                break
        if matched:
            continue
        if low[i] in members:
            if _members_standing_alone(tokens, i):
                before = [s for s in spans if s.end <= i]
                out.append(
                    ActorSpan(
                        i, i + 1, _resolve_reference(reading, "alliance", before, None), "group"
                    )
                )
            continue
        if low[i] == "itself" and i > 0 and low[i - 1] in SELF_NAMING_VERBS:
            continue  # "a faction calling itself the Renamo Military Junta": the name follows
        kind = pronouns.get(tokens[i].lower)
        if kind and skip_honorifics(tokens, i) > i:
            continue  # "His Majesty Hassan II": a word of address, no pronoun
        if kind and not (tokens[i].lower == "us" and tokens[i].text == "US"):
            actors = resolve_pronoun(reading, kind, tokens, i, out)
            # an unresolved pronoun still stands in subject position (no actors)
            out.append(ActorSpan(i, i + 1, actors, "pronoun"))
    return out


def _members_standing_alone(tokens: list[Token], i: int) -> bool:
    """ "Allies condemn ...": capitalised, with no article, possessor, modifier or "of"."""
    if not tokens[i].is_cap or (i + 1 < len(tokens) and tokens[i + 1].lower == "of"):
        return False
    if i == 0:
        return True
    prev = tokens[i - 1]
    return not prev.is_word or prev.lower in ("and", "that")


def _named_together(low: list[str], spans: list[ActorSpan]) -> set[str]:
    """Names and affiliations of the actors named together as the sentence's subject,
    before the reference ("Saudi Arabia and the United States ... would keep urging
    both sides"): they address the sides, they are none of them."""
    run = opening_coordination(low, spans)
    if len(run) < 2:
        return set()
    return {n for sp in run for actor in sp.actors for n in (actor.name, actor.affiliation)}


def _of_a_named_body(low: list[str], k: int, spans: list[ActorSpan]) -> bool:
    """Does "of" + a mention follow at k ("... of the African Union")?"""
    if k >= len(low) or low[k] != "of":
        return False
    k += 1
    while k < len(low) and low[k] in ("the", "a", "an"):
        k += 1
    return any(sp.start == k and sp.actors for sp in spans)


@cache
def _adjective_states() -> dict[str, str]:
    """Nationality adjective (normalised) -> the state's name: "libyan" -> "Libya"."""
    return {normalize(e.surface): e.actor.name for e in gazetteer_entries() if e.how == "adjective"}


def _all_of(actors: tuple[Actor, ...], adjective: str) -> bool:
    """Are these actors all of the nationality, or bodies of no other state?"""
    state = _adjective_states().get(normalize(adjective))
    return bool(actors) and all(
        a.name == state
        or a.affiliation == state
        or (a.type in ("group", "organization") and not is_state(a.affiliation))
        for a in actors
    )


def _is_adjective(word: str) -> bool:
    """A nationality: "Libyan", "Sudanese"."""
    return normalize(word) in _adjective_states()


def _without_named_after(
    reading: Reading, actors: tuple[Actor, ...], spans: list[ActorSpan], after: int
) -> tuple[Actor, ...]:
    """The persons a reference means, less those the rest of its sentence names: the
    last two other persons named when that leaves fewer than two."""
    later = {a.name for sp in spans if sp.start >= after for a in sp.actors}
    if later.isdisjoint(a.name for a in actors):
        return actors
    others: list[Actor] = []
    for a in reversed(reading.memory.recent):
        if a.type == "person" and a.name not in later and a not in others:
            others.append(a)
        if len(others) == 2:
            return tuple(reversed(others))
    return tuple(a for a in actors if a.name not in later)


def _resolve_reference(
    reading: Reading, kind: str, spans: list[ActorSpan], nationality: str | None = None
) -> tuple[Actor, ...]:
    m = reading.memory
    if nationality is not None and kind not in ("pair", "warring"):
        found = _resolve_reference(reading, kind, spans)
        return found if _all_of(found, nationality) else ()
    if kind == "countries":
        # "the two countries", "both governments": the states, also of leaders named together
        found = _resolve_reference(reading, "pair", spans)
        states = tuple(
            dict.fromkeys(
                Actor(a.affiliation, "state", a.affiliation)
                if a.type == "person" and is_state(a.affiliation)
                else a
                for a in found
            )
        )
        return states if all(a.type != "person" for a in states) else ()
    # sides, parties and countries are states or armed groups; leaders are persons
    if kind in ("pair", "warring"):
        # not those this sentence names before: "Saudi Arabia and the United States
        # would keep urging both sides" (the mediators are no side); and once a text
        # has told its sides, "each side" is them again
        here = _named_together(reading.low, spans)
        m.addressers |= here
        # nobody named together yet: the two states or groups the text is about
        top = [name for name, _ in m.doc_counts.most_common() if name not in here][:2]
        about = tuple(reading.by_name[n] for n in top) if len(top) == 2 else ()
        named = (m.last_group, m.last_plural)
        # sides named together since the last reference come first
        order = (*named, m.last_sides) if m.groups_named > m.sides_at else (m.last_sides, *named)
        for group in (*order, about):
            if (
                group
                and not {a.name for a in group} <= here
                and (nationality is None or _all_of(group, nationality))
            ):
                m.last_sides, m.sides_at = group, m.groups_named
                return group
        return ()
    if kind == "issuers":
        # "The Co-Chairs are ready ...": in a statement several issue, they are its voice
        if len(m.voice) > 1:
            return m.voice
        kind = "persons"
    if kind == "persons":
        return m.last_persons or m.last_plural
    if kind == "kingdom":
        # "Saudi Arabia and Iran agreed ... The kingdom preferred": the monarchy last named
        def of_a_kingdom(a: Actor) -> bool:
            return (a.name if a.type == "state" else a.affiliation or "").lower() in (
                ACTOR_WORDS.kingdoms
            )

        here = [a for sp in spans for a in sp.actors if of_a_kingdom(a)]
        a = here[-1] if here else m.last(of_a_kingdom)
        if a is not None and a.type != "state":
            a = country(a.affiliation)  # "Morocco's foreign ministry said the kingdom ..."
        if a is None:
            a = m.focus_state()
        return (a,) if a else ()
    if kind == "monarch":
        # "His Highness stressed ...": the emir, king or sultan last named
        a = m.last(
            lambda a: a.type == "person" and (a.title or "").lower() in ACTOR_WORDS.monarch_titles
        )
        return (a,) if a else ()
    if kind in ("alliance", "organization", "armed_group", "council"):
        # "European Union foreign ministers ... said the bloc was ready": this sentence first
        wanted = {
            "alliance": lambda a: a.name.lower() in ACTOR_WORDS.alliances,
            "organization": lambda a: a.type == "organization",
            "armed_group": lambda a: a.type == "group",
            "council": lambda a: "council" in a.name.lower(),
        }[kind]
        here = [sp.actors[0] for sp in spans if len(sp.actors) == 1 and wanted(sp.actors[0])]
        if here:
            return (here[-1],)
    if kind == "council":
        a = m.last(lambda a: "council" in a.name.lower())
        return (a,) if a else ()
    if kind == "armed_group":
        # "denied backing the M23 ... fight alongside the rebels": this sentence first
        a = _last_body(m, "group")
        return (a,) if a else ()
    if kind == "alliance":
        # "the allies condemned": the alliance last named, else the organisation
        a = m.last(
            lambda a: (
                a.name.lower() in ACTOR_WORDS.alliances
                or a.affiliation.lower() in ACTOR_WORDS.alliances
            )
        ) or m.last(lambda a: a.type == "organization" and a.affiliation == a.name)
        if (
            a is not None
            and a.name.lower() not in ACTOR_WORDS.alliances
            and (a.affiliation.lower() in ACTOR_WORDS.alliances)
        ):
            # "the North Atlantic Council ... Allies", "NATO's Secretary General ... the allies"
            a = Actor(a.affiliation, "organization", a.affiliation)
        return (a,) if a else ()
    if kind == "organization":
        a = _last_body(m, "organization")
        return (a,) if a else ()
    if kind == "members":
        council = m.last(lambda a: a.type != "person" and "council" in a.name.lower())
        a = council if council and "council" in reading.words else _last_body(m, "organization")
        return (a,) if a else ()
    if kind == "speaker_state":
        # "Cambodia's UN ambassador Chhea Keo told reporters that his country ..."
        in_sentence = [
            sp.actors[0] for sp in spans if len(sp.actors) == 1 and sp.actors[0].type == "person"
        ]
        p = in_sentence[-1] if in_sentence else m.last(lambda a: a.type == "person")
        if p is not None and p.affiliation != p.name:
            return (
                (Actor(p.affiliation, "state", p.affiliation),) if is_state(p.affiliation) else ()
            )
        return ()
    if kind == "regime":
        # "Iran and Hezbollah continue to arm the regime": the state the text is about,
        # not one this sentence names acting
        here = {a.name for sp in spans for a in sp.actors}
        ranked = [n for n, _ in m.state_counts.most_common() if n not in here]
        return (Actor(ranked[0], "state", ranked[0]),) if ranked else ()
    if kind == "government":
        # "I must tell the House that the Government condemn ...": in a speech of a
        # head of government, the speaker's own government
        talk = m.speaker or m.voice  # who speaks: a transcript's turn, or the voice
        speaker = talk[0] if len(talk) == 1 and talk[0].type == "person" else None
        entry = title_entry(speaker.title or "") if speaker is not None else None
        if speaker is not None and entry is not None and entry.role == "head":
            return (speaker,)
        kind = "state"
    if kind in ("state", "forces_state"):
        # "Pakistan's army said the military had ...": the state this sentence named
        named = [
            sp.actors[0] for sp in spans if len(sp.actors) == 1 and sp.actors[0].type == "state"
        ]
        # "Myanmar's military government ... China said ... The military has answered":
        # the state whose forces were named, though another is named more
        forces = m.forces_state if kind == "forces_state" else None
        a = named[-1] if named else forces or m.focus_state()
        return (a,) if a else ()
    if kind == "ministry":
        a = m.last(lambda a: a.type == "organization" and "Ministry" in a.name)
        if a is not None:
            return (a,)
        # "the ministry" after "Russian Foreign Minister Sergei Lavrov": his ministry
        for p in reversed(m.recent):
            if p.type == "person" and p.title:
                entry = title_entry(p.title)
                if entry and entry.ministry and is_state(p.affiliation):
                    portfolio, _, head = entry.ministry.partition(" ")
                    state = Actor(p.affiliation, "state", p.affiliation)
                    return (ministry(state, portfolio, head.lower()),)
        return ()
    return ()


def _last_body(m: Discourse, kind: str) -> Actor | None:
    """The body of this type last named, itself or as the side of a person named:
    "Hamas leader Yahya Sinwar ... the group said" means Hamas."""
    for a in reversed(m.recent):
        if a.type == kind:
            return a
        if a.type == "person":
            body = organization(a.affiliation)
            if body is not None and body.type == kind:
                return body
    return None


# the words between two actors named together
_LINKS = frozenset(
    {("and",), (",",), (",", "and"), ("and", "the"), (",", "the"), ("the",), ("and", "between")}
)


def note_groups(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> None:
    """Remember actors named together ("Armenia and Azerbaijan", "Putin and Macron"),
    for "both sides" and "they" later."""
    memory = reading.memory
    spans = by_start(spans)
    addressers, memory.addressers = memory.addressers, set()
    for idx, sp in enumerate(spans):
        if sp.how == "pronoun":
            continue
        if len(sp.actors) > 1 and sp.how in ("forces", "government", "group"):
            if all(a.type == "person" for a in sp.actors):
                memory.last_persons = sp.actors
            else:
                memory.last_group = sp.actors
            memory.last_plural = sp.actors
            continue
        run = _run_from(tokens, spans, idx)
        actors = tuple(a for s in run for a in s.actors)
        names = {a.name for a in actors}
        if len(names) >= 2 and names <= addressers:
            break  # those who urged "both sides" here are no sides later either
        if len(names) >= 2:
            memory.groups_named += 1
            if all(a.type == "person" for a in actors):
                memory.last_persons = actors
                memory.last_plural = actors
            elif all(a.type in ("state", "group") for a in actors):
                memory.last_group = actors
                memory.last_plural = actors
            break


def _run_from(tokens: list[Token], spans: list[ActorSpan], idx: int) -> list[ActorSpan]:
    """The mentions coordinated from ``spans[idx]`` on ("Kenya, South Sudan and Djibouti");
    ``spans`` in order of start."""
    run = [spans[idx]]
    for nxt in spans[idx + 1 :]:
        gap = nxt.start - run[-1].end
        between = tuple(t.lower for t in tokens[nxt.start - gap : nxt.start]) if gap > 0 else ()
        if not (0 < gap <= 2 and between in _LINKS) and not _modified_person(between, nxt):
            break
        run.append(nxt)
    return run


def _modified_person(between: tuple[str, ...], nxt: ActorSpan) -> bool:
    """ "President X and opposition leader Y": a person whose title has a modifier of its
    own is still coordinated ("and" and one lower-case word before the title)."""
    return (
        len(between) == 2
        and between[0] == "and"
        and between[1].isalpha()
        and nxt.how == "person"
        and len(nxt.actors) == 1
        and nxt.actors[0].type == "person"
    )


def _other_lists(tokens: list[Token], spans: list[ActorSpan], sides: tuple[Actor, ...]) -> set[str]:
    """The names of the lists of two or more actors among ``spans`` that are not the
    ``sides``: "send the presidents of Kenya, South Sudan and Djibouti to reconcile the
    two sides" names go-betweens, whom "both sides" later does not mean."""
    spans = by_start([sp for sp in spans if sp.actors and sp.how != "pronoun"])
    side_names = {a.name for a in sides}
    found: set[str] = set()
    for idx in range(len(spans)):
        names = {a.name for sp in _run_from(tokens, spans, idx) for a in sp.actors}
        if len(names) >= 2 and names.isdisjoint(side_names):
            found |= names
    return found
