"""The optional compiled build (scripts/compile.py): never stale, and really used in CI."""

import json
import os
from importlib.machinery import EXTENSION_SUFFIXES

import pytest

import analysis
from analysis.compiled import StaleBuildError, check, compiled_modules, source_hash


def checkout(tmp_path, *, source="x = 1\n", recorded=None):
    """A checkout whose analysis/actors.py has a compiled extension beside it."""
    package = tmp_path / "analysis"
    package.mkdir()
    (package / "actors.py").write_text(source)
    (package / f"actors{EXTENSION_SUFFIXES[0]}").write_bytes(b"\x7fELF")
    if recorded is not None:
        manifest = {"sources": {"actors": recorded}}
        (package / "_compiled.json").write_text(json.dumps(manifest))
    return tmp_path


def test_a_build_that_matches_its_sources_runs(tmp_path):
    root = checkout(tmp_path, recorded=source_hash_of("x = 1\n", tmp_path))
    assert compiled_modules(root) == ["actors"]
    check(root)


def test_an_edit_after_compiling_is_refused_with_what_to_do(tmp_path):
    root = checkout(tmp_path, recorded="0" * 64)
    with pytest.raises(StaleBuildError, match=r"analysis/actors.py changed.*scripts/compile.py"):
        check(root)


def test_a_build_without_its_record_is_refused(tmp_path):
    with pytest.raises(StaleBuildError):
        check(checkout(tmp_path))


def test_a_pure_python_checkout_needs_no_record(tmp_path):
    (tmp_path / "analysis").mkdir()
    (tmp_path / "analysis" / "actors.py").write_text("x = 1\n")
    assert compiled_modules(tmp_path) == []
    check(tmp_path)


@pytest.mark.skipif(
    os.environ.get("STATEMENT_LENS_EXPECT_COMPILED") != "1",
    reason="only in CI's run on the compiled build",
)
def test_the_compiled_run_really_uses_the_compiled_modules():
    assert analysis.COMPILED
    assert not analysis.actors.__file__.endswith(".py")


def source_hash_of(text, tmp_path):
    probe = tmp_path / "probe.py"
    probe.write_text(text)
    return source_hash(probe)


def test_an_analysis_pickles_and_stays_frozen_in_either_build():
    # the store's worker processes send documents and analyses by pickle
    import dataclasses
    import pickle

    doc = analysis.Document(id="d1", text="Turkey offered to host talks.", title="Talks")
    result = analysis.analyze_document(doc)
    again = pickle.loads(pickle.dumps(result))
    assert again == result and again.signals[0].actor == "Turkey"
    with pytest.raises(dataclasses.FrozenInstanceError):
        again.signals[0].actor = "Russia"
