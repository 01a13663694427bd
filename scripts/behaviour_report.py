"""Pass rates of the behavioural suite (tests/behaviour), as a Markdown table.

    python scripts/behaviour_report.py                         # the table, with the floors
    python scripts/behaviour_report.py --failures hostilities  # its failing sentences
    python scripts/behaviour_report.py --failures all --kind DIR --limit 2
    python scripts/behaviour_report.py --floors > tests/behaviour/floors.toml  # raise floors

Runs from a plain clone: the cases live in tests/behaviour/cases.toml and the analyser is
imported from this checkout. Cells read "rate (passed/total)". "DIR, base found" counts
only the DIR cases whose unperturbed sentence did give the signal: how often a negation,
condition or question removes a signal that the analyser does find.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.behaviour import suite  # noqa: E402  (after the checkout is on the path)


def _total(rates: Iterable[suite.Rate]) -> suite.Rate:
    rates = list(rates)
    return suite.Rate(sum(r.passed for r in rates), sum(r.total for r in rates))


def table(outcomes: list[suite.Outcome], floors: dict[tuple[str, str], float]) -> str:
    """One row per capability: pass rates per test kind, and the floors they must hold."""
    rates = suite.pass_rates(outcomes)
    anchored = suite.pass_rates(o for o in outcomes if o.case.kind == "DIR" and o.anchored)
    capabilities = list(dict.fromkeys(capability for capability, _ in rates))
    rows = [
        "| capability | MFT | INV | DIR | DIR, base found | floors MFT / INV / DIR |",
        "|---|---|---|---|---|---|",
    ]
    for capability in capabilities:
        cells = [str(rates.get((capability, kind), "-")) for kind in suite.KINDS]
        cells.append(str(anchored.get((capability, "DIR"), "-")))
        cells.append(
            " / ".join(
                f"{floors[(capability, kind)]:.2f}" if (capability, kind) in floors else "-"
                for kind in suite.KINDS
            )
        )
        rows.append(f"| {capability} | {' | '.join(cells)} |")
    totals = [
        str(_total(rate for (_, k), rate in rates.items() if k == kind)) for kind in suite.KINDS
    ]
    totals.append(str(_total(anchored.values())))
    rows.append(f"| **all** | {' | '.join(totals)} | |")
    return "\n".join(rows)


def _units(found: Iterable[suite.Found]) -> str:
    return "; ".join(str(unit) for unit in found) or "(nothing)"


def _quote(text: str) -> str:
    return text.replace("\n\n", " / ").replace("\n", " / ")


def failure(outcome: suite.Outcome) -> list[str]:
    """A failing case as Markdown list lines: the sentence, expected and got."""
    case = outcome.case
    variant = f" ({case.variant})" if case.variant else ""
    lines = [f"- {case.kind}{variant}: {_quote(case.text)}"]
    if case.kind == "MFT":
        expected = [case.describe(unit) for unit in case.template.expect] or ["no signal"]
        lines.append(f"  - expected: {'; '.join(expected)}")
        if case.template.may:
            lines.append(f"  - may: {'; '.join(case.describe(u) for u in case.template.may)}")
        lines.append(f"  - got: {_units(outcome.found)}")
        if outcome.missing:
            lines.append(f"  - missing: {'; '.join(outcome.missing)}")
        if outcome.unexpected:
            lines.append(f"  - unexpected: {'; '.join(outcome.unexpected)}")
    elif case.kind == "INV":
        lines.append(f"  - got: {_units(outcome.found)}")
        lines.append(f"  - but for: {_quote(case.reference)}")
        lines.append(f"  - it got: {_units(outcome.reference_found)}")
    else:
        removed = "; ".join(case.describe(unit) for unit in case.template.removed)
        lines.append(f"  - expected: no {removed}")
        lines.append(f"  - got: {_units(outcome.found)}")
    return lines


def failures(outcomes: list[suite.Outcome], capability: str, kind: str | None, limit: int) -> str:
    """The failing cases of one capability (or 'all'), grouped by template."""
    chosen = [
        o
        for o in outcomes
        if not o.passed and capability in ("all", o.case.capability) and kind in (None, o.case.kind)
    ]
    known = {o.case.capability for o in outcomes}
    if capability != "all" and capability not in known:
        names = ", ".join(sorted(known))
        return f"No capability {capability!r}; choose one of: {names}, or all."
    title = capability + (f", {kind}" if kind else "")
    lines = [f"## Failures: {title} ({len(chosen)})"]
    by_template: dict[str, list[suite.Outcome]] = {}
    for outcome in chosen:
        by_template.setdefault(outcome.case.template.id, []).append(outcome)
    for template_id, group in by_template.items():
        template = group[0].case.template
        lines += ["", f"### {template_id}: {len(group)} failing", f"`{_quote(template.text)}`", ""]
        for outcome in group[:limit] if limit else group:
            lines += failure(outcome)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--failures",
        metavar="CAPABILITY",
        action="append",
        default=[],
        help="list the failing cases of CAPABILITY ('all' for every capability)",
    )
    parser.add_argument("--kind", choices=suite.KINDS, help="only failures of this test kind")
    parser.add_argument(
        "--limit", type=int, default=0, help="at most this many failures per template"
    )
    parser.add_argument(
        "--floors",
        action="store_true",
        help="print floors.toml with every floor raised to today's rate, rounded down",
    )
    args = parser.parse_args(argv)
    outcomes = suite.run()
    floors = suite.load_floors()
    if args.floors:
        print(suite.floors_toml(suite.pass_rates(outcomes), floors), end="")
        return 0
    print(table(outcomes, floors))
    for capability in args.failures:
        print()
        print(failures(outcomes, capability, args.kind, args.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
