"""Analysis in worker processes: the same results in the same order as in one process.

Documents are the seed article cut into paragraphs, plus sentences written
for the signal tests: enough documents for several chunks, so the pool runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import types
from pathlib import Path

import pytest

import analysis.parallel
from analysis import Document, LoadError, analyze_document, document_from_text
from analysis.parallel import (
    CHUNK_ITEMS,
    WINDOW,
    analyse_in_order,
    map_in_order,
    start_method,
)

ROOT = Path(__file__).resolve().parents[1]
SEED = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
STATEMENTS = [
    "Russian Foreign Minister Sergei Lavrov said Moscow was ready to host talks.",
    "Armenia and Azerbaijan vowed to keep fighting and rejected international calls for "
    "negotiations on Wednesday.",
    "Egypt's foreign ministry condemned the strike and called for restraint.",
    "Qatar said Israel and Hamas had agreed to a four-day truce.",
    "Turkey backs Azerbaijan, President Erdogan said.",
    "The UN Secretary-General urged both sides to return to the negotiating table.",
]


@pytest.fixture(autouse=True)
def importable_main(monkeypatch):
    """A main module that workers need not run.

    Workers started by a fork server or spawn first run the caller's main
    script (multiprocessing's rule: it must be importable without side
    effects). Streamlit's AppTest, used by the dashboard tests, leaves its
    app script as ``__main__`` in this process; the analysis never needs it.
    """
    monkeypatch.setitem(sys.modules, "__main__", types.ModuleType("__main__"))


def documents() -> list[Document]:
    paragraphs = [p for p in SEED.split("\n\n") if p.strip()]
    texts = paragraphs + STATEMENTS * 4
    return [document_from_text(text, f"doc{i:03d}") for i, text in enumerate(texts)]


def parent_pid(_item) -> int:
    return os.getppid()


def slow_echo(item: tuple[int, float]) -> int:
    """The item's number, after sleeping its delay (later items finish first)."""
    number, delay = item
    time.sleep(delay)
    return number


def test_two_workers_give_the_analyses_of_one_in_the_same_order():
    docs = documents()
    assert len(docs) > 2 * CHUNK_ITEMS  # several chunks: the pool runs
    alone = [analyze_document(d, with_tone=False) for d in docs]
    pooled = list(analyse_in_order(docs, 2, with_tone=False))
    assert pooled == alone
    assert sum(len(a.signals) for a in pooled) > 20


def test_signals_only_keeps_the_signals_and_leaves_out_the_rest():
    docs = documents()
    for alone, pooled in zip(
        (analyze_document(d, with_tone=False) for d in docs),
        analyse_in_order(docs, 2, signals_only=True),
        strict=True,
    ):
        assert pooled.document == alone.document
        assert pooled.signals == alone.signals
        assert pooled.sentences == () and pooled.mentions == () and pooled.tone == ()


def test_results_come_in_input_order_when_later_items_finish_first():
    items = [(n, 0.02 if n % CHUNK_ITEMS == 0 else 0.0) for n in range(5 * CHUNK_ITEMS)]
    assert list(map_in_order(slow_echo, items, 2)) == list(range(5 * CHUNK_ITEMS))


def test_a_threaded_caller_gets_its_workers_from_a_fork_server():
    # forking while another thread holds a lock would leave it locked in the child
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        assert start_method() == "forkserver"
        parents = set(map_in_order(parent_pid, range(4 * CHUNK_ITEMS), 2))
        assert os.getpid() not in parents
    finally:
        stop.set()
        helper.join()


FORKING_CALLER = """
import operator, os
from analysis.parallel import map_in_order, start_method
parents = set(map_in_order(operator.call, [os.getppid] * 64, 2))
print(start_method(), parents == {os.getpid()})
"""


def test_a_single_threaded_caller_forks_its_workers():
    # a program of its own: the test runner may have helper threads
    result = subprocess.run(
        [sys.executable, "-c", FORKING_CALLER], cwd=ROOT, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert result.stdout.split() == ["fork", "True"], result.stderr


def test_the_input_is_read_as_the_workers_need_it():
    pulled = 0

    def numbers():
        nonlocal pulled
        for n in range(100 * CHUNK_ITEMS):
            pulled += 1
            yield (n, 0.0)

    results = map_in_order(slow_echo, numbers(), 2)
    assert next(results) == 0
    assert pulled <= (2 * WINDOW + 1) * CHUNK_ITEMS  # a window of chunks, not the corpus
    results.close()  # stopping early shuts the pool down


def test_one_worker_or_one_chunk_runs_in_this_process():
    assert set(map_in_order(parent_pid, range(3), 1)) == {os.getppid()}
    assert set(map_in_order(parent_pid, range(3), 2)) == {os.getppid()}  # one chunk


def test_a_document_the_analysis_fails_on_is_named_and_the_others_go_on(monkeypatch):
    real = analyze_document

    def fragile(doc, **kwargs):
        if doc.id == "doc001":
            raise ValueError("no sentences")
        return real(doc, **kwargs)

    monkeypatch.setattr(analysis.parallel, "analyze_document", fragile)
    results = list(analyse_in_order(documents()[:3], 1))
    assert isinstance(results[1], LoadError)
    assert results[1].path == "doc001"
    assert "the analysis failed on this document (ValueError: no sentences)" in str(results[1])
    assert [r.document.id for r in (results[0], results[2])] == ["doc000", "doc002"]


@pytest.mark.parametrize("output", ["signals.jsonl", "signals.csv", None])
def test_analyze_writes_the_same_output_with_one_worker_and_with_two(tmp_path, output):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "seed.txt").write_text(SEED, encoding="utf-8")
    for doc in documents():
        (docs / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"workers{workers}_{output}"
        command = [sys.executable, "-m", "analysis", "analyze", str(docs), "--workers", workers]
        if output:
            command += ["-o", str(out)]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, timeout=120)
        assert result.returncode == 0, result.stderr
        outputs.append(out.read_bytes() if output else result.stdout)
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b"\n") > 20


def test_a_workers_value_below_one_is_refused_with_a_sentence():
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "analyze", "seeds", "--workers", "0"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2
    assert "give a whole number of at least 1" in result.stderr
    assert "Traceback" not in result.stderr


def test_sources_are_read_analysed_and_rendered_in_the_workers_in_input_order(tmp_path):
    from analysis.load import iter_sources
    from analysis.parallel import Analysed, analyse_sources_in_order

    docs = documents()
    for doc in docs:
        (tmp_path / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    (tmp_path / "zz.bin").write_bytes(b"\x00\x01PK\x03\x04" * 10)
    expected = [len(analyze_document(d, with_tone=False).signals) for d in docs]
    for workers in (1, 2):
        results = list(analyse_sources_in_order(iter_sources([tmp_path]), workers, signal_count))
        assert all(isinstance(r, Analysed) for r in results[:-1])
        assert [r.doc_id for r in results[:-1]] == [d.id for d in docs]
        assert [r.output for r in results[:-1]] == expected
        assert isinstance(results[-1], LoadError) and results[-1].path.endswith("zz.bin")


def signal_count(analysis) -> int:
    return len(analysis.signals)
