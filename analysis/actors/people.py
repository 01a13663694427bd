"""People, learnt from the text itself: no person is listed in the data.

A title with a national or organisational modifier and a capitalised name
introduces a person and their affiliation ("Russian President Vladimir
Putin", "Israel's ambassador, Gilad Erdan", "Riyad Mansour, the Palestinian
envoy"); later, the surname ("Putin") or the bare title ("the Chairperson")
is that person. Without a title, a state's possessive ("Congo's Therese
Kayikwamba Wagner") or a verb of speaking ("Getachew Reda said") shows a name
is a person's. Each pass takes the sentence's spans and returns them with the
people it found.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.actors.discourse import Reading
from analysis.actors.gazetteer import organization
from analysis.actors.office_holders import holder_by_surname, holder_of, name_firsts
from analysis.actors.titles import (
    TitleEntry,
    honorific_firsts,
    is_name_word,
    match_title,
    read_name,
    skip_honorifics,
    title_entry,
    title_firsts,
)
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token, by_start

# a name read from the text: (start, end, its words, the affiliation after it: "of Rwanda")
_Name = tuple[int, int, list[str], Actor | None]


@dataclass(frozen=True, slots=True)
class _TitleAt:
    """A title at a token and what stands around it, as the tokens and the
    gazetteer's spans say, whatever the document's memory holds."""

    end: int  # past the title, or past two: "Deputy Prime Minister and Foreign Minister"
    title: TitleEntry
    affiliation: Actor | None  # written before it: "Russian", "Israel's", "UN"
    mod_start: int  # where the mention starts: "the", "former US"
    plural: bool
    after: int  # past the title and its "of X" / "for X"
    post_aff: Actor | None  # that X
    names: list[_Name]  # the names after it (never changed)


class _SentenceTitles:
    """The titles of one sentence, read against its spans; both readings of a
    document ask for the same ones, so the first reading's are kept for the second."""

    def __init__(self, tokens: list[Token], low: list[str], spans: list[ActorSpan]):
        self.spans = tuple(spans)
        self.by_start = {s.start: s for s in spans}
        self.gaz_starts = {s.start: s.end for s in spans}
        # a title inside a name is no title: "the General Assembly", "UN Secretariat"
        self.inside_name = {
            k for sp in spans if sp.how != "adjective" for k in range(sp.start, sp.end)
        }
        self.span_ends = {sp.end for sp in spans}  # "RSF commander Mohamed Hamdan Dagalo"
        firsts = title_firsts()
        self.candidates = [k for k, w in enumerate(low) if w in firsts]
        self.tokens = tokens
        self._at: dict[int, _TitleAt | None] = {}

    def at(self, i: int) -> _TitleAt | None:
        """The title starting at token i; None when none does (read once)."""
        if i not in self._at:
            self._at[i] = self._read(i)
        return self._at[i]

    def _read(self, i: int) -> _TitleAt | None:
        tokens, by_start = self.tokens, self.by_start
        tj, title = match_title(tokens, i)
        if title is None or (
            tj - i == 1
            and title.role == "military"
            and not tokens[i].is_cap
            and i not in self.span_ends
        ):
            return None
        # "Deputy Prime Minister and Foreign Minister Ishaq Dar": one person, two titles
        if tj + 1 < len(tokens) and tokens[tj].lower == "and":
            tj2, second = match_title(tokens, tj + 1)
            if (
                second is not None
                and tj2 < len(tokens)
                and (is_name_word(tokens[tj2]) or skip_honorifics(tokens, tj2) > tj2)
            ):
                tj = tj2
        # ---- the affiliation before the title (a person's possessive, which only the
        # memory knows, is read by titled_people)
        affiliation, mod_start = _modifier_before(tokens, i, by_start)
        plural = tokens[tj - 1].lower != title.words[-1]
        # ---- "of X" / "for X" after the title
        k = tj
        post_aff = None
        if k < len(tokens) and tokens[k].lower in ("of", "for"):
            m = k + 1
            if m < len(tokens) and tokens[m].lower == "the":
                m += 1
            sp = by_start.get(m)
            if sp is not None:
                post_aff = sp.actors[0]
                k = sp.end
                if k < len(tokens) and tokens[k].lower in ACTOR_WORDS.military_nouns:
                    k += 1
            elif title.role == "spokesperson" and m < len(tokens) and tokens[m].is_cap:
                # "Spokesperson for the Secretary-General": the principal's organisation
                # (the principal's title is left to be read as a mention of its own)
                _, head = match_title(tokens, m)
                if head is not None and head.default:
                    post_aff = organization(head.default)
        names = self.names_after(k, title, plural, bool(affiliation or post_aff))
        return _TitleAt(tj, title, affiliation, mod_start, plural, k, post_aff, names)

    def names_after(self, k: int, title: TitleEntry, plural: bool, qualified: bool) -> list[_Name]:
        """The names after a title ending at k: "President Vladimir Putin", "ambassador,
        Gilad Erdan" (past a comma when the title is qualified or no head's)."""
        tokens = self.tokens
        n0 = k
        comma = n0 < len(tokens) and tokens[n0].text == ","
        if comma and (
            title.role != "head"
            or qualified
            # "the Prime Minister, the Hon John Howard MP": an honorific opens a name
            or skip_honorifics(tokens, n0 + 1) > n0 + 1
        ):
            n0 += 1
        return _names_after(tokens, n0, plural, self.by_start, self.gaz_starts)


def titled_people(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """People introduced or named by a title: "Russian President Vladimir Putin",
    "Riyad Mansour, the Palestinian envoy", "the UN chief", "a Hamas spokesman"."""
    found = reading.shared.get("titles")
    if found is None or found.spans != tuple(spans):
        found = reading.shared["titles"] = _SentenceTitles(tokens, reading.low, spans)
    gaz_starts, inside_name = found.gaz_starts, found.inside_name
    taken: set[int] = set()
    new: list[ActorSpan] = []
    resume = 0  # the first token not yet read as part of a title or a name
    for i in found.candidates:
        if i < resume or i in taken or i in inside_name:
            continue
        at = found.at(i)
        if at is None:
            continue
        tj, title, mod_start, plural, k = at.end, at.title, at.mod_start, at.plural, at.after
        affiliation, names = at.affiliation, at.names
        if affiliation is None and mod_start >= 2 and tokens[mod_start - 1].lower == "'s":
            # "Haftar's spokesman": a person named before speaks through the title holder
            owner = reading.memory.persons.get(
                reading.memory.aliases.get((tokens[mod_start - 2].text,), "")
            )
            if owner is not None:
                affiliation, mod_start = owner, mod_start - 2
                if at.post_aff is None:  # the title is qualified now
                    names = found.names_after(k, title, plural, qualified=True)
        # ---- or the name before: "Riyad Mansour, the Palestinian envoy"
        before = None if names else _name_before(tokens, mod_start, gaz_starts, taken)
        if before is not None and k < len(tokens) and tokens[k].lower == "'s":
            # "Gerd Merrem, the Secretary-General's Special Representative": the title is
            # the possessor's, not the named person's
            before = None
        aff = affiliation or at.post_aff or _opening_place(tokens, spans)
        if names:
            for n_i, (a0, a1, w, of_aff) in enumerate(names):
                # "Foreign ministers Olivier Nduhungirehe of Rwanda and ..."
                person = _person(reading, w, title, of_aff or aff)
                start = mod_start if n_i == 0 else a0
                new.append(ActorSpan(start, a1, (person,), "person"))
                taken.update(range(start, a1))
            resume = names[-1][1]
            continue
        if before is not None:
            st, _, w = before
            person = _person(reading, w, title, aff)
            new.append(ActorSpan(st, k, (person,), "person"))
            taken.update(range(st, k))
            resume = k
            continue
        # ---- a bare title: "The Chairperson", "the UN chief", "The Deputy Prime Minister";
        # not one that modifies another title ("the two chief negotiators")
        if (
            (title.role != "official" or aff is not None)
            and not plural
            and not (k < len(tokens) and not tokens[k].is_cap and match_title(tokens, k)[1])
        ):
            # "Brahim Ghali, its leader,": a title owned by a pronoun means no one named
            # before by its role alone
            owned = mod_start > 0 and tokens[mod_start - 1].lower in ("its", "their", "his", "her")
            known = _by_title(reading, title, aff, generic=not owned)
            if known is not None:
                new.append(ActorSpan(mod_start, k, (known,), "title"))
                taken.update(range(mod_start, k))
                resume = k
                continue
            office = None
            if aff is not None and (
                title.role in ("head", "minister") or (title.role == "leader" and title.refers_to)
            ):  # "the UN Secretary-General", "the Turkish leader"
                office = aff  # an unnamed office holder: "the UN Secretary-General"
            elif aff is None and title.role == "head" and tokens[i].is_cap:
                # "the Secretary-General": of the organisation in the text, else the UN
                org = reading.memory.last(lambda a: a.type == "organization")
                if title.default:
                    org = organization(title.default) or org
                if title.title.lower().startswith("secretary"):
                    office = org
                elif reading.memory.author is not None and holder_of(
                    title.title, reading.memory.author.name, reading.memory.date
                ):
                    # "The President spoke by telephone ..." in a White House readout:
                    # the issuing state's office holder on the day
                    office = reading.memory.author
            if office is not None:
                new.append(
                    _office_holder(office, title.title, mod_start, k, "title", reading.memory.date)
                )
                taken.update(range(mod_start, k))
                resume = k
                continue
        if title.role == "spokesperson" and aff is not None:
            # "a spokesman for the Tigrayan forces": speaks for aff
            new.append(_office_holder(aff, title.title.lower(), mod_start, k, "spokesperson"))
            taken.update(range(mod_start, k))
            resume = k
            continue
        resume = tj
    # keep gazetteer spans that do not overlap the people found
    if not taken:
        return spans + new
    kept = [s for s in spans if not any(j in taken for j in range(s.start, s.end))]
    return kept + new


def _opening_place(tokens: list[Token], spans: list[ActorSpan]) -> Actor | None:
    """The state an opening place adverbial names ("In Algiers, President Houari
    Boumediene's government ..."): whose office an unqualified title in the sentence is."""
    if len(tokens) < 3 or tokens[0].lower != "in":
        return None
    for sp in spans:
        if (
            sp.start == 1
            and sp.how in ("capital", "name", "alias")
            and len(sp.actors) == 1
            and sp.actors[0].type == "state"
            and sp.end < len(tokens)
            and tokens[sp.end].text == ","
        ):
            return sp.actors[0]
    return None


def _names_after(
    tokens: list[Token],
    n0: int,
    plural: bool,
    by_start: dict[int, ActorSpan],
    gaz_starts: dict[int, int],
) -> list[_Name]:
    """The name after a title, or the names after a plural one: "Prime Ministers
    Narendra Modi and Shehbaz Sharif"."""
    names: list[_Name] = []
    ne, words = read_name(tokens, n0, gaz_starts, after_title=True)
    if words:
        ne, of_aff = _of_affiliation(tokens, ne, by_start)
        names.append((n0, ne, words, of_aff))
        while plural and ne < len(tokens) and tokens[ne].lower in ("and", ","):
            ne2, words2 = read_name(tokens, ne + 1, gaz_starts)
            if not words2:
                break
            ne2, of_aff2 = _of_affiliation(tokens, ne2, by_start)
            names.append((ne + 1, ne2, words2, of_aff2))
            ne = ne2
    return names


def _name_before(
    tokens: list[Token], mod_start: int, gaz_starts: dict[int, int], taken: set[int]
) -> tuple[int, int, list[str]] | None:
    """The name before ", the Palestinian envoy": (start, end, words), or None."""
    if mod_start < 2 or tokens[mod_start - 1].text != ",":
        return None
    end = mod_start - 1
    st = end
    while st > 0 and (
        is_name_word(tokens[st - 1])
        or tokens[st - 1].lower in ACTOR_WORDS.name_particles
        or tokens[st - 1].text == "."
    ):
        st -= 1
    while st < end and not is_name_word(tokens[st]):
        st += 1
    st = skip_honorifics(tokens, st)
    words = [t.text for t in tokens[st:end] if t.text != "."]
    if words and st not in gaz_starts and not any(j in taken for j in range(st, end)):
        return st, end, words
    return None


def _of_affiliation(
    tokens: list[Token], end: int, by_start: dict[int, ActorSpan]
) -> tuple[int, Actor | None]:
    """ "Olivier Nduhungirehe of Rwanda": the name's own affiliation, and the new end."""
    if end + 1 < len(tokens) and tokens[end].lower == "of":
        m0 = end + 2 if tokens[end + 1].lower == "the" else end + 1
        sp = by_start.get(m0)
        if sp is not None and sp.actors[0].type in ("state", "organization", "group"):
            return sp.end, sp.actors[0]
    return end, None


def _modifier_before(
    tokens: list[Token], i: int, by_start: dict[int, ActorSpan]
) -> tuple[Actor | None, int]:
    """Affiliation written before a title: "Russian", "Israel's", "UN", "AU Commission", "Hamas";
    and where the mention starts."""
    j = i
    # skip role words: "former", "acting", "senior"
    while j > 0 and tokens[j - 1].lower in ACTOR_WORDS.role_words:
        j -= 1
    affiliation = None
    start = j
    # "Foreign ministry spokesman": the ministry's state comes from context
    if j > 1 and tokens[j - 1].lower in ACTOR_WORDS.ministry_heads:
        portfolio = tokens[j - 2].lower
        if portfolio in ACTOR_WORDS.portfolios:
            start = j - 2
            j = start
    # "EU foreign policy chief", "UN human rights chief": a lower-case portfolio between
    k = j
    while (
        k > 0
        and j - k < 2
        and tokens[k - 1].is_word
        and not tokens[k - 1].is_cap
        and tokens[k - 1].lower in ACTOR_WORDS.portfolio_words
    ):
        k -= 1
    if k != j and any(sp.end == k for sp in by_start.values()):
        j = k
    for sp in list(by_start.values()):
        if sp.end == j or (sp.end + 1 == j and tokens[sp.end].lower == "'s"):
            affiliation = sp.actors[0]
            start = sp.start
            # "Cambodia's UN ambassador": the possessive state wins
            if sp.start >= 2 and tokens[sp.start - 1].lower == "'s":
                for sp2 in by_start.values():
                    if sp2.end == sp.start - 1 and sp2.actors[0].type == "state":
                        affiliation = sp2.actors[0]
                        start = sp2.start
            break
    if affiliation is None:
        # "Parliament Speaker Nabih Berri", "Druze leader Walid Jumblatt": a capitalised
        # word no gazetteer knows qualifies the title and belongs to the mention
        taken = {k for sp in by_start.values() for k in range(sp.start, sp.end)}
        steps = 0
        while (
            start > 0
            and steps < 2
            and tokens[start - 1].is_cap
            and tokens[start - 1].is_word
            and start - 1 not in taken
            and tokens[start - 1].lower not in ACTOR_WORDS.not_name_words
        ):
            start -= 1
            steps += 1
        # "Ukrainian Infrastructure Minister", "Israel's Strategic Affairs Minister": the
        # portfolio is unknown, the state before it is the affiliation
        for sp in by_start.values() if steps else ():
            if sp.end == start or (sp.end + 1 == start and tokens[sp.end].lower == "'s"):
                if sp.actors[0].type in ("state", "organization"):
                    affiliation = sp.actors[0]
                    start = sp.start
                break
    # "former US President", "the UN chief": the words before belong to the mention
    while start > 0 and (
        tokens[start - 1].lower in ACTOR_WORDS.leading_role_words
        or tokens[start - 1].lower in ("the", "a", "an")
    ):
        if tokens[start - 1].lower in ("the", "a", "an"):
            start -= 1
            break
        start -= 1
    return affiliation, start


def _person(reading: Reading, words: list[str], title: TitleEntry, aff: Actor | None) -> Actor:
    """The titled person called ``words``, registered in the memory."""
    memory = reading.memory
    name = " ".join(words)
    explicit = aff is not None
    holder = memory.holder(words)
    if holder is None and len(words) == 1:
        holder = holder_by_surname(words[0], title.title, memory.date)  # "Secretary Blinken"
    if aff is None:
        known = memory.persons.get(memory.aliases.get(tuple(words), ""), None)
        if known is not None:
            return known
        if holder is not None:
            # "President Vladimir Putin": whose president, the office table says
            person = Actor(holder.name, "person", holder.affiliation, title.title)
            return memory.add_person(person, tuple(words))
        aff = reading.context_affiliation()
    affiliation = aff.affiliation if aff is not None else name
    person = Actor(holder.name if holder else name, "person", affiliation, title.title)
    return memory.add_person(person, tuple(words), explicit=explicit)


def _by_title(
    reading: Reading, title: TitleEntry, aff: Actor | None, *, generic: bool = True
) -> Actor | None:
    """The person last introduced with this title, a title ending with it ("the
    envoy" for a Special Envoy, "the minister" for a Foreign Minister) or, for a
    generic noun, a role it may mean ("the UN chief", "the Turkish leader", "the
    top diplomat"); of this affiliation, when given."""
    bare = title.words
    memory = reading.memory
    fitting = []
    for p in reversed(list(memory.persons.values())):
        if not p.title or (aff is not None and p.affiliation != aff.affiliation):
            continue
        words = tuple(p.title.lower().split())
        entry = title_entry(p.title)
        if (
            words[-len(bare) :] == bare
            or words == bare
            or (generic and p.title.lower() in title.refers_to)
            or (generic and entry is not None and entry.role in title.refers_to)
        ):
            fitting.append(p)
    if len(fitting) < 2:
        return fitting[0] if fitting else None
    # several fit: in a text a government issues, its own ("The President" of a White
    # House readout); else the one the text introduced last
    issuer = memory.author.name if memory.author is not None else None
    own = [p for p in fitting if p.affiliation == issuer]
    return own[0] if len(own) == 1 else fitting[0]


def _office_holder(
    body: Actor, title: str, start: int, end: int, how: str, on: str | None = None
) -> ActorSpan:
    """A person known only by office: "UN Secretary-General", "Hamas spokesman";
    the holder the office table names for the document's date, when it does."""
    holder = holder_of(title, body.affiliation, on)
    if holder is not None:
        return ActorSpan(start, end, (holder,), how)
    short = ACTOR_WORDS.organisation_short_names.get(body.name, body.name)
    person = Actor(f"{short} {title}", "person", body.affiliation, title)
    return ActorSpan(start, end, (person,), how)


def known_names(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """Later mentions of people already introduced: "Putin", "Kayikwamba Wagner"."""
    memory = reading.memory
    aliases = memory.aliases
    if not aliases or memory.alias_firsts_low.isdisjoint(reading.words):
        return spans
    firsts = memory.alias_firsts
    starts = [k for k, t in enumerate(tokens) if t.text in firsts]
    if not starts:
        return spans
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    resume = 0  # the first token after the last name read
    for i in starts:
        if i < resume or i in covered:
            continue
        best = None
        for n in range(min(6, len(tokens) - i), 0, -1):
            key = tuple(t.text for t in tokens[i : i + n])
            if key in aliases and not any(j in covered for j in range(i, i + n)):
                best = (n, aliases[key])
                break
        if best:
            n, name = best
            out.append(ActorSpan(i, i + n, (memory.persons[name],), "surname"))
            covered.update(range(i, i + n))
            resume = i + n
    return out


def possessive_people(
    reading: Reading, tokens: list[Token], spans: list[ActorSpan]
) -> list[ActorSpan]:
    """ "Congo's Therese Kayikwamba Wagner": a state's possessive before a name."""
    memory = reading.memory
    spans = by_start(spans)
    if "'s" not in reading.words:
        return spans  # no possessive
    covered = {i for s in spans for i in range(s.start, s.end)}
    gaz_starts = {s.start: s.end for s in spans}
    out: list[ActorSpan] = []
    skip: set[int] = set()
    for sp in spans:
        if id(sp) in skip:
            continue
        j = sp.end
        if not (
            sp.actors
            and sp.actors[0].type == "state"
            and j + 1 < len(tokens)
            and tokens[j].lower == "'s"
        ):
            out.append(sp)
            continue
        nxt = next((o for o in spans if o.start == j + 1), None)
        if nxt is not None and nxt.how in ("person", "surname") and len(nxt.actors) == 1:
            person = nxt.actors[0]
            if person.affiliation == person.name:
                person = memory.add_person(
                    Actor(person.name, "person", sp.actors[0].name, person.title),
                    tuple(person.name.split()),
                )
            out.append(ActorSpan(sp.start, nxt.end, (person,), "person"))
            skip.add(id(nxt))
            continue
        if nxt is None and j + 1 not in covered:
            end, words = read_name(tokens, j + 1, gaz_starts)
            if len(words) >= 2 and not any(
                w.lower() in ACTOR_WORDS.organisation_words for w in words
            ):
                if (
                    end < len(tokens)
                    and tokens[end].is_word
                    and not tokens[end].is_cap
                    and tokens[end].lower in ACTOR_WORDS.state_body_nouns
                ):
                    out.append(sp)  # the words name a body ("... forces"), not a person
                    continue
                person = memory.add_person(
                    Actor(" ".join(words), "person", sp.actors[0].name, None), tuple(words)
                )
                out.append(ActorSpan(sp.start, end, (person,), "person"))
                continue
        out.append(sp)
    return out


def office_holders_named(
    reading: Reading, tokens: list[Token], spans: list[ActorSpan]
) -> list[ActorSpan]:
    """Full names the office table knows, wherever they stand ("talks between
    Vladimir Putin and Recep Tayyip Erdogan"): the person, with the office held
    on the document's date."""
    memory = reading.memory
    out = list(spans)
    opens = reading.shared.get("office_opens")
    if opens is None:  # where a known name may start: read once for both readings
        opens = reading.shared["office_opens"] = _office_holder_opens(reading, tokens)
    if not opens:
        return out
    covered = {i for s in spans for i in range(s.start, s.end)}
    gaz_starts = {s.start: s.end for s in spans}
    resume = 0
    for i in opens:
        if i < resume or i in covered or (i > 0 and is_name_word(tokens[i - 1])):
            continue
        end, words = read_name(tokens, i, gaz_starts)
        if len(words) < 2 or any(k in covered for k in range(i, end)):
            continue
        holder = memory.holder(words)
        if holder is not None:
            person = memory.add_person(holder, tuple(words))
            out.append(ActorSpan(i, end, (person,), "surname"))
            covered.update(range(i, end))
            resume = end
    return out


def _office_holder_opens(reading: Reading, tokens: list[Token]) -> list[int]:
    """The capitalised tokens that may open a name of the office table: one of
    its first words, or an honorific ("His Excellency")."""
    firsts = name_firsts()
    honorifics = honorific_firsts()
    if firsts.isdisjoint(reading.words) and honorifics.isdisjoint(reading.words):
        return []
    return [
        k for k, t in enumerate(tokens) if t.is_cap and (t.lower in firsts or t.lower in honorifics)
    ]
