"""Actor mentions: who the text talks about, resolved to canonical actors.

Per sentence, left to right, with a document-level memory (``Discourse``):

1. gazetteer names: states, capitals and government seats used as metonyms,
   organisations and their acronyms (``analysis.gazetteer``);
2. people, learnt from the text itself: a role title with a national or
   organisational modifier and a capitalised name introduces a person and
   their affiliation ("Russian President Vladimir Putin", "Israel's
   ambassador, Gilad Erdan", "Riyad Mansour, the Palestinian envoy");
   later surname-only mentions ("Putin") and bare titles ("the Chairperson")
   resolve to that person;
3. compounds that stand for a state or body: "Thai troops", "the Israeli
   cabinet", "the Russian Foreign Ministry", "Cambodia's defence ministry";
4. references back: group phrases ("both sides", "the leaders"), pronouns
   ("he", "it", "they", "we") resolved to the actors just named.

No person is listed in the data: tomorrow's crisis has new names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from analysis.gazetteer import GazetteerEntry, gazetteer_entries, non_actor_phrases
from analysis.lexicon import read_csv, read_lines
from analysis.models import Actor, Document, Mention, Sentence
from analysis.text import ActorSpan, ParsedSentence, Token, by_start, order_by_start, tokenize

# ---------------------------------------------------------------------------
# knowledge tables


@dataclass(frozen=True)
class TitleEntry:
    words: tuple[str, ...]  # lower case
    title: str  # display form, singular
    role: str
    ministry: str
    default: str = ""  # organisation of the unqualified title ("the Secretary-General")


@lru_cache(maxsize=1)
def _titles() -> dict[tuple[str, ...], TitleEntry]:
    table: dict[tuple[str, ...], TitleEntry] = {}
    for row in read_csv("titles.csv"):
        words = tuple(t.lower for t in tokenize(row["title"]))
        entry = TitleEntry(
            words, row["title"], row["role"], row.get("ministry", ""), row.get("default", "")
        )
        table[words] = entry
        last = words[-1]
        plural = last + ("es" if last.endswith(("s", "sh", "ch")) else "s")
        if last.endswith("man"):
            plural = last[:-3] + "men"
        table.setdefault(words[:-1] + (plural,), entry)
    return table


@lru_cache(maxsize=1)
def _honorifics() -> set[tuple[str, ...]]:
    return {tuple(t.lower for t in tokenize(h)) for h in read_lines("honorifics.txt")}


@lru_cache(maxsize=1)
def _references() -> dict[tuple[str, ...], str]:
    return {
        tuple(t.lower for t in tokenize(r["phrase"])): r["refers_to"]
        for r in read_csv("references.csv")
    }


@lru_cache(maxsize=1)
def _reference_firsts() -> frozenset[str]:
    return frozenset(words[0] for words in _references())


@lru_cache(maxsize=1)
def _reference_pairs() -> frozenset[tuple[str, str]]:
    """The first two words of each group reference ("the", "two"): a common
    first word ("the") is read further only when its next word fits."""
    return frozenset((words[0], words[1]) for words in _references() if len(words) > 1)


@dataclass(frozen=True)
class Gazetteer:
    trie: dict  # nested dicts of lower-case tokens; key None holds entries
    adjectives: dict[str, Actor]  # "russian" -> Russia
    adjective_of: dict[str, str]  # "Russia" -> "Russian" (first adjective, for names)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    trie: dict = {}
    adjectives: dict[str, Actor] = {}
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
            adjectives.setdefault(words[0] if len(words) == 1 else " ".join(words), e.actor)
            adjective_of.setdefault(e.actor.name, e.surface)
    # phrases that contain a name but name no actor ("Latin America", "the Minsk
    # agreements") win as longest matches and give no mention
    for phrase in non_actor_phrases():
        words = tuple(t.lower for t in tokenize(phrase))
        node = trie
        for w in words:
            node = node.setdefault(w, {})
        node[None] = [NON_ACTOR]
    return Gazetteer(trie, adjectives, adjective_of)


NON_ACTOR = GazetteerEntry("", Actor("", "group", ""), "non_actor")


# Nouns that, after a national adjective or a state's possessive, stand for
# the state acting: "Thai troops pounded", "the Israeli cabinet voted".
STATE_BODY_NOUNS = frozenset(
    """
    government governments cabinet administration authorities authority officials leadership
    leaders side delegation delegations team negotiators mediators state regime junta presidency
    troops forces force army armies military militaries soldiers jets aircraft warplanes missiles
    drones artillery navy fighters police strikes airstrikes air-strikes gunners commanders
    guards units battalions tanks rockets shelling
    """.split()
)
MILITARY_NOUNS = frozenset(
    """
    troops forces force army military soldiers jets aircraft warplanes missiles drones artillery
    navy fighters strikes airstrikes gunners commanders units tanks rockets shelling rebels
    militants militia
    """.split()
)
MINISTRY_HEADS = frozenset({"ministry", "office", "department"})
PORTFOLIOS = {
    "foreign": "Foreign",
    "defence": "Defence",
    "defense": "Defense",
    "interior": "Interior",
    "information": "Information",
    "justice": "Justice",
}
NAME_PARTICLES = frozenset(
    "bin bint ibn al el de da di van von der del la le du dos das abu abd ben".split()
)
# Capitalised words that start sentences or headlines but never names.
NOT_NAME = frozenset(
    """
    the a an and or but in on at of for to from with by as after before since while when if
    this that these those it its he she his her they their we our us you i
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow
    mr mrs ms dr meanwhile however also under over about into amid despite during until
    north south east west northern southern eastern western central new former acting senior
    """.split()
)
# capitalised words of organisation names, never of a person's name
ORG_WORDS = frozenset(
    """
    ministry office council committee department government army forces force party front movement
    union agency news times post reuters press association commission court bank fund league
    assembly parliament senate congress cabinet house organisation organization group alliance
    coalition authority authorities institute university foundation corporation company
    brigade battalion guard guards police navy command centre center embassy mission
    """.split()
)
# the words that can open "Ministry of Foreign Affairs" or "the defence ministry"
_MINISTRY_WORDS = frozenset({"ministry", "department", *PORTFOLIOS})
PERSON_SPEECH = frozenset(
    "said says told tells added stressed insisted declared wrote tweeted posted warned urged called".split()
)
# words between a national adjective and a title: "Lebanese caretaker Prime Minister"
ROLE_WORDS = frozenset(
    "former acting deputy senior top chief new outgoing interim caretaker incoming current "
    "then late elected newly-elected self-declared exiled".split()
)
PORTFOLIO_WORDS = frozenset(
    "foreign policy security defence defense human rights humanitarian aid relief military army "
    "trade economic peace nuclear intelligence refugee health political top".split()
)
PRONOUNS = {
    "he": "person",
    "him": "person",
    "his": "person",
    "she": "person",
    "her": "person",
    "it": "thing",
    "its": "thing",
    "itself": "thing",
    "they": "plural",
    "them": "plural",
    "their": "plural",
    "themselves": "plural",
    "we": "we",
    "our": "we",
    "us": "we",
    # first person singular: the quoted speaker, as for "we"
    "i": "we",
    "my": "we",
    "me": "we",
}


# ---------------------------------------------------------------------------
# document memory


@dataclass
class Discourse:
    """What the text has introduced so far."""

    persons: dict[str, Actor] = field(default_factory=dict)  # canonical name -> actor
    explicit: set[str] = field(default_factory=set)  # persons whose affiliation the text states
    aliases: dict[tuple[str, ...], str] = field(default_factory=dict)  # name words -> canonical
    recent: list[Actor] = field(default_factory=list)  # actors in order of mention
    last_group: tuple[Actor, ...] = ()  # last two or more actors named together
    last_persons: tuple[Actor, ...] = ()  # last two or more persons named together
    last_plural: tuple[Actor, ...] = ()  # whichever of the two came last
    doc_counts: Counter = field(default_factory=Counter)  # states and groups in the whole text
    state_counts: Counter = field(default_factory=Counter)
    voice: tuple[Actor, ...] = ()  # who "we" is in a statement
    main_subject: tuple[Actor, ...] = ()  # subject of the last sentence that had one
    author: Actor | None = None  # the issuing state or body of a statement

    def remember(self, actor: Actor) -> None:
        self.recent.append(actor)
        if actor.type == "state":
            self.state_counts[actor.name] += 1

    def last(self, pred) -> Actor | None:
        for a in reversed(self.recent):
            if pred(a):
                return a
        return None

    def add_person(
        self, actor: Actor, name_words: tuple[str, ...], *, explicit: bool = True
    ) -> Actor:
        """Register a person; ``explicit`` when the text states the affiliation
        ("US President Donald Trump") rather than it being guessed from context."""
        known = self.persons.get(actor.name)
        if known:
            # a later mention may state the affiliation an earlier one left to context
            unknown = known.affiliation == known.name
            guessed = known.name not in self.explicit
            if (
                actor.affiliation != actor.name
                and actor.affiliation != known.affiliation
                and (unknown or (guessed and explicit))
            ):
                known = Actor(known.name, "person", actor.affiliation, known.title or actor.title)
                self.persons[actor.name] = known
            if explicit and actor.affiliation != actor.name:
                self.explicit.add(actor.name)
            return known
        if explicit and actor.affiliation != actor.name:
            self.explicit.add(actor.name)
        self.persons[actor.name] = actor
        words = [w for w in name_words if w.lower() not in NAME_PARTICLES and len(w) > 1]
        keys = {tuple(name_words)}
        for i in range(len(name_words)):
            keys.add(tuple(name_words[i:]))  # "Kayikwamba Wagner", "Al Thani"
        keys |= {(w,) for w in words}  # "Putin", and "Abiy"/"Getachew" (given names used alone)
        for k in keys:
            if k and k[0].lower() not in NAME_PARTICLES:
                self.aliases[k] = actor.name
        return actor

    def focus_state(self) -> Actor | None:
        if self.state_counts:
            name = self.state_counts.most_common(1)[0][0]
            return Actor(name, "state", name)
        return self.author if self.author and self.author.type == "state" else None


# ---------------------------------------------------------------------------
# recognition


def _match_trie(tokens: list[Token], i: int) -> tuple[int, list[GazetteerEntry]]:
    """Longest gazetteer match starting at token i: (end index, entries)."""
    node: dict = gazetteer().trie
    best: tuple[int, list[GazetteerEntry]] = (i, [])
    j = i
    while j < len(tokens):
        child = node.get(tokens[j].lower)
        if child is None:
            break
        node = child
        j += 1
        if None in node:
            best = (j, node[None])
    return best


def actor_named(tokens: list[Token]) -> Actor | None:
    """The actor that exactly these tokens name in the gazetteer ("Iran" of "Iran-aligned")."""
    j, entries = _match_trie(tokens, 0)
    entries = [e for e in entries if j == len(tokens) and _entry_ok(tokens, 0, j, e)]
    return entries[0].actor if entries else None


def _entry_ok(tokens: list[Token], i: int, j: int, e: GazetteerEntry) -> bool:
    """Case rules: names start with a capital; an acronym is matched exactly."""
    first = tokens[i]
    if e is NON_ACTOR:
        return True
    if not first.is_cap and not e.surface[:1].islower():
        return False
    if e.how == "acronym" or (len(first.text) <= 4 and first.text.isupper()):
        return "".join(t.text for t in tokens[i:j]).replace(" ", "") == e.surface.replace(" ", "")
    return True


_SUBJECT_BLOCKERS = frozenset(
    "of with to between for against on in from at into over toward towards about among including by "
    "across near inside within under through via upon around without despite amid during".split()
)


def _main_subject(tokens: list[Token], spans: list[ActorSpan]) -> tuple[Actor, ...]:
    """The actors of the first mention in subject position, near the sentence start."""
    for sp in by_start(spans):
        if sp.start > 12:
            break
        j = sp.start - 1
        while j >= 0 and tokens[j].lower in ("the", "a", "an"):
            j -= 1
        if j >= 0 and tokens[j].lower in _SUBJECT_BLOCKERS:
            continue
        if sp.actors:
            return sp.actors
    return ()


_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''"})


def _quoted_speaker(tokens: list[Token], spans: list[ActorSpan]) -> ActorSpan | None:
    """The speaker named after a closing quotation mark: '..." X said' or '..." said X'."""
    for k, t in enumerate(tokens):
        if t.text not in _QUOTE_MARKS or k == 0 or tokens[k - 1].text not in (",", ".", "!", "?"):
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].lower in PERSON_SPEECH:
            j += 1
        while j < len(tokens) and tokens[j].lower in ("the", "a", "an"):
            j += 1
        for sp in spans:
            if sp.start == j and sp.actors:
                return sp
    return None


_NOT_VERBS = frozenset(
    "and or but , ; : the a an its his her their our this that these those both all each said says "
    "told while as when after before because".split()
)


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
        and t.lower not in _NOT_VERBS
        and t.lower not in _SUBJECT_BLOCKERS
        and t.lower.endswith(("ed", "s"))
    )


def _in_pp(tokens: list[Token], sp: ActorSpan, spans: list[ActorSpan]) -> bool:
    """Is the mention the object of a preposition ("talks with the African Union, Qatar and Togo")?"""
    j = sp.start - 1
    while j >= 0 and tokens[j].lower in ("the", "a", "an"):
        j -= 1
    if j < 0:
        return False
    if tokens[j].lower in _SUBJECT_BLOCKERS:
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


def _gazetteer_spans(tokens: list[Token]) -> list[ActorSpan]:
    """Longest gazetteer matches, left to right (names, capitals, adjectives, acronyms)."""
    spans: list[ActorSpan] = []
    trie = gazetteer().trie
    resume = _dateline_end(tokens)  # the first token after the last name read
    for i in [k for k, t in enumerate(tokens) if t.lower in trie]:
        if i < resume:
            continue
        j, entries = _match_trie(tokens, i)
        entries = [e for e in entries if _entry_ok(tokens, i, j, e)]
        if entries:
            e = entries[0]
            if e is not NON_ACTOR and not _names_a_place(tokens, i, j, e):
                spans.append(ActorSpan(i, j, (e.actor,), e.how))
            resume = j
    return spans


def _dateline_end(tokens: list[Token]) -> int:
    """ "NAIROBI - Authorities in ...": a wire dateline names a place, not an actor."""
    j = 0
    while j < len(tokens) and j < 5 and tokens[j].text.isupper() and tokens[j].is_word:
        j += 1
    if 0 < j < len(tokens) and tokens[j].text in ("-", "\u2013", "\u2014"):
        return j + 1
    return 0


# a capital naming a process or a venue: "the Luanda and Nairobi processes"
PLACE_HEADS = frozenset(
    {
        "process",
        "processes",
        "agreement",
        "agreements",
        "accords",
        "accord",
        "format",
        "talks",
        "summit",
        "declaration",
        "protocol",
        "framework",
    }
)


def _names_a_place(tokens: list[Token], i: int, j: int, e: GazetteerEntry) -> bool:
    if e.how != "capital":
        return False
    k = j
    while k < len(tokens) and (
        tokens[k].lower in ("and",) or (tokens[k].is_cap and tokens[k].is_word)
    ):
        k += 1
    return k < len(tokens) and tokens[k].lower in PLACE_HEADS


@lru_cache(maxsize=1)
def _title_firsts() -> dict[str, int]:
    """First word of each title -> the longest title starting with it (in words).

    Test a sentence's words against it as ``.keys().isdisjoint(words)``: that
    walks the smaller side, where ``words.isdisjoint(dict)`` walks the whole dict.
    """
    firsts: dict[str, int] = {}
    for words in _titles():
        firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    return firsts


def _match_title(tokens: list[Token], i: int) -> tuple[int, TitleEntry | None]:
    longest = _title_firsts().get(tokens[i].lower)
    if not longest:
        return i, None
    titles = _titles()
    best: tuple[int, TitleEntry | None] = (i, None)
    for n in range(1, longest + 1):
        key = tuple(t.lower for t in tokens[i : i + n])
        if len(key) < n:
            break
        if key in titles:
            best = (i + n, titles[key])
    return best


_PARTICLE_HYPHEN = re.compile(r"^(al|el|ad|as|ash|at|az|bin|ibn|abu)-[A-Z]")


def _is_name_word(t: Token) -> bool:
    if _PARTICLE_HYPHEN.match(t.text):
        return True  # "el-Sisi", "al-Mashat"
    return t.is_cap and t.is_word and t.lower not in NOT_NAME and not t.text.isdigit()


@lru_cache(maxsize=1)
def _honorific_firsts() -> frozenset[str]:
    return frozenset(h[0] for h in _honorifics())


def _skip_honorifics(tokens: list[Token], i: int) -> int:
    if i >= len(tokens) or tokens[i].lower not in _honorific_firsts():
        return i
    honorifics = _honorifics()
    changed = True
    while changed:
        changed = False
        for n in (3, 2, 1):
            key = tuple(t.lower for t in tokens[i : i + n])
            if len(key) == n and key in honorifics:
                i += n
                changed = True
                break
    return i


def _read_name(tokens: list[Token], i: int, gaz_starts: dict[int, int]) -> tuple[int, list[str]]:
    """A personal name starting at i: (end index, words); end == i when none."""
    i0 = _skip_honorifics(tokens, i)
    if i0 < len(tokens) and _match_title(tokens, i0)[1] is not None:
        return i, []  # "a spokesperson for UN Secretary-General X": a title, not a name
    words: list[str] = []
    j = i0
    while j < len(tokens) and len(words) < 7:
        t = tokens[j]
        if _is_name_word(t) and not (j in gaz_starts and not words):
            words.append(t.text)
            j += 1
            # an initial: "Joseph R. Biden"
            if len(t.text) == 1 and j < len(tokens) and tokens[j].text == ".":
                words[-1] += "."
                j += 1
        elif words and t.lower in NAME_PARTICLES and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            words.append(t.text)
            j += 1
        elif words and t.text == "'" and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            j += 1  # Dato' Seri
        else:
            break
    while words and words[-1].lower() in NAME_PARTICLES:
        words.pop()
        j -= 1
    if not words:
        return i, []
    return j, words


def _state_of(tokens: list[Token], i: int, j: int) -> Actor | None:
    """The state named by tokens[i:j] as a country name or a national adjective."""
    _, entries = _match_trie(tokens, i)
    for e in entries:
        if e.actor.type == "state":
            return e.actor
    return None


def _body_noun_at(tokens: list[Token], start: int, within: int, *, lower_only: bool) -> int | None:
    """Index of a state-body noun ("troops", "government") at most ``within`` words
    from ``start``, past modifiers ("ground", "federal"); None when there is none."""
    k = start
    while (
        k < len(tokens)
        and k < start + within
        and tokens[k].lower not in STATE_BODY_NOUNS
        and tokens[k].is_word
        and not (lower_only and tokens[k].is_cap)
        and tokens[k].lower not in ("and", "of", "in")
    ):
        k += 1
    return k if k < len(tokens) and tokens[k].lower in STATE_BODY_NOUNS else None


def _ministry(state: Actor, portfolio: str, head: str) -> Actor:
    adjective = gazetteer().adjective_of.get(state.name, state.name)
    noun = (
        "Foreign Office" if head == "office" and portfolio == "Foreign" else f"{portfolio} Ministry"
    )
    if head == "department" and portfolio in ("State", "Defense"):
        noun = f"{portfolio} Department"
    return Actor(f"{adjective} {noun}", "organization", state.name)


class _Recogniser:
    def __init__(self, doc: Document):
        self.doc = doc
        self.memory = Discourse()
        self._by_name: dict[str, Actor] = {}
        # the lower-case words of the sentence in hand: a pass whose cue words are
        # all missing is skipped at once
        self._low: list[str] = []
        self._words: set[str] = set()

    # -- per sentence ------------------------------------------------------
    def sentence(
        self,
        sentence: Sentence,
        tokens: list[Token] | None = None,
        gazetteer_spans: list[ActorSpan] | None = None,
        low: list[str] | None = None,
        words: set[str] | None = None,
    ) -> ParsedSentence:
        if tokens is None:
            tokens = tokenize(sentence.text, sentence.start)
        self._read(tokens, low, words)
        spans = self._named(tokens, gazetteer_spans)
        if not _title_firsts().keys().isdisjoint(self._words):
            spans = self._people(tokens, spans)
        spans = self._compounds(tokens, spans)
        spans = self._known_names(tokens, spans)
        spans = self._possessive_people(tokens, spans)
        spans = self._untitled_people(tokens, spans)
        spans = self._references(tokens, spans)
        order_by_start(spans)
        for sp in spans:
            if sp.how != "pronoun":
                for a in sp.actors:
                    self.memory.remember(a)
        self._note_groups(tokens, spans)
        main = _main_subject(tokens, spans)
        if main:
            self.memory.main_subject = main
        return ParsedSentence(sentence, tokens, spans, self.memory.voice, self._low, self._words)

    def _read(
        self, tokens: list[Token], low: list[str] | None, words: set[str] | None = None
    ) -> None:
        """Take a sentence in hand: its lower-case words, as a list and a set
        (both read by the caller when it has them; they are not changed)."""
        self._low = low if low is not None else [t.lower for t in tokens]
        self._words = words if words is not None else set(self._low)

    def learn_people(
        self,
        tokens: list[Token],
        gazetteer_spans: list[ActorSpan],
        low: list[str] | None = None,
        words: set[str] | None = None,
    ) -> None:
        """A light first pass: the people the sentence introduces (only a title
        introduces one), and how often each state or armed group is named."""
        self._read(tokens, low, words)
        spans = gazetteer_spans
        if not _title_firsts().keys().isdisjoint(self._words):
            spans = self._people(tokens, list(gazetteer_spans))
        # remembered after the sentence, as the main pass does
        for sp in by_start(spans):
            a = sp.actors[0]
            self.memory.remember(a)
            if a.type in ("state", "group"):
                self.memory.doc_counts[a.name] += 1
                self._by_name[a.name] = a

    # gazetteer ----------------------------------------------------------
    def _named(
        self, tokens: list[Token], gazetteer_spans: list[ActorSpan] | None = None
    ) -> list[ActorSpan]:
        spans = list(gazetteer_spans if gazetteer_spans is not None else _gazetteer_spans(tokens))
        if "federal" in self._words:
            focus = self.memory.focus_state()
            covered = {k for sp in spans for k in range(sp.start, sp.end)}
            for i, t in enumerate(tokens):
                if t.lower == "federal" and focus is not None and i not in covered:
                    # "federal forces", "the federal government": the state in focus
                    spans.append(ActorSpan(i, i + 1, (focus,), "adjective"))
            order_by_start(spans)
        return spans

    # people -------------------------------------------------------------
    def _people(self, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
        by_start = {s.start: s for s in spans}
        gaz_starts = {s.start: s.end for s in spans}
        taken: set[int] = set()
        new: list[ActorSpan] = []
        # a title inside a name is no title: "the General Assembly", "UN Secretariat"
        inside_name = {
            k for sp in spans if sp.how not in ("adjective",) for k in range(sp.start, sp.end)
        }
        span_ends = {sp.end for sp in spans}  # "RSF commander Mohamed Hamdan Dagalo"
        firsts = _title_firsts()
        resume = 0  # the first token not yet read as part of a title or a name
        for i in [k for k, w in enumerate(self._low) if w in firsts]:
            if i < resume or i in taken or i in inside_name:
                continue
            tj, title = _match_title(tokens, i)
            if title is None or (
                tj - i == 1
                and title.role == "military"
                and not tokens[i].is_cap
                and i not in span_ends
            ):
                continue
            # "Deputy Prime Minister and Foreign Minister Ishaq Dar": one person, two titles
            if tj + 1 < len(tokens) and tokens[tj].lower == "and":
                tj2, second = _match_title(tokens, tj + 1)
                if (
                    second is not None
                    and tj2 < len(tokens)
                    and (_is_name_word(tokens[tj2]) or _skip_honorifics(tokens, tj2) > tj2)
                ):
                    tj = tj2
            # a title word inside a gazetteer name ("Security Council President"?) is still a title
            # ---- the affiliation before the title
            affiliation, mod_start = self._modifier_before(tokens, i, by_start)
            plural = tokens[tj - 1].lower != title.words[-1]
            # ---- "of X" / "for X" after the title
            k = tj
            post_aff = None
            if (
                k < len(tokens)
                and tokens[k].lower in ("of", "for", "at")
                and tokens[k].lower != "at"
            ):
                m = k + 1
                if m < len(tokens) and tokens[m].lower == "the":
                    m += 1
                sp = by_start.get(m)
                if sp is not None:
                    post_aff = sp.actors[0]
                    k = sp.end
                    if k < len(tokens) and tokens[k].lower in MILITARY_NOUNS | {"forces"}:
                        k += 1
            # ---- the name after the title: "President Vladimir Putin", "ambassador, Gilad Erdan"
            n0 = k
            if (
                n0 < len(tokens)
                and tokens[n0].text == ","
                and title.role != "head"
                or (n0 < len(tokens) and tokens[n0].text == "," and (affiliation or post_aff))
            ):
                n0 += 1
            names: list[tuple[int, int, list[str], Actor | None]] = []
            ne, words = _read_name(tokens, n0, gaz_starts)
            if words:
                ne, of_aff = self._of_affiliation(tokens, ne, by_start)
                names.append((n0, ne, words, of_aff))
                # "Prime Ministers Narendra Modi and Shehbaz Sharif"
                while plural and ne < len(tokens) and tokens[ne].lower in ("and", ","):
                    ne2, words2 = _read_name(tokens, ne + 1, gaz_starts)
                    if not words2:
                        break
                    ne2, of_aff2 = self._of_affiliation(tokens, ne2, by_start)
                    names.append((ne + 1, ne2, words2, of_aff2))
                    ne = ne2
            # ---- or the name before: "Riyad Mansour, the Palestinian envoy"
            before = None
            if not names and mod_start >= 2 and tokens[mod_start - 1].text == ",":
                end = mod_start - 1
                st = end
                while st > 0 and (
                    _is_name_word(tokens[st - 1])
                    or tokens[st - 1].lower in NAME_PARTICLES
                    or tokens[st - 1].text == "."
                ):
                    st -= 1
                while st < end and not _is_name_word(tokens[st]):
                    st += 1
                st = _skip_honorifics(tokens, st)
                words_b = [t.text for t in tokens[st:end] if t.text != "."]
                if words_b and st not in gaz_starts and not any(j in taken for j in range(st, end)):
                    before = (st, end, words_b)
            aff = affiliation or post_aff
            if names:
                for n_i, (a0, a1, w, of_aff) in enumerate(names):
                    # "Foreign ministers Olivier Nduhungirehe of Rwanda and ..."
                    person = self._person(w, title, of_aff or aff, tokens, a1)
                    start = mod_start if n_i == 0 else a0
                    new.append(ActorSpan(start, a1, (person,), "person"))
                    taken.update(range(start, a1))
                resume = names[-1][1]
                continue
            if before is not None:
                st, end, w = before
                person = self._person(w, title, aff, tokens, k)
                new.append(ActorSpan(st, k, (person,), "person"))
                taken.update(range(st, k))
                resume = k
                continue
            # ---- a bare title: "The Chairperson", "the UN chief", "The Deputy Prime Minister"
            if (title.role != "official" or aff is not None) and not plural:
                known = self._by_title(title, aff)
                if known is not None:
                    new.append(ActorSpan(mod_start, k, (known,), "title"))
                    taken.update(range(mod_start, k))
                    resume = k
                    continue
                office = None
                if aff is not None and title.role in ("head", "minister"):
                    office = aff  # an unnamed office holder: "the UN Secretary-General"
                elif aff is None and title.role == "head" and tokens[i].is_cap:
                    # "the Secretary-General": of the organisation in the text, else the UN
                    org = self.memory.last(lambda a: a.type == "organization")
                    if title.default:
                        from analysis.gazetteer import organization

                        org = organization(title.default) or org
                    if title.title.lower().startswith("secretary"):
                        office = org
                if office is not None:
                    new.append(self._office_holder(office, title.title, mod_start, k, "title"))
                    taken.update(range(mod_start, k))
                    resume = k
                    continue
            if title.role == "spokesperson" and aff is not None:
                # "a spokesman for the Tigrayan forces": speaks for aff
                new.append(
                    self._office_holder(aff, title.title.lower(), mod_start, k, "spokesperson")
                )
                taken.update(range(mod_start, k))
                resume = k
                continue
            resume = tj
        # keep gazetteer spans that do not overlap the people found
        kept = [s for s in spans if not any(j in taken for j in range(s.start, s.end))]
        return kept + new

    @staticmethod
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
        self, tokens: list[Token], i: int, by_start: dict[int, ActorSpan]
    ) -> tuple[Actor | None, int]:
        """Affiliation written before a title: "Russian", "Israel's", "UN", "AU Commission", "Hamas"."""
        j = i
        # skip role words: "former", "acting", "senior"
        while j > 0 and tokens[j - 1].lower in ROLE_WORDS:
            j -= 1
        affiliation = None
        start = j
        # "Foreign ministry spokesman": the ministry's state comes from context
        if j > 0 and tokens[j - 1].lower in ("ministry", "office", "department") and j > 1:
            portfolio = tokens[j - 2].lower
            if portfolio in PORTFOLIOS:
                start = j - 2
                j = start
        # "EU foreign policy chief", "UN human rights chief": a lower-case portfolio between
        k = j
        while (
            k > 0
            and j - k < 2
            and tokens[k - 1].is_word
            and not tokens[k - 1].is_cap
            and tokens[k - 1].lower in PORTFOLIO_WORDS
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
        while start > 0 and tokens[start - 1].lower in (
            "former",
            "acting",
            "senior",
            "top",
            "the",
            "a",
            "an",
        ):
            if tokens[start - 1].lower in ("the", "a", "an"):
                start -= 1
                break
            start -= 1
        return affiliation, start

    def _person(
        self, words: list[str], title: TitleEntry, aff: Actor | None, tokens: list[Token], end: int
    ) -> Actor:
        name = " ".join(words)
        explicit = aff is not None
        if aff is None:
            known = self.memory.persons.get(self.memory.aliases.get(tuple(words), ""), None)
            if known is not None:
                return known
            aff = self._context_affiliation()
        affiliation = aff.affiliation if aff is not None else name
        person = Actor(name, "person", affiliation, title.title)
        return self.memory.add_person(person, tuple(words), explicit=explicit)

    def _context_affiliation(self) -> Actor | None:
        if self.memory.author is not None:
            return self.memory.author
        return self.memory.last(lambda a: a.type == "state")

    def _by_title(self, title: TitleEntry, aff: Actor | None) -> Actor | None:
        if title.title == "Chief" and aff is not None:
            # "the UN chief": the head of that organisation
            for p in reversed(list(self.memory.persons.values())):
                entry = _titles().get(tuple(t.lower for t in tokenize(p.title or "")))
                if p.affiliation == aff.affiliation and entry is not None and entry.role == "head":
                    return p
            return None
        for p in reversed(list(self.memory.persons.values())):
            if (
                p.title
                and p.title.lower() == title.title.lower()
                and (aff is None or p.affiliation == aff.affiliation)
            ):
                return p
        # "the UN chief": the head of that organisation
        return None

    def _office_holder(self, body: Actor, title: str, start: int, end: int, how: str) -> ActorSpan:
        """A person known only by office: "UN Secretary-General", "Hamas spokesman"."""
        person = Actor(f"{self._short(body)} {title}", "person", body.affiliation, title)
        return ActorSpan(start, end, (person,), how)

    @staticmethod
    def _short(actor: Actor) -> str:
        short = {"United Nations": "UN", "African Union": "AU", "European Union": "EU"}
        return short.get(actor.name, actor.name)

    # compounds ----------------------------------------------------------
    def _compounds(self, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
        out: list[ActorSpan] = []
        spans = by_start(spans)
        consumed: set[int] = set()
        for _idx, sp in enumerate(spans):
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
            # "Russian Foreign Ministry", "China's foreign ministry", "the Qatari Foreign Ministry"
            if (
                actor.type == "state"
                and j + 1 < len(tokens)
                and tokens[j].lower in PORTFOLIOS
                and tokens[j + 1].lower in MINISTRY_HEADS
            ):
                ministry = _ministry(actor, PORTFOLIOS[tokens[j].lower], tokens[j + 1].lower)
                out.append(ActorSpan(sp.start, j + 2, (ministry,), "ministry"))
                continue
            if sp.how == "adjective":
                # "Thai and Cambodian troops", "the Azerbaijani and Armenian leaders"
                group = [sp]
                k = sp.end
                while k + 1 < len(tokens) and tokens[k].lower in ("and", ",", "or"):
                    nxt = next(
                        (s for s in spans if s.start == k + 1 and s.how == "adjective"), None
                    )
                    if nxt is None:
                        break
                    group.append(nxt)
                    k = nxt.end
                # allow one modifier between: "Israeli ground forces", "Pakistani military officials"
                head = _body_noun_at(tokens, k, 2, lower_only=False)
                if head is not None:
                    # "ethnic Armenian forces" are not Armenia's army
                    if sp.start > 0 and tokens[sp.start - 1].lower == "ethnic":
                        continue
                    how = "forces" if tokens[head].lower in MILITARY_NOUNS else "government"
                    for g in group:
                        consumed.add(id(g))
                    out.append(
                        ActorSpan(sp.start, head + 1, tuple(g.actors[0] for g in group), how)
                    )
                continue
            if possessive and actor.type == "state" and j < len(tokens):
                body = _body_noun_at(tokens, j, 3, lower_only=True)
                if body is not None and body - j <= 2:
                    # "Thailand's army", "Ethiopia's federal government" -> the state
                    how = "forces" if tokens[body].lower in MILITARY_NOUNS else "government"
                    out.append(ActorSpan(sp.start, body + 1, (actor,), how))
                    continue
            out.append(sp)
        # "the Government of Yemen", "the armed forces of Rwanda": the state
        merged = []
        for sp in out:
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
                and tokens[k - 1].lower in STATE_BODY_NOUNS
            ):
                head = k - 1
                start = head - 1 if head >= 1 and tokens[head - 1].lower == "the" else head
                merged.append(ActorSpan(start, sp.end, (a,), "government"))
            else:
                merged.append(sp)
        # a span inside a longer one is part of it: "federal" in "Ethiopia's federal government"
        bounds = sorted((sp.start, sp.end) for sp in merged)
        if all(a[1] <= b[0] for a, b in zip(bounds, bounds[1:], strict=False)):
            out = merged  # no two spans overlap, so none holds another
        else:
            out = [
                sp
                for sp in merged
                if not any(
                    o is not sp
                    and o.start <= sp.start
                    and sp.end <= o.end
                    and (o.end - o.start) > (sp.end - sp.start)
                    for o in merged
                )
            ]
        # "Ministry of Foreign Affairs", "the Foreign Ministry" (state from context)
        covered = {i for s in out for i in range(s.start, s.end)}
        ministry_words = () if self._words.isdisjoint(_MINISTRY_WORDS) else _MINISTRY_WORDS
        for i in [k for k, w in enumerate(self._low) if w in ministry_words]:
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
                state = state or self._context_affiliation()
                if state is not None and state.type == "state":
                    out.append(
                        ActorSpan(i, end, (_ministry(state, "Foreign", "ministry"),), "ministry")
                    )
                    covered.update(range(i, end))
            elif (
                t.lower in PORTFOLIOS
                and i + 1 < len(tokens)
                and tokens[i + 1].lower in ("ministry",)
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
                state = state or self._context_affiliation()
                if state is not None and state.type == "state":
                    out.append(
                        ActorSpan(
                            i,
                            i + 2,
                            (_ministry(state, PORTFOLIOS[t.lower], "ministry"),),
                            "ministry",
                        )
                    )
                    covered.update(range(i, i + 2))
        return out

    # later mentions of known people ------------------------------------------
    def _known_names(self, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
        aliases = self.memory.aliases
        if not aliases:
            return spans
        firsts = {k[0] for k in aliases}
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
                out.append(ActorSpan(i, i + n, (self.memory.persons[name],), "surname"))
                covered.update(range(i, i + n))
                resume = i + n
        return out

    def _possessive_people(self, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
        """ "Congo's Therese Kayikwamba Wagner": a state's possessive before a name."""
        spans = by_start(spans)
        covered = {i for s in spans for i in range(s.start, s.end)}
        gaz_starts = {s.start: s.end for s in spans}
        out: list[ActorSpan] = []
        skip: set[int] = set()
        for _idx, sp in enumerate(spans):
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
                    person = self.memory.add_person(
                        Actor(person.name, "person", sp.actors[0].name, person.title),
                        tuple(person.name.split()),
                    )
                out.append(ActorSpan(sp.start, nxt.end, (person,), "person"))
                skip.add(id(nxt))
                continue
            if nxt is None and j + 1 not in covered:
                end, words = _read_name(tokens, j + 1, gaz_starts)
                if (
                    len(words) >= 2
                    and not any(w.lower() in ORG_WORDS for w in words)
                    and not (end < len(tokens) and tokens[end].lower in ("'s",) and False)
                ):
                    if (
                        end < len(tokens)
                        and tokens[end].is_word
                        and not tokens[end].is_cap
                        and tokens[end].lower in STATE_BODY_NOUNS
                    ):
                        out.append(sp)
                        continue
                    person = self.memory.add_person(
                        Actor(" ".join(words), "person", sp.actors[0].name, None), tuple(words)
                    )
                    out.append(ActorSpan(sp.start, end, (person,), "person"))
                    continue
            out.append(sp)
        return out

    def _untitled_people(self, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
        """Names without a title, where only a person fits: "Getachew Reda said",
        "signed by Redwan Hussien". Two to four capitalised words, not an organisation."""
        if "by" not in self._words and self._words.isdisjoint(PERSON_SPEECH):
            return spans
        covered = {i for s in spans for i in range(s.start, s.end)}
        gaz_starts = {s.start: s.end for s in spans}
        out = list(spans)
        resume = 0  # the first token after the last name read
        # a name word is capitalised or a particle with a hyphen ("el-Sisi")
        for i in [k for k, t in enumerate(tokens) if t.is_cap or "-" in t.text]:
            if (
                i < resume
                or i in covered
                or not _is_name_word(tokens[i])
                or (i > 0 and _is_name_word(tokens[i - 1]) and i - 1 not in covered)
            ):
                continue
            end, words = _read_name(tokens, i, gaz_starts)
            if (
                not (2 <= len(words) <= 4)
                or any(k in covered for k in range(i, end))
                or any(w.lower() in ORG_WORDS for w in words)
            ):
                continue
            before = tokens[i - 1].lower if i > 0 else ""
            after = tokens[end].lower if end < len(tokens) else ""
            if after in PERSON_SPEECH or before == "by":
                person = self.memory.add_person(
                    Actor(" ".join(words), "person", " ".join(words), None), tuple(words)
                )
                if person.affiliation == person.name:
                    ctx = self._context_affiliation()
                    if ctx is not None:
                        person = self.memory.add_person(
                            Actor(person.name, "person", ctx.affiliation, None),
                            tuple(words),
                            explicit=False,
                        )
                out.append(ActorSpan(i, end, (person,), "surname"))
                covered.update(range(i, end))
                resume = end
        return out

    # group references and pronouns ----------------------------------------
    def _references(self, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
        firsts = _reference_firsts()
        if self._words.isdisjoint(firsts) and PRONOUNS.keys().isdisjoint(self._words):
            return spans
        low = self._low
        starts = [k for k, w in enumerate(low) if w in firsts or w in PRONOUNS]
        covered = {i for s in spans for i in range(s.start, s.end)}
        refs = _references()
        out = list(spans)
        resume = 0  # the first token after the last reference read
        for i in starts:
            if i < resume or i in covered:
                continue
            matched = False
            opens_reference = i + 1 < len(low) and (low[i], low[i + 1]) in _reference_pairs()
            for n in (5, 4, 3, 2) if opens_reference else ():
                key = tuple(low[i : i + n])
                if len(key) == n and key in refs and not any(k in covered for k in range(i, i + n)):
                    actors = self._resolve_reference(refs[key], spans)
                    # unresolved, it still holds the subject place (no actors)
                    out.append(ActorSpan(i, i + n, actors, "group"))
                    covered.update(range(i, i + n))
                    resume = i + n
                    matched = True
                    break
            if matched:
                continue
            kind = PRONOUNS.get(tokens[i].lower)
            if kind and not (tokens[i].lower == "us" and tokens[i].text == "US"):
                actors = self._resolve_pronoun(kind, tokens, i, out)
                # an unresolved pronoun still stands in subject position (no actors)
                out.append(ActorSpan(i, i + 1, actors, "pronoun"))
        return out

    def _resolve_reference(self, kind: str, spans: list[ActorSpan]) -> tuple[Actor, ...]:
        m = self.memory
        # sides, parties and countries are states or armed groups; leaders are persons
        if kind in ("warring", "pair") and m.last_group:
            return m.last_group
        if kind in ("pair", "warring"):
            if m.last_plural:
                return m.last_plural
            # nobody named together yet: the two states or groups the text is about
            top = [name for name, _ in m.doc_counts.most_common(2)]
            if len(top) == 2:
                return tuple(self._by_name[n] for n in top)
            return ()
        if kind == "persons":
            return m.last_persons or m.last_plural
        if kind == "council":
            a = m.last(lambda a: "council" in a.name.lower())
            return (a,) if a else ()
        if kind == "armed_group":
            a = m.last(lambda a: a.type == "group")
            return (a,) if a else ()
        if kind == "organization":
            a = m.last(lambda a: a.type == "organization")
            return (a,) if a else ()
        if kind == "speaker_state":
            # "Cambodia's UN ambassador Chhea Keo told reporters that his country ..."
            in_sentence = [
                sp.actors[0]
                for sp in spans
                if len(sp.actors) == 1 and sp.actors[0].type == "person"
            ]
            p = in_sentence[-1] if in_sentence else m.last(lambda a: a.type == "person")
            if p is not None and p.affiliation != p.name:
                return (
                    (Actor(p.affiliation, "state", p.affiliation),)
                    if self._is_state(p.affiliation)
                    else ()
                )
            return ()
        if kind == "state":
            a = m.focus_state()
            return (a,) if a else ()
        if kind == "ministry":
            a = m.last(lambda a: a.type == "organization" and "Ministry" in a.name)
            if a is not None:
                return (a,)
            # "the ministry" after "Russian Foreign Minister Sergei Lavrov": his ministry
            for p in reversed(m.recent):
                if p.type == "person" and p.title:
                    entry = _titles().get(tuple(t.lower for t in tokenize(p.title)))
                    if entry and entry.ministry and self._is_state(p.affiliation):
                        portfolio, _, head = entry.ministry.partition(" ")
                        state = Actor(p.affiliation, "state", p.affiliation)
                        return (_ministry(state, portfolio, head.lower()),)
            return ()
        return ()

    @staticmethod
    def _is_state(name: str) -> bool:
        from analysis.gazetteer import country

        return country(name) is not None

    def _resolve_pronoun(
        self, kind: str, tokens: list[Token], i: int, spans: list[ActorSpan]
    ) -> tuple[Actor, ...]:
        m = self.memory
        earlier = [s for s in by_start(spans) if s.end <= i and s.actors]
        # nobody named yet in this sentence ("On Friday it also accused ..."): the
        # pronoun continues the last sentence's subject
        sentence_start = not earlier
        if sentence_start and kind in ("thing", "plural") and m.main_subject:
            wanted = [a for a in m.main_subject if a.type != "person"]
            if kind == "thing" and len(wanted) == 1:
                return tuple(wanted)
            if kind == "plural" and len(wanted) > 1:
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
        if kind == "plural":
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
        if kind == "we":
            if m.voice:
                return m.voice
            # a quotation: '"We are ready to host talks," Erdogan said.' - the speaker
            speaker = _quoted_speaker(tokens, spans)
            return speaker.actors if speaker is not None else ()
        return ()

    def _note_groups(self, tokens: list[Token], spans: list[ActorSpan]) -> None:
        """Remember actors named together ("Armenia and Azerbaijan", "Putin and Macron")."""
        spans = by_start(spans)
        for idx, sp in enumerate(spans):
            if sp.how in ("pronoun",):
                continue
            if len(sp.actors) > 1 and sp.how in ("forces", "government", "group"):
                if all(a.type == "person" for a in sp.actors):
                    self.memory.last_persons = sp.actors
                else:
                    self.memory.last_group = sp.actors
                self.memory.last_plural = sp.actors
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
                ) or between == ["and", "between"]:
                    run.append(nxt)
                    k += 1
                else:
                    break
            actors = tuple(a for s in run for a in s.actors)
            names = {a.name for a in actors}
            if len(names) >= 2:
                if all(a.type == "person" for a in actors):
                    self.memory.last_persons = actors
                    self.memory.last_plural = actors
                elif all(a.type in ("state", "group") for a in actors):
                    self.memory.last_group = actors
                    self.memory.last_plural = actors
                break


def analyse_actors(doc: Document, sentences: list[Sentence]) -> list[ParsedSentence]:
    """Mentions per sentence, with the document's memory carried across sentences."""
    author, voice = _author(doc), _voice(doc, sentences)
    # people are learnt from the whole text first: a headline says "Netanyahu"
    # before the body introduces "Israeli Prime Minister Benjamin Netanyahu"
    first = _Recogniser(doc)
    first.memory.author = author
    tokens = [tokenize(s.text, s.start) for s in sentences]
    lows = [[t.lower for t in toks] for toks in tokens]
    word_sets = [set(low) for low in lows]  # shared by both passes, never changed
    named = [_gazetteer_spans(toks) for toks in tokens]
    for toks, gaz, low, words in zip(tokens, named, lows, word_sets, strict=True):
        first.learn_people(toks, gaz, low, words)
    rec = _Recogniser(doc)
    rec.memory.author = author
    rec.memory.voice = voice
    rec.memory.persons = dict(first.memory.persons)
    rec.memory.explicit = set(first.memory.explicit)
    rec.memory.aliases = dict(first.memory.aliases)
    rec.memory.doc_counts = first.memory.doc_counts
    rec._by_name = first._by_name
    for person in voice:
        if person.type == "person":
            rec.memory.add_person(person, tuple(person.name.split()))
    return [
        rec.sentence(s, toks, gaz, low, words)
        for s, toks, gaz, low, words in zip(sentences, tokens, named, lows, word_sets, strict=True)
    ]


def find_mentions(doc: Document, sentences: list[Sentence]) -> list[Mention]:
    return [m for sa in analyse_actors(doc, sentences) for m in sa.mentions()]


# ---------------------------------------------------------------------------
# the voice of a statement

_SIGNATURE = re.compile(
    r"^(?P<name>[A-Z][^,\n]{2,60}),\s*(?P<role>[A-Z][^\n]{3,120})$", re.MULTILINE
)


def _author(doc: Document) -> Actor | None:
    """The issuing state or body of a statement, from its header lines
    ("Ministry of Foreign Affairs / Islamabad / Press Release", "Cairo, 7 May 2024")."""
    head = doc.text[: min(len(doc.text), 400)]
    first_para = None
    for b in doc.blocks:
        if b.kind == "paragraph":
            first_para = b.start
            break
    if first_para is not None:
        head = doc.text[:first_para]
    tokens = tokenize(head)
    counts: Counter = Counter()
    first: dict[str, Actor] = {}
    trie = gazetteer().trie
    i = 0
    while i < len(tokens):
        if tokens[i].lower not in trie:
            i += 1
            continue
        j, entries = _match_trie(tokens, i)
        entries = [e for e in entries if _entry_ok(tokens, i, j, e)]
        if entries:
            a = entries[0].actor
            if a.type == "state":
                counts[a.name] += 1
                first.setdefault(a.name, a)
            i = j
        else:
            i += 1
    if len(counts) == 1:
        return next(iter(first.values()))
    return None


def _voice(doc: Document, sentences: list[Sentence]) -> tuple[Actor, ...]:
    """Who "we" is: the apposition "We, the Foreign Ministers of the G7, together
    with the High Representative of the European Union", or a statement's
    signature lines ("Abdel Fattah el-Sisi, President of the Arab Republic of Egypt")."""
    text = doc.text
    m = "We," in text and re.search(
        r"\bWe,\s+(?P<who>[^.;]{3,250}?),\s+(?=[a-z])(?!(?:together|along|and|as well|alongside|the|a|an|including|with|of|plus)\b)",
        text,
    )
    if m:
        toks = tokenize(m.group("who"))
        actors: list[Actor] = []
        i = 0
        while i < len(toks):
            j, entries = _match_trie(toks, i)
            entries = [e for e in entries if _entry_ok(toks, i, j, e) and e.how != "adjective"]
            if entries:
                actors.append(entries[0].actor)
                i = j
            else:
                i += 1
        if actors:
            return tuple(dict.fromkeys(actors))
    signatories: list[Actor] = []
    for line in text.splitlines()[-8:]:
        sm = _SIGNATURE.match(line.strip())
        if not sm:
            continue
        role_tokens = tokenize(sm.group("role"))
        tj, title = _match_title(role_tokens, 0)
        if title is None:
            continue
        state = None
        for i in range(tj, len(role_tokens)):
            j, entries = _match_trie(role_tokens, i)
            entries = [e for e in entries if _entry_ok(role_tokens, i, j, e)]
            if entries:
                state = entries[0].actor
                break
        name_tokens = tokenize(sm.group("name"))
        end, words = _read_name(name_tokens, 0, {})
        if words and state is not None:
            signatories.append(Actor(" ".join(words), "person", state.affiliation, title.title))
    return tuple(signatories)
