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
from analysis.actors.discourse import Discourse, Reading
from analysis.actors.gazetteer import country, gazetteer_entries, normalize, organization
from analysis.actors.titles import title_entry
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
    "council",
    "armed_group",
    "organization",
    "members",
    "alliance",
    "countries",
    "speaker_state",
    "state",
    "forces_state",
    "ministry",
    "monarch",
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
def _reference_pairs() -> frozenset[tuple[str, str]]:
    """The first two words of each group reference ("the", "two"): a common
    first word ("the") is read further only when its next word fits."""
    return frozenset((words[0], words[1]) for words in _references() if len(words) > 1)


def references(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """The sentence's spans with its group references and pronouns added."""
    firsts = _reference_firsts()
    pronouns = ACTOR_WORDS.pronouns
    if (
        reading.words.isdisjoint(firsts)
        and pronouns.keys().isdisjoint(reading.words)
        and ACTOR_WORDS.alliance_members.isdisjoint(reading.words)
    ):
        return spans
    low = reading.low
    members = ACTOR_WORDS.alliance_members
    starts = [k for k, w in enumerate(low) if w in firsts or w in pronouns or w in members]
    covered = {i for s in spans for i in range(s.start, s.end)}
    refs = _references()
    pairs = _reference_pairs()
    out = list(spans)
    resume = 0  # the first token after the last reference read
    for i in starts:
        if i < resume or i in covered:
            continue
        matched = False
        # "both Libyan camps", "the two Sudanese sides": a nationality inside the phrase
        nat = next(
            (p for p in (1, 2) if i + p + 1 < len(low) and tokens[i + p].is_cap
             and _is_adjective(tokens[i + p].text)),
            None,
        )  # fmt: skip
        opens_reference = i + 1 < len(low) and (
            (low[i], low[i + 1]) in pairs or (nat == 1 and (low[i], low[i + 2]) in pairs)
        )
        for n in (5, 4, 3, 2) if opens_reference else ():
            words = low[i : i + n]
            national = nat is not None and nat < n - 1
            key = tuple(words[:nat] + words[nat + 1 :]) if national else tuple(words)
            if len(words) == n and key in refs and not any(k in covered for k in range(i, i + n)):
                if _of_a_named_body(low, i + n, spans):
                    break  # "the foreign ministers of the African Union": named by what follows
                # what it points back to comes before it
                before = [s for s in spans if s.end <= i]
                # "both Libyan camps" are no foreign powers named before
                nationality = tokens[i + nat].text if national else None
                actors = _resolve_reference(reading, refs[key], before, nationality)
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
        kind = pronouns.get(tokens[i].lower)
        if kind and not (tokens[i].lower == "us" and tokens[i].text == "US"):
            actors = _resolve_pronoun(reading, kind, tokens, i, out)
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


def _opening_coordination(low: list[str], spans: list[ActorSpan]) -> list[ActorSpan]:
    """The mentions coordinated at the sentence's opening, as its subject ("Russia and
    Belarus said ...", "Saudi Arabia and the United States ... urging both sides")."""
    ordered = [sp for sp in by_start(spans) if sp.how != "pronoun" and sp.actors]
    if not ordered or ordered[0].start > _SUBJECT_OPENS_WITHIN:
        return []
    run = [ordered[0]]
    for nxt in ordered[1:]:
        if low[run[-1].end : nxt.start] not in _COORDINATORS:
            break
        run.append(nxt)
    return run


_COORDINATORS = (["and"], [",", "and"], ["and", "the"], [",", "and", "the"], [","])


def _opening_run(tokens: list[Token], spans: list[ActorSpan]) -> tuple[Actor, ...]:
    """The actors of the opening coordinated subject, else the main subject."""
    run = _opening_coordination([t.lower for t in tokens], spans)
    return tuple(a for sp in run for a in sp.actors) if run else main_subject(tokens, spans)


def _named_together(low: list[str], spans: list[ActorSpan]) -> set[str]:
    """Names and affiliations of the actors named together as the sentence's subject,
    before the reference ("Saudi Arabia and the United States ... would keep urging
    both sides"): they address the sides, they are none of them."""
    run = _opening_coordination(low, spans)
    if len(run) < 2:
        return set()
    return {n for sp in run for actor in sp.actors for n in (actor.name, actor.affiliation)}


_SUBJECT_OPENS_WITHIN = 4  # an opening quote or "On Monday," may come first


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
        or (a.type in ("group", "organization") and not _is_state(a.affiliation))
        for a in actors
    )


def _is_adjective(word: str) -> bool:
    """A nationality: "Libyan", "Sudanese"."""
    return normalize(word) in _adjective_states()


def _is_state(name: str) -> bool:
    return country(name) is not None


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
                if a.type == "person" and _is_state(a.affiliation)
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
    if kind == "persons":
        return m.last_persons or m.last_plural
    if kind == "monarch":
        # "His Highness stressed ...": the emir, king or sultan last named
        a = m.last(
            lambda a: a.type == "person" and (a.title or "").lower() in ACTOR_WORDS.monarch_titles
        )
        return (a,) if a else ()
    if kind == "council":
        a = m.last(lambda a: "council" in a.name.lower())
        return (a,) if a else ()
    if kind == "armed_group":
        a = _last_body(m, "group")
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
                (Actor(p.affiliation, "state", p.affiliation),) if _is_state(p.affiliation) else ()
            )
        return ()
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
                if entry and entry.ministry and _is_state(p.affiliation):
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


def _object_of_verb(tokens: list[Token], i: int) -> bool:
    """Is the pronoun at i the object of the verb right before it ("accusing it",
    "urged it")? A verb: a lower-case word ending as verbs do, no preposition."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    return (
        prev.is_word
        and not prev.is_cap
        and prev.lower not in ACTOR_WORDS.prepositions
        and prev.lower.endswith(("ing", "ed"))
        and prev.lower not in ACTOR_WORDS.speech_verbs
    )


def _pact_life_after(tokens: list[Token], i: int) -> bool:
    """Does what follows "it" at i say what a pact does ("it took effect", "it has
    largely held")?"""
    k = i + 1
    while k < len(tokens) and tokens[k].lower in ("has", "had", "have", "largely", "so", "far"):
        k += 1
    words = [t.lower for t in tokens[k : k + 3]]
    return any(" ".join(words[:n]) in ACTOR_WORDS.pact_life_verbs for n in (1, 2, 3))


def _resolve_pronoun(
    reading: Reading, kind: str, tokens: list[Token], i: int, spans: list[ActorSpan]
) -> tuple[Actor, ...]:
    m = reading.memory
    if kind == "thing" and tokens[i].lower == "it" and _pact_life_after(tokens, i):
        return ()  # "hours after it took effect": the truce
    earlier = [s for s in by_start(spans) if s.end <= i and s.actors]
    if kind == "thing" and i > 0 and tokens[i - 1].lower in ACTOR_WORDS.speech_verbs:
        # "Israel said it ...", "France, which holds the EU presidency, said it": the speaker
        adjacent = [sp for sp in earlier if sp.end == i - 1]
        speaker = adjacent[-1].actors if adjacent else main_subject(tokens, earlier)
        if len(speaker) == 1 and speaker[0].type in ("state", "organization", "group"):
            return speaker
    # ", and it launched ...": a clause coordinated with the main one shares its subject
    if (
        kind in ("thing", "plural")
        and i >= 2
        and tokens[i - 1].lower == "and"
        and tokens[i - 2].text == ","
    ):
        main = [a for a in _opening_run(tokens, earlier) if a.type != "person"]
        if (kind == "thing" and len(main) == 1) or (kind == "plural" and len(main) > 1):
            return tuple(main)
    # nobody named yet in this sentence ("On Friday it also accused ..."): the
    # pronoun continues the last sentence's subject
    sentence_start = not earlier
    if (
        sentence_start
        and kind == "thing"
        and len(m.voice) == 1
        and m.voice[0].type != "person"
        and _clause_opens_with_verb(tokens)
    ):
        # "Reiterates its full support for ...": in a body's own clause, "its" is the body
        return m.voice
    if sentence_start and kind in ("thing", "plural") and m.main_subject:
        wanted = [a for a in m.main_subject if a.type != "person"]
        if kind == "thing" and len(wanted) == 1:
            return tuple(wanted)
        if kind == "plural" and (len(wanted) > 1 or (wanted and m.main_subject_group)):
            return tuple(wanted)
    if kind == "person":
        # the nearest person not inside a prepositional phrase ("wrote to the president
        # of the council, Pakistan's ambassador X, asking ... what he called")
        persons = [s for s in earlier if len(s.actors) == 1 and s.actors[0].type == "person"]
        for s in reversed(persons):
            if not _in_pp(tokens, s, earlier):
                return s.actors
        if persons:
            return persons[-1].actors
        # "..., he said" with no one named in the sentence: the last sentence's subject
        if len(m.main_subject) == 1 and m.main_subject[0].type == "person":
            return m.main_subject
        a = m.last(lambda a: a.type == "person")
        return (a,) if a else ()
    if kind == "thing" and _object_of_verb(tokens, i):
        # "severed ties with Morocco, accusing it of hostile actions": an object pronoun
        # is not its clause's subject, so the last other state or body named
        subject = set(main_subject(tokens, earlier))
        for s in reversed(earlier):
            if (
                len(s.actors) == 1
                and s.actors[0].type in ("state", "organization", "group")
                and s.actors[0] not in subject
            ):
                return s.actors
    if kind == "thing":
        for s in reversed(earlier):
            if (
                len(s.actors) == 1
                and s.actors[0].type in ("state", "organization", "group")
                and not _in_pp(tokens, s, earlier)
                and not _is_object(tokens, s)
            ):
                return s.actors
        a = m.last(lambda a: a.type in ("state", "organization", "group"))
        return (a,) if a else ()
    if kind == "plural" and (verb := _speech_verb_before(tokens, i)) is not None:
        # "Colombia and the ELN said they were restarting the dialogue": the speakers
        run = _coordinated_before(tokens, earlier, _subject_end(tokens, verb))
        if len(run) > 1:
            return run
    if kind == "plural":
        if any(s.how == "group" and not s.actors and s.end <= i for s in spans):
            return ()  # "both Libyan camps ... they": the camps, whom we could not name
        for s in reversed(earlier):
            if (
                len(s.actors) > 1
                or s.how in ("forces", "government")
                or s.actors[0].type == "group"
            ):
                return s.actors
        if m.last_plural:
            return m.last_plural
        a = m.last(lambda a: a.type == "group")
        return (a,) if a else ()
    if kind in ("we", "i"):
        # a quotation: '"I am ready to host talks," Erdogan said.' - the speaker
        speaker = _quoted_speaker(tokens, spans)
        if kind == "i" and speaker is not None:
            return speaker.actors
        if kind == "i" and _quoted_by_pronoun(tokens):
            # '"I reiterate my appeal for a ceasefire," he says': the person last named
            p = m.last(lambda a: a.type == "person")
            if p is not None:
                return (p,)
        if kind == "i" and m.speaker is not None:
            return m.speaker  # a transcript's speaker in their turn
        if m.voice:
            return m.voice
        if speaker is not None:
            return speaker.actors
        if m.speaker is not None:
            # a transcript: the body its speaker speaks for, or no one in a question
            return m.speaker_body if m.speaker else ()
        # a ministry's press release: "we" is the state its header names
        return (m.author,) if m.author is not None else ()
    return ()


def _clause_opens_with_verb(tokens: list[Token]) -> bool:
    """A resolution's operative clause: its first word (after a clause number)
    is a capitalised verb in -s ("Reiterates", "Calls", "Urges")."""
    for t in tokens:
        if not t.is_word or t.lower.isdigit() or len(t.lower) == 1:
            continue
        return t.is_cap and t.lower.endswith("s") and not t.lower.endswith("ss")
    return False


def _speech_verb_before(tokens: list[Token], i: int) -> int | None:
    """The speech verb whose clause the word at ``i`` opens: "said they", "said that they"."""
    k = i - 1
    if k >= 0 and tokens[k].lower == "that":
        k -= 1
    return k if k >= 0 and tokens[k].lower in ACTOR_WORDS.speech_verbs else None


def _subject_end(tokens: list[Token], verb: int) -> int:
    """Where the subject of the verb at ``verb`` ends, past its auxiliaries ("have
    said") and a relative clause set off by commas ("A and B, who telephoned Putin
    last month, have said")."""
    k = verb
    while k > 0 and tokens[k - 1].lower in WORDS_BEFORE_VERB:
        k -= 1
    if k > 0 and tokens[k - 1].lower == ",":
        for j in range(k - 2, max(0, k - 40), -1):
            if tokens[j].lower == "," and tokens[j + 1].lower in ("who", "which"):
                return j
            if tokens[j].lower in (".", ";", ":"):
                break
    return k


# auxiliaries and adverbs between a subject and its speech verb ("have also said")
WORDS_BEFORE_VERB = frozenset(
    {"have", "has", "had", "also", "both", "repeatedly", "previously", "jointly", "publicly"}
)


def _coordinated_before(tokens: list[Token], spans: list[ActorSpan], end: int) -> tuple[Actor, ...]:
    """The actors of the mentions coordinated right before token ``end``
    ("Colombia and the ELN said")."""
    run: list[ActorSpan] = []
    for sp in reversed(spans):
        if sp.end > end:
            continue
        limit = run[0].start if run else end
        between = [t.lower for t in tokens[sp.end : limit] if t.lower not in ("the", "a", "an")]
        if not run and between:
            break  # the speech verb follows the last mention directly
        if run and between not in (["and"], [","], [",", "and"]):
            break
        run.insert(0, sp)
    return tuple(a for sp in run for a in sp.actors)


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
        run = [sp]
        k = idx
        while k + 1 < len(spans):
            nxt = spans[k + 1]
            between = [t.lower for t in tokens[run[-1].end : nxt.start]]
            if between in (
                ["and"],
                [","],
                [",", "and"],
                ["and", "the"],
                [",", "the"],
                ["the"],
                ["and", "between"],
            ):
                run.append(nxt)
                k += 1
            else:
                break
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


def main_subject(tokens: list[Token], spans: list[ActorSpan]) -> tuple[Actor, ...]:
    """The actors of the first mention in subject position, near the sentence start."""
    return subject_group(tokens, spans)[0]


_GROUP_HEAD_WITHIN = 4  # "The foreign ministers of": the group opens the sentence


def subject_group(tokens: list[Token], spans: list[ActorSpan]) -> tuple[tuple[Actor, ...], bool]:
    """The main subject's actors, and whether the subject names them as a group of
    people ("The members of the Security Council", "the leaders of the G7"): then
    "they" in the next sentence is that body."""
    for sp in by_start(spans):
        if sp.start > 12:
            break
        j = sp.start - 1
        while j >= 0 and tokens[j].lower in ("the", "a", "an"):
            j -= 1
        if (
            1 <= j <= _GROUP_HEAD_WITHIN
            and tokens[j].lower == "of"
            and tokens[j - 1].lower in ACTOR_WORDS.group_heads
            and sp.actors
        ):
            return sp.actors, True  # "The (foreign) ministers of the African Union condemned"
        if j >= 0 and tokens[j].lower in ACTOR_WORDS.prepositions:
            continue
        if sp.actors:
            return sp.actors, False
    return (), False


def _quoted_speaker(tokens: list[Token], spans: list[ActorSpan]) -> ActorSpan | None:
    """The speaker named after a closing quotation mark: '..." X said' or '..." said X'."""
    for k, t in enumerate(tokens):
        if (
            t.text not in ACTOR_WORDS.quote_marks
            or k == 0
            or tokens[k - 1].text not in (",", ".", "!", "?")
        ):
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].lower in ACTOR_WORDS.speech_verbs:
            j += 1
        while j < len(tokens) and tokens[j].lower in ("the", "a", "an"):
            j += 1
        for sp in spans:
            if sp.start == j and sp.actors:
                return sp
    return None


def _quoted_by_pronoun(tokens: list[Token]) -> bool:
    """Is the quotation's speaker a pronoun: '..." he said', '..." she says'?"""
    for k, t in enumerate(tokens[1:-1], start=1):
        if t.text in ACTOR_WORDS.quote_marks and tokens[k - 1].text in (",", "!", "?"):
            after = tokens[k + 1].lower
            return (
                after in ("he", "she")
                and k + 2 < len(tokens)
                and (tokens[k + 2].lower in ACTOR_WORDS.speech_verbs)
            )
    return False


def _is_object(tokens: list[Token], sp: ActorSpan) -> bool:
    """Does the mention follow a verb ("accused Thai jets of ...")? Then "it" is not it."""
    j = sp.start - 1
    while j >= 0 and tokens[j].lower in ("the", "a", "an"):
        j -= 1
    if j < 0:
        return False
    t = tokens[j]
    return (
        t.is_word
        and not t.is_cap
        and t.lower not in ACTOR_WORDS.not_verbs
        and t.lower not in ACTOR_WORDS.prepositions
        and t.lower.endswith(("ed", "s"))
    )


def _in_pp(tokens: list[Token], sp: ActorSpan, spans: list[ActorSpan]) -> bool:
    """Is the mention the object of a preposition ("talks with the African Union, Qatar and Togo")?"""
    j = sp.start - 1
    while j >= 0 and tokens[j].lower in ("the", "a", "an"):
        j -= 1
    if j < 0:
        return False
    if tokens[j].lower in ACTOR_WORDS.prepositions:
        return True
    if tokens[j].lower in ("and", "or") and not (j > 0 and tokens[j - 1].lower == ","):
        # "talks with Qatar and Togo"; but ", and Iran's foreign ministry welcomed" is a new clause
        prev = [o for o in spans if o.end <= j and o.end >= j - 1]
        return bool(prev) and _in_pp(tokens, prev[-1], spans)
    if tokens[j].lower == ",":
        prev = [o for o in spans if o.end == j]
        nxt = sp.end < len(tokens) and tokens[sp.end].lower in (",", "and", "or")
        return bool(prev) and nxt and _in_pp(tokens, prev[-1], spans)
    return False
