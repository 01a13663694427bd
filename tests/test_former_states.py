"""States of the past: their names always, their capitals in their time; recognition of
a state takes its side."""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text
from analysis.actors.periods import state_of_capital
from analysis.knowledge import DataFileError


def _dated(body: str, date: str | None) -> str:
    header = f"Wire report\n{date}\nThe Daily Example\n\n" if date else ""
    return header + body


def signals_of(text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor, s.targets) for s in analyze_document(doc, with_tone=False).signals}


def actors_of(text: str) -> set[str]:
    doc = document_from_text(text, "example")
    return {m.actor.name for m in analyze_document(doc, with_tone=False).mentions}


@pytest.mark.parametrize(
    ("surface", "date", "then"),
    [
        ("Moscow", "1966-01-10", "Soviet Union"),
        ("the Kremlin", "1979-02-18", "Soviet Union"),
        ("Moscow", "1991-12-25", "Soviet Union"),
        ("Moscow", "1991-12-26", None),  # Russia, the gazetteer's own
        ("Kremlin", "2022-02-24", None),
        ("Moscow", None, None),
        ("Saigon", "1968-02-01", "South Vietnam"),
        ("Saigon", "1954-07-21", "State of Vietnam"),
        ("Hanoi", "1968-02-01", "North Vietnam"),
        ("Hanoi", "1979-02-18", None),
        ("Bonn", "1983-05-01", "West Germany"),
        ("Belgrade", "1991-07-01", "Yugoslavia"),
        ("Enugu", "1968-06-01", "Biafra"),
        ("Enugu", "1966-06-01", None),
        # a capital that moved names its state only in its time
        ("Lagos", "1968-05-31", "Nigeria"),
        ("Lagos", "2020-05-31", None),
        ("Rangoon", "1988-08-08", "Myanmar"),
        ("Karachi", "1950-01-01", "Pakistan"),
    ],
)
def test_a_capital_names_the_state_seated_there_on_the_date(surface, date, then):
    found = state_of_capital(surface, date)
    assert (found.name if found else None) == then


@pytest.mark.parametrize(
    ("body", "date", "actor"),
    [
        ("Moscow called for an immediate ceasefire.", "1966-01-10", "Soviet Union"),
        ("Moscow called for an immediate ceasefire.", "2014-08-10", "Russia"),
        ("Moscow called for an immediate ceasefire.", None, "Russia"),
        ("The Kremlin demanded an immediate ceasefire.", "1979-02-20", "Soviet Union"),
        ("Saigon rejected any talks with the Viet Cong.", "1968-02-01", "South Vietnam"),
        ("Bonn urged both sides to resume negotiations.", "1983-05-01", "West Germany"),
        ("Lagos rejected the talks.", "1968-05-31", "Nigeria"),
    ],
)
def test_a_capital_as_speaker_is_the_state_of_its_time(body, date, actor):
    assert {a for _, a, _ in signals_of(_dated(body, date))} == {actor}


@pytest.mark.parametrize(
    "body",
    [
        "Saigon's markets were busy on Sunday.",
        "Tourists crowded the streets of Saigon.",
        "Flooding closed the port of Lagos.",
        "Karachi's markets reopened.",
    ],
)
def test_an_old_capital_outside_its_time_is_a_city(body):
    assert actors_of(_dated(body, "2020-03-01")) == set()


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("Soviet troops crossed the border at dawn.", "Soviet Union"),
        ("The USSR vetoed the draft resolution.", "Soviet Union"),
        ("The Biafran delegation walked out of the talks.", "Biafra"),
        ("East German border guards closed the crossing.", "East Germany"),
        ("The South Vietnamese government rejected the plan.", "South Vietnam"),
        ("Yugoslav forces shelled the town.", "Yugoslavia"),
        ("Czechoslovak officials said the talks would go on.", "Czechoslovakia"),
    ],
)
def test_the_names_of_a_state_of_the_past_need_no_date(body, actor):
    assert actor in actors_of(body)


@pytest.mark.parametrize(
    ("body", "actor"),
    [
        ("The Ceylonese government offered to host the talks.", "Sri Lanka"),
        ("Zaire sent troops to the border.", "Democratic Republic of the Congo"),
        ("The United Arab Republic called for a ceasefire.", "Egypt"),
        ("Transjordan rejected the truce.", "Jordan"),
        ("Peking denounced the invasion.", "China"),
        ("Dahomey backed the proposal.", "Benin"),
    ],
)
def test_the_old_name_of_a_renamed_state_is_that_state(body, actor):
    assert actor in actors_of(body)


@pytest.mark.parametrize(
    ("body", "actor", "target"),
    [
        ("Zambia recognised Biafra on the 20th.", "Zambia", "Biafra"),
        ("Tanzania became the first country to recognize Biafra.", "Tanzania", "Biafra"),
        ("Gabon has formally recognised Biafra, its foreign ministry said.", "Gabon", "Biafra"),
        ("The Soviet Union extended full de jure recognition to Israel.", "Soviet Union", "Israel"),
        ("Turkey granted diplomatic recognition to Northern Cyprus.", "Turkey", "Northern Cyprus"),
        ("India recognised Bangladesh as an independent state.", "India", "Bangladesh"),
        ("Turkey accorded full recognition to Northern Cyprus.", "Turkey", "Northern Cyprus"),
    ],
)
def test_recognising_a_state_takes_its_side(body, actor, target):
    assert ("alliance_support", actor, (target,)) in signals_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "The minister recognised Russia's concerns about the alliance.",
        "Egypt recognised the need for talks with Ethiopia.",
        "The envoy recognised Pakistan's right to self-defence.",
        "Washington said it would not recognise the Taliban.",
        "Kenya recognised the efforts of the mediators.",
    ],
)
def test_recognising_a_need_or_a_claim_takes_no_side(body):
    assert not {s for s in signals_of(body) if s[0] == "alliance_support"}


def test_a_former_state_with_its_dates_out_of_order_is_named_clearly(monkeypatch):
    from analysis.actors import gazetteer

    row = {
        "name": "Ruritania",
        "aliases": "",
        "adjectives": "",
        "people": "",
        "capitals": "Strelsau",
        "from": "1990-01-01",
        "until": "1950-01-01",
        "successor": "",
    }
    monkeypatch.setattr(gazetteer, "read_csv", lambda name: (row,))
    gazetteer.former_states.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"former_states.csv, row 1 \(Ruritania\)"):
            gazetteer.former_states()
    finally:
        monkeypatch.undo()
        gazetteer.former_states.cache_clear()


def test_every_federation_is_a_state_of_the_gazetteer():
    from analysis.actors.gazetteer import federations

    # reading the list checks every name against countries.csv and former_states.csv
    assert {"Nigeria", "Soviet Union", "Ethiopia"} <= federations()
