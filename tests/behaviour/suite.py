"""The behavioural suite: cases generated from ``cases.toml``, run through the public API, judged.

::

    from tests.behaviour import suite

    cases = suite.generate()  # the same cases on every run (seeded)
    outcomes = suite.run(cases)  # one Outcome per case, through analyze_document
    suite.pass_rates(outcomes)  # {(capability, kind): Rate}

Three kinds of test, as in CheckList (Ribeiro et al., ACL 2020):

- ``MFT`` minimum functionality: the expected (signal, actor) units are found, one to one,
  and nothing else is (apart from the template's ``may`` units);
- ``INV`` invariance: the same template with the names swapped between roles, or renamed,
  gives the same signals per role: the signals move with the names;
- ``DIR`` directional: negated, conditional, questioned (and for hostilities, threatened)
  versions of the act must lose the act's signal.

An expected actor is matched the way SIGNALS.md scores leniently: the predicted actor or
its affiliation is one of the filler's accepted names (so a minister's call may be
credited to her state), compared ignoring case, accents, dots, hyphens and a leading "the".
"""

from __future__ import annotations

import random
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases.toml"
FLOORS = HERE / "floors.toml"
KINDS = ("MFT", "INV", "DIR")

SLOT = re.compile(r"\{([A-Z])(?:\.(\w+))?\}")
VERB = re.compile(r"\[([^|\]]+)\|([^|\]]+)(?:\|([^|\]]+))?\]")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
COPULAS = frozenset({"is", "are", "was", "were"})
CONDITIONS = (
    "If the talks collapsed, ",
    "If the offensive resumed, ",
    "Should the border incidents spread, ",
)
AUTOMATIC = ("negation", "condition", "question")
COMPOSITE_POOLS = {
    "speaker": ("mediator", "capital", "person", "org_person", "organisation"),
    "party_actor": ("party", "party_capital", "party_person"),
}


# --- fillers -------------------------------------------------------------------------------


def norm(name: str) -> str:
    """A name as SIGNALS.md compares names: no case, accents, dots, hyphens or leading "the"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("\u2019", "'").replace(".", "").replace("-", " ")
    return " ".join(text.split()).removeprefix("the ")


@dataclass(frozen=True)
class Filler:
    """One actor as a template slot sees it: how it is mentioned and which names stand for it."""

    kind: str  # state, capital, person, organisation, council, group, name
    mention: str  # first mention, in full
    later: str  # later mentions ("Odhiambo")
    accepted: tuple[str, ...]  # names a prediction's actor or affiliation may carry
    forms: Mapping[str, str] = field(default_factory=dict)  # demonym, capital, its, ...

    @property
    def label(self) -> str:
        return self.accepted[0]

    @property
    def names(self) -> frozenset[str]:
        return frozenset(norm(name) for name in self.accepted)

    def has(self, forms: Iterable[str]) -> bool:
        return all(form == "mention" or form in self.forms for form in forms)

    def clashes(self, other: Filler) -> bool:
        """Two fillers that could be the same actor (Kenya and Kenya's minister) never meet."""
        return bool(self.names & other.names)


def _state_fillers(entry: dict) -> tuple[Filler, Filler]:
    name = entry["name"]
    accepted = (name, *entry.get("also", ()))
    forms = {"name": name, "state": name, "its": "its", "it": "it"}
    forms["adj"] = entry.get("adj", entry["demonym"])
    for key in ("demonym", "capital", "city", "leader"):
        if key in entry:
            forms[key] = entry[key]
    by_name = Filler("state", name, name, accepted, forms)
    by_capital = Filler("capital", entry["capital"], entry["capital"], accepted, forms)
    return by_name, by_capital


def _person_filler(entry: dict, of: Filler) -> Filler:
    its = entry["pronoun"]
    forms = {
        key: value
        for key, value in of.forms.items()
        if key in ("demonym", "adj", "capital", "leader")
    }
    forms.update(
        name=entry["name"],
        surname=entry["surname"],
        state=of.mention,
        its=its,
        it={"his": "he", "her": "she"}.get(its, "they"),
    )
    mention = entry.get("mention") or f"{entry['title']} {entry['name']}"
    return Filler("person", mention, entry["surname"], (entry["name"], *of.accepted), forms)


@dataclass(frozen=True)
class Fillers:
    """The named pools of ``cases.toml`` (see its header)."""

    pools: Mapping[str, tuple[Filler, ...]]

    def named(self, mention: str) -> Filler:
        """The filler first mentioned as ``mention`` ("Kenya", "Ankara", "the African Union")."""
        for fillers in self.pools.values():
            for filler in fillers:
                if filler.mention == mention:
                    return filler
        raise KeyError(f"{CASES.name}: no filler is mentioned as {mention!r}")

    def pool(self, spec: str) -> tuple[Filler, ...]:
        names = [part.strip() for part in spec.split("|")]
        expanded = [name for part in names for name in COMPOSITE_POOLS.get(part, (part,))]
        unknown = [name for name in expanded if name not in self.pools]
        if unknown:
            raise ValueError(f"{CASES.name}: unknown filler pool {unknown[0]!r} in {spec!r}")
        return tuple(filler for name in expanded for filler in self.pools[name])

    @classmethod
    def from_data(cls, data: dict) -> Fillers:
        pools: dict[str, list[Filler]] = {}

        def add(pool: str, filler: Filler) -> None:
            pools.setdefault(pool, []).append(filler)

        owners: dict[str, tuple[Filler, str]] = {}
        for entry in data["state"]:
            by_name, by_capital = _state_fillers(entry)
            role = entry["role"]
            add(role, by_name)
            add("capital" if role == "mediator" else "party_capital", by_capital)
            owners[entry["name"]] = (by_name, role)
        for entry in data["organisation"]:
            name = entry["name"]
            forms = {"name": name, "state": name, "its": "its", "it": "it"}
            organisation = Filler("organisation", name, name, (name, *entry.get("also", ())), forms)
            add("organisation", organisation)
            owners[name] = (organisation, "organisation")
        for entry in data["person"]:
            of, role = owners[entry["of"]]
            pool = {"mediator": "person", "party": "party_person"}.get(role, "org_person")
            add(pool, _person_filler(entry, of))
        for entry in data["council"]:
            name = entry["name"]
            forms = {key: entry[key] for key in ("short", "body", "document")}
            forms.update(name=name, its="its", it="it")
            accepted = (name, *entry.get("also", ()))
            add("council", Filler("council", name, entry["short"], accepted, forms))
        for entry in data["group"]:
            name = entry["name"]
            add("group", Filler("group", name, name, (name,), {"its": "its", "it": "it"}))
        for entry in data["plain_name"]:
            name = entry["name"]
            add("name", Filler("name", name, name.split()[-1], (name,), {"name": name}))
        return cls({pool: tuple(fillers) for pool, fillers in pools.items()})


# --- templates -----------------------------------------------------------------------------


class Unit(NamedTuple):
    """An expected signal: its type and the slot of its actor."""

    signal: str
    slot: str


def _units(specs: Sequence[str], signal: str | None, where: str) -> tuple[Unit, ...]:
    units = []
    for spec in specs:
        kind, _, slot = spec.rpartition(":")
        if not (kind or signal):
            raise ValueError(f"{CASES.name}: {where}: {spec!r} needs a signal, as 'signal:SLOT'")
        units.append(Unit(kind or signal, slot))
    return tuple(units)


def perturb(text: str, kind: str, number: int = 0) -> str:
    """The template with its act's verb ([past|base]) negated, made conditional or a question.

    >>> perturb("{A} [called|call] for talks.", "negation")
    '{A} did not call for talks.'
    >>> perturb("{A} [called|call] for talks.", "question")
    'Did {A} call for talks?'
    """
    match = VERB.search(text)
    if match is None:
        raise ValueError(f"{CASES.name}: {text!r} has no [past|base] verb to rewrite as {kind}")
    past, base, aux = match.groups()
    copula = past in COPULAS
    if copula:
        aux, base = past, "be"
    aux = aux or "did"
    stop = text.rfind(". ", 0, match.start())
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, match.start()) + 1)
    head, subject = text[:start], text[start : match.start()].strip()
    rest = text[match.end() :]
    if kind == "negation":
        verb = f"{past} not" if copula else f"{aux} not {base}"
        return f"{head}{subject} {verb}{rest}"
    if subject.split(" ", 1)[0] in ("The", "A", "An"):  # no longer first in its sentence
        subject = subject[0].lower() + subject[1:]
    if kind == "condition":
        return f"{head}{CONDITIONS[number % len(CONDITIONS)]}{subject} would {base}{rest}"
    if kind == "question":
        if number % 2 and (copula or aux in ("did", "does")):
            ask, verb = "Will", f" {base}"
        else:
            ask, verb = aux.capitalize(), "" if copula else f" {base}"
        return f"{head}{ask} {subject}{verb}{rest.rstrip('.')}?"
    if kind == "threat":
        if copula:
            raise ValueError(f"{CASES.name}: {text!r}: a copula cannot be threatened")
        return f"{head}{subject} threatened to {base}{rest}"
    raise ValueError(f"{CASES.name}: unknown perturbation {kind!r}")


@dataclass(frozen=True)
class Template:
    capability: str
    number: int
    text: str
    slots: Mapping[str, str]  # slot -> pool spec, only the slots the texts use
    needs: Mapping[str, frozenset[str]]  # slot -> the forms the texts use
    expect: tuple[Unit, ...]
    may: tuple[Unit, ...]
    signal: str | None  # the act that DIR perturbations must remove
    perturbations: Mapping[str, str]  # name -> template text

    @property
    def id(self) -> str:
        return f"{self.capability}/{self.number}"

    @property
    def removed(self) -> tuple[Unit, ...]:
        """The units a DIR perturbation must remove."""
        if self.signal is None:
            return self.expect
        return tuple(unit for unit in self.expect if unit.signal == self.signal)


def _template(capability: dict, number: int, entry: dict) -> Template:
    name = capability["name"]
    where = f"{name}/{number}"
    text = entry["text"]
    signal = entry.get("signal", capability.get("signal"))
    expect_specs = entry.get("expect", capability.get("expect", ["A"]))
    perturbations: dict[str, str] = {}
    if VERB.search(text):
        kinds = entry.get("dir", capability.get("dir", AUTOMATIC))
        for kind in kinds:
            if kind == "threat" and VERB.search(text).group(1) in COPULAS:
                continue
            perturbations[kind] = perturb(text, kind, number)
    perturbations.update(entry.get("dir_text", {}))
    texts = [text, *perturbations.values()]
    needs: dict[str, set[str]] = {}
    for part in texts:
        if len(VERB.findall(part)) > 1:
            raise ValueError(f"{CASES.name}: {where}: one [past|base] verb per text")
        for match in SLOT.finditer(part):
            needs.setdefault(match.group(1), set()).add(match.group(2) or "mention")
    pools = {**capability.get("slots", {}), **entry.get("slots", {})}
    missing = sorted(set(needs) - set(pools))
    if missing:
        raise ValueError(f"{CASES.name}: {where}: slot {missing[0]} has no pool")
    return Template(
        capability=name,
        number=number,
        text=text,
        slots={slot: pools[slot] for slot in sorted(needs)},
        needs={slot: frozenset(forms) for slot, forms in needs.items()},
        expect=_units(expect_specs, signal, where),
        may=_units(entry.get("may", ()), signal, where),
        signal=signal,
        perturbations=perturbations,
    )


@dataclass(frozen=True)
class Capability:
    name: str
    about: str
    signal: str | None
    templates: tuple[Template, ...]


@dataclass(frozen=True)
class Suite:
    settings: Mapping[str, object]
    fillers: Fillers
    capabilities: tuple[Capability, ...]


@cache
def load(path: Path = CASES) -> Suite:
    """The fillers and templates of ``cases.toml``; a bad entry fails with its place named."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    capabilities = []
    for entry in data["capability"]:
        templates = tuple(
            _template(entry, number, template)
            for number, template in enumerate(entry["template"], start=1)
        )
        capabilities.append(
            Capability(entry["name"], entry["about"], entry.get("signal"), templates)
        )
    return Suite(data["settings"], Fillers.from_data(data), tuple(capabilities))


def load_template(template_id: str) -> Template:
    """One template by its id, "capability/number" (numbered from 1 in ``cases.toml``)."""
    for capability in load().capabilities:
        for template in capability.templates:
            if template.id == template_id:
                return template
    raise KeyError(f"{CASES.name}: no template {template_id!r}")


# --- rendering -----------------------------------------------------------------------------


def render(text: str, filling: Mapping[str, Filler]) -> str:
    """A template text with its verb in the past and its slots filled.

    The first bare mention of a slot is the full one, later ones are short; a mention
    that starts a sentence is capitalised ("The United States ...").
    """
    text = VERB.sub(lambda match: match.group(1), text)
    seen: set[str] = set()
    parts: list[str] = []
    position = 0
    for match in SLOT.finditer(text):
        slot, form = match.groups()
        filler = filling[slot]
        if form is None:
            value = filler.later if slot in seen else filler.mention
            seen.add(slot)
        else:
            value = filler.forms[form]
        if value.endswith(",") and text[match.end() : match.end() + 1] in (",", "."):
            value = value[:-1]  # an appositive's closing comma before punctuation
        if SENTENCE_START.search(text[: match.start()]):
            value = value[:1].upper() + value[1:]
        parts += [text[position : match.start()], value]
        position = match.end()
    parts.append(text[position:])
    return "".join(parts)


# --- cases ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    template: Template
    kind: str  # MFT, INV or DIR
    variant: str  # INV: swap or rename; DIR: negation, condition, question, threat, ...
    text: str
    filling: Mapping[str, Filler]
    reference: str = ""  # INV: the text with the first names; DIR: the unperturbed text
    reference_filling: Mapping[str, Filler] | None = None

    @property
    def capability(self) -> str:
        return self.template.capability

    def describe(self, unit: Unit) -> str:
        return f"{unit.signal} by {unit.slot}={self.filling[unit.slot].label}"


def _draw(template: Template, fillers: Fillers, rng: random.Random) -> dict[str, Filler]:
    filling: dict[str, Filler] = {}
    for slot, spec in template.slots.items():
        candidates = [
            filler
            for filler in fillers.pool(spec)
            if filler.has(template.needs[slot])
            and not any(filler.clashes(taken) for taken in filling.values())
        ]
        if not candidates:
            raise ValueError(f"{CASES.name}: {template.id}: no filler for slot {slot} ({spec})")
        filling[slot] = rng.choice(candidates)
    return filling


def _drawings(template: Template, fillers: Fillers, rng: random.Random, count: int) -> list:
    drawn: list[dict[str, Filler]] = []
    for _ in range(count * 10):
        filling = _draw(template, fillers, rng)
        if filling not in drawn:
            drawn.append(filling)
        if len(drawn) == count:
            break
    return drawn


def swapped(template: Template, filling: Mapping[str, Filler]) -> dict[str, Filler] | None:
    """The filling with two roles' actors of one kind exchanged, the expected actor's first."""
    first = [unit.slot for unit in template.expect]
    order = sorted(filling, key=lambda slot: (slot not in first, slot))
    for i, one in enumerate(order):
        for other in order[i + 1 :]:
            a, b = filling[one], filling[other]
            if a.kind == b.kind and a.has(template.needs[other]) and b.has(template.needs[one]):
                swapped = dict(filling)
                swapped[one], swapped[other] = filling[other], filling[one]
                return swapped
    return None


def _cases_of(template: Template, suite: Suite) -> dict[str, list[Case]]:
    settings = suite.settings
    rng = random.Random(f"{settings['seed']}/{template.id}")
    count = max(int(settings["mft"]), int(settings["dir"]), 1)
    fillings = _drawings(template, suite.fillers, rng, count)
    texts = [render(template.text, filling) for filling in fillings]
    cases: dict[str, list[Case]] = {kind: [] for kind in KINDS}
    for filling, text in list(zip(fillings, texts, strict=True))[: int(settings["mft"])]:
        cases["MFT"].append(Case(template, "MFT", "", text, filling))
    twins: list[tuple[str, dict[str, Filler]]] = []
    exchanged = swapped(template, fillings[0])
    if exchanged is not None:
        twins.append(("swap", exchanged))
    for _ in range(int(settings["inv"]) * 10):
        if len(twins) >= int(settings["inv"]):
            break
        renamed = _draw(template, suite.fillers, rng)
        if renamed != fillings[0] and all(renamed != twin for _, twin in twins):
            twins.append(("rename", renamed))
    for variant, twin in twins:
        cases["INV"].append(
            Case(
                template,
                "INV",
                variant,
                render(template.text, twin),
                twin,
                reference=texts[0],
                reference_filling=fillings[0],
            )
        )
    for variant, perturbed in template.perturbations.items():
        for filling, text in list(zip(fillings, texts, strict=True))[: int(settings["dir"])]:
            cases["DIR"].append(
                Case(template, "DIR", variant, render(perturbed, filling), filling, text)
            )
    return cases


def _spread(cases: list[Case], cap: int) -> list[Case]:
    """At most ``cap`` cases, spread evenly over the templates."""
    if len(cases) <= cap:
        return cases
    return [cases[i * len(cases) // cap] for i in range(cap)]


def generate(suite: Suite | None = None) -> list[Case]:
    """Every case of every capability, in a fixed order."""
    suite = suite or load()
    cap = int(suite.settings["cap"])
    cases: list[Case] = []
    for capability in suite.capabilities:
        by_kind: dict[str, list[Case]] = {kind: [] for kind in KINDS}
        for template in capability.templates:
            for kind, more in _cases_of(template, suite).items():
                by_kind[kind] += more
        for kind in KINDS:
            cases += _spread(by_kind[kind], cap)
    return cases


# --- running and judging -------------------------------------------------------------------


class Found(NamedTuple):
    """A predicted unit: one signal type by one actor."""

    signal: str
    actor: str
    affiliation: str

    def __str__(self) -> str:
        side = f" ({self.affiliation})" if norm(self.affiliation) != norm(self.actor) else ""
        return f"{self.signal} by {self.actor}{side}"


@cache
def analyse(text: str) -> tuple[Found, ...]:
    """The analyser's units for one text, through the public API only."""
    from analysis import analyze_document, document_from_text

    signals = analyze_document(document_from_text(text, doc_id="behaviour")).signals
    units: dict[tuple[str, str], Found] = {}
    for signal in signals:
        key = (signal.signal, norm(signal.actor))
        units.setdefault(key, Found(signal.signal, signal.actor, signal.affiliation))
    return tuple(units.values())


def _fits(found: Found, unit: Unit, filling: Mapping[str, Filler]) -> bool:
    names = filling[unit.slot].names
    return found.signal == unit.signal and (
        norm(found.actor) in names or norm(found.affiliation) in names
    )


def _pairs(units: Sequence[Unit], found: Sequence[Found], filling) -> dict[int, int]:
    """A largest one-to-one pairing of expected units with found ones (unit -> found index)."""
    paired: dict[int, int] = {}  # found index -> unit index

    def augment(u: int, visited: set[int]) -> bool:
        for f, candidate in enumerate(found):
            if f in visited or not _fits(candidate, units[u], filling):
                continue
            visited.add(f)
            if f not in paired or augment(paired[f], visited):
                paired[f] = u
                return True
        return False

    for u in range(len(units)):
        augment(u, set())
    return {u: f for f, u in paired.items()}


def _roles(found: Iterable[Found], filling: Mapping[str, Filler]) -> Counter:
    """Found units by role: (signal, slot), the slot whose actor the unit names."""
    roles: Counter = Counter()
    for unit in found:
        slot = next(
            (s for s, f in sorted(filling.items()) if norm(unit.actor) in f.names),
            None,
        ) or next(
            (s for s, f in sorted(filling.items()) if norm(unit.affiliation) in f.names),
            "other",
        )
        roles[(unit.signal, slot)] += 1
    return roles


@dataclass(frozen=True)
class Outcome:
    case: Case
    passed: bool
    found: tuple[Found, ...]
    missing: tuple[str, ...] = ()  # MFT: expected units not found
    unexpected: tuple[str, ...] = ()  # MFT: found units not expected; DIR: units not removed
    reference_found: tuple[Found, ...] = ()  # INV and DIR: what the reference text gave
    anchored: bool = False  # DIR: the unperturbed text did give the signal


def judge(case: Case) -> Outcome:
    template = case.template
    found = analyse(case.text)
    if case.kind == "MFT":
        pairs = _pairs(template.expect, found, case.filling)
        missing = tuple(
            case.describe(unit) for u, unit in enumerate(template.expect) if u not in pairs
        )
        used = set(pairs.values())
        unexpected = tuple(
            str(unit)
            for f, unit in enumerate(found)
            if f not in used and not any(_fits(unit, may, case.filling) for may in template.may)
        )
        return Outcome(case, not missing and not unexpected, found, missing, unexpected)
    if case.kind == "INV":
        reference = analyse(case.reference)
        same = _roles(found, case.filling) == _roles(reference, case.reference_filling)
        return Outcome(case, same, found, reference_found=reference)
    reference = analyse(case.reference)
    removed = template.removed
    kept = tuple(str(unit) for unit in found if any(_fits(unit, r, case.filling) for r in removed))
    anchored = any(_fits(unit, r, case.filling) for unit in reference for r in removed)
    return Outcome(
        case, not kept, found, unexpected=kept, reference_found=reference, anchored=anchored
    )


def run(cases: Iterable[Case] | None = None) -> list[Outcome]:
    return [judge(case) for case in (generate() if cases is None else cases)]


# --- pass rates and floors -----------------------------------------------------------------


class Rate(NamedTuple):
    passed: int
    total: int

    @property
    def value(self) -> float:
        return self.passed / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.value:.2f} ({self.passed}/{self.total})"


def pass_rates(outcomes: Iterable[Outcome]) -> dict[tuple[str, str], Rate]:
    """Pass rate per (capability, kind), in the order of ``cases.toml``."""
    counts: dict[tuple[str, str], list[int]] = {}
    for outcome in outcomes:
        tally = counts.setdefault((outcome.case.capability, outcome.case.kind), [0, 0])
        tally[0] += outcome.passed
        tally[1] += 1
    return {key: Rate(*tally) for key, tally in counts.items()}


def load_floors(path: Path = FLOORS) -> dict[tuple[str, str], float]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    return {
        (capability, kind): float(floor)
        for capability, kinds in data.items()
        for kind, floor in kinds.items()
    }


def floor_of(rate: float) -> float:
    """A measured rate rounded down to the nearest 0.05, as floors are set."""
    return int(round(rate * 100, 6)) // 5 * 5 / 100


FLOORS_HEADER = """\
# Pass-rate floors of the behavioural suite (tests/behaviour/cases.toml), per capability
# and test kind; tests/test_behaviour.py fails when a rate falls below its floor.
#
# A ratchet: each floor is the rate measured when it was set, rounded DOWN to 0.05.
# Raise them as the analyser improves:
#     python scripts/behaviour_report.py --floors > tests/behaviour/floors.toml
# (that prints the higher of each current floor and today's rate, rounded down).
# Lower one only with a reason in the commit message (a contract change, a fixed test).
"""


def floors_toml(rates: Mapping[tuple[str, str], Rate], current: Mapping) -> str:
    """``floors.toml`` with every floor raised to today's rate (rounded down), never lowered."""
    lines = [FLOORS_HEADER]
    capabilities = list(dict.fromkeys(capability for capability, _ in rates))
    for capability in capabilities:
        lines.append(f"[{capability}]")
        for kind in KINDS:
            if (capability, kind) in rates:
                floor = floor_of(rates[(capability, kind)].value)
                floor = max(floor, current.get((capability, kind), 0.0))
                lines.append(f"{kind} = {floor:.2f}")
        lines.append("")
    return "\n".join(lines)
