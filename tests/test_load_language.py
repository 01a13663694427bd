"""Language detection: other languages load with a warning, English without."""

from __future__ import annotations

import pytest
from load_helpers import BODY, only

from analysis import document_from_text, load_documents
from analysis.load.language import ENGLISH_ONLY


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        (
            "Der Außenminister sagte am Dienstag, dass die Regierung die Waffenruhe unterstützt "
            "und dass die Gespräche in Genf fortgesetzt werden sollen.",
            "de",
            "German",
        ),
        (
            "Le ministre des Affaires étrangères a déclaré mardi que le gouvernement soutient le "
            "cessez-le-feu et que les négociations doivent reprendre à Genève.",
            "fr",
            "French",
        ),
        (
            "Министр иностранных дел заявил во вторник, что правительство поддерживает "
            "перемирие и переговоры в Женеве.",
            "ru",
            "Russian",
        ),
    ],
)
def test_other_languages_load_with_a_warning(tmp_path, text, code, name):
    (tmp_path / "other.txt").write_text(text)
    doc = only(load_documents([tmp_path / "other.txt"]))
    assert doc.language == code
    assert doc.warnings == (
        f"the text looks like {name} ('{code}'), not English; {ENGLISH_ONLY}, so few or no "
        "signals will be found",
    )


def test_english_is_detected_without_a_warning():
    doc = document_from_text(BODY, "en")
    assert doc.language == "en" and doc.warnings == ()
