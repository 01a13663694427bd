"""The taxonomy file: what the dashboard and the analyser read about each type."""

import copy

import pytest

from analysis.knowledge import DataFileError
from analysis.lexicon import read_toml
from analysis.models import SIGNAL_TYPES
from analysis.taxonomy import parse_taxonomy, taxonomy


def test_the_eight_types_of_signals_md_in_display_order():
    assert SIGNAL_TYPES == (
        "ceasefire_call",
        "negotiation_call",
        "mediation_offer",
        "negotiation_rejection",
        "alliance_support",
        "condemnation",
        "hostilities",
        "agreement",
    )
    assert taxonomy()["hostilities"].score == -10.0
    assert "alliance_support" in taxonomy().network_types


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["signal"][0].pop("colour"), "'colour' is missing"),
        (lambda d: d["signal"][1].update(colour="blue"), "colour 'blue' is not #RRGGBB"),
        (
            lambda d: d["signal"][2].update(network="yes"),
            "'network' is 'yes', which is not true or false",
        ),
        (lambda d: d["signal"][3].update(score=12), "Goldstein scale"),
        (lambda d: d["signal"][4].update(colour_name="x"), "unknown key 'colour_name'"),
        (lambda d: d["signal"].append(dict(d["signal"][0])), "given twice"),
        (lambda d: d["hedged"].update(confidence_below=5), "between 0 and 1"),
    ],
)
def test_a_mistake_in_the_file_is_named_with_its_entry(change, message):
    data = copy.deepcopy(read_toml("taxonomy.toml"))
    change(data)
    with pytest.raises(DataFileError, match="taxonomy.toml") as err:
        parse_taxonomy(data)
    assert message in str(err.value)
