"""Review corrections through the store and the command line: kept, logged, re-attached
after ``reanalyze``, exported, written as gold lines, moved to the trash and back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from analysis.cli import main
from analysis.review import Correction
from analysis.store import StoreError, open_store
from analysis.taxonomy import taxonomy

# every test on SQLite and on PostgreSQL (tests/conftest.py: backend)
pytestmark = pytest.mark.usefixtures("backend")

REPO = Path(__file__).resolve().parents[1]
SEED = "000_a05659aaa7e80c9a"
GOLD_KEYS = {"doc", "signal", "actor", "targets", "evidence", "optional"}


@pytest.fixture
def data(tmp_path, capsys):
    """A store holding the seed article."""
    folder = tmp_path / "data"
    assert main(["ingest", str(REPO / "seeds"), "--data-dir", str(folder), "--workers", "1",
                 "--no-progress"]) == 0  # fmt: skip
    capsys.readouterr()
    return folder


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def export(capsys, data, *extra) -> list[dict]:
    code, out, err = cli(capsys, "export", "--data-dir", str(data), *extra)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_a_signal_marked_wrong_and_one_added_survive_reanalysis_and_make_gold(capsys, data):
    d = str(data)
    before = export(capsys, data)
    putin = next(r for r in before if (r["signal"], r["actor"]) == ("ceasefire_call",
                                                                     "Vladimir Putin"))  # fmt: skip
    assert not any(r["corrected"] for r in before) and len({r["signal_id"] for r in before}) == len(
        before
    )

    # 1. through the CLI: one signal marked wrong, one missed signal added
    code, out, err = cli(capsys, "correct", "--data-dir", d, "--signal-id", putin["signal_id"],
                         "--wrong", "--user", "ana")  # fmt: skip
    assert code == 0, err
    assert out.startswith("Stored: marked wrong: ceasefire_call by Vladimir Putin")
    sentence = next(r for r in before if r["signal"] == "condemnation")
    code, out, err = cli(capsys, "correct", "--data-dir", d, "--doc", SEED, "--start",
                         str(sentence["start"] + 3), "--signal", "mediation_offer", "--actor",
                         "France", "--targets", "Armenia; Azerbaijan", "--user", "ben")  # fmt: skip
    assert code == 0, err
    added_id = out.split("signal id ")[1].rstrip(").\n")

    # 2. the analysis is run again
    assert cli(capsys, "reanalyze", "--force", "--data-dir", d, "--workers", "1",
               "--no-progress")[0] == 0  # fmt: skip

    # 3. export shows both corrections applied, each marked
    after = export(capsys, data)
    assert putin["signal_id"] not in {r["signal_id"] for r in after}
    (added,) = [r for r in after if r["corrected"]]
    assert (added["signal_id"], added["review"], added["signal"], added["actor"]) == (
        added_id,
        "added",
        "mediation_offer",
        "France",
    )
    assert (added["sentence"], added["start"]) == (sentence["sentence"], sentence["start"])
    assert added["targets"] == ["Armenia", "Azerbaijan"] and added["affiliation"] == "France"
    assert (added["cameo"], added["plover"]) == ("039", "AGREE")
    assert len(after) == len(before)  # one out, one in
    # the raw output still has the wrong one, marked, and not the added one
    raw = export(capsys, data, "--raw")
    assert [(r["signal_id"], r["review"]) for r in raw if r["corrected"]] == [
        (putin["signal_id"], "wrong")
    ]
    assert [r["signal_id"] for r in raw] == [r["signal_id"] for r in before]

    # the gold file: the added signal only (Putin's was marked wrong, the rest unreviewed)
    gold = export(capsys, data, "--gold")
    assert gold == [
        {
            "doc": SEED,
            "signal": "mediation_offer",
            "actor": ["France"],
            "targets": ["Armenia", "Azerbaijan"],
            "evidence": sentence["sentence"],
        }
    ]
    text = (REPO / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    for line in gold:  # the shared kit's gold format (SIGNALS.md, "Evaluation")
        assert set(line) <= GOLD_KEYS and line["signal"] in taxonomy().ids
        assert line["actor"] and all(isinstance(a, str) and a for a in line["actor"])
        assert line["evidence"] in text

    # who and when, in the log and the list
    code, out, _ = cli(capsys, "log", "--data-dir", d)
    corrections = [line for line in out.splitlines() if " correct " in line]
    assert len(corrections) == 2 and "ana" in corrections[0] and "ben" in corrections[1]
    code, out, _ = cli(capsys, "correct", "--list", "--data-dir", d)
    assert (
        "marked wrong: ceasefire_call by Vladimir Putin" in out and "added: mediation_offer" in out
    )
    code, out, err = cli(capsys, "check", "--data-dir", d)
    assert code == 0 and out.startswith("The store is sound: 1 document.") and err == ""


def test_marking_right_and_changing_a_signal_keep_its_id_and_merge(capsys, data):
    with open_store(data) as store:
        first = next(r for _, r in store.review().rows())
        sid = first.signal_id
        store.change_signal(sid, signal="negotiation_call", user="ana")
        store.change_signal(sid, targets=["Azerbaijan"], user="ana")
        (row,) = [r for _, r in store.review().rows() if r.signal_id == sid]
        assert (row.review, row.signal.signal, row.signal.targets) == (
            "changed",
            "negotiation_call",
            ("Azerbaijan",),
        )
        assert row.signal.actor == first.signal.actor  # unchanged
        # the changed signal judged wrong after all: out of the corrected data
        store.mark_signal(sid, "wrong", user="ben")
        assert sid not in {r.signal_id for _, r in store.review().rows()}
        # and right again: the analyser's reading is back, marked right
        store.mark_signal(sid, "right", user="ben")
        (row,) = [r for _, r in store.review().rows() if r.signal_id == sid]
        assert (row.review, row.signal) == ("right", first.signal)
        store.withdraw_correction(sid, user="ben")
        assert store.corrections() == []
        assert [a.user for a in store.activity() if a.action == "correct"] == ["ben"] * 3 + [
            "ana"
        ] * 2


def test_an_added_signal_marked_wrong_is_withdrawn(capsys, data):
    with open_store(data) as store:
        doc_id = next(iter(store.document_names()))
        c = store.add_signal(doc_id, 0, "agreement", "Russia", user="ana")
        assert c.signal_id in {r.signal_id for _, r in store.review().rows()}
        assert store.mark_signal(c.signal_id, "wrong", user="ana") is None
        assert store.corrections() == []
        with pytest.raises(StoreError, match="already has this signal"):
            existing = next(r.signal for _, r in store.review().rows())
            store.add_signal(doc_id, existing.start, existing.signal, existing.actor)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--signal-id", "0123456789abcdef", "--wrong"], "No stored signal has the id"),
        (["--doc", SEED, "--start", "999999", "--signal", "condemnation", "--actor", "France"],
         "is not inside a sentence"),
        (["--doc", "nothing-like-this", "--start", "0", "--signal", "condemnation", "--actor",
          "France"], "no document named"),
        (["--doc", SEED, "--start", "0", "--signal", "condemnation", "--actor", "Freedonia"],
         "not an actor the analyser has recognised"),
        (["--doc", SEED, "--start", "0", "--signal", "condemnation"], "--actor NAME"),
        (["--wrong"], "say which signal"),
    ],
)  # fmt: skip
def test_bad_corrections_are_refused_with_a_sentence_and_change_nothing(
    capsys, data, args, message
):
    with open_store(data) as store:
        revision, log = store.revision(), store.activity()
    code, out, err = cli(capsys, "correct", "--data-dir", str(data), *args)
    assert code == 1 and message in err and "Traceback" not in err
    with open_store(data) as store:
        assert (store.revision(), store.activity(), store.corrections()) == (revision, log, [])


def test_an_unknown_actor_can_be_added_with_its_type(capsys, data):
    code, out, err = cli(capsys, "correct", "--data-dir", str(data), "--doc", SEED, "--start",
                         "0", "--signal", "condemnation", "--actor", "Freedonia",
                         "--actor-type", "state")  # fmt: skip
    assert code == 0, err
    (row,) = [r for r in export(capsys, data) if r["corrected"]]
    assert (row["actor"], row["actor_type"], row["affiliation"]) == ("Freedonia", "state",
                                                                     "Freedonia")  # fmt: skip


def test_check_lists_a_correction_it_cannot_place(capsys, data):
    with open_store(data) as store:
        doc_id = next(iter(store.document_names()))
        # a signal marked wrong that the analyser (say, after an upgrade) no longer gives
        gone = Correction(doc_id, 0, 71, "hostilities", "Armenia", "wrong", user="ana", at="x")
        store._save_correction(gone, "ana", gone.describe())
    code, out, err = cli(capsys, "check", "--data-dir", str(data))
    assert code == 0
    assert f"the correction {gone.signal_id} of '{SEED}'" in err
    assert "could not be placed: the analyser no longer gives this signal" in err
    assert "1 review correction could not be placed" in out
    # the reviewer withdraws it; check is quiet again
    code, out, err = cli(capsys, "correct", "--data-dir", str(data), "--signal-id",
                         gone.signal_id, "--withdraw")  # fmt: skip
    assert code == 0 and out.startswith(f"Withdrew the correction of {gone.signal_id}")
    code, out, err = cli(capsys, "check", "--data-dir", str(data))
    assert (code, err) == (0, "") and "could not be placed" not in out


def test_corrections_go_to_the_trash_with_their_document_and_come_back(data):
    with open_store(data) as store:
        doc_id = next(iter(store.document_names()))
        sid = next(r.signal_id for _, r in store.review().rows())
        store.mark_signal(sid, "wrong", user="ana")
        kept = store.corrections()
        assert store.remove_document(doc_id, user="ana")
        assert store.corrections() == [] and store.unplaced_corrections() == ()
        assert store.restore_document(doc_id, user="ana")
        assert store.corrections() == kept
        assert sid not in {r.signal_id for _, r in store.review().rows()}


@pytest.mark.sqlite_only
def test_a_version_2_store_is_migrated_to_hold_corrections(data):
    path = data / "lens.sqlite"
    with sqlite3.connect(path) as conn:  # as schema version 2 left it
        conn.execute("DROP TABLE corrections")
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    with open_store(data) as store:
        assert store.check() == []
        assert (store.activity()[0].action, store.activity()[0].detail) == (
            "migrate",
            "schema version 2 -> 5",
        )
        sid = next(r.signal_id for _, r in store.review().rows())
        assert store.mark_signal(sid, "right", user="ana").verdict == "right"


def test_export_writes_the_review_columns_to_csv_and_parquet(capsys, data, tmp_path):
    import pandas as pd

    with open_store(data) as store:
        sid = next(r.signal_id for _, r in store.review().rows())
        store.mark_signal(sid, "right", user="ana")
    for name in ("signals.csv", "signals.parquet"):
        out = tmp_path / name
        assert cli(capsys, "export", "--data-dir", str(data), "-o", str(out))[0] == 0
        frame = pd.read_csv(out) if name.endswith("csv") else pd.read_parquet(out)
        assert list(frame.columns[-4:]) == ["signal_id", "review", "corrected", "event_id"]
        assert frame["corrected"].tolist()[0] == True  # noqa: E712 (a numpy bool)
        assert frame["review"].fillna("").tolist()[:2] == ["right", ""]
