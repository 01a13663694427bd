"""Signals: one actor doing one diplomatic act in one sentence (SIGNALS.md).

For every sentence:

1. find TRIGGERS from the cue lexicon (``data/cues.toml``): "called for",
   "offered", "rejected", "agreed", "condemned", "backs", "shelled" ...;
2. read the CONCEPT the trigger is about in the words that follow it
   ("a ceasefire", "to host talks", "negotiations") and look up the rule that
   turns trigger + concept into a signal type with its CAMEO/PLOVER codes;
3. find the SOURCE ACTOR: the subject of the trigger (the nearest actor to
   its left that is not inside a prepositional phrase, an apposition or a
   relative clause, with coordinated subjects: "Putin and Macron called"),
   the agent of a passive ("was signed by"), or the main subject for a
   participle ("Lavrov, while calling for ...");
4. find who the statement is REPORTED BY ("..., the Kremlin said",
   "Qatar said that Israel and Hamas had agreed", "according to ..."); a
   spokesperson speaks for their principal;
5. decide MODALITY: negated ("did not call for", "stopped short of"),
   hypothetical ("would have condemned", "if"), questions and denials give
   no signal; "will"/"would" is a stated intention (``future``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import cast

from analysis.actors import actor_named, analyse_actors
from analysis.lexicon import read_toml
from analysis.models import Actor, Document, Mention, Modality, Sentence, Signal
from analysis.text import ActorSpan, ParsedSentence, inflect, tokenize

# ---------------------------------------------------------------------------
# the lexicon, compiled

GAP = None  # "..." in a cue: up to three words


@dataclass(frozen=True)
class Pattern:
    words: tuple  # each item: frozenset of forms, or GAP
    klass: str
    kind: str  # "verb" or "noun"
    text: str


def _compile_entry(entry: str, klass: str, kind: str, inflected: bool) -> list[Pattern]:
    out = []
    alternatives = entry.split("|")
    explicit = len(alternatives) > 1
    for alt in alternatives:
        parts = alt.split()
        words: list = []
        for k, p in enumerate(parts):
            if p == "...":
                words.append(GAP)
                continue
            low = p.lower()
            forms = {low}
            if inflected and not explicit and k == 0:
                forms = inflect(low)
            words.append(frozenset(forms))
        # tokens of hyphenated words stay whole: "cease-fire"
        out.append(Pattern(tuple(words), klass, kind, alt))
    return out


@dataclass(frozen=True, slots=True)
class Rule:
    trigger: str
    concept: str
    signal: str
    cameo: str
    plover: str
    score: float
    requires: str = ""
    unless: str = ""  # a concept that, when present, gives another signal instead


@dataclass(frozen=True)
class Variant:
    signal: str
    cue_words: frozenset
    object_words: frozenset
    cameo: str
    plover: str
    score: float


@dataclass(frozen=True)
class Lexicon:
    by_first: dict  # first word form -> list[Pattern]
    concepts: dict  # first word form -> list of (concept, tuple of frozensets)
    fighting_nouns: frozenset
    ending_verbs: frozenset
    rules: dict  # trigger -> list[Rule]
    variants: dict  # signal -> list[Variant]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = read_toml("cues.toml")
    by_first: dict = {}
    for klass, spec in data["triggers"].items():
        for kind in ("verbs", "nouns"):
            for entry in spec.get(kind, []):
                for pat in _compile_entry(entry, klass, kind[:-1], inflected=(kind == "verbs")):
                    for form in pat.words[0]:
                        by_first.setdefault(form, []).append(pat)
    concepts: dict = {}
    for name, spec in data["concepts"].items():
        for term in spec.get("terms", []):
            words = term.lower().split()
            # the first word of a phrase inflects too: "work with" -> "working with"
            seq = tuple(frozenset(inflect(w) if k == 0 else {w}) for k, w in enumerate(words))
            for form in seq[0]:
                concepts.setdefault(form, []).append((name, seq))
    cf = data["concepts"]["ceasefire"]
    rules: dict = {}
    for r in data["rule"]:
        rules.setdefault(r["trigger"], []).append(
            Rule(
                r["trigger"],
                r["concept"],
                r["signal"],
                r["cameo"],
                r["plover"],
                float(r["score"]),
                r.get("requires", ""),
                r.get("unless", ""),
            )
        )
    variants: dict = {}
    for v in data.get("variant", []):
        variants.setdefault(v["signal"], []).append(
            Variant(
                v["signal"],
                frozenset(v.get("cue_words", [])),
                frozenset(v.get("object_words", [])),
                v["cameo"],
                v["plover"],
                float(v["score"]),
            )
        )
    return Lexicon(
        by_first,
        concepts,
        frozenset(cf.get("fighting_nouns", [])),
        frozenset(v for e in cf.get("ending_verbs", []) for v in inflect(e)),
        rules,
        variants,
    )


# ---------------------------------------------------------------------------
# word classes used by the grammar heuristics

PREPOSITIONS = frozenset(
    """
    of with to between for against on in from at into over toward towards about among including
    like than across near inside within behind under through via upon around beyond without
    despite amid during per onto outside throughout alongside
    """.split()
)
SPEECH_VERBS = frozenset(
    """
    said says say told tells tell added adds stated states announced announces noted notes
    stressed stresses declared declares claimed claims wrote writes tweeted posted insisted
    insists reported reports confirmed argued argues explained explains asserted asserts
    underlined underscored emphasised emphasized warned
    """.split()
)
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor", "cannot"})
DENIALS = frozenset({"deny", "denies", "denied", "denying"})
NOT_DOING = (
    ("stopped", "short", "of"),
    ("stop", "short", "of"),
    ("stops", "short", "of"),
    ("refused", "to"),
    ("refuses", "to"),
    ("refuse", "to"),
    ("declined", "to"),
    ("declines", "to"),
    ("failed", "to"),
    ("fails", "to"),
    ("fail", "to"),
    ("failing", "to"),
    ("without",),
)
HYPOTHETICAL = frozenset({"if", "unless", "whether", "might", "may", "could", "would-have"})
FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
CONDITIONALS = frozenset({"if", "unless"})
HEDGES = frozenset(
    {
        "consider",
        "considers",
        "considering",
        "considered",
        "weigh",
        "weighs",
        "weighing",
        "explore",
        "exploring",
    }
)
FUTURE_PHRASES = (
    ("going", "to"),
    ("plans", "to"),
    ("planned", "to"),
    ("plan", "to"),
    ("intends", "to"),
    ("intended", "to"),
    ("intend", "to"),
    ("is", "to"),
    ("are", "to"),
    ("was", "to"),
    ("were", "to"),
    ("due", "to"),
    ("set", "to"),
    ("threatened", "to"),
    ("threatens", "to"),
    ("threaten", "to"),
    ("vowed", "to"),
    ("vows", "to"),
    ("pledged", "to"),
    ("pledges", "to"),
    ("promised", "to"),
    ("promises", "to"),
    ("ready", "to"),
    ("prepared", "to"),
    ("willing", "to"),
    ("wants", "to"),
    ("wanted", "to"),
    ("seeks", "to"),
    ("sought", "to"),
    ("aims", "to"),
    ("expected", "to"),
)
# the phrases as text, to look for them in the joined words before a cue
_NOT_DOING_TEXT = tuple(" ".join(p) for p in NOT_DOING)
_FUTURE_PHRASES_TEXT = tuple(" ".join(p) for p in FUTURE_PHRASES)
SOFT = frozenset({"hoped", "hopes", "hope", "hoping", "wished", "wishes"})
BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
DETERMINERS = frozenset(
    "the a an any his her its their our my your these those this that such several many some no every repeated".split()
)
# words ending like adjectives that are not: "had called", "being asked"
NOT_ADJECTIVES = frozenset(
    {"had", "need", "indeed", "being", "during", "according", "including", "also"}
)
ADJECTIVE_ENDINGS = (
    "al",
    "ed",
    "ive",
    "ous",
    "ic",
    "ist",
    "ary",
    "ful",
    "less",
    "able",
    "ible",
    "ese",
    "ian",
)
COMMON_ADJECTIVES = frozenset(
    "full strong firm steadfast unwavering total long-standing longstanding renewed new firm "
    "immediate urgent repeated latest earlier early fresh clear direct formal main key close "
    "staunch traditional old chief principal recent urgent permanent independent violent "
    "significant relevant constant persistent further more fresh renewed continued deadly "
    "cross-border major minor".split()
)
# nouns with adjective endings: "the official said", "the secretary accused"
NOUNS_LIKE_ADJECTIVES = frozenset(
    "official officials general secretary emissary civilian civilians guardian militia arrival "
    "proposal approval withdrawal tribunal council".split()
)
MONTHS_AND_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# verb forms that are as often plural nouns: "instability and attacks"
NOUNISH_FORMS = frozenset(
    {"attacks", "strikes", "calls", "appeals", "demands", "offers", "raids", "clashes"}
)
SUBORDINATORS = frozenset(
    {"as", "while", "whereas", "because", "although", "though", "when", "unless", "until"}
)
# nouns that an actor's name modifies: "a Security Council session", "UN experts"
MODIFIED_NOUNS = frozenset(
    """
    session sessions meeting meetings resolution resolutions vote votes summit report reports experts
    draft drafts text charter mission missions observers monitors investigators data figures
    spokesman spokesperson spokeswoman official officials diplomat diplomats sources source
    headquarters
    """.split()
)
AUXILIARIES = frozenset(
    "has have had is are was were be been being will would shall should can could may might must "
    "also already then later still reportedly allegedly not never".split()
)
# words after which "that" is a conjunction, not a relative pronoun
NOT_ANTECEDENTS = frozenset("so such now given except despite saying adding warning noting".split())
# "the members of the Security Council", "leaders of the G7": the body acts
BODY_MEMBERS = frozenset(
    "members member ministers leaders heads presidents representatives delegations governments".split()
)
# nouns whose "to" clause states an aim: "efforts to reach an agreement"
PURPOSE_NOUNS = frozenset(
    """
    efforts effort attempt attempts bid bids push drive aim goal way ways chance chances
    opportunity opportunities hopes hope failure plan plans initiative diplomacy talks
    negotiations process pressure
    """.split()
)
# after a comma these start a new clause: "..., while China called on ..."
CLAUSE_OPENERS = frozenset({"while", "whereas", "but", "although", "though", "even", "yet"})
RELATIVE = frozenset({"who", "which", "whose", "whom"})
ADJUNCT_OPENERS = frozenset(
    """
    which who whose whom where while as when including together although though because
    once since despite after before appointed led backed according
    """.split()
)
POSSESSIVE_PRONOUNS = frozenset({"its", "his", "her", "their", "our"})
# nouns whose possessor is the one supported: "Israel's closest ally"
RELATIONAL_SUPPORT = frozenset(
    {"ally", "allies", "backer", "backers", "patron", "patrons", "partner"}
)
# verbs that cancel a noun trigger: "dropped his refusal", "end its support"
REVERSAL = frozenset(
    inflect("drop")
    | inflect("abandon")
    | inflect("end")
    | inflect("lift")
    | inflect("reverse")
    | inflect("withdraw")
    | {"withdrew", "withdrawn"}
    | inflect("halt")
    | inflect("suspend")
    | inflect("cut")
    | inflect("stop")
    | inflect("pause")
    | inflect("deny")
    | {"denied"}
    | inflect("cease")
    | inflect("curb")
)
STATEMENT_NOUNS = frozenset(
    {
        "statement",
        "communique",
        "communiqué",
        "readout",
        "letter",
        "post",
        "message",
        "release",
        "declaration",
    }
)
# objects that make "support" a stance on a process, not a side taken
NON_ACTOR_OBJECTS = frozenset(
    """
    efforts effort plan plans bid initiative initiatives proposal proposals resolution process
    measures position idea talks negotiations dialogue settlement deal agreement ceasefire truce
    solution mediation diplomacy call calls aid relief reconstruction
    """.split()
)
# who can enter or cross into a place as an attack
MILITARY_WORDS = frozenset(
    "troops forces force army military soldiers fighters rebels militants militia jets aircraft".split()
)
MILITARY_ONLY_VERBS = frozenset(
    {
        "enter",
        "entered",
        "enters",
        "entering",
        "cross",
        "crossed",
        "crosses",
        "crossing",
        "push",
        "pushed",
        "pushes",
        "advance",
        "advanced",
        "clash",
        "clashed",
        "clashes",
        "capture",
        "captured",
        "seize",
        "seized",
        "storm",
        "stormed",
        "fire",
        "fired",
        "target",
        "targeted",
        "kill",
        "killed",
        "kills",
        "killing",
    }
)
PARTICLE_VERBS = frozenset(
    """
    step steps stepped stepping get gets got getting come comes came coming go goes went going
    pull pulls pulled pulling move moves moved fight fights fought hit hits strike struck bring
    brings brought roll rolls rolled scale scaled hold held holds push pushed pushes fall fell
    turn turned look looked way pushing hitting fighting holding ramp ramped cut sent send
    """.split()
)
# a participle after these nouns reports what a document says: "a resolution calling for"
DOCUMENT_NOUNS = frozenset(
    "resolution resolutions text texts draft drafts statement statements declaration letter motion proposal communique".split()
)
# verbs by which an actor makes a document its own: "adopted a resolution calling for"
ADOPTING_VERBS = frozenset(
    inflect("adopt")
    | inflect("pass")
    | inflect("issue")
    | inflect("approve")
    | inflect("table")
    | inflect("sponsor")
    | inflect("introduce")
    | inflect("draft")
    | inflect("circulate")
    | inflect("release")
    | inflect("publish")
    | inflect("sign")
    | {"put", "puts"}
)
WEAPONS = frozenset(
    "missiles missile rockets rocket drones drone shells artillery mortars bombs".split()
)
SUPPORT_COMPOUND = re.compile(
    r"^(?P<who>.+)-(backed|aligned|allied|supported|sponsored|armed)$", re.I
)
ATTACK_NOUN_HEADS = frozenset(
    {"strikes", "airstrikes", "shelling", "missiles", "rockets", "drones"}
)


@dataclass(slots=True)
class Trigger:
    klass: str
    kind: str
    start: int
    end: int
    positions: tuple[int, ...]  # token indices of the cue words


# ---------------------------------------------------------------------------
# sentence analysis

# the only words at which clause_end may stop
_CLAUSE_MARKS = frozenset({";", ":", "but", "whereas", ",", '"', "\u201d"})


class _SentenceReader:
    def __init__(self, sa: ParsedSentence, voice: tuple[Actor, ...]):
        self.sa = sa
        self.tokens = sa.tokens
        self.low = sa.low
        self.spans = sa.spans
        self.voice = voice
        self.span_at: dict[int, ActorSpan] = {}
        self._boundaries: list[int] | None = None  # words that may end a clause, when first needed
        # what several triggers of a sentence ask alike, read once
        self._left_subjects: dict[int, tuple[ActorSpan, ...]] = {}
        self._coordinated: dict[int, tuple[ActorSpan, ...]] = {}
        self._concept_matches: list[tuple[str, int, int]] | None = None
        for sp in self.spans:
            for i in range(sp.start, sp.end):
                self.span_at[i] = sp
        self.roles = self._roles()

    # -- roles of mentions ---------------------------------------------------
    def _roles(self) -> dict[int, str]:
        """id(span) -> "pp" (object of a preposition), "agent" (after "by"),
        "possessor" ("Russia's"), or "core" (subject or object)."""
        roles: dict[int, str] = {}
        prev_span: ActorSpan | None = None
        for sp in self.spans:
            j = sp.start - 1
            while j >= 0 and self.low[j] in (
                "the",
                "a",
                "an",
                "both",
                "all",
                "its",
                "their",
                "his",
                "her",
            ):
                j -= 1
            # "At an emergency Security Council session": a preposition before an adjective
            if (
                j >= 1
                and self.tokens[j].is_word
                and not self.tokens[j].is_cap
                and self.low[j]
                in (
                    "emergency",
                    "extraordinary",
                    "special",
                    "closed-door",
                    "urgent",
                    "informal",
                    "joint",
                )
                and self.low[j - 1] in ("an", "a", "the")
            ):
                j -= 2
            before = self.low[j] if j >= 0 else ""
            if before == "of" and j >= 1 and self.low[j - 1] in BODY_MEMBERS:
                before = ""  # "the members of the Security Council called": the council acts
            if before == "by":
                role = "agent"
            elif before in PREPOSITIONS:
                role = "pp"
            elif (
                before in (",", "and", "or")
                and prev_span is not None
                and roles.get(id(prev_span)) in ("pp", "agent")
                and self._adjacent(prev_span, sp)
                and (self._between(prev_span, sp) in (["and"], ["or"]) or self._list_goes_on(sp))
            ):
                # "with the African Union, Qatar and Togo": the list shares the preposition,
                # but "Speaking in Ankara, Turkish Foreign Minister Hakan Fidan said" does not
                role = roles[id(prev_span)]
            else:
                role = "core"
            if (
                sp.end < len(self.low)
                and self.low[sp.end] == "'s"
                or sp.how == "pronoun"
                and self.low[sp.start] in POSSESSIVE_PRONOUNS
            ):
                if role == "core":
                    role = "possessor"
            elif role == "core" and sp.end < len(self.low) and self.low[sp.end] in MODIFIED_NOUNS:
                role = "modifier"  # "a Security Council session", "UN experts"
            roles[id(sp)] = role
            prev_span = sp
        # "We, the Foreign Ministers of the G7, together with ..., condemn": the names in
        # the apposition of a sentence-initial pronoun are not its subject
        if len(self.low) > 2 and self.low[0] in ("we", "they") and self.low[1] == ",":
            end = self._apposition_end(2)
            for sp in self.spans:
                if 2 <= sp.start < end:
                    roles[id(sp)] = "apposition"
        return roles

    def _apposition_end(self, k: int) -> int:
        """End of an apposition starting at k: the first comma followed by a verb-like word."""
        for i in range(k, len(self.low) - 1):
            nxt = self.low[i + 1]
            if (
                self.low[i] == ","
                and self.tokens[i + 1].is_word
                and not self.tokens[i + 1].is_cap
                and nxt
                not in (
                    "together",
                    "along",
                    "and",
                    "as",
                    "alongside",
                    "the",
                    "a",
                    "an",
                    "including",
                    "with",
                    "of",
                    "plus",
                )
            ):
                return i
        return k

    def _between(self, a: ActorSpan, b: ActorSpan) -> list[str]:
        return [w for w in self.low[a.end : b.start] if w not in ("the", "a", "an")]

    def _list_goes_on(self, sp: ActorSpan) -> bool:
        """Is the mention followed by another list item ("Qatar and Togo", "Qatar, Togo")?"""
        k = sp.end
        if k < len(self.low) and self.low[k] in ("and", "or", ","):
            k += 1
            while k < len(self.low) and self.low[k] in ("the", "a", "an"):
                k += 1
            return k in self.span_at
        return False

    def _adjacent(self, a: ActorSpan, b: ActorSpan) -> bool:
        between: list[str] = []
        for w in self.low[a.end : b.start]:
            if w not in ("the", "a", "an"):
                if len(between) == 2:
                    return False  # more words than any list separator has
                between.append(w)
        return between in ([","], ["and"], [",", "and"], ["or"])

    # -- triggers ---------------------------------------------------------------
    def triggers(self) -> list[Trigger]:
        lex = lexicon()
        found: list[Trigger] = []
        n = len(self.low)
        by_first = lex.by_first
        for i in [k for k, w in enumerate(self.low) if w in by_first]:
            for pat in by_first[self.low[i]]:
                pos = self._match(pat.words, i)
                if pos is None:
                    continue
                kind = pat.kind
                if kind == "verb" and self._noun_use(i):
                    kind = "noun"  # "international calls for negotiations"
                found.append(Trigger(pat.klass, kind, i, pos[-1] + 1, tuple(pos)))
        # hyphenated support compounds: "Iran-aligned Houthis"
        for i in [k for k, w in enumerate(self.low) if "-" in w]:
            if SUPPORT_COMPOUND.match(self.tokens[i].text) and i + 1 < n:
                found.append(Trigger("support_compound", "noun", i, i + 1, (i,)))
        if not found:
            return found
        # a wish named by a noun is no call ("their support in reaching the truce") unless a
        # verb states it: "reaffirmed their support for dialogue"
        found = [
            t
            for t in found
            if not (
                t.klass == "want"
                and t.kind == "noun"
                and self._governing_verb(t.start, self._possessor_before(t.start)) is None
            )
        ]
        # a verb form right after a cue is its object: "rules out attacks"
        cue_ends = {t.end for t in found if t.kind == "verb"}
        for t in found:
            if (
                t.kind == "verb"
                and t.start in cue_ends
                and t.klass in ("attack", "request", "condemn")
            ):
                t.kind = "noun"
        # "entered into force", "entered the war": no incursion; "armed groups": an adjective
        found = [
            t
            for t in found
            if not (
                self.low[t.start] in ("enter", "entered", "enters", "entering")
                and (
                    t.end >= n
                    or not (self.tokens[t.end].is_cap or self.low[t.end] in ("the", "a"))
                    or self.low[t.end] == "into"
                    or (
                        t.end + 1 < n
                        and self.low[t.end + 1]
                        in ("war", "conflict", "fray", "talks", "negotiations", "race", "force")
                    )
                )
            )
            and not (
                self.low[t.start] == "armed"
                and t.end < n
                and self.tokens[t.end].is_word
                and self.low[t.end] not in DETERMINERS
                and t.end not in self.span_at
            )
        ]
        # "step back", "get back to the table": a particle, not backing
        found = [
            t
            for t in found
            if not (
                self.low[t.start] == "back"
                and t.start > 0
                and self.low[t.start - 1] in PARTICLE_VERBS
            )
        ]
        # keep the longest cue of each class at a position
        found.sort(key=lambda t: (t.start, -(t.end - t.start)))
        out: list[Trigger] = []
        for t in found:
            if any(o.klass == t.klass and o.start <= t.start < o.end for o in out):
                continue
            # words inside an actor's name are not cues ("Supreme Political Council" is not "call")
            if t.start in self.span_at and self.span_at[t.start].how not in (
                "forces",
                "government",
            ):
                continue
            out.append(t)
        return out

    def _noun_use(self, i: int) -> bool:
        """A verb form used as a noun: after a determiner, a possessive or an adjective."""
        if i == 0:
            return False
        prev = self.low[i - 1]
        if (
            prev in DETERMINERS
            or prev == "'s"
            or (prev in PREPOSITIONS and prev != "to")
            or prev in COMMON_ADJECTIVES
        ):
            return True
        if self.low[i].endswith("ing") and i + 1 < len(self.low) and self.low[i + 1] == "of":
            return True  # "the signing of the declaration"
        # "the heinous terrorist attack", "the April attack": adjectives after a determiner
        j = i - 1
        steps = 0
        while (
            j >= 0
            and steps < 3
            and self.tokens[j].is_word
            and (
                (
                    not self.tokens[j].is_cap
                    and (
                        self.low[j].endswith(ADJECTIVE_ENDINGS) or self.low[j] in COMMON_ADJECTIVES
                    )
                    and self.low[j] not in NOUNS_LIKE_ADJECTIVES
                )
                or self.low[j] in MONTHS_AND_DAYS
            )
        ):
            j -= 1
            steps += 1
        if steps and j >= 0 and (self.low[j] in DETERMINERS or self.low[j] == "'s"):
            return True
        if (
            steps
            and j >= 0
            and self.low[j] in PREPOSITIONS
            and not any(w in MONTHS_AND_DAYS for w in self.low[j + 1 : i])
        ):
            return True
        if (
            i >= 2
            and self.tokens[i - 1].is_cap
            and (i - 1) not in self.span_at
            and self.low[i - 2] in DETERMINERS
        ):
            return True  # "the Pahalgam attack"
        if (
            prev in ("and", "or", ",")
            and self.low[i] in NOUNISH_FORMS
            and i >= 2
            and not self.tokens[i - 2].is_cap
            and (i - 2) not in self.span_at
        ):
            return True  # "the instability and attacks"
        return (
            prev.endswith(("al", "ed", "ing"))
            and prev not in NOT_ADJECTIVES
            and self.tokens[i - 1].is_word
            and not self.tokens[i - 1].is_cap
        )

    def _match(self, words: tuple, i: int) -> list[int] | None:
        pos: list[int] = []
        j = i
        k = 0
        while k < len(words):
            w = words[k]
            if w is GAP:
                nxt = words[k + 1]
                for skip in range(0, 4):
                    if j + skip < len(self.low) and self.low[j + skip] in nxt:
                        j = j + skip
                        break
                else:
                    return None
                k += 1
                continue
            if j >= len(self.low) or self.low[j] not in w:
                return None
            pos.append(j)
            j += 1
            k += 1
        return pos

    # -- concepts -------------------------------------------------------------------
    def concepts_in(self, a: int, b: int) -> dict[str, int]:
        """Concepts named in tokens[a:b], with the position of their first word."""
        lex = lexicon()
        found: dict[str, int] = {}
        low = self.low
        b = min(b, len(low))
        window = low[a:b]
        for name, start, end in self._concept_phrases():
            if start >= b:
                break
            if start >= a and end <= b and name not in found:
                found[name] = start
        # "for the fighting in Tigray to stop": an ending verb near a fighting noun
        if "ceasefire" not in found and not lex.fighting_nouns.isdisjoint(window):
            for i in range(a, b):
                if self.low[i] in lex.fighting_nouns:
                    for j in range(max(a, i - 4), min(b, i + 8)):
                        if self.low[j] in lex.ending_verbs and j != i:
                            found["ceasefire"] = min(i, j)
                            break
                if "ceasefire" in found:
                    break
        return found

    def _concept_phrases(self) -> list[tuple[str, int, int]]:
        """Every concept phrase of the sentence as (concept, start, end), in
        the order of their first words; read once, as triggers ask for many windows."""
        if self._concept_matches is None:
            concepts = lexicon().concepts
            low = self.low
            matches: list[tuple[str, int, int]] = []
            if not concepts.keys().isdisjoint(low):
                for i in range(len(low)):
                    for name, seq in concepts.get(low[i], ()):
                        end = i + len(seq)
                        if end <= len(low) and all(
                            low[i + k] in seq[k] for k in range(1, len(seq))
                        ):
                            matches.append((name, i, end))
            self._concept_matches = matches
        return self._concept_matches

    # -- clause structure ----------------------------------------------------------
    def clause_end(self, start: int) -> int:
        """End of the clause that starts at ``start``: a semicolon, a colon,
        a trailing ", X said" or the sentence end."""
        for i in self._clause_marks_from(start):
            if self.low[i] in (";", ":", "but", "whereas"):
                return i
            if self.low[i] == "," and i + 1 < len(self.low) and self.low[i + 1] in CLAUSE_OPENERS:
                return i
            if (
                self.low[i] == ","
                and self.low[i + 1 : i + 2] == ["and"]
                and (
                    i + 2 in self.span_at
                    or (i + 3 in self.span_at and self.low[i + 2] in ("the", "a"))
                )
            ):
                return i  # ", and the African Union urged ...": a new clause with its own subject
            if self.low[i] in (",", '"', "\u201d") and self._speech_after(i):
                return i
        return len(self.low)

    def _clause_marks_from(self, start: int) -> list[int]:
        """Positions from ``start`` on of the words at which a clause may end."""
        if self._boundaries is None:
            self._boundaries = [j for j, w in enumerate(self.low) if w in _CLAUSE_MARKS]
        return self._boundaries[bisect_left(self._boundaries, start) :]

    def _speech_after(self, i: int) -> bool:
        """ ", the Kremlin said", ", he said", ", said Lavrov", ", according to ..." """
        j = i + 1
        while j < len(self.low) and self.low[j] in (",", '"', "\u201d", "'"):
            j += 1
        if j < len(self.low) and self.low[j] in ("said", "according"):
            return True
        sp = self.span_at.get(j)
        if sp is None and j < len(self.low) and self.low[j] in ("the", "a", "an"):
            sp = self.span_at.get(j + 1)
        if sp is not None:
            k = sp.end
            while k < len(self.low) and self.low[k] in (
                "also",
                "later",
                "then",
                "has",
                "had",
                "on",
            ):
                k += 1
            return k < len(self.low) and self.low[k] in SPEECH_VERBS
        return False

    def _skip_adjunct_left(self, comma: int) -> int:
        """Given a comma at ``comma`` closing an adjunct (", while calling for ...,",
        ", who ...,", ", appointed by ...,"), return the index before the adjunct, else -1."""
        j = comma - 1
        while j >= 0 and self.low[j] not in (",", "\u2013", "\u2014", "-", "(", ")"):
            j -= 1
        if j < 0:
            return -1
        first = comma if j + 1 >= comma else j + 1
        w = self.low[first] if first < comma else ""
        if (
            w in ADJUNCT_OPENERS
            or w.endswith("ing")
            or (w.endswith("ed") and first not in self.span_at)
        ):
            return j - 1
        return -1

    def subject(self, t: Trigger) -> tuple[ActorSpan, ...]:
        """The source actor(s) of a trigger."""
        low = self.low
        start = t.start
        # passive: "was signed by X", "waged by Eritrea's army"; without an agent
        # the subject is what was acted on, so there is no actor ("would be agreed")
        if (
            start > 0
            and t.kind == "verb"
            and (low[start - 1] in BE_FORMS or low[t.start].endswith("ed"))
        ):
            agents = self._agents_after(t.end)
            if agents and (low[start - 1] in BE_FORMS or low[t.end : t.end + 1] == ["by"]):
                return agents
            if (
                low[start - 1] in BE_FORMS
                and low[t.start].endswith(("ed", "en"))
                and t.klass not in ("offer", "judge")
            ):
                return ()
        # "adopted a resolution calling for": the adopter; "vetoed drafts calling for": nobody
        head = low[start]
        if (
            head.endswith("ing")
            and t.kind == "verb"
            and start > 0
            and low[start - 1] in DOCUMENT_NOUNS
        ):
            k = start - 2
            while (
                k >= 0
                and k > start - 6
                and low[k] not in ADOPTING_VERBS
                and (self.tokens[k].is_word and k not in self.span_at)
            ):
                k -= 1
            if k >= 0 and low[k] in ADOPTING_VERBS:
                return self._left_subject(k - 1)
            return ()
        # a participle after "the strikes," is passive: "the strikes, carried out under ..."
        if (
            t.kind == "verb"
            and start > 1
            and low[start - 1] == ","
            and head.endswith("ed")
            and (start - 2) not in self.span_at
            and self.tokens[start - 2].is_word
            and not self.tokens[start - 2].is_cap
            and self._skip_adjunct_left(start - 1) < 0
        ):
            prev_word = low[start - 2]
            if prev_word.endswith("s") and not prev_word.endswith("ss"):
                return self._agents_after(t.end)
        # a finite verb after a comma continues the main clause: "X rejects Y, vows to fight on"
        if (
            t.kind == "verb"
            and start > 1
            and low[start - 1] == ","
            and (head.endswith("s") or head.endswith("ed"))
            and not head.endswith("ss")
        ):
            main = self._main_subject()
            if main:
                return main
        # participle adjunct: ", calling it a frontal assault", "Urging the two sides ..., he said"
        if head.endswith("ing") and t.kind == "verb":
            prev = low[start - 1] if start > 0 else ""
            if start == 0 or (start == 1 and prev in ("while", "after", "before")):
                after = self._first_core_after(self._next_comma(start))
                if after:
                    return after
            if prev in (",", "while", "after", "before", "by") or (
                start >= 2
                and low[start - 2] == ","
                and prev in ("while", "after", "before", "also")
            ):
                main = self._main_subject()
                if main:
                    return main
        # noun triggers: the act of the governing verb's subject ("Wang reaffirmed
        # Beijing's support"), else of the possessor ("Russia's offer"); a bare noun
        # ("international calls for negotiations") names no actor
        if t.kind == "noun" and (
            low[start] in ("in", "with") or (start > 0 and low[start - 1] in ("in", "with"))
        ):
            # "deployed troops in support of the M23", "advancing with backing from Rwanda"
            k = t.end
            if k < len(low) and low[k] == "from":
                k += 1
                while k < len(low) and low[k] in ("the", "a", "an"):
                    k += 1
                if k in self.span_at:
                    return (self.span_at[k],)
            return self._left_subject(start - 1)
        if t.kind == "noun":
            p = self._possessor_before(start)
            verb = self._governing_verb(start, p)
            if verb is not None:
                subj = self._left_subject(verb - 1)
                if subj:
                    return subj
            if p:
                return p
            return ()
        return self._left_subject(start - 1)

    def _governing_verb(self, i: int, possessor) -> int | None:
        """Index of a light or speech verb that takes the noun at i as object."""
        j = (min(sp.start for sp in possessor) if possessor else i) - 1
        steps = 0
        while (
            j >= 0
            and steps < 4
            and (
                self.low[j]
                in ('"', "\u201c", "'", "the", "a", "an", "its", "his", "her", "their", "our")
                or (
                    self.tokens[j].is_word
                    and not self.tokens[j].is_cap
                    and self.low[j] not in GOVERNING_VERBS
                    and self.low[j] not in PREPOSITIONS
                    and j not in self.span_at
                )
            )
        ):
            j -= 1
            steps += 1
        if j >= 0 and self.low[j] in GOVERNING_VERBS:
            if j > 0 and (self.low[j - 1] == "'s" or self.low[j - 1] in DETERMINERS):
                return None  # "the community's repeated appeals": an adjective
            return j
        return None

    def speaker(self, t: Trigger) -> tuple[ActorSpan, ...]:
        """The subject of the nearest speech verb before the trigger ("Putin also noted ...")."""
        for j in range(t.start - 1, -1, -1):
            if self.low[j] in SPEECH_VERBS and j not in self.span_at:
                return self._left_subject(j - 1)
        return ()

    def _next_comma(self, i: int) -> int:
        for j in range(i, len(self.low)):
            if self.low[j] == ",":
                return j + 1
        return len(self.low)

    def _first_core_after(self, i: int) -> tuple[ActorSpan, ...]:
        for sp in self.spans:
            if sp.start >= i and self.roles[id(sp)] in ("core", "possessor"):
                return (sp,)
        return ()

    def _main_subject(self) -> tuple[ActorSpan, ...]:
        for sp in self.spans:
            if self.roles[id(sp)] in ("core", "possessor"):
                return self._with_coordinates(sp)
            if sp.start > 12:
                break
        return ()

    def _main_subject_before(self, k: int) -> tuple[ActorSpan, ...]:
        """Subject of the clause that a coordinated verb at k continues."""
        # the subject of the nearest finite clause: after the last "that"/speech verb, else the first
        start = 0
        for j in range(k - 1, -1, -1):
            if self.low[j] in (";",):
                start = j + 1
                break
        for sp in self.spans:
            if sp.start >= k:
                break
            if sp.start >= start and self.roles[id(sp)] in ("core", "possessor"):
                return self._with_coordinates(sp)
        return ()

    def _agents_after(self, i: int) -> tuple[ActorSpan, ...]:
        out = []
        j = i
        while j < len(self.low):
            if self.low[j] == "by":
                k = j + 1
                while k < len(self.low) and self.low[k] in ("the", "a", "an"):
                    k += 1
                sp = self.span_at.get(k)
                if sp is not None and sp.how == "pronoun" and self.low[k] in POSSESSIVE_PRONOUNS:
                    sp = (
                        self.span_at.get(sp.end) or sp
                    )  # "by its Permanent Secretary, Benjamin Mbonimpa"
                if sp is not None:
                    out.append(sp)
                    j = sp.end
                    continue
            if self.low[j] in (";",) or (j > i + 40):
                break
            j += 1
        return tuple(out)

    def _possessor_before(self, i: int) -> tuple[ActorSpan, ...] | None:
        j = i - 1
        # skip adjectives: "his long-standing refusal", "Beijing's steadfast support"
        steps = 0
        while (
            j >= 0
            and steps < 4
            and self.low[j] not in ("'s",)
            and j not in self.span_at
            and (
                (
                    self.tokens[j].is_word
                    and not self.tokens[j].is_cap
                    and (
                        self.low[j].endswith(ADJECTIVE_ENDINGS + ("est",))
                        or self.low[j] in COMMON_ADJECTIVES
                    )
                    and (
                        self.low[j] not in GOVERNING_VERBS
                        # "the community's repeated appeals": a participle used as adjective
                        or (j > 0 and (self.low[j - 1] == "'s" or self.low[j - 1] in DETERMINERS))
                    )
                )
                or self.low[j] in ('"', "\u201c", "\u201d")
            )
        ):
            j -= 1
            steps += 1
        if j >= 0 and self.low[j] == "'s":
            sp = self.span_at.get(j - 1)
            return (sp,) if sp is not None else ()
        sp = self.span_at.get(j)
        if sp is not None and sp.how == "pronoun" and self.low[sp.start] in POSSESSIVE_PRONOUNS:
            return (sp,)
        return None

    def _left_subject(self, i: int) -> tuple[ActorSpan, ...]:
        """The subject of the clause ending at token i (read once per sentence and i)."""
        found = self._left_subjects.get(i)
        if found is None:
            found = self._left_subjects[i] = self._read_left_subject(i)
        return found

    def _read_left_subject(self, i: int) -> tuple[ActorSpan, ...]:
        low = self.low
        j = i
        # a verb coordinated with an earlier one shares its subject:
        # "Islamabad said ... and condemned", "He calls on ..., and renews his appeal"
        k = i
        while k >= 0 and low[k] in (
            "also",
            "then",
            "later",
            "has",
            "have",
            "had",
            "would",
            "will",
            "is",
            "was",
        ):
            k -= 1
        if k >= 0 and low[k] in ("and", "but") and (k + 1 > i or not self.tokens[k + 1].is_cap):
            nxt = k + 1
            if nxt <= len(low) - 1 and nxt not in self.span_at and low[nxt] not in DETERMINERS:
                main = self._main_subject_before(k)
                if main:
                    return main
        while j >= 0:
            w = low[j]
            if w == ";" or (w in SUBORDINATORS and j < i):
                return ()  # "Iran warns Israel as Gulf states urge calm": the subject is in this clause
            if w in SPEECH_VERBS and j < i and j not in self.span_at:
                return ()  # "X said the strikes ... had hit": the reported clause has its own subject
            relative_that = (
                w == "that"
                and j > 0
                and self.tokens[j - 1].is_word
                and low[j - 1] not in SPEECH_VERBS
                and low[j - 1] not in NOT_ANTECEDENTS
                and all(low[k] in AUXILIARIES for k in range(j + 1, i + 1))
            )
            if (w in RELATIVE or relative_that) and j > 0:
                # "Eritrean troops, who are fighting ...": the antecedent;
                # "a war that has killed ...": no actor
                k = j - 1
                if low[k] == ",":
                    k -= 1
                sp = self.span_at.get(k)
                if sp is not None:
                    return self._with_coordinates(sp)
                if all(low[m] in AUXILIARIES for m in range(j + 1, i + 1)):
                    return ()
            if w in ("\u2013", "\u2014", ")") or (
                w == "-" and j > 0 and self.tokens[j - 1].end < self.tokens[j].start
            ):
                # "the co-chairs – Russia, France and the U.S. – that would": skip the aside
                opener = {")": "("}.get(w, w)
                k = j - 1
                while k >= 0 and self.low[k] != opener and self.low[k] not in ("\u2013", "\u2014"):
                    k -= 1
                if k >= 0:
                    j = k - 1
                    continue
            if w == ",":
                skipped = self._skip_adjunct_left(j)
                if skipped >= 0:
                    j = skipped
                    continue
            sp = self.span_at.get(j)
            if sp is not None:
                role = self.roles[id(sp)]
                if role in ("core", "possessor"):
                    return self._with_coordinates(sp)
                if role == "pp" and j > 0:
                    # "a statement from the ministry asserted": the speaker
                    k = sp.start - 1
                    while k >= 0 and low[k] in ("the", "a", "an"):
                        k -= 1
                    if k >= 1 and low[k] in ("from", "by", "of") and low[k - 1] in STATEMENT_NOUNS:
                        return (sp,)
                j = sp.start - 1
                continue
            j -= 1
        return ()

    def _with_coordinates(self, sp: ActorSpan) -> tuple[ActorSpan, ...]:
        """ "Armenia and Azerbaijan", "Putin and Macron", "The United States, China and Malaysia"."""
        found = self._coordinated.get(id(sp))
        if found is None:
            found = self._coordinated[id(sp)] = self._read_coordinates(sp)
        return found

    def _read_coordinates(self, sp: ActorSpan) -> tuple[ActorSpan, ...]:
        group = [sp]
        cur = sp
        while True:
            prev = None
            for cand in self.spans:
                if cand.end <= cur.start and self._adjacent(cand, cur):
                    prev = cand
            if prev is None or self.roles[id(prev)] == "pp":
                break
            group.insert(0, prev)
            cur = prev
        # "Putin and Macron" where Putin is written before: also look right
        # (a lone comma to the right opens an apposition: "We, the Foreign Ministers of ...")
        cur = sp
        while True:
            nxt = next(
                (
                    c
                    for c in self.spans
                    if c.start >= cur.end
                    and self._adjacent(cur, c)
                    and self._between(cur, c) != [","]
                    and self.roles.get(id(c)) != "apposition"
                ),
                None,
            )
            if nxt is None:
                break
            group.append(nxt)
            cur = nxt
        return tuple(group)

    # -- reporting -------------------------------------------------------------------
    def reporter(self, t: Trigger, subject: tuple[ActorSpan, ...]) -> tuple[ActorSpan, ...]:
        """Who the statement containing the trigger is attributed to."""
        low = self.low
        subj_start = min((s.start for s in subject), default=t.start)
        # "X said (that) ... SUBJECT ... TRIGGER"
        for j in range(subj_start - 1, -1, -1):
            if low[j] == "and" and j > 0 and low[j - 1] == "," and low[j + 1] != "that":
                break  # ", and Iran's foreign ministry welcomed ...": an earlier clause's speaker is not this one's
            if j in self.span_at:
                continue  # "United States" is no "states"
            if low[j] in SPEECH_VERBS or (
                low[j] == "according" and j + 1 < len(low) and low[j + 1] == "to"
            ):
                if low[j] == "according":
                    sp = self.span_at.get(j + 2) or self.span_at.get(j + 3)
                    if sp is not None:
                        return (sp,)
                    continue
                speaker = self._left_subject(j - 1)
                if speaker:
                    return speaker
        # a headline's source after a colon: "Putin, Macron call for halt to fighting: Kremlin"
        n = len(low)
        while n > 0 and not self.tokens[n - 1].is_word:
            n -= 1
        last = self.span_at.get(n - 1)
        if (
            last is not None
            and last.start >= 1
            and low[last.start - 1] == ":"
            and last.start > t.end
        ):
            return (last,)
        # "..., the Kremlin said", "..., according to the Foreign Office"
        for j in self._clause_marks_from(t.end):
            if low[j] in (",", '"', "\u201d") and self._speech_after(j):
                k = j + 1
                while k < len(low) and low[k] in (",", '"', "\u201d", "the", "a", "an"):
                    k += 1
                if low[k] == "according":
                    k += 2
                    while k < len(low) and low[k] in ("the", "a", "an"):
                        k += 1
                if k < len(low) and low[k] == "said":
                    k += 1
                    while k < len(low) and low[k] in ("the", "a", "an"):
                        k += 1
                sp = self.span_at.get(k)
                if sp is not None:
                    return (sp,)
        return ()

    # -- modality ----------------------------------------------------------------------
    def modality(self, t: Trigger, subject: tuple[ActorSpan, ...]) -> str:
        """ "negated", "hypothetical", "future", "soft" or "asserted"."""
        low = self.low
        subj_end = max((s.end for s in subject if s.end <= t.start), default=max(0, t.start - 4))
        a = max(subj_end, t.start - 6)
        # only the trigger's own clause: "He urged X to avoid provocations that could lead to
        # escalation, called on ..." - the "could" belongs to another clause
        for k in range(t.start - 1, a - 1, -1):
            if low[k] in (",", ";", "and", "but", "that", "which", "who"):
                a = k + 1
                break
        window = low[a : t.start]
        if not (NEGATIONS.isdisjoint(window) and DENIALS.isdisjoint(window)):
            return "negated"
        if t.klass != "persist" and not NEGATIONS.isdisjoint(low[t.start : t.end]):
            return "negated"  # "was not ready": the negation sits inside the cue
        joined = " ".join(window)
        if any(phrase in joined for phrase in _NOT_DOING_TEXT):
            return "negated"
        for k in range(len(window) - 1):
            if window[k] in ("would", "could", "might", "should") and window[k + 1] == "have":
                return "hypothetical"
        if not (HYPOTHETICAL.isdisjoint(window) and HEDGES.isdisjoint(window)):
            return "hypothetical"
        # a condition anywhere before the cue in the sentence, or right after a stated
        # intention: "if it attacked", "would host talks if both sides agreed"
        if not CONDITIONALS.isdisjoint(low[: t.start]):
            return "hypothetical"
        after = low[t.end : t.end + 12]
        if not CONDITIONALS.isdisjoint(after) and not FUTURE.isdisjoint(window):
            return "hypothetical"
        if not SOFT.isdisjoint(window) and t.klass not in ("want",):
            return "soft"
        if not FUTURE.isdisjoint(window):
            return "future"
        if any(phrase in joined for phrase in _FUTURE_PHRASES_TEXT):
            return "future"
        if t.klass in ("vow",):
            return "future"
        return "asserted"


# triggers whose actor is the one who says the sentence, not its subject
SPEAKER_TRIGGERS = frozenset({"deontic", "judge"})
# verbs that make a noun trigger the subject's act: "renewed his appeal",
# "reaffirmed Beijing's support", "asserted the government's readiness"
GOVERNING_VERBS = frozenset(
    inflect("renew")
    | inflect("repeat")
    | inflect("reiterate")
    | inflect("make")
    | {"made"}
    | inflect("issue")
    | inflect("voice")
    | inflect("echo")
    | inflect("express")
    | inflect("reaffirm")
    | inflect("assert")
    | inflect("restate")
    | inflect("confirm")
    | inflect("announce")
    | inflect("extend")
    | inflect("offer")
    | inflect("lodge")
    | inflect("hand")
    | inflect("deliver")
    | inflect("has")
    | {"had", "have"}
    | inflect("pledge")
    | inflect("signal")
    | inflect("state")
)


@dataclass(slots=True)
class _Found:
    rule: Rule
    trigger: Trigger
    actors: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    reported_by: Actor | None
    modality: Modality
    confidence: float


def _sentence_signals(reader: _SentenceReader) -> list[_Found]:
    lex = lexicon()
    low = reader.low
    if reader.sa.sentence.text.rstrip().endswith("?"):
        return []  # a question asserts nothing
    triggers = reader.triggers()
    out: list[_Found] = []
    for idx, t in enumerate(triggers):
        rules = lex.rules.get(t.klass, [])
        if t.klass == "support_compound":
            out.extend(_support_compound(reader, t))
            continue
        if not rules:
            continue
        if (
            t.klass == "attack"
            and t.kind == "noun"
            and any(o.klass == "attack_light" and o.end <= t.start <= o.end + 4 for o in triggers)
        ):
            continue  # "would continue its military operation": the verb decides
        if t.klass in ("agree", "offer", "participate") and _purpose(reader, t):
            continue
        if _in_request_complement(reader, t, triggers):
            continue  # "demanded that all parties observe a ceasefire": the demand is the act
        if t.klass == "support" and low[t.start] in RELATIONAL_SUPPORT:
            found = _relational_support(reader, t, lex.rules["support"][0])
            if found is not None:
                out.append(found)
            continue
        # the object window: up to the next trigger of another kind or the clause end
        end = reader.clause_end(t.end)
        end = min(end, t.end + 25)
        for other in triggers[idx + 1 :]:
            if (
                other.start >= t.end
                and other.kind == "verb"
                and other.klass != t.klass
                and other.klass in _WINDOW_BREAKERS.get(t.klass, ())
                and not _in_request_complement(reader, other, triggers)
            ):
                end = min(end, other.start)
                break
        if not RELATIVE.isdisjoint(low[max(0, t.start - 4) : t.start]):
            # inside ", which has long sought ...,": the clause ends at its comma
            comma = next((k for k in range(t.end, end) if low[k] == ","), end)
            end = min(end, comma)
        concepts = reader.concepts_in(t.start if t.klass == "participate" else t.end, end)
        if t.klass == "deontic":
            # "the ceasefire must begin", "Cambodia must first stop its attacks"
            begin = _clause_start(reader, t.start)
            concepts = reader.concepts_in(begin, end)
        elif t.klass == "judge":
            concepts = reader.concepts_in(t.end, min(end, t.end + 3))
        elif t.klass == "attack_light":
            # "launched an offensive", or "the military operation Israel has launched"
            concepts = reader.concepts_in(t.end, min(end, t.end + 5))
            if "attack_object" not in concepts:
                subj = reader.subject(t)
                if subj:
                    s0 = min(sp.start for sp in subj)
                    concepts = reader.concepts_in(max(0, s0 - 3), s0)
        elif t.start > 0 and low[t.start - 1] in BE_FORMS and t.kind == "verb":
            # a passive names its object first: "The document was signed by ..."
            concepts = {**reader.concepts_in(_clause_start(reader, t.start), t.start), **concepts}
        for rule in rules:
            if rule.unless and rule.unless in concepts:
                continue
            if (
                t.klass == "offer"
                and rule.signal == "agreement"
                and concepts.get(rule.concept, end) > t.end + 3
            ):
                continue  # "ready to resume negotiations", not "prepared to support efforts to ... a settlement"
            if rule.concept == "*":
                pass
            elif rule.concept == "actor":
                if not _object_actor(reader, t, end):
                    continue
            elif rule.concept not in concepts:
                continue
            elif rule.signal == "agreement" and concepts.get(
                "not_conflict", -2
            ) + 1 == concepts.get(rule.concept):
                continue  # "signed a trade deal": not about the conflict
            found = _attribute(reader, t, rule, end, concepts)
            if found is not None:
                out.append(found)
    return out


# which later triggers end the object window of a trigger
_WINDOW_BREAKERS = {
    "request": {"offer", "reject", "condemn", "agree", "vow", "request"},
    "offer": {"request", "reject", "condemn", "vow"},
    "reject": {"offer", "request", "condemn", "agree"},
    "agree": {"request", "reject", "condemn", "offer"},
    "want": {"request", "reject", "condemn", "offer", "agree"},
    "vow": {"request", "reject", "condemn", "agree"},
    "condemn": {"request", "offer", "agree"},
    "support": {"request", "condemn", "agree", "reject", "attack"},
    "attack": {"request", "condemn", "agree"},
    "attack_light": {"request", "condemn", "agree"},
}


REQUESTING = frozenset({"request", "deontic"})


def _in_request_complement(reader: _SentenceReader, t: Trigger, triggers: list[Trigger]) -> bool:
    """True when t is what another actor is asked to do ("urged X to observe ...")."""
    if t.klass in ("deontic", "want", "evaluate", "judge"):
        return False
    for r in triggers:
        if (
            r.klass not in ("request",)
            or r.kind != "verb"
            or r.end > t.start
            or t.start - r.end > 12
        ):
            continue
        between = reader.low[r.end : t.start]
        if any(w in (";", "said", "says") for w in between):
            continue
        # the complement's "to"/"that" stands just before the cue: "urged X to observe",
        # not "called for an end to the war and offered ..."
        marker = max((k for k, w in enumerate(between) if w in ("to", "that")), default=-1)
        if marker >= 0 and len(between) - marker <= 4 and "and" not in between[marker:]:
            return True
    return False


def _purpose(reader: _SentenceReader, t: Trigger) -> bool:
    """ "would continue its efforts to reach an agreement": an aim, not the act."""
    low = reader.low
    j = t.start - 1
    while j >= 0 and low[j] in ("help", "finally", "eventually", "quickly", "swiftly"):
        j -= 1
    return j >= 1 and low[j] == "to" and low[j - 1] in PURPOSE_NOUNS


def _undone(reader: _SentenceReader, t: Trigger) -> bool:
    """Is the cue the object of a verb that undoes it? "dropped his long-standing refusal",
    "an end to Congolese state support", "paused its military operations"."""
    low, tokens = reader.low, reader.tokens
    j = t.start - 1
    steps = 0
    while (
        j >= 0
        and steps < 4
        and (
            low[j] in DETERMINERS
            or low[j] in POSSESSIVE_PRONOUNS
            or low[j] == "'s"
            or low[j] in COMMON_ADJECTIVES
            or (
                tokens[j].is_word
                and (tokens[j].is_cap or low[j].endswith(ADJECTIVE_ENDINGS + ("est",)))
            )
            or low[j] in ("state", "military", "long-standing")
        )
        and low[j] not in REVERSAL
    ):
        j -= 1
        steps += 1
    if j >= 0 and low[j] in ("to", "of", "on"):
        j -= 1
    return j >= 0 and low[j] in REVERSAL


def _clause_start(reader: _SentenceReader, i: int) -> int:
    for j in range(i - 1, -1, -1):
        if reader.low[j] in (",", ";", "that", ":") or reader.low[j] in SPEECH_VERBS:
            return j + 1
    return 0


def _object_actor(reader: _SentenceReader, t: Trigger, end: int) -> list[ActorSpan]:
    return [sp for sp in reader.spans if t.end <= sp.start < end]


def _actors(spans: tuple[ActorSpan, ...]) -> tuple[Actor, ...]:
    seen: dict[str, Actor] = {}
    for sp in spans:
        for a in sp.actors:
            seen.setdefault(a.name, a)
    return tuple(seen.values())


def _is_spokesperson(a: Actor) -> bool:
    return a.type == "person" and (a.title or "").lower() in (
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "foreign ministry spokesman",
        "foreign ministry spokesperson",
        "military spokesman",
        "army spokesman",
    )


def _is_ministry(a: Actor) -> bool:
    return (
        a.type == "organization"
        and a.affiliation != a.name
        and a.name.endswith(("Ministry", "Foreign Office", "Department"))
    )


def _principal(a: Actor) -> Actor:
    """A spokesperson speaks for their state or organisation."""
    from analysis.gazetteer import country, organization

    aff = a.affiliation
    return country(aff) or organization(aff) or Actor(aff, "state", aff)


def _attribute(
    reader: _SentenceReader, t: Trigger, rule: Rule, end: int, concepts: dict
) -> _Found | None:
    low = reader.low
    subject = reader.subject(t)
    reported = reader.reporter(t, subject)
    if t.klass in SPEAKER_TRIGGERS:
        # the speaker demands or judges; what must stop is the target
        speakers = reader.speaker(t) or reported or ()
        targets = _actors(
            tuple(sp for sp in reader.spans if _clause_start(reader, t.start) <= sp.start < end)
        )
        actors = _actors(speakers) if speakers else reader.voice
        if not actors:
            return None
        reported = ()
        subject_actors = actors
    else:
        subject_actors = _actors(subject)
        if not subject_actors:
            return None
        targets = ()
    modality = reader.modality(t, subject)
    # a noun trigger undone by its verb: "dropped his refusal to negotiate"
    reversed_noun = _undone(reader, t)
    signal_rule = rule
    if reversed_noun:
        if t.klass == "reject":
            signal_rule = Rule("agree", "talks", "agreement", "0356", "AGREE", 8.0)
            modality = "asserted"
        else:
            return None
    if modality == "negated":
        # refusing to take part or to stop fighting is a rejection
        if (
            (t.klass == "agree" and "participation" in concepts)
            or (t.klass == "participate" and ("talks" in concepts or "mediation" in concepts))
            or (t.klass == "offer" and "talks" in concepts and "mediation" not in concepts)
        ):
            # "would not attend the talks", "Kyiv was not ready for talks with Moscow"
            signal_rule = Rule("reject", "talks", "negotiation_rejection", "125", "REJECT", -5.0)
            modality = "asserted"  # the refusal itself is asserted
        elif t.klass == "persist":
            modality = "future"
        elif t.klass == "agree" and any(w in FUTURE for w in low[max(0, t.start - 4) : t.start]):
            # "Baku would not sign the treaty until ...": refusing the deal
            signal_rule = Rule("reject", "deal", "negotiation_rejection", "125", "REJECT", -5.0)
            modality = "asserted"
        else:
            return None
    if modality in ("hypothetical",):
        return None
    if rule.requires == "future" and modality != "future" and signal_rule is rule:
        return None
    if rule.signal == "hostilities" and modality == "future":
        return None  # threats to attack are not hostilities
    if rule.signal == "hostilities" and low[t.start] in MILITARY_ONLY_VERBS:
        if not any(
            sp.how == "forces" or any(a.type == "group" for a in sp.actors) for sp in subject
        ) and not any(
            w in MILITARY_WORDS or w in WEAPONS
            for w in low[max(0, t.start - 6) : min(end, t.end + 4)]
        ):
            return None
    if t.kind == "noun" and rule.signal == "hostilities":
        # a nominal attack needs its agent written: "Israel's military operation", "launched by"
        if not (reader._possessor_before(t.start) or (subject and subject[-1].end >= t.start - 3)):
            return None
    if not targets:
        targets = _targets(
            reader,
            t,
            end,
            subject_actors,
            places_count=rule.signal in ("alliance_support", "hostilities", "condemnation"),
        )
    if signal_rule.signal == "agreement" and len(subject_actors) > 1:
        # "Israel and Hezbollah accepted a plan brokered by the US": each with the other,
        # not with the mediators
        targets = subject_actors
    if rule.signal == "alliance_support" and subject and min(sp.start for sp in subject) >= t.end:
        # passive: "the M23 offensive, supported by the Rwanda Defence Force" backs the M23
        before = [
            sp for sp in reader.spans if sp.end <= t.start and sp.actors and sp.how != "pronoun"
        ]
        if before and reader.roles[id(before[-1])] not in ("agent", "pp"):
            targets = before[-1].actors
        else:
            return None  # "an amendment tabled by Canada and supported by the US": no side
    if rule.signal == "alliance_support":
        if low[t.start] in RELATIONAL_SUPPORT:
            return _relational_support(reader, t, rule)
        # backing a plan, efforts or talks between two states takes no side
        first_target = min(
            (sp.start for sp in reader.spans if t.end <= sp.start < end and sp.actors), default=end
        )
        if any(w in NON_ACTOR_OBJECTS for w in low[t.end : first_target]):
            return None
        targets = tuple(a for a in targets if a.name not in {s.name for s in subject_actors})
        if not targets:
            return None
    reporter_actors = _actors(reported)
    reported_by = None
    # a spokesperson's statement is their principal's act
    final_actors = []
    for a in subject_actors:
        if _is_spokesperson(a) or _is_ministry(a):
            # "Cambodia's defence ministry accused ...": the state acts, its ministry speaks
            final_actors.append(_principal(a))
            reported_by = a
        else:
            final_actors.append(a)
    if reporter_actors:
        r = reporter_actors[0]
        # "Wang told Dar that Beijing wanted a ceasefire": a minister or leader
        # speaking of their own state acts themselves (a spokesperson does not)
        if (
            r.type == "person"
            and not _is_spokesperson(r)
            and len(final_actors) == 1
            and final_actors[0].type == "state"
            and final_actors[0].name == r.affiliation
        ):
            final_actors = [r]
        names = {a.name for a in final_actors}
        if r.name not in names:
            reported_by = r
    if modality == "soft" and rule.signal not in ("ceasefire_call", "negotiation_call"):
        return None
    confidence = 0.85
    if modality == "soft":
        confidence = 0.45  # hedged ("said it hoped the pause would ...")
    if low[t.start] in SOFT:
        confidence = 0.45  # "hoped the two neighbours would resolve ..."
    if reported_by is not None and modality == "asserted":
        modality = "reported"
    if modality == "soft":
        modality = "asserted"
    signal_rule = _variant(signal_rule, low[t.start : t.end], low[max(0, t.start - 3) : end])
    if t.klass in ("judge", "evaluate") and "condemnable" in concepts:
        # the cue shown to the analyst is "are unacceptable", not "are"
        t = Trigger(t.klass, t.kind, t.start, concepts["condemnable"] + 1, t.positions)
    # negated, hypothetical and soft wordings have been dropped or resolved above
    stated = cast(Modality, modality)
    return _Found(signal_rule, t, tuple(final_actors), targets, reported_by, stated, confidence)


def _variant(rule: Rule, cue: list[str], after: list[str]) -> Rule:
    """The rule with the finer CAMEO code its wording calls for ("demanded" -> 1056)."""
    for v in lexicon().variants.get(rule.signal, ()):
        if (v.cue_words and v.cue_words.intersection(cue)) or (
            v.object_words and v.object_words.intersection(after)
        ):
            return Rule(
                rule.trigger,
                rule.concept,
                rule.signal,
                v.cameo,
                v.plover,
                v.score,
                rule.requires,
                rule.unless,
            )
    return rule


def _targets(
    reader: _SentenceReader,
    t: Trigger,
    end: int,
    actors: tuple[Actor, ...],
    *,
    places_count: bool = False,
) -> tuple[Actor, ...]:
    """Actors named after the cue; a place ("in Karabakh") is a target only of an act
    that lands there (an attack, backing kin "in Azerbaijan"), and a capital never."""
    names = {a.name for a in actors}
    out: dict[str, Actor] = {}
    low = reader.low
    # reciprocal: "both sides hit each other", "pounded each other"
    if "each" in low[t.end : end] and "other" in low[t.end : end]:
        return tuple(actors)
    for sp in reader.spans:
        if (
            t.end <= sp.start < end
            and sp.how != "pronoun"
            and not (_is_place(reader, sp) and (sp.how == "capital" or not places_count))
        ):
            for a in sp.actors:
                if a.name not in names and a.type != "person":
                    out.setdefault(a.name, a)
                elif a.type == "person" and a.name not in names:
                    out.setdefault(a.name, a)
    return tuple(out.values())


LOCATIVE = frozenset(
    {"in", "at", "near", "around", "across", "inside", "within", "outside", "throughout"}
)


def _is_place(reader: _SentenceReader, sp: ActorSpan) -> bool:
    """ "talks in Moscow", "fighting in Karabakh": a place, not a target."""
    j = sp.start - 1
    while j >= 0 and reader.low[j] in ("the", "a", "an"):
        j -= 1
    return j >= 0 and reader.low[j] in LOCATIVE


def _relational_support(reader: _SentenceReader, t: Trigger, rule: Rule) -> _Found | None:
    """ "Washington, Israel's closest ally" and "Israel's ally Washington": the ally supports the possessor."""
    possessor = reader._possessor_before(t.start)
    if not possessor:
        return None
    supported = _actors(possessor)
    low = reader.low
    ally: tuple[ActorSpan, ...] = ()
    p0 = min(sp.start for sp in possessor)
    if p0 >= 2 and low[p0 - 1] == ",":
        sp = reader.span_at.get(p0 - 2)
        if sp is not None:
            ally = (sp,)
    if not ally and t.end < len(low):
        sp = reader.span_at.get(t.end) or reader.span_at.get(t.end + 1)
        if sp is not None:
            ally = (sp,)
    if not ally:
        return None
    actors = tuple(a for a in _actors(ally) if a.name not in {s.name for s in supported})
    if not actors:
        return None
    return _Found(rule, t, actors, supported, None, "asserted", 0.8)


def _support_compound(reader: _SentenceReader, t: Trigger) -> list[_Found]:
    """ "Iran-aligned Houthis", "Saudi-backed forces": the prefix backs the head."""
    m = SUPPORT_COMPOUND.match(reader.tokens[t.start].text)
    if m is None:
        return []
    backer = actor_named(tokenize(m.group("who")))
    if backer is None:
        return []
    sp = reader.span_at.get(t.end)
    if sp is None:
        return []
    rule = next(r for r in lexicon().rules["support"] if r.signal == "alliance_support")
    targets = tuple(a for a in sp.actors if a.name != backer.name)
    if not targets:
        return []
    return [_Found(rule, t, (backer,), targets, None, "asserted", 0.75)]


# ---------------------------------------------------------------------------
# public entry point


def extract_signals(
    doc: Document,
    sentences: list[Sentence],
    mentions: list[Mention] | None = None,
    *,
    parsed: list[ParsedSentence] | None = None,
) -> list[Signal]:
    """All signals of a document, in sentence order."""
    if parsed is None:
        parsed = analyse_actors(doc, sentences)
    voice = parsed[0].voice if parsed else ()
    signals: list[Signal] = []
    cue_words = _cue_words()
    for sa in parsed:
        if (not sa.spans and not voice) or (
            cue_words.isdisjoint(sa.words)
            and not any("-" in w and SUPPORT_COMPOUND.match(w) for w in sa.words)
        ):
            continue  # no actor or no cue word: nothing to read
        reader = _SentenceReader(sa, voice)
        seen: set[tuple[str, str]] = set()
        for f in _sentence_signals(reader):
            for actor in f.actors:
                key = (f.rule.signal, actor.name)
                if key in seen:
                    continue
                seen.add(key)
                targets = tuple(a.name for a in f.targets if a.name != actor.name)
                cue_a = reader.tokens[f.trigger.start].start
                cue_b = reader.tokens[f.trigger.end - 1].end
                s = sa.sentence
                signals.append(
                    Signal(
                        doc_id=doc.id,
                        signal=f.rule.signal,
                        actor=actor.name,
                        actor_type=actor.type,
                        affiliation=actor.affiliation,
                        targets=targets,
                        sentence=s.text,
                        start=s.start,
                        end=s.end,
                        reported_by=f.reported_by.name
                        if f.reported_by and f.reported_by.name != actor.name
                        else None,
                        date=doc.date,
                        confidence=f.confidence,
                        cameo=f.rule.cameo,
                        plover=f.rule.plover,
                        score=f.rule.score,
                        modality=f.modality,
                        cue=doc.text[cue_a:cue_b],
                        cue_start=cue_a,
                        cue_end=cue_b,
                        source=doc.source,
                    )
                )
    return _parties_calling(signals)


@lru_cache(maxsize=1)
def _cue_words() -> frozenset[str]:
    """Words without which a sentence holds no cue: first words of triggers (but the
    bare "is"/"was" of evaluative cues, which need an evaluation word) and evaluations."""
    lex = lexicon()
    be = {"is", "are", "was", "were", "be", "remains", "remain", "seemed", "seems"}
    words = {w for w in lex.by_first if w not in be}
    for w in be:
        for pat in lex.by_first.get(w, ()):
            if pat.words[-1] is not GAP and len(pat.words) > 1:
                words |= pat.words[-1]  # "were ... ready": the word after the verb "be"
    words |= {
        w for w, entries in lex.concepts.items() if any(c == "condemnable" for c, _ in entries)
    }
    return frozenset(words)


def _parties_calling(signals: list[Signal]) -> list[Signal]:
    """PLOVER codes a party to the fighting calling for a ceasefire as AGREE (SIGNALS.md)."""
    parties = {
        name for s in signals if s.signal == "hostilities" for name in (s.actor, s.affiliation)
    }
    if not parties:
        return signals
    return [
        replace(s, plover="AGREE")
        if s.signal == "ceasefire_call" and (s.actor in parties or s.affiliation in parties)
        else s
        for s in signals
    ]
