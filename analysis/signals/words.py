"""The word classes of the reader's grammar, read from ``data/grammar.toml``.

Each class is a table of the file with ``words``, ``lemmas`` (all regular
forms count), ``phrases`` or ``endings``; the file's comments say what each
class is for. The file is checked as it is read: a missing or unknown class,
or an entry of the wrong kind, stops with an error naming the table.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from analysis.knowledge import DataFileError, require_keys
from analysis.lexicon import read_toml
from analysis.text import inflect

FILE = "grammar.toml"


@dataclass(frozen=True, slots=True)
class GrammarWords:
    prepositions: frozenset[str]
    speech_verbs: frozenset[str]
    contact_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    opinion_verbs: frozenset[str]
    negations: frozenset[str]
    denials: frozenset[str]
    not_doing: tuple[str, ...]
    refusing: frozenset[str]
    scheme_nouns: frozenset[str]
    intention_nouns: frozenset[str]
    settling_verbs: frozenset[str]
    means_prepositions: frozenset[str]
    party_nouns: frozenset[str]
    ongoing_modifiers: frozenset[str]
    holding_verbs: frozenset[str]
    hypothetical: frozenset[str]
    future: frozenset[str]
    conditionals: frozenset[str]
    inverted_conditionals: frozenset[str]
    hedges: frozenset[str]
    future_phrases: tuple[str, ...]
    soft: frozenset[str]
    be_forms: frozenset[str]
    determiners: frozenset[str]
    non_actor_subjects: frozenset[str]
    temporal_links: frozenset[str]
    time_adverbs: frozenset[str]
    parties_participles: frozenset[str]
    not_adjectives: frozenset[str]
    adjective_endings: tuple[str, ...]
    common_adjectives: frozenset[str]
    regional_adjectives: frozenset[str]
    nouns_like_adjectives: frozenset[str]
    months_and_days: frozenset[str]
    nounish_forms: frozenset[str]
    compound_heads: frozenset[str]
    subordinators: frozenset[str]
    stative_participles: frozenset[str]
    unrealised_modifiers: frozenset[str]
    noun_phrase_openers: frozenset[str]
    gap_breakers: frozenset[str]
    visiting_verbs: frozenset[str]
    invitation_nouns: frozenset[str]
    invited_forces: frozenset[str]
    meeting_verbs: frozenset[str]
    bringing_verbs: frozenset[str]
    modified_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    operative_adverbs: frozenset[str]
    not_antecedents: frozenset[str]
    body_members: frozenset[str]
    actor_modifiers: frozenset[str]
    purpose_nouns: frozenset[str]
    pact_nouns: frozenset[str]
    pact_parts: frozenset[str]
    pact_endings: frozenset[str]
    pact_verbs: frozenset[str]
    clause_openers: frozenset[str]
    relative: frozenset[str]
    adjunct_openers: frozenset[str]
    possessive_pronouns: frozenset[str]
    relational_support: frozenset[str]
    statement_nouns: frozenset[str]
    report_participles: frozenset[str]
    partisan_objects: frozenset[str]
    side_nouns: frozenset[str]
    fight_forms: frozenset[str]
    fight_side_words: frozenset[str]
    fought_over: frozenset[str]
    non_actor_objects: frozenset[str]
    military_words: frozenset[str]
    military_only_verbs: frozenset[str]
    particle_verbs: frozenset[str]
    document_nouns: frozenset[str]
    weapons: frozenset[str]
    weapon_modifiers: frozenset[str]
    agent_participles: frozenset[str]
    act_object_prepositions: frozenset[str]
    non_attack_objects: frozenset[str]
    setting_prepositions: tuple[str, ...]
    meeting_prepositions: frozenset[str]
    locative: frozenset[str]
    reversal: frozenset[str]
    adopting_verbs: frozenset[str]
    governing_verbs: frozenset[str]
    unrealised_events: frozenset[str]
    reciprocal_verbs: frozenset[str]
    undergoing_verbs: frozenset[str]
    ceasing_adverbs: frozenset[str]
    vowing_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    process_nouns: frozenset[str]
    coordinated_verbs: frozenset[str]
    intending_verbs: frozenset[str]


@cache
def grammar_words() -> GrammarWords:
    return parse_grammar_words(read_toml(FILE))


def parse_grammar_words(data: dict) -> GrammarWords:
    """The word classes from the parsed TOML, each checked."""
    classes = {f.name: f for f in fields(GrammarWords)}
    for name in data:
        if name not in classes:
            raise DataFileError(
                FILE, f"[{name}]", "no rule reads this class; add code for it or remove it"
            )
    values = {}
    for name, f in classes.items():
        table = data.get(name)
        if table is None:
            raise DataFileError(FILE, f"[{name}]", "the class is missing")
        where = f"[{name}]"
        kinds = {"words": list, "lemmas": list, "phrases": list, "endings": list}
        require_keys(table, FILE, where, {}, kinds)
        for key, items in table.items():
            for item in items:
                if not isinstance(item, str) or not item.strip():
                    raise DataFileError(FILE, where, f"{key} holds {item!r}, not a word")
                if item != item.lower():
                    raise DataFileError(FILE, where, f"'{item}' must be written in lower case")
        if f.type.startswith("tuple"):
            values[name] = tuple(table.get("phrases", table.get("endings", [])))
        else:
            forms = set(table.get("words", []))
            for lemma in table.get("lemmas", []):
                forms |= inflect(lemma)
            values[name] = frozenset(forms)
    return GrammarWords(**values)


WORDS = grammar_words()
