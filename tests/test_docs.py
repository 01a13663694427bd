"""The README documents every signal type, data file, CLI command and link parameter."""

from __future__ import annotations

import pytest
from helpers import ROOT

from analysis import SIGNAL_TYPES
from analysis.cli import build_parser
from dashboard import filters

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("signal", SIGNAL_TYPES)
def test_every_signal_type_is_documented(signal):
    assert f"`{signal}`" in README


@pytest.mark.parametrize("param", filters.QUERY_PARAMS)
def test_every_link_parameter_is_documented(param):
    assert f"`{param}`" in README


def _commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    return list(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_cli_command_is_documented(command):
    assert f"python -m analysis {command}" in README


@pytest.mark.parametrize(
    "name",
    sorted(
        p.name
        for p in (ROOT / "analysis" / "data").iterdir()
        if not p.name.startswith("documents_")
    ),
)
def test_every_knowledge_file_is_documented(name):
    assert f"`{name}`" in README


def test_readme_has_no_unfilled_placeholder():
    assert "BENCHMARK_FIGURES" not in README
