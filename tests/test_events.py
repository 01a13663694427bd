"""One event per statement: mentions of the same statement by several outlets are one
event; another statement, another actor or another week stay apart."""

from __future__ import annotations

import json
import tomllib
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.events import Mention, assign_events, event_rows, event_rules, parse_rules
from analysis.knowledge import DataFileError
from analysis.store import open_store

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "tests" / "data" / "event_pairs.toml"


def mention(sid, doc, sentence, *, date="2024-05-01", actor="Qatar", signal="mediation_offer",
            targets=()) -> Mention:  # fmt: skip
    return Mention(sid, doc, signal, actor, actor, tuple(targets), date, sentence)


OFFER = "Qatar said it stands ready to host talks between the Congolese government and M23."
SAME_IN_OTHER_WORDS = (
    "Doha is ready to host negotiations between Kinshasa and M23, an official said."
)
OTHER_OFFER = "Qatar offered to mediate a prisoner swap brokered with the help of Egypt."


def test_the_same_statement_in_other_words_from_two_outlets_is_one_event():
    ids = assign_events(
        [
            mention("a", "reuters", OFFER),
            mention("b", "afp", SAME_IN_OTHER_WORDS, date="2024-05-02"),
        ],
        {},
    )
    assert ids == ["a", "a"]


@pytest.mark.parametrize(
    "other",
    [
        mention("b", "afp", OTHER_OFFER, date="2024-05-02"),  # another statement
        mention("b", "afp", OFFER.replace("Qatar", "Egypt"), actor="Egypt"),  # another actor
        mention("b", "afp", OFFER, date="2024-05-20"),  # weeks later: said again
        mention("b", "afp", OFFER, signal="negotiation_call"),  # another type
        mention("b", "afp", OFFER, targets=["M23"]),  # other targets
    ],
    ids=["other statement", "other actor", "outside the window", "other type", "other targets"],
)
def test_what_is_not_the_same_statement_stays_apart(other):
    assert assign_events([mention("a", "reuters", OFFER), other], {}) == ["a", "b"]


def test_near_duplicate_documents_make_one_event_whatever_the_evidence_says():
    wire = " ".join(f"Paragraph {i} of the wire story about the talks in Doha." for i in range(30))
    copy = wire.replace("Paragraph 3 ", "Para 3 ") + " Additional reporting by a local desk."
    texts = {"wire": wire, "copy": copy, "other": "An unrelated story about the weather."}
    a = mention("a", "wire", OFFER)
    b = mention("b", "copy", OTHER_OFFER)  # evidence read otherwise in the republished copy
    c = mention("c", "other", "Qatar offered to host a donors' conference on reconstruction.")
    assert assign_events([a, b, c], texts) == ["a", "a", "c"]


def test_mentions_in_one_document_are_one_event_and_chain_across_days():
    ids = assign_events(
        [
            mention("a", "d1", OFFER),
            mention("b", "d1", OTHER_OFFER),  # the same article: a headline and its body
            mention("c", "d2", SAME_IN_OTHER_WORDS, date="2024-05-03"),
            mention("d", "d3", OFFER, date=None),  # undated: only within its own document
        ],
        {},
    )
    assert ids == ["a", "a", "a", "d"]


def test_the_rules_hold_every_pair_we_built():
    """The figures README gives: precision 1.0 and recall 1.0 on the pairs at the shipped rules."""
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from event_pairs import measure

    pairs = tomllib.loads(PAIRS.read_text(encoding="utf-8"))["pair"]
    result = measure(pairs, event_rules())
    assert {k: n for k, (_, n) in result["kinds"].items()} == {
        "paraphrase": 11, "other_statement": 11, "other_actor": 5
    }  # fmt: skip
    assert result["precision"] == 1.0 and result["recall"] == 1.0
    # and the threshold is not on a knife edge: a stricter one only loses recall
    stricter = measure(pairs, replace(event_rules(), evidence_overlap=0.4))
    assert stricter["precision"] == 1.0 and stricter["recall"] < 1.0


@pytest.mark.parametrize(
    "change, message",
    [
        ({"evidence_overlap": 1.5}, "evidence_overlap must lie in"),
        ({"window_days": -1}, "window_days must be"),
        ({"window_days": "3"}, "'window_days'"),
    ],
)
def test_a_bad_rules_file_is_refused_with_the_key_named(change, message):
    data = tomllib.loads((ROOT / "analysis" / "events" / "rules.toml").read_text())
    data["event"].update(change)
    with pytest.raises(DataFileError, match=message):
        parse_rules(data)


def test_two_outlets_reporting_one_call_give_one_event_with_two_mentions(tmp_path, capsys):
    data = tmp_path / "data"
    with open_store(data) as store:
        store.add_text(
            "Qatar offers talks\n\nQatar said on Monday it stands ready to host talks between "
            "the Congolese government and the M23 rebels.\n",
            title="Qatar offers talks", date="2025-03-10", source="Gulf Wire",
        )  # fmt: skip
        store.add_text(
            "Doha ready to mediate\n\nQatar is ready to host negotiations between the "
            "Congolese government and the M23 rebels, an official in Doha said on Tuesday.\n",
            title="Doha ready to mediate", date="2025-03-11", source="Kinshasa Times",
        )  # fmt: skip
        store.add_text(
            "Qatar and the swap\n\nQatar offered to mediate a prisoner exchange between Israel "
            "and Hamas.\n",
            title="Qatar and the swap", date="2025-03-11", source="Levant Post",
        )  # fmt: skip
    capsys.readouterr()
    assert main(["export", "--events", "--data-dir", str(data)]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    offers = [e for e in events if (e["actor"], e["signal"]) == ("Qatar", "mediation_offer")]
    # the call on Congo and M23: one event, two mentions, both outlets
    (two,) = [e for e in offers if "M23" in e["targets"]]
    assert (two["mentions"], two["documents"], sorted(two["outlets"])) == (
        2, 2, ["Gulf Wire", "Kinshasa Times"]
    )  # fmt: skip
    # the offer on the prisoner exchange is another statement: an event of its own
    swap = [e for e in offers if "Levant Post" in e["outlets"]]
    assert swap and all(e["outlets"] == ["Levant Post"] for e in swap)
    assert (two["first_date"], two["last_date"]) == ("2025-03-10", "2025-03-11")
    assert main(["export", "--data-dir", str(data)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # every exported signal carries its event: the two reports share one
    (event,) = {r["event_id"] for r in rows if "M23" in r["targets"]}
    assert event == two["event_id"]


def test_event_rows_count_mentions_documents_and_outlets():
    records = [
        {"event_id": "e1", "signal": "ceasefire_call", "actor": "Russia", "doc_id": "a",
         "date": "2024-05-02", "source": "TASS", "sentence": "s1"},
        {"event_id": "e1", "signal": "ceasefire_call", "actor": "Russia", "doc_id": "a",
         "date": "2024-05-02", "source": "TASS", "sentence": "s2"},
        {"event_id": "e1", "signal": "ceasefire_call", "actor": "Russia", "doc_id": "b",
         "date": "2024-05-01", "source": "Reuters", "sentence": "s3"},
    ]  # fmt: skip
    (row,) = event_rows(records)
    assert (row["mentions"], row["documents"], row["outlets"], row["first_date"],
            row["last_date"], row["sentence"]) == (3, 2, ["TASS", "Reuters"], "2024-05-01",
                                                   "2024-05-02", "s1")  # fmt: skip


def test_the_dashboard_counts_one_row_per_event_unless_mentions_are_asked_for():
    from dashboard.filters import Filters, counted

    view = pd.DataFrame({"event_id": ["e1", "e1", "e2"], "signal": ["a", "a", "b"]})
    assert counted(view, Filters())[["event_id", "mentions"]].values.tolist() == [
        ["e1", 2], ["e2", 1]
    ]  # fmt: skip
    assert counted(view, Filters(mentions=True))["mentions"].tolist() == [2, 2, 1]
