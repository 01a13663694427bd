"""The loader's word lists follow their schema, and a typo in them is named."""

from __future__ import annotations

import copy

import pytest

from analysis.knowledge import DataFileError
from analysis.lexicon import read_toml
from analysis.load.wordlists import (
    FUNCTION_WORDS_FILE,
    LAYOUT_FILE,
    check_function_words,
    check_layout,
    function_words,
    layout_words,
    scripts,
)


def test_the_shipped_files_follow_their_schema():
    assert "press release" in layout_words()["document_labels"]
    lists, names = function_words()
    assert "the" in lists["en"] and names["fr"] == "French"
    ranges, letters = scripts()
    assert (0x0600, 0x06FF, "ar") in ranges and letters["fa"] == ("ar", "پچژگ")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("date_words"), "top level: 'date_words' is missing"),
        (lambda d: d.update(date_word=["on"]), "unknown key 'date_word'"),
        (lambda d: d.update(time_zones="GMT"), "'time_zones' is 'GMT', which is not a list"),
        (lambda d: d["document_labels"].append(7), "document_labels, entry 28: 7 is not a string"),
        (
            lambda d: d["photo_agencies"].insert(0, ""),
            "photo_agencies, entry 1: the entry is empty",
        ),
        (lambda d: d["months"].pop(), "months: 11 months are listed, not 12"),
        (lambda d: d["months"][4].append("mai."), "months, entry 5: 'mai.' is not only letters"),
        (
            lambda d: d["months"][7].append("jul"),
            "months, entry 8: 'jul' is also a spelling of month 7",
        ),
        (lambda d: d["months"].__setitem__(0, "jan"), "months, entry 1: 'jan' is not a list"),
        (
            lambda d: d["issuer_words"].append("ministry "),
            "issuer_words, entry 28: 'ministry ' has spaces at its start or end",
        ),
    ],
)
def test_a_mistake_in_the_layout_file_is_named_with_its_entry(change, message):
    data = copy.deepcopy(read_toml(LAYOUT_FILE))
    change(data)
    with pytest.raises(DataFileError, match=LAYOUT_FILE) as err:
        check_layout(data)
    assert message in str(err.value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("names"), "top level: 'names' is missing"),
        (lambda d: d["words"].pop("en"), "[words]: the word list 'en' is not defined"),
        (lambda d: d["words"].update(xx=["le"]), "[words] xx: the language code 'xx' is not"),
        (lambda d: d["words"].update(fr="le la"), "[words] fr: 'le la' is not a list of words"),
        (lambda d: d["words"]["de"].append(None), "[words] de, entry 47: None is not a string"),
        (lambda d: d["names"].update(fr=""), "[names] fr: '' is not a language name"),
        (lambda d: d["scripts"].update(ar=[0x06FF, 0x0600]), "[scripts] ar: [1791, 1536] is not"),
        (lambda d: d["scripts"].update(ar="0x0600"), "[scripts] ar: '0x0600' is not [first, last]"),
        (lambda d: d["scripts"].update(xx=[1, 2]), "[scripts] xx: the language code 'xx' is not"),
        (
            lambda d: d["letters"]["fa"].update(script="arabic"),
            "[letters] fa: the script 'arabic' is not defined",
        ),
        (lambda d: d["letters"]["uk"].pop("letters"), "[letters] uk: 'letters' is missing"),
        (lambda d: d["letters"]["uk"].update(letters=" "), "[letters] uk: 'letters' is empty"),
    ],
)
def test_a_mistake_in_the_function_word_file_is_named_with_its_entry(change, message):
    data = copy.deepcopy(read_toml(FUNCTION_WORDS_FILE))
    change(data)
    with pytest.raises(DataFileError, match=FUNCTION_WORDS_FILE) as err:
        check_function_words(data)
    assert message in str(err.value)
