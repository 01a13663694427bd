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

from analysis.knowledge import DataFileError, require_keys, require_known
from analysis.lexicon import read_toml
from analysis.taxonomy import taxonomy
from analysis.text import inflect

GAP = None  # "..." in a cue: up to three words ("... ..." up to six)
GAP_WORDS = 3


_REQUIREMENTS = ("future", "asserted", "object", "direct_object")


@dataclass(frozen=True)
class Pattern:
    words: tuple  # each item: frozenset of forms, or GAP
    klass: str
    kind: str  # "verb" or "noun"
    text: str
    gap_words: int = GAP_WORDS  # the most words a gap of the pattern skips


@dataclass(frozen=True, slots=True)
class Rule:
    trigger: str
    concept: str
    signal: str
    cameo: str
    plover: str
    score: float
    # "future", "asserted", "object" (an actor named after the cue) or "direct_object"
    # (an actor as the cue's object: "fought the RSF", "fought against the RSF")
    requires: str = ""
    unless: tuple[str, ...] = ()  # concepts that, when present, give another signal instead


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
    withdrawing_verbs: frozenset  # "withdraw all its forces": a pulling back of forces
    withdrawn_forces: frozenset
    truce_ending: tuple  # ("end to", ...) as word tuples, before a truce word: it is ended
    truce_words: frozenset
    continuing_verbs: frozenset  # "continue their attacks": fighting on
    going_on: frozenset  # "the battle would go on": word tuples after a fighting noun
    rules: dict  # trigger -> list[Rule]
    variants: dict  # signal -> list[Variant]
    window_breakers: dict  # trigger class -> classes whose later triggers end its window
    speaker_classes: frozenset  # trigger classes whose actor is the sentence's speaker
    negative_classes: frozenset  # trigger classes whose cues hold a negation of their own
    object_within: dict  # trigger class -> how many words after the cue its object may start
    object_classes: frozenset  # trigger classes whose actors are named after the cue
    stative_classes: frozenset  # trigger classes whose participle after "be" is no passive
    apposition_classes: frozenset  # classes whose noun in an apposition is its head's act
    masks: dict  # concept -> concepts its phrases hide inside them ("an emergency meeting")
    adjacent_concepts: frozenset  # concepts read only right after the cue ("agreed to mediate")
    hostile_classes: frozenset  # trigger classes whose rules give hostilities
    mutual_classes: frozenset  # classes whose coordinated subjects back each other

    def rule(self, trigger: str, concept: str) -> Rule:
        """The rule of the table for a trigger class and a concept."""
        for r in self.rules.get(trigger, ()):
            if r.concept == concept:
                return r
        raise KeyError(f"cues.toml has no [[rule]] for trigger '{trigger}' and concept '{concept}'")


def _compile_entry(entry: str, klass: str, kind: str, inflected: bool) -> list[Pattern]:
    out = []
    alternatives = entry.split("|")
    explicit = len(alternatives) > 1
    for alt in alternatives:
        parts = alt.split()
        words: list = []
        gap_words = GAP_WORDS
        for k, p in enumerate(parts):
            if p == "...":
                if words and words[-1] is GAP:
                    # "bring ... ... together": a gap long enough for a noun phrase
                    gap_words += GAP_WORDS
                else:
                    words.append(GAP)
                continue
            low = p.lower()
            forms = {low}
            if inflected and not explicit and k == 0:
                forms = inflect(low)
            words.append(frozenset(forms))
        # tokens of hyphenated words stay whole: "cease-fire"
        out.append(Pattern(tuple(words), klass, kind, alt, gap_words))
    return out


FILE = "cues.toml"
# rule concepts that are not phrases: any object ("*"), or an actor after the cue
_ANY_CONCEPT = ("*", "actor")
_STRINGS = (list,)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return parse_lexicon(read_toml(FILE))


def parse_lexicon(data: dict) -> Lexicon:
    """The lexicon from the parsed TOML, every name checked against what it names."""
    require_keys(
        data,
        FILE,
        "top level",
        {"triggers": dict, "concepts": dict, "rule": list},
        {"variant": list},
    )
    classes = set(data["triggers"])
    concept_names = set(data["concepts"])
    signals = taxonomy().ids
    by_first: dict = {}
    window_breakers: dict = {}
    speaker_classes = set()
    negative_classes = set()
    object_within: dict = {}
    object_classes = set()
    stative_classes = set()
    apposition_classes = set()
    mutual_classes = set()
    for klass, spec in data["triggers"].items():
        where = f"[triggers.{klass}]"
        require_keys(
            spec,
            FILE,
            where,
            {},
            {
                "verbs": list,
                "nouns": list,
                "window_ends_at": list,
                "actor": str,
                "negative": bool,
                "object_within": int,
                "stative": bool,
                "apposition": bool,
                "mutual": bool,
            },
        )
        for other in spec.get("window_ends_at", []):
            require_known(other, classes, FILE, where, "the trigger class")
        window_breakers[klass] = frozenset(spec.get("window_ends_at", []))
        if spec.get("actor", "subject") not in ("subject", "speaker", "object"):
            raise DataFileError(
                FILE, where, f"actor is '{spec['actor']}', not 'subject', 'speaker' or 'object'"
            )
        if spec.get("actor") == "speaker":
            speaker_classes.add(klass)
        if spec.get("actor") == "object":
            object_classes.add(klass)
        if spec.get("stative"):
            stative_classes.add(klass)
        if spec.get("apposition"):
            apposition_classes.add(klass)
        if spec.get("mutual"):
            mutual_classes.add(klass)
        if spec.get("negative"):
            negative_classes.add(klass)
        if "object_within" in spec:
            if spec["object_within"] < 1:
                raise DataFileError(FILE, where, "object_within must be 1 or more")
            object_within[klass] = spec["object_within"]
        for kind in ("verbs", "nouns"):
            for entry in spec.get(kind, []):
                _check_entry(entry, where)
                for pat in _compile_entry(entry, klass, kind[:-1], inflected=(kind == "verbs")):
                    for form in pat.words[0]:
                        by_first.setdefault(form, []).append(pat)
    concepts: dict = {}
    masks: dict = {}
    for name, spec in data["concepts"].items():
        where = f"[concepts.{name}]"
        require_keys(
            spec,
            FILE,
            where,
            {"terms": list},
            {
                "fighting_nouns": list,
                "ending_verbs": list,
                "ending_nouns": list,
                "withdrawing_verbs": list,
                "withdrawn_forces": list,
                "ending_phrases": list,
                "truce_words": list,
                "continuing_verbs": list,
                "going_on": list,
                "masks": list,
                "not_forms": list,
                "adjacent": bool,
            },
        )
        for hidden in spec.get("masks", []):
            require_known(hidden, concept_names, FILE, where, "the masked concept")
        if spec.get("masks"):
            masks[name] = frozenset(spec["masks"])
        for term in spec["terms"]:
            _check_entry(term, where)
            words = term.lower().split()
            # the first word of a phrase inflects too: "work with" -> "working with"
            not_forms = set(spec.get("not_forms", ()))
            seq = tuple(
                frozenset((inflect(w) - not_forms) if k == 0 else {w}) for k, w in enumerate(words)
            )
            for form in seq[0]:
                concepts.setdefault(form, []).append((name, seq))
    rules: dict = {}
    for k, r in enumerate(data["rule"], start=1):
        where = f"[[rule]] number {k}"
        require_keys(
            r,
            FILE,
            where,
            {"trigger": str, "concept": str, "signal": str},
            {
                "cameo": str,
                "plover": str,
                "score": (int, float),
                "requires": str,
                "unless": (str, list),
            },
        )
        require_known(r["trigger"], classes, FILE, where, "the trigger class")
        require_known(r["concept"], concept_names | set(_ANY_CONCEPT), FILE, where, "the concept")
        require_known(r["signal"], signals, FILE, where, "the signal")
        unless = r.get("unless", [])
        unless = (unless,) if isinstance(unless, str) else tuple(unless)
        for name in unless:
            require_known(name, concept_names, FILE, where, "the concept")
        if r.get("requires", "future") not in _REQUIREMENTS:
            raise DataFileError(
                FILE,
                where,
                f"requires is '{r['requires']}', not one of {', '.join(map(repr, _REQUIREMENTS))}",
            )
        # a rule without codes takes the primary codes of its signal type
        primary = taxonomy()[r["signal"]]
        rules.setdefault(r["trigger"], []).append(
            Rule(
                r["trigger"],
                r["concept"],
                r["signal"],
                r.get("cameo", primary.cameo),
                r.get("plover", primary.plover),
                float(r.get("score", primary.score)),
                r.get("requires", ""),
                unless,
            )
        )
    variants: dict = {}
    for k, v in enumerate(data.get("variant", []), start=1):
        where = f"[[variant]] number {k}"
        require_keys(
            v,
            FILE,
            where,
            {"signal": str, "cameo": str, "plover": str, "score": (int, float)},
            {"cue_words": list, "object_words": list},
        )
        require_known(v["signal"], signals, FILE, where, "the signal")
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
    cf = data["concepts"].get("ceasefire", {})
    return Lexicon(
        by_first,
        concepts,
        frozenset(cf.get("fighting_nouns", [])),
        frozenset(v for e in cf.get("ending_verbs", []) for v in inflect(e))
        | frozenset(cf.get("ending_nouns", [])),
        frozenset(v for e in cf.get("withdrawing_verbs", []) for v in inflect(e))
        | {"withdrew", "withdrawn"},
        frozenset(cf.get("withdrawn_forces", [])),
        tuple(
            tuple(p.split())
            for p in data["concepts"].get("ended_truce", {}).get("ending_phrases", [])
        ),
        frozenset(data["concepts"].get("ended_truce", {}).get("truce_words", [])),
        frozenset(
            v
            for e in data["concepts"].get("fighting", {}).get("continuing_verbs", [])
            for v in inflect(e)
        ),
        frozenset(
            (form, *phrase.split()[1:])
            for phrase in data["concepts"].get("fighting", {}).get("going_on", [])
            for form in inflect(phrase.split()[0])
        ),
        rules,
        variants,
        window_breakers,
        frozenset(speaker_classes),
        frozenset(negative_classes),
        object_within,
        frozenset(object_classes),
        frozenset(stative_classes),
        frozenset(apposition_classes),
        masks,
        frozenset(name for name, spec in data["concepts"].items() if spec.get("adjacent")),
        frozenset(
            trigger for trigger, rs in rules.items() if any(r.signal == "hostilities" for r in rs)
        ),
        frozenset(mutual_classes),
    )


def _check_entry(entry: object, where: str) -> None:
    if not isinstance(entry, str) or not entry.strip():
        raise DataFileError(FILE, where, f"{entry!r} is not a word or phrase")
    if entry.strip().startswith("...") or entry.strip().endswith("..."):
        raise DataFileError(FILE, where, f"'{entry}': '...' can only stand between words")


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


@lru_cache(maxsize=1)
def cues_by_first_two() -> dict[str, tuple[tuple[Pattern, ...], dict[str, tuple[Pattern, ...]]]]:
    """The lexicon's cues by their first word, then by the word after it: for each
    first word, the cues whose second word may be anything (one-word cues, a gap
    next) and, by each second word a cue names, those plus the cues it opens; each
    in the lexicon's order. Most cues fail at their second word ("is", "no", "the"
    open a dozen each), so a sentence tries only those its next word fits."""
    return {
        first: _by_second_word(patterns, _any_second, lambda pat: pat.words[1])
        for first, patterns in lexicon().by_first.items()
    }


def _by_second_word(entries: list, any_second, seconds_of) -> tuple[tuple, dict[str, tuple]]:
    """(the entries that take any second word, {second word: the entries that take
    it or any}), each in the order of ``entries``; read in one pass: an entry that
    takes any word joins every list, one that names its second words joins theirs
    (a list opened late starts with the entries that took any word before it)."""
    any_word: list = []
    by_second: dict[str, list] = {}
    for entry in entries:
        if any_second(entry):
            any_word.append(entry)
            for listed in by_second.values():
                listed.append(entry)
            continue
        for second in seconds_of(entry):
            if second not in by_second:
                by_second[second] = list(any_word)
            by_second[second].append(entry)
    return tuple(any_word), {second: tuple(listed) for second, listed in by_second.items()}


def _any_second(pat: Pattern) -> bool:
    """Whether a cue takes any word after its first: a one-word cue, or a gap next."""
    return len(pat.words) == 1 or pat.words[1] is GAP


@lru_cache(maxsize=1)
def concepts_by_first_two() -> dict[str, tuple[tuple, dict[str, tuple]]]:
    """The lexicon's concept phrases, (concept, word sets) each, by their first word,
    then by the word after it: for each first word, its one-word concepts and, by each
    second word a phrase names, those plus the phrases it opens, in the lexicon's
    order. Most phrases fail at their second word ("to" opens 27), so a sentence
    tries only those its next word fits."""
    return {
        first: _by_second_word(entries, _one_word, lambda entry: entry[1][1])
        for first, entries in lexicon().concepts.items()
    }


def _one_word(entry: tuple[str, tuple[frozenset, ...]]) -> bool:
    return len(entry[1]) == 1


@dataclass(slots=True)
class Trigger:
    klass: str
    kind: str
    start: int
    end: int
    positions: tuple[int, ...]  # token indices of the cue words
