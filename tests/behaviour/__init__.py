"""Behavioural tests in the style of CheckList: capabilities measured on generated sentences.

``cases.toml`` holds the fillers and templates, ``suite.py`` turns them into cases and
judges the analyser's output, ``floors.toml`` holds the pass-rate floors that
``tests/test_behaviour.py`` enforces. ``scripts/behaviour_report.py`` prints the table.
"""
