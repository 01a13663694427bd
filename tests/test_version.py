"""The analyser version changes with any code or data the analysis runs on, wherever it lives.

``reanalyze`` updates the stored documents whose analyser version differs
from the running one, so a change the version misses leaves stale analyses
in the store.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import ANALYSER_VERSION
from analysis.version import PACKAGE, analyser_version, analysis_files


@pytest.fixture
def package(tmp_path) -> Path:
    """A copy of the analysis package to change."""
    copy = tmp_path / "analysis"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_version_is_the_release_plus_a_digest_of_the_package():
    assert analyser_version().startswith(ANALYSER_VERSION + "+")
    assert analyser_version() == analyser_version(PACKAGE)
    names = [f.relative_to(PACKAGE).as_posix() for f in analysis_files()]
    assert {"signals/extract.py", "actors/people.py", "tone/scoring.py", "data/cues.toml"} <= set(
        names
    )
    assert names == sorted(names)


def test_a_module_in_a_sub_package_changes_the_version(package):
    before = analyser_version(package)
    assert analyser_version(package) == before  # same files, same version
    (package / "tone" / "sarcasm.py").write_text("WEIGHT = 0.5\n", encoding="utf-8")
    after = analyser_version(package)
    assert after != before
    new_stage = package / "signals_rules"
    new_stage.mkdir()
    (new_stage / "__init__.py").write_text("", encoding="utf-8")
    assert analyser_version(package) != after


def test_an_edited_data_file_changes_the_version(package):
    before = analyser_version(package)
    cues = package / "data" / "cues.toml"
    cues.write_text(cues.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    assert analyser_version(package) != before


def test_code_that_runs_after_the_analysis_leaves_the_version_alone(package):
    before = analyser_version(package)
    (package / "store" / "postgres.py").write_text("class PostgresStore: ...\n")
    (package / "cli.py").write_text("# a new command\n", encoding="utf-8")
    assert analyser_version(package) == before
