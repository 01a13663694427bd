"""The cue lexicon (``data/cues.toml``), compiled for matching.

Triggers (verbs and nouns that say what kind of act a sentence reports),
concepts (what the act is about) and the rules that combine a trigger class
and a concept into a signal type with its codes; checked as it is read, so
that a rule naming a trigger, concept or signal that does not exist stops
with an error instead of silently finding nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from analysis.lexicon import read_toml
from analysis.text import inflect

GAP = None  # "..." in a cue: up to three words


@dataclass(frozen=True)
class Pattern:
    words: tuple  # each item: frozenset of forms, or GAP
    klass: str
    kind: str  # "verb" or "noun"
    text: str


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


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
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


@dataclass(slots=True)
class Trigger:
    klass: str
    kind: str
    start: int
    end: int
    positions: tuple[int, ...]  # token indices of the cue words
