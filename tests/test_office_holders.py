"""analysis/data/office_holders.csv: who held which office when, checked as data.

The table is read here on its own (as CSV, skipping the ``#`` comment lines), so
these tests hold it to its header comment whatever code later reads it: the
columns, the gazetteer names of the affiliations, the dates, the terms of one
person in one office not overlapping, and a few holders checked by hand.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from functools import cache
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from helpers import ROOT

DATA = ROOT / "analysis" / "data"
HOLDERS = DATA / "office_holders.csv"
COLUMNS = ["name", "aliases", "title", "affiliation", "from", "to"]
# The table says who was in office up to this day; a term still running then has no `to`.
AS_OF = dt.date(2025, 12, 31)
# Offices held by rival claimants at once: Libya's Tripoli (GNU) and eastern
# (House of Representatives) governments.
RIVAL_OFFICES = {("Prime Minister", "Libya")}


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def holders() -> list[dict[str, str]]:
    return read_rows(HOLDERS)


def date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def term(row: dict[str, str]) -> tuple[dt.date, dt.date]:
    """[from, to) with an open term ending at date.max."""
    return date(row["from"]), date(row["to"]) if row["to"] else dt.date.max


def offices_on(name: str, day: str) -> set[tuple[str, str]]:
    """(title, affiliation) of every office ``name`` held on ``day``."""
    d = date(day)
    return {
        (r["title"], r["affiliation"])
        for r in holders()
        if r["name"] == name and term(r)[0] <= d < term(r)[1]
    }


def holders_of(title: str, affiliation: str, day: str) -> set[str]:
    d = date(day)
    return {
        r["name"]
        for r in holders()
        if r["title"] == title and r["affiliation"] == affiliation and term(r)[0] <= d < term(r)[1]
    }


def test_the_file_parses_with_its_columns() -> None:
    with HOLDERS.open(encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = next(line for line in lines if not line.startswith("#"))
    assert header.split(",") == COLUMNS
    assert lines[0].startswith("#"), "the header comment explains the columns"
    rows = holders()
    assert len(rows) > 300
    for row in rows:
        assert None not in row and None not in row.values(), row  # no missing or extra fields
        for column in ("name", "title", "affiliation", "from"):
            assert row[column].strip() == row[column] != "", (column, row)


def test_every_affiliation_is_a_state_or_a_top_level_organisation() -> None:
    # states of today and of the past ("Soviet Union", "Yugoslavia")
    states = {r["name"] for r in read_rows(DATA / "countries.csv")}
    states |= {r["name"] for r in read_rows(DATA / "former_states.csv")}
    organisations = {r["name"]: r["affiliation"] for r in read_rows(DATA / "organizations.csv")}
    # a top-level organisation is its own affiliation ("United Nations", "Hamas");
    # a body's officers belong to its parent ("African Union", not "African Union Commission")
    top_level = {name for name, parent in organisations.items() if name == parent}
    unknown = {
        r["affiliation"]
        for r in holders()
        if r["affiliation"] not in states and r["affiliation"] not in top_level
    }
    assert not unknown


def test_dates_are_iso_and_terms_run_forward() -> None:
    for row in holders():
        start = date(row["from"])
        assert start.isoformat() == row["from"], row  # YYYY-MM-DD, zero-padded
        assert start <= AS_OF, row
        if row["to"]:
            end = date(row["to"])
            assert end.isoformat() == row["to"], row
            assert start < end <= AS_OF, row


def test_terms_of_one_person_in_one_office_do_not_overlap() -> None:
    terms: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = defaultdict(list)
    for row in holders():
        terms[row["name"], row["title"]].append(term(row))
    for key, spans in terms.items():
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, key


def test_one_holder_of_an_office_at_a_time() -> None:
    """Successors take over on their predecessor's `to` day: no two people in one
    office on one day, except the offices rival governments both claim."""
    by_office: dict[tuple[str, str], list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    for row in holders():
        by_office[row["title"], row["affiliation"]].append((*term(row), row["name"]))
    clashes = set()
    for office, spans in by_office.items():
        for (start, end, name), (start2, end2, other) in combinations(spans, 2):
            if start < end2 and start2 < end and name != other:
                clashes.add(office)
    assert clashes == RIVAL_OFFICES


def test_aliases_are_other_forms_of_the_name() -> None:
    honorifics = {
        line.strip().lower()
        for line in (DATA / "honorifics.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    aliases_of: dict[str, set[str]] = defaultdict(set)
    for row in holders():
        aliases_of[row["name"]].add(row["aliases"])
        if not row["aliases"]:
            continue
        for alias in row["aliases"].split("|"):
            assert alias and alias.strip() == alias, row
            assert alias != row["name"], row
            # the code derives the surname itself
            assert alias != row["name"].split()[-1], row
            assert not any(alias.lower().startswith(h + " ") for h in honorifics), row
    differing = {name for name, forms in aliases_of.items() if len(forms) > 1}
    assert not differing, "a name's rows list the same aliases"


@pytest.mark.parametrize(
    "name, day, office",
    [
        ("Vladimir Putin", "2020-10-01", ("President", "Russia")),
        ("Vladimir Putin", "2010-06-01", ("Prime Minister", "Russia")),
        ("Antonio Guterres", "2023-12-06", ("Secretary-General", "United Nations")),
        ("Antonio Guterres", "2010-01-01", ("High Commissioner for Refugees", "United Nations")),
        ("Recep Tayyip Erdogan", "2014-08-27", ("Prime Minister", "Turkey")),
        ("Recep Tayyip Erdogan", "2014-08-28", ("President", "Turkey")),
        ("Volodymyr Zelensky", "2022-02-24", ("President", "Ukraine")),
        ("Sergei Lavrov", "2024-01-01", ("Foreign Minister", "Russia")),
        ("Abdel Fattah el-Sisi", "2013-07-03", ("Defence Minister", "Egypt")),
        ("Mohammed bin Abdulrahman Al Thani", "2024-01-01", ("Prime Minister", "Qatar")),
        ("Mohammed bin Abdulrahman Al Thani", "2024-01-01", ("Foreign Minister", "Qatar")),
        ("Josep Borrell", "2023-10-09", ("High Representative", "European Union")),
        (
            "Moussa Faki Mahamat",
            "2023-01-01",
            ("Chairperson of the African Union Commission", "African Union"),
        ),
        ("Antony Blinken", "2023-10-12", ("Secretary of State", "United States")),
        ("Andrei Gromyko", "1962-10-22", ("Foreign Minister", "Soviet Union")),
        ("Alexei Kosygin", "1966-01-10", ("Premier", "Soviet Union")),
        (
            "Mikhail Gorbachev",
            "1986-10-11",
            ("General Secretary of the Communist Party", "Soviet Union"),
        ),
        ("Mikhail Gorbachev", "1991-06-01", ("President", "Soviet Union")),
        ("Josip Broz Tito", "1960-01-01", ("President", "Yugoslavia")),
    ],
)
def test_spot_checks(name: str, day: str, office: tuple[str, str]) -> None:
    assert office in offices_on(name, day)


def test_erdogan_moves_from_prime_minister_to_president_in_2014() -> None:
    name = "Recep Tayyip Erdogan"
    assert offices_on(name, "2010-01-01") == {("Prime Minister", "Turkey")}
    assert offices_on(name, "2020-01-01") == {("President", "Turkey")}
    assert holders_of("President", "Turkey", "2014-08-27") == {"Abdullah Gul"}
    assert holders_of("Prime Minister", "Turkey", "2014-08-28") == {"Ahmet Davutoglu"}


@pytest.mark.parametrize(
    "title, affiliation, day, holder",
    [
        ("Prime Minister", "United Kingdom", "2022-10-01", "Liz Truss"),
        ("Prime Minister", "Israel", "2022-01-01", "Naftali Bennett"),
        ("Prime Minister", "Israel", "2023-10-07", "Benjamin Netanyahu"),
        ("Chancellor", "Germany", "2015-01-01", "Angela Merkel"),
        ("President", "Syria", "2024-12-07", "Bashar al-Assad"),
        (
            "President",
            "Iran",
            "2024-06-01",
            None,
        ),  # between Raisi and Pezeshkian: an acting president
        ("Secretary-General", "NATO", "2024-10-01", "Mark Rutte"),
    ],
)
def test_who_held_an_office_on_a_day(
    title: str, affiliation: str, day: str, holder: str | None
) -> None:
    assert holders_of(title, affiliation, day) == ({holder} if holder else set())


def test_open_terms_are_the_holders_of_the_end_of_2025() -> None:
    assert holders_of("President", "United States", AS_OF.isoformat()) == {"Donald Trump"}
    assert holders_of("Secretary-General", "United Nations", AS_OF.isoformat()) == {
        "Antonio Guterres"
    }
    open_terms = [r for r in holders() if not r["to"]]
    assert {r["name"] for r in open_terms} >= {"Vladimir Putin", "Xi Jinping", "Narendra Modi"}


@pytest.mark.parametrize(
    "title, affiliation, day, holder",
    [
        ("President", "United States", "1982-04-20", "Ronald Reagan"),
        ("Prime Minister", "United Kingdom", "1982-04-20", "Margaret Thatcher"),
        ("President", "Argentina", "1982-04-20", "Leopoldo Galtieri"),
        ("Secretary-General", "United Nations", "1982-04-20", "Javier Perez de Cuellar"),
        ("Secretary of State", "United States", "1995-08-01", "Warren Christopher"),
        ("Secretary-General", "NATO", "1995-08-01", "Willy Claes"),
        ("Prime Minister", "United Kingdom", "1956-11-01", "Anthony Eden"),
        ("Prime Minister", "India", "1971-12-10", "Indira Gandhi"),
    ],
)
def test_who_held_an_office_before_2000(
    title: str, affiliation: str, day: str, holder: str
) -> None:
    assert holders_of(title, affiliation, day) == {holder}


def test_an_earlier_term_hands_over_to_the_rows_from_2000() -> None:
    """A person's earlier terms are rows of their own, and the last holder before 2000
    gives way on the day the table's existing rows begin."""
    name = "Benjamin Netanyahu"
    assert offices_on(name, "1997-01-01") == {("Prime Minister", "Israel")}
    assert offices_on(name, "2000-01-01") == set()
    assert holders_of("Prime Minister", "Israel", "1999-07-05") == {name}
    assert holders_of("Prime Minister", "Israel", "1999-07-06") == {"Ehud Barak"}
    assert holders_of("Secretary-General", "United Nations", "1996-12-31") == {
        "Boutros Boutros-Ghali"
    }
    assert holders_of("Secretary-General", "United Nations", "1997-01-01") == {"Kofi Annan"}


def test_an_older_holder_is_found_by_name_and_by_title_and_surname_on_the_date() -> None:
    """What the actor code reads: "President Reagan" in a 1982 text is Ronald Reagan of
    the United States, "Margaret Thatcher" the British prime minister."""
    from analysis.actors.office_holders import holder_by_surname, office_holder

    reagan = holder_by_surname("Reagan", "President", "1982-04-20")
    assert reagan is not None
    assert (reagan.name, reagan.affiliation, reagan.title) == (
        "Ronald Reagan",
        "United States",
        "President",
    )
    thatcher = office_holder(("Margaret", "Thatcher"), "1982-04-20")
    assert thatcher is not None
    assert (thatcher.affiliation, thatcher.title) == ("United Kingdom", "Prime Minister")
    cuellar = office_holder(("Javier", "Pérez", "de", "Cuéllar"), "1990-08-02")
    assert cuellar is not None
    assert (cuellar.name, cuellar.affiliation) == ("Javier Perez de Cuellar", "United Nations")


@pytest.mark.parametrize(
    "title, affiliation, day, holder",
    [
        ("General Secretary of the Communist Party", "Soviet Union", "1956-02-25", None),
        (
            "First Secretary of the Communist Party",
            "Soviet Union",
            "1956-02-25",
            "Nikita Khrushchev",
        ),
        (
            "General Secretary of the Communist Party",
            "Soviet Union",
            "1979-12-27",
            "Leonid Brezhnev",
        ),
        ("Premier", "Soviet Union", "1962-10-22", "Nikita Khrushchev"),
        ("President", "Soviet Union", "1972-05-26", "Nikolai Podgorny"),
        ("Defence Minister", "Soviet Union", "1968-08-21", "Andrei Grechko"),
        ("Foreign Minister", "Soviet Union", "1990-08-02", "Eduard Shevardnadze"),
        ("Prime Minister", "Yugoslavia", "1948-06-28", "Josip Broz Tito"),
        ("Foreign Minister", "Yugoslavia", "1950-01-01", "Edvard Kardelj"),
    ],
)
def test_who_held_a_soviet_or_yugoslav_office(
    title: str, affiliation: str, day: str, holder: str | None
) -> None:
    assert holders_of(title, affiliation, day) == ({holder} if holder else set())


def test_soviet_and_yugoslav_holders_take_the_former_states_names() -> None:
    """A state of the past is the affiliation, not its successor: Kosygin in 1966 is
    the Soviet Union's premier, not Russia's; Gorbachev's offices change in 1988-1990
    but not his state."""
    from analysis.actors.office_holders import office_holder

    kosygin = office_holder(("Alexei", "Kosygin"), "1966-01-10")
    assert kosygin is not None
    assert (kosygin.name, kosygin.affiliation, kosygin.title) == (
        "Alexei Kosygin",
        "Soviet Union",
        "Premier",
    )
    gorbachev = office_holder(("Mikhail", "Gorbachov"), "1991-06-01")
    assert gorbachev is not None
    assert (gorbachev.name, gorbachev.affiliation) == ("Mikhail Gorbachev", "Soviet Union")
    tito = office_holder(("Josip", "Broz", "Tito"), "1960-01-01")
    assert tito is not None
    assert (tito.affiliation, tito.title) == ("Yugoslavia", "President")
    assert offices_on("Eduard Shevardnadze", "1993-01-01") == {("Head of State", "Georgia")}
