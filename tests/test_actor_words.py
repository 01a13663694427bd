"""The data of actor recognition: the word classes of actor_words.toml and the
roles of titles.csv, read and checked against their schema."""

from __future__ import annotations

import copy

import pytest

from analysis import document_from_text
from analysis.actors import find_mentions, is_spokesperson_title, organization
from analysis.actors.titles import title_entry
from analysis.actors.words import ACTOR_WORDS, FILE, parse_actor_words
from analysis.knowledge import DataFileError
from analysis.lexicon import read_csv, read_toml
from analysis.text.sentences import split_sentences


def test_the_word_classes_are_read() -> None:
    assert "troops" in ACTOR_WORDS.state_body_nouns
    assert ACTOR_WORDS.pronouns["they"] == "plural"
    assert ACTOR_WORDS.pronouns["i"] == "i" and ACTOR_WORDS.pronouns["we"] == "we"
    assert ACTOR_WORDS.portfolios["foreign"] == "Foreign"
    assert parse_actor_words(read_toml(FILE)) == ACTOR_WORDS


def _malformed(change) -> DataFileError:
    data = copy.deepcopy(read_toml(FILE))
    change(data)
    with pytest.raises(DataFileError) as err:
        parse_actor_words(data)
    return err.value


def test_a_word_in_capitals_is_named_with_its_table() -> None:
    err = _malformed(lambda d: d["state_body_nouns"]["words"].append("Troopers"))
    assert err.file == FILE
    assert "[state_body_nouns]" in err.where and "'Troopers'" in err.where
    assert "lower case" in err.problem
    assert str(err).startswith(f"analysis/data/{FILE}, [state_body_nouns], word ")


def test_a_misspelt_table_is_named() -> None:
    err = _malformed(lambda d: d.update(militray_nouns=d.pop("military_nouns")))
    assert err.where == "top level" and err.problem == "'military_nouns' is missing"


def test_other_malformed_entries_are_named() -> None:
    assert "not a word" in _malformed(lambda d: d["speech_verbs"]["words"].append(3)).problem
    assert "listed twice" in _malformed(lambda d: d["role_words"]["words"].append("former")).problem
    err = _malformed(lambda d: d["pronouns"]["thing"].append("they"))
    assert err.where == "[pronouns] plural" and "'they' is also a thing pronoun" in err.problem
    err = _malformed(lambda d: d["portfolios"].update(trade=7))
    assert "'trade' is 7" in err.problem
    err = _malformed(lambda d: d["place_heads"].update(word=["talks"]))
    assert "unknown key 'word'" in err.problem


def test_short_names_are_of_known_organisations() -> None:
    for name in ACTOR_WORDS.organisation_short_names:
        actor = organization(name)
        assert actor is not None and actor.name == name, name


def test_spokesperson_titles_come_from_titles_csv() -> None:
    rows = {r["title"]: r["role"] for r in read_csv("titles.csv")}
    assert rows["Foreign Ministry Spokeswoman"] == "spokesperson"
    for title, role in rows.items():
        assert is_spokesperson_title(title) == (role == "spokesperson"), title
    # any case, and the plural: actors carry "spokesman" for "a Hamas spokesman"
    assert is_spokesperson_title("foreign ministry spokeswoman")
    assert is_spokesperson_title("spokesman")
    assert is_spokesperson_title("Spokesmen")
    assert not is_spokesperson_title("Foreign Minister")
    assert not is_spokesperson_title("")
    assert title_entry("Foreign Ministry Spokeswoman").role == "spokesperson"


def test_a_foreign_ministry_spokeswoman_is_recognised() -> None:
    doc = document_from_text(
        "Chinese Foreign Ministry Spokeswoman Mao Ning said on Monday that Beijing "
        "hoped both sides would show restraint.",
        "example",
    )
    person = find_mentions(doc, split_sentences(doc))[0].actor
    assert (person.name, person.affiliation, person.title) == (
        "Mao Ning",
        "China",
        "Foreign Ministry Spokeswoman",
    )
    assert is_spokesperson_title(person.title)


def test_a_reference_to_an_unknown_kind_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from analysis.actors import references

    rows = ({"phrase": "both sides", "refers_to": "pairs"},)
    monkeypatch.setattr(references, "read_csv", lambda name: rows)
    references._references.cache_clear()
    try:
        with pytest.raises(DataFileError, match="refers_to 'pairs' is not one of pair, ") as err:
            references._references()
        assert (err.value.file, err.value.where) == ("references.csv", "the row 'both sides'")
    finally:
        references._references.cache_clear()
