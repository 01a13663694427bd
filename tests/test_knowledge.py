"""The knowledge files: every name they use exists, and a mistake is named clearly."""

import ast
import copy
from pathlib import Path

import pytest

import analysis.signals
from analysis.knowledge import DataFileError
from analysis.lexicon import read_toml
from analysis.models import SIGNAL_TYPES
from analysis.signals.lexicon import lexicon, parse_lexicon
from analysis.signals.words import parse_grammar_words

SIGNALS_PACKAGE = Path(analysis.signals.__file__).parent


def test_every_rule_names_a_trigger_a_concept_and_a_signal_that_exist():
    data = read_toml("cues.toml")
    classes, concepts = set(data["triggers"]), set(data["concepts"]) | {"*", "actor"}
    for rule in data["rule"]:
        assert rule["trigger"] in classes
        assert rule["concept"] in concepts
        assert rule["signal"] in SIGNAL_TYPES
    # and every trigger class is read by some rule or by code
    assert {r["trigger"] for r in data["rule"]} >= classes - {"support_compound"}


def _names_compared_with(attribute: str) -> set[str]:
    """String literals the signal code compares with ``x.<attribute>``."""
    names: set[str] = set()
    for path in SIGNALS_PACKAGE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            if not any(isinstance(s, ast.Attribute) and s.attr == attribute for s in sides):
                continue
            for side in sides:
                for leaf in ast.walk(side):
                    if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                        names.add(leaf.value)
    return names


def test_every_trigger_class_the_code_names_is_in_the_lexicon():
    # a class renamed in cues.toml but not in the code would silently lose its behaviour
    named = _names_compared_with("klass")
    assert named, "the code compares trigger classes by name"
    classes = set(read_toml("cues.toml")["triggers"]) | {"support_compound"}
    assert named <= classes, named - classes


def test_every_concept_the_code_names_is_in_the_lexicon():
    concepts = set(read_toml("cues.toml")["concepts"])
    named = _names_compared_with("concept") - {"*", "actor"}
    for path in SIGNALS_PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # "ceasefire" in concepts, concepts["condemnable"], concepts.get("not_conflict")
            if isinstance(node, ast.Compare) and any(
                isinstance(c, ast.Name) and c.id == "concepts" for c in node.comparators
            ):
                if isinstance(node.left, ast.Constant):
                    named.add(node.left.value)
            if isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "concepts":
                if isinstance(node.slice, ast.Constant):
                    named.add(node.slice.value)
    assert named, "the code names concepts"
    assert named <= concepts, named - concepts


def test_the_code_asks_only_for_rules_the_table_has():
    lex = lexicon()
    for trigger, concept in [("agree", "participation"), ("reject", "talks"), ("reject", "deal")]:
        assert lex.rule(trigger, concept).trigger == trigger


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["rule"][0].update(trigger="requets"),
            "the trigger class 'requets' is not defined",
        ),
        (
            lambda d: d["rule"][1].update(concept="ceasfire"),
            "the concept 'ceasfire' is not defined",
        ),
        (
            lambda d: d["rule"][2].update(signal="truce_call"),
            "the signal 'truce_call' is not defined",
        ),
        (
            lambda d: d["rule"][3].update(unless="medaition"),
            "the concept 'medaition' is not defined",
        ),
        (lambda d: d["rule"][4].update(requires="past"), "requires is 'past'"),
        (lambda d: d["rule"][5].pop("signal"), "'signal' is missing"),
        (
            lambda d: d["triggers"]["request"].update(window_ends_at=["ofer"]),
            "'ofer' is not defined",
        ),
        (lambda d: d["triggers"]["judge"].update(actor="listener"), "actor is 'listener'"),
        (lambda d: d["triggers"]["offer"].update(verb=["host"]), "unknown key 'verb'"),
        (lambda d: d["triggers"]["offer"]["verbs"].append("... ready"), "'...' can only stand"),
        (
            lambda d: d["variant"][0].update(signal="ceasefirecall"),
            "'ceasefirecall' is not defined",
        ),
        (
            lambda d: d["concepts"]["body_session"].update(masks=["tlaks"]),
            "the masked concept 'tlaks' is not defined",
        ),
    ],
)
def test_a_mistake_in_the_cue_lexicon_is_named_with_its_entry(change, message):
    data = copy.deepcopy(read_toml("cues.toml"))
    change(data)
    with pytest.raises(DataFileError, match="cues.toml") as err:
        parse_lexicon(data)
    assert message in str(err.value)


def test_a_rule_without_codes_takes_its_signal_types_primary_codes():
    data = copy.deepcopy(read_toml("cues.toml"))
    data["rule"] = [{"trigger": "condemn", "concept": "*", "signal": "condemnation"}]
    rule = parse_lexicon(data).rule("condemn", "*")
    assert (rule.cameo, rule.plover, rule.score) == ("111", "ACCUSE", -2.0)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("negations"), "[negations]: the class is missing"),
        (lambda d: d.update(hedgez={"words": ["x"]}), "no rule reads this class"),
        (lambda d: d["future"].update(words=["Will"]), "'Will' must be written in lower case"),
        (lambda d: d["future"].update(word=["will"]), "unknown key 'word'"),
    ],
)
def test_a_mistake_in_the_grammar_words_is_named_with_its_class(change, message):
    data = copy.deepcopy(read_toml("grammar.toml"))
    change(data)
    with pytest.raises(DataFileError, match="grammar.toml") as err:
        parse_grammar_words(data)
    assert message in str(err.value)


def test_lemmas_give_every_regular_form():
    data = copy.deepcopy(read_toml("grammar.toml"))
    data["reversal"] = {"lemmas": ["halt"], "words": ["withdrew"]}
    words = parse_grammar_words(data)
    assert words.reversal == {"halt", "halts", "halted", "halting", "withdrew"}
