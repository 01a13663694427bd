"""The corpus store with a real SQLite file in a temporary folder."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import ROOT, SEEDS, run_cli

from analysis import (
    Actor,
    Document,
    DocumentAnalysis,
    Mention,
    Sentence,
    Signal,
    signals_frame,
)
from analysis.store import (
    UPLOAD_LIMIT_BYTES,
    StoreError,
    analysis_rows,
    content_id,
    data_dir,
    open_store,
)
from analysis.store.dialect import dialect_of

# every test on SQLite and on PostgreSQL (tests/conftest.py: backend)
pytestmark = pytest.mark.usefixtures("backend")

SEED_TEXT = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")


def generated_folder(folder: Path, n: int) -> Path:
    """``n`` distinct short statements (short, so that hundreds analyse in seconds)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = f"Talks resume, round {i}\n\nQatar offered to mediate, a spokesman said.\n"
        (folder / f"gen_{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def hand_made_analysis(doc_id: str = "kremlin_call") -> DocumentAnalysis:
    """A document with one mention and one signal, independent of the extractor."""
    text = "Putin, Macron call for ceasefire\n\nPutin called for an immediate ceasefire."
    doc = Document(id=doc_id, text=text, title="Putin, Macron call for ceasefire",
                   date="2020-10-01", source="CGTN")  # fmt: skip
    start = text.index("Putin called")
    putin = Actor("Vladimir Putin", "person", "Russia", "President")
    signal_ = Signal(
        doc_id=doc_id, signal="ceasefire_call", actor="Vladimir Putin", actor_type="person",
        affiliation="Russia", targets=("Armenia", "Azerbaijan"), sentence=text[start:],
        start=start, end=len(text), reported_by=None, date="2020-10-01", confidence=0.9,
        cameo="0256", plover="REQUEST-yield", score=-0.3, modality="asserted",
        cue="called for an immediate ceasefire", cue_start=start + 6, cue_end=len(text) - 1,
        source="CGTN",
    )  # fmt: skip
    return DocumentAnalysis(
        document=doc,
        sentences=(
            Sentence(doc_id, 0, 0, 32, text[:32], "headline", 0),
            Sentence(doc_id, 1, start, len(text), text[start:], "paragraph", 1),
        ),
        mentions=(Mention(putin, start, start + 5, "Putin", "name"),),
        signals=(signal_,),
        tone=(0.0, -0.1),
    )


@pytest.mark.sqlite_only
def test_data_dir_comes_from_the_argument_then_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("LENS_DATA_DIR", raising=False)
    assert data_dir() == Path("data")
    monkeypatch.setenv("LENS_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == tmp_path / "env"
    assert data_dir(tmp_path / "cli") == tmp_path / "cli"
    with open_store() as store:
        store.add_text("The Kremlin said talks would resume.")
    assert (tmp_path / "env" / "lens.sqlite").is_file()


def test_content_id_ignores_line_endings_and_trailing_space():
    assert content_id("Talks resumed.\r\nIn Doha.  \n") == content_id("Talks resumed.\nIn Doha.")
    assert content_id("Talks resumed.") != content_id("Talks stalled.")


def test_analysis_survives_the_round_trip_through_the_tables(tmp_path):
    analysis = hand_made_analysis()
    stored = analysis_rows(analysis, name="kremlin_call", ingested_at="2026-01-01T00:00:00+00:00")
    with open_store(tmp_path) as store:
        assert store._write([stored]) == ["kremlin_call"]
        (back,) = store.corpus().analyses
    assert back == analysis


def _not_json(constant: str):
    raise ValueError(f"{constant} is not JSON")


def test_ingested_data_is_seen_by_a_new_process(tmp_path):
    docs = generated_folder(tmp_path / "docs", 3)
    result = run_cli("ingest", str(SEEDS), str(docs), "--workers", "1", data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "4 documents added." in result.stdout

    with open_store(tmp_path) as store:  # this test process is not the one that wrote
        assert store.document_count() == 4
        assert set(store.document_names().values()) == {
            "000_a05659aaa7e80c9a", "gen_0000", "gen_0001", "gen_0002"
        }  # fmt: skip
        expected = len(store.corpus().signals)
        # a signal written here must reach the export in yet another process
        store._write([analysis_rows(hand_made_analysis(), name="kremlin_call", ingested_at="x")])

    out = tmp_path / "signals.jsonl"
    result = run_cli("export", "-o", str(out), data=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [
        json.loads(line, parse_constant=_not_json)  # NaN would be invalid JSON
        for line in out.read_text(encoding="utf-8").splitlines()
    ]
    assert len(records) == expected + 1
    (kremlin,) = [r for r in records if r["doc_id"] == "kremlin_call"]  # the name, not the hash
    assert kremlin["signal"] == "ceasefire_call"
    assert kremlin["targets"] == ["Armenia", "Azerbaijan"]

    import pandas as pd

    from analysis.cli import main

    for fmt in ("csv", "parquet"):  # in this process: the new-process case is covered above
        out = tmp_path / f"signals.{fmt}"
        assert main(["export", "-o", str(out), "--data-dir", str(tmp_path)]) == 0

    frame = pd.read_parquet(tmp_path / "signals.parquet")
    assert list(frame.loc[frame.doc_id == "kremlin_call", "actor"]) == ["Vladimir Putin"]
    csv = pd.read_csv(tmp_path / "signals.csv")
    assert list(csv.loc[csv.doc_id == "kremlin_call", "targets"]) == ["Armenia; Azerbaijan"]


def test_the_same_folder_ingested_twice_adds_nothing(tmp_path):
    docs = generated_folder(tmp_path / "docs", 5)
    (docs / "copy_of_gen_0000.txt").write_bytes((docs / "gen_0000.txt").read_bytes())
    with open_store(tmp_path / "data") as store:
        first = store.add_paths([docs])
        assert len(first.added) == 5
        assert first.duplicates == ["gen_0000"]  # read after copy_of_gen_0000.txt
        assert first.messages() == [
            "gen_0000: the same text is already stored (as 'copy_of_gen_0000'); not added again."
        ]
        revision = store.revision()
        second = store.add_paths([docs])
        assert second.added == []
        assert len(second.duplicates) == 6
        assert store.revision() == revision
        assert store.document_count() == 5


def test_pasted_text_and_uploads_are_stored_with_their_details(tmp_path):
    with open_store(tmp_path) as store:
        report = store.add_text(
            "Qatar offered to mediate between the parties.",
            title="Qatar offers mediation", date="2023-11-20", source="Al Jazeera",
        )  # fmt: skip
        (did,) = report.added
        (doc,) = store.corpus().documents
        assert (doc.id, doc.title, doc.date, doc.source) == (
            did, "Qatar offers mediation", "2023-11-20", "Al Jazeera"
        )  # fmt: skip
        assert store.add_upload("statement.txt", SEED_TEXT.encode()).added
        assert store.document_count() == 2

        empty = store.add_text("   ")
        assert [str(e) for e in empty.errors] == ["pasted text: the text is empty"]
        huge = store.add_upload("huge.txt", b"a" * (UPLOAD_LIMIT_BYTES + 1))
        assert "larger than the 20 MB upload limit" in str(huge.errors[0])
        assert store.document_count() == 2


def test_removing_a_document_removes_its_analysis(tmp_path):
    with open_store(tmp_path) as store:
        store._write([analysis_rows(hand_made_analysis(), name="kremlin_call", ingested_at="x")])
        revision = store.revision()
        assert store.remove_document("kremlin_call") is True
        assert store.remove_document("kremlin_call") is False
        assert store.revision() != revision
        assert signals_frame(store.corpus()).empty
        for table in ("sentences", "mentions", "signals"):
            assert store._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        assert store.check() == []


def test_seeds_are_loaded_once_into_an_empty_store(tmp_path):
    with open_store(tmp_path) as store:
        assert len(store.ensure_seeded(SEEDS).added) == len(list(SEEDS.glob("*.txt")))
        assert store.ensure_seeded(SEEDS).added == []
        for did in store.document_names():
            store.remove_document(did)
        # a user who removed the seeds does not get them back on the next start
        assert store.ensure_seeded(SEEDS).added == []
        assert store.document_count() == 0


def test_reanalyze_updates_documents_from_an_older_analyser(tmp_path):
    with open_store(tmp_path) as store:
        store.add_paths([generated_folder(tmp_path / "docs", 4)])
        with store._transaction() as c:
            c.execute("UPDATE documents SET analyser_version = '0.0.1' WHERE name < 'gen_0002'")
        assert store.outdated_count() == 2
        assert store.reanalyze() == 2
        assert store.outdated_count() == 0
        assert store.reanalyze() == 0
        assert store.reanalyze(force=True, workers=2) == 4
        assert store.document_count() == 4
        assert store.check() == []


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_store_gets_a_clear_message(tmp_path):
    (tmp_path / "lens.sqlite").write_bytes(b"these are not the bytes of a database" * 100)
    with pytest.raises(StoreError, match="not a Statement Lens database|could not be opened"):
        open_store(tmp_path)
    result = run_cli("export", data=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    with open_store(tmp_path) as store, store._transaction() as conn:
        dialect_of(conn).set_version(conn, 99)
    with pytest.raises(StoreError, match="newer Statement Lens"):
        open_store(tmp_path)


def stored_documents(data: Path) -> int:
    """How many documents the store holds now, read as another process would; 0 while
    the store is not created yet."""
    if os.environ.get("LENS_DATABASE_URL"):  # PostgreSQL: opening waits for the creator
        with open_store(data) as store:
            return store.document_count()
    if not (data / "lens.sqlite").exists():
        return 0
    try:
        with sqlite3.connect(data / "lens.sqlite", timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not created yet
        return 0


KILLABLE_INGEST = """
import sys, time
import analysis.store.ingest
from analysis.cli import main
from analysis.store.sql import SQLStore
analysis.store.ingest.BATCH_DOCUMENTS = 10  # commit often, so the signal lands between commits
write = SQLStore._write

def slow_write(*args, **kwargs):  # the ingest lasts long enough to be stopped mid-way
    time.sleep(0.05)
    return write(*args, **kwargs)

SQLStore._write = slow_write
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    ("workers", "stop"), [(1, signal.SIGKILL), (2, signal.SIGKILL), (1, signal.SIGINT)]
)
def test_an_ingest_stopped_mid_way_leaves_a_sound_store_that_a_rerun_completes(
    tmp_path, workers, stop
):
    docs = generated_folder(tmp_path / "docs", 300)
    data = tmp_path / "data"
    command = ["ingest", str(docs), "--data-dir", str(data), "--workers", str(workers)]
    # stderr to a file: killed workers may hold a pipe open for a moment
    errors = tmp_path / "stderr.txt"
    with open(errors, "w", encoding="utf-8") as stderr:
        ingest = subprocess.Popen(
            [sys.executable, "-c", KILLABLE_INGEST, *command], cwd=ROOT, stderr=stderr
        )
    stored = 0
    deadline = time.monotonic() + 90
    while stored < 20 and time.monotonic() < deadline and ingest.poll() is None:
        time.sleep(0.02)
        stored = stored_documents(data)
    ingest.send_signal(stop)
    ingest.wait(timeout=60)
    stderr = errors.read_text(encoding="utf-8")
    if stop == signal.SIGKILL:
        assert ingest.returncode == -signal.SIGKILL, "the ingest finished before it was killed"
    else:  # Ctrl-C
        assert ingest.returncode == 130, stderr
        assert "interrupted: the documents analysed so far are stored" in stderr
        assert "Traceback" not in stderr

    from analysis.cli import main

    assert main(["check", "--data-dir", str(data)]) == 0
    with open_store(data) as store:
        assert store.check() == []
        killed_at = store.document_count()
        assert 10 <= killed_at < 300  # at least one batch was committed
        corpus = store.corpus()  # every stored document has all its rows
        assert all(len(a.sentences) > 0 for a in corpus.analyses)

    result = run_cli("ingest", str(docs), "--no-progress", "--workers", "1", data=data)
    assert result.returncode == 0, result.stderr
    assert f"{300 - killed_at} documents added, {killed_at} already stored." in result.stdout
    with open_store(data) as store:
        assert store.document_count() == 300
        assert store.check() == []


READER = """
import sys, time
from analysis import signals_frame
from analysis.store import open_store
store = open_store(sys.argv[1])
reads, end = 0, time.monotonic() + float(sys.argv[2])
while time.monotonic() < end:
    signals_frame(store.corpus()); store.revision(); reads += 1
print(reads)
"""


def start_script(script: str, *args) -> subprocess.Popen:
    """``python -c script args`` in a new process, its output captured as text."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)], cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_readers_and_a_writer_do_not_lock_each_other_out(tmp_path):
    docs = generated_folder(tmp_path / "docs", 150)
    data = tmp_path / "data"
    open_store(data).close()
    reader_process = start_script(READER, data, 3)
    failures: list[BaseException] = []
    reads = 0
    stop = threading.Event()

    def read_in_a_loop() -> None:
        nonlocal reads
        try:
            with open_store(data) as store:
                while not stop.is_set():
                    signals_frame(store.corpus())
                    store.document_titles()
                    reads += 1
        except BaseException as e:  # reported below
            failures.append(e)

    reader_thread = threading.Thread(target=read_in_a_loop)
    reader_thread.start()
    import analysis.store.ingest as store_module

    try:
        old_batch = store_module.BATCH_DOCUMENTS
        store_module.BATCH_DOCUMENTS = 5  # many short write transactions
        with open_store(data) as store:
            for part in range(3):
                report = store.add_paths(sorted(docs.glob(f"gen_00{part}*.txt")))
                assert not report.errors
            store.remove_document(report.added[0])
    finally:
        store_module.BATCH_DOCUMENTS = old_batch
        stop.set()
        reader_thread.join(timeout=30)
    out, err = reader_process.communicate(timeout=60)
    assert failures == []
    assert reads > 0
    assert reader_process.returncode == 0, err
    assert int(out) > 0


WATCHER = """
import sys, time
from analysis.store import open_store
store = open_store(sys.argv[1])
end = time.monotonic() + float(sys.argv[2])
while time.monotonic() < end:
    corpus = store.corpus()  # one committed state: whole documents only
    whole = all(a.sentences and a.signals for a in corpus.analyses)
    print(len(corpus.analyses), len({a.document.id for a in corpus.analyses}), whole, flush=True)
"""


def test_two_ingests_and_a_reader_at_once_lose_and_duplicate_nothing(tmp_path):
    docs = generated_folder(tmp_path / "docs", 160)
    data = tmp_path / "data"
    open_store(data).close()
    watcher = start_script(WATCHER, data, 6)
    # the two ingests take the folder in opposite orders, so they meet in the middle
    orders = [sorted(docs.glob("*.txt")), sorted(docs.glob("*.txt"), reverse=True)]
    ingests = [
        start_script(
            "from analysis.cli import main; raise SystemExit(main())",
            "ingest",
            *files,
            "--data-dir",
            data,
            "--workers",
            1,
            "--no-progress",
        )  # fmt: skip
        for files in orders
    ]
    added = 0
    for run in ingests:
        out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err
        added += int(re.search(r"(\d+) documents? added", out)[1])
    out, err = watcher.communicate(timeout=60)
    assert watcher.returncode == 0, err
    seen = [line.split() for line in out.splitlines()]
    assert seen and all(read == distinct and whole == "True" for read, distinct, whole in seen)
    counts = [int(read) for read, _, _ in seen]
    assert counts == sorted(counts)  # a reader never sees a document vanish
    assert added == 160  # each document written by exactly one of the two
    with open_store(data) as store:
        assert store.document_count() == 160
        assert len(store.corpus().analyses) == 160
        assert store.check() == []


# ---- bad input -------------------------------------------------------------------

FRENCH = (
    "Le ministre des Affaires étrangères a appelé à un cessez-le-feu immédiat. "
    "Les discussions reprendront la semaine prochaine à Genève, selon le porte-parole "
    "du gouvernement, qui a salué les efforts de médiation du Qatar et de l'Égypte."
)


def test_a_bad_batch_stores_exactly_the_good_documents_and_reports_every_bad_one(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    other = "Egypt's foreign ministry condemned the strike and called for restraint.\n"
    (batch / "good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (batch / "same_as_good.txt").write_text(SEED_TEXT, encoding="utf-8")
    (batch / "empty.txt").write_bytes(b"")
    with open(batch / "huge.txt", "wb") as f:  # sparse: a size over the limit, no disk used
        f.truncate(UPLOAD_LIMIT_BYTES + 1)
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 8)
    # bytes no common encoding decodes to plausible text
    (batch / "unknown_encoding.txt").write_bytes(
        bytes([0x80, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0xFE, 0xFF]) * 60
    )
    (batch / "french.txt").write_text(FRENCH, encoding="utf-8")
    (batch / "no_article.html").write_text(
        "<html><head><script>var x=1;</script></head><body><nav>Home | About</nav></body></html>",
        encoding="utf-8",
    )
    (batch / "no_text_column.csv").write_text("id,title\n1,Talks\n", encoding="utf-8")
    (batch / "rows.csv").write_text(
        "id,title,date,text\n"
        f'r1,Egypt statement,2023-10-12,"{other.strip()}"\n'
        "r2,Empty row,2023-10-13,\n"
        "r1,Same id again,2023-10-14,Qatar said it would keep mediating.\n"
        "r4,Odd date,next Thursday-ish,Turkey offered to host talks between the sides.\n"
        'r5,Truncated,2023-10-15,"this quote never closes\n',
        encoding="utf-8",
    )
    (batch / "rows.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Jordan called for an immediate ceasefire in Gaza."})
        + "\n{not json at all\n"
        + json.dumps({"id": "j3", "title": "no text here"})
        + "\n",
        encoding="utf-8",
    )

    with open_store(tmp_path / "data") as store:
        report = store.add_paths([batch])
        names = set(store.document_names().values())
        # stored: the good documents, and the flagged ones (odd date, French)
        assert names == {"good", "r1", "j1", "french", "r4"}
        assert report.duplicates == ["same_as_good"]
        reported = " | ".join(str(e) for e in report.errors)
        for bad in ("empty.txt", "huge.txt", "binary.txt", "unknown_encoding.txt",
                    "no_article.html", "no_text_column.csv"):  # fmt: skip
            assert bad in reported
        lines = {(Path(e.path).name, e.line) for e in report.errors}
        assert ("rows.csv", 3) in lines  # empty text
        assert ("rows.jsonl", 2) in lines and ("rows.jsonl", 3) in lines
        assert any(name == "rows.csv" and line in (6, 7) for name, line in lines)  # truncated
        assert ("rows.csv", 4) in lines  # the id r1 again
        assert len(report.errors) == 11
        notes = " | ".join(report.flagged)
        assert "french" in notes and "r4" in notes
        assert store.check() == []


def test_a_document_the_analysis_fails_on_is_reported_and_the_rest_stored(tmp_path, monkeypatch):
    import analysis.store.ingest as store_module

    analyse = store_module.analyze_document

    def fragile(doc):
        if "round 1\n" in doc.text:
            raise ValueError("no sentences")
        return analyse(doc)

    monkeypatch.setattr(store_module, "analyze_document", fragile)
    docs = generated_folder(tmp_path / "docs", 3)
    with open_store(tmp_path / "data") as store:
        report = store.add_paths([docs])
        assert sorted(store.document_names().values()) == ["gen_0000", "gen_0002"]
        (error,) = report.errors
        assert error.path.endswith("gen_0001.txt")
        assert "the analysis failed on this document (ValueError: no sentences)" in error.reason


def test_connections_of_finished_threads_are_closed(tmp_path):
    # Streamlit runs each script run in a new thread; connections must not pile up.
    with open_store(tmp_path) as store:
        for _ in range(20):
            reader = threading.Thread(target=store.document_count)
            reader.start()
            reader.join()
        store.document_count()
        assert len(store._connections) <= 2


def test_two_ingests_of_the_same_folder_at_once_store_each_document_once(tmp_path):
    docs = generated_folder(tmp_path / "docs", 120)
    data = tmp_path / "data"
    command = [sys.executable, "-m", "analysis", "ingest", str(docs), "--data-dir", str(data)]
    runs = [
        subprocess.Popen(
            [*command, "--workers", "1", "--no-progress"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for _ in range(2)
    ]
    added = 0
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert "locked" not in err
        mine = int(re.search(r"(\d+) documents? added", out)[1])
        theirs = re.search(r"(\d+) already stored", out)
        assert mine + (int(theirs[1]) if theirs else 0) == 120  # every input accounted for
        added += mine
    assert added == 120  # each document was written by exactly one of them
    with open_store(data) as store:
        assert store.document_count() == 120
        assert store.check() == []


def test_a_failed_reanalysis_keeps_the_previous_analysis(tmp_path, monkeypatch):
    import analysis.store.ingest as store_module

    with open_store(tmp_path) as store:
        store.add_paths([generated_folder(tmp_path / "docs", 2)])
        before = store.corpus()

        def broken(doc):
            raise RuntimeError("lexicon missing")

        monkeypatch.setattr(store_module, "analyze_document", broken)
        errors: list = []
        assert store.reanalyze(force=True, errors=errors) == 0
        assert len(errors) == 2 and "RuntimeError: lexicon missing" in errors[0].reason
        assert store.corpus() == before


def test_after_a_change_corpus_reads_only_what_changed_and_matches_a_fresh_read(tmp_path):
    docs = generated_folder(tmp_path / "docs", 4)
    with open_store(tmp_path / "data") as store:
        store.add_paths(sorted(docs.glob("*.txt"))[:3])
        first = store.corpus()
        (added,) = store.add_paths([docs / "gen_0003.txt"]).added
        second = store.corpus()
        assert second.analyses[:3] == first.analyses
        assert all(a is b for a, b in zip(first.analyses, second.analyses, strict=False))
        assert second.analyses[3].document.id == added

        store.remove_document(first.analyses[0].document.id)
        with store._transaction() as c:  # as if analysed by an older analyser
            c.execute("UPDATE documents SET analyser_version = 'old' WHERE id = ?", (added,))
        assert store.reanalyze() == 1
        third = store.corpus()
        assert [a.document.id for a in third.analyses] == [
            a.document.id for a in second.analyses[1:]
        ]
        assert third.analyses[-1] is not second.analyses[-1]  # read again
        with open_store(tmp_path / "data") as fresh:
            assert fresh.corpus() == third
