"""The word classes of actor recognition, read from ``data/actor_words.toml``.

Each class is a table of that file with a comment saying what it is for; this
module reads the file once, checks it against its schema (a misspelt table or
a word in capitals stops the analyser with a ``DataFileError`` naming the
table and the word) and gives the classes as ``ACTOR_WORDS``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from analysis.knowledge import DataFileError, require_keys
from analysis.lexicon import read_toml

FILE = "actor_words.toml"

# the tables that are lists of words: ``[table] words = [...]``
WORD_SETS = (
    "state_body_nouns",
    "pact_life_verbs",
    "military_nouns",
    "ministry_heads",
    "portfolio_words",
    "role_words",
    "leading_role_words",
    "name_particles",
    "hyphenated_name_particles",
    "not_name_words",
    "given_name_titles",
    "organisation_words",
    "speech_verbs",
    "finite_verb_words",
    "armed_group_words",
    "body_name_heads",
    "alliances",
    "alliance_members",
    "monarch_titles",
    "kingdoms",
    "partial_quantifiers",
    "not_actor_acronyms",
    "body_modifiers",
    "unnamed_group_heads",
    "unnamed_group_crowds",
    "unnamed_group_kinds",
    "place_heads",
    "prepositions",
    "not_verbs",
    "quote_marks",
    "apposition_words",
    "group_heads",
    "transcript_headings",
    "questioner_labels",
    "turn_roles",
    "salutations",
    "leader_government_nouns",
    "report_nouns",
    "determiners",
    "act_nouns",
    "topic_prepositions",
    "governments_in",
    "legislatures",
    "place_nouns",
    "armed_unnamed_heads",
    "state_form_heads",
    "state_form_modifiers",
)
# the tables that map a word or name to a string: ``[table] key = "value"``
WORD_MAPS = ("portfolios", "organisation_short_names", "combining_forms")
PRONOUN_KINDS = ("person", "thing", "plural", "we", "i")


@dataclass(frozen=True, slots=True)
class ActorWords:
    """The word classes, one field per table of ``actor_words.toml``."""

    state_body_nouns: frozenset[str]
    pact_life_verbs: frozenset[str]
    military_nouns: frozenset[str]
    ministry_heads: frozenset[str]
    portfolio_words: frozenset[str]
    role_words: frozenset[str]
    leading_role_words: frozenset[str]
    name_particles: frozenset[str]
    hyphenated_name_particles: frozenset[str]
    not_name_words: frozenset[str]
    given_name_titles: frozenset[str]
    organisation_words: frozenset[str]
    speech_verbs: frozenset[str]
    finite_verb_words: frozenset[str]
    armed_group_words: frozenset[str]
    body_name_heads: frozenset[str]
    alliances: frozenset[str]
    alliance_members: frozenset[str]
    monarch_titles: frozenset[str]
    kingdoms: frozenset[str]
    partial_quantifiers: frozenset[str]
    not_actor_acronyms: frozenset[str]
    body_modifiers: frozenset[str]
    unnamed_group_heads: frozenset[str]
    unnamed_group_crowds: frozenset[str]
    unnamed_group_kinds: frozenset[str]
    place_heads: frozenset[str]
    prepositions: frozenset[str]
    not_verbs: frozenset[str]
    quote_marks: frozenset[str]
    apposition_words: frozenset[str]
    group_heads: frozenset[str]
    transcript_headings: frozenset[str]
    questioner_labels: frozenset[str]
    salutations: frozenset[str]
    turn_roles: frozenset[str]
    leader_government_nouns: frozenset[str]
    report_nouns: frozenset[str]
    determiners: frozenset[str]
    act_nouns: frozenset[str]
    topic_prepositions: frozenset[str]
    governments_in: frozenset[str]
    legislatures: frozenset[str]
    place_nouns: frozenset[str]
    armed_unnamed_heads: frozenset[str]
    state_form_heads: frozenset[str]
    state_form_modifiers: frozenset[str]
    portfolios: Mapping[str, str]  # "foreign" -> "Foreign"
    organisation_short_names: Mapping[str, str]  # "United Nations" -> "UN"
    combining_forms: Mapping[str, str]  # "anglo" -> "United Kingdom"
    pronouns: Mapping[str, str]  # "he" -> "person", "it" -> "thing", "they" -> "plural"


@cache
def actor_words() -> ActorWords:
    return parse_actor_words(read_toml(FILE))


def parse_actor_words(data: dict) -> ActorWords:
    """The word classes from the parsed TOML, checked table by table."""
    require_keys(data, FILE, "top level", dict.fromkeys((*WORD_SETS, *WORD_MAPS, "pronouns"), dict))
    classes: dict[str, object] = {}
    for table in WORD_SETS:
        require_keys(data[table], FILE, f"[{table}]", {"words": list})
        classes[table] = frozenset(_words(data[table]["words"], f"[{table}]"))
    for table in WORD_MAPS:
        mapping = data[table]
        require_keys(mapping, FILE, f"[{table}]", {}, optional=dict.fromkeys(mapping, str))
        for key, value in mapping.items():
            if not value.strip():
                raise DataFileError(FILE, f"[{table}] '{key}'", "the value is empty")
        classes[table] = dict(mapping)
    table = data["pronouns"]
    require_keys(table, FILE, "[pronouns]", dict.fromkeys(PRONOUN_KINDS, list))
    pronouns: dict[str, str] = {}
    for kind in PRONOUN_KINDS:
        for word in _words(table[kind], f"[pronouns] {kind}"):
            if word in pronouns:
                raise DataFileError(
                    FILE, f"[pronouns] {kind}", f"'{word}' is also a {pronouns[word]} pronoun"
                )
            pronouns[word] = kind
    classes["pronouns"] = pronouns
    return ActorWords(**classes)


def _words(items: list, where: str) -> list[str]:
    """The words of one list, each a lower-case string given once."""
    seen: set[str] = set()
    for number, word in enumerate(items, start=1):
        at = f"{where}, word {number}"
        if not isinstance(word, str) or not word.strip():
            raise DataFileError(FILE, at, f"{word!r} is not a word")
        if word != word.strip() or word != word.lower():
            raise DataFileError(
                FILE, f"{at} ('{word}')", "words are written in lower case, without spaces around"
            )
        if word in seen:
            raise DataFileError(FILE, f"{at} ('{word}')", "the word is listed twice")
        seen.add(word)
    return items


ACTOR_WORDS = actor_words()

# "el-Sisi", "al-Mashat": a particle, a hyphen and a capital make a name word
HYPHENATED_NAME = re.compile(
    "^(" + "|".join(map(re.escape, sorted(ACTOR_WORDS.hyphenated_name_particles))) + ")-[A-Z]"
)
