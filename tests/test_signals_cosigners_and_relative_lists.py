"""Those who act "alongside" or "together with" the subject, signing with no object the
deal just named, and a relative clause after a list ("Rwanda and Uganda, whose armies
back the rebels"): each in paraphrases of our own.
"""

from __future__ import annotations

import pytest

from analysis import analyze_document, document_from_text


def signals_of(text: str) -> set[tuple[str, str]]:
    doc = document_from_text(text, "example")
    return {(s.signal, s.actor) for s in analyze_document(doc, with_tone=False).signals}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya signed the truce alongside Uganda and Tanzania.",
        "Kenya signed the truce together with Uganda and Tanzania.",
        "Kenya signed the truce along with Uganda and Tanzania.",
    ],
)
def test_those_named_alongside_a_signatory_sign_too(text):
    assert {a for s, a in signals_of(text) if s == "agreement"} == {"Kenya", "Uganda", "Tanzania"}


def test_the_persons_of_possessed_names_sign_alongside():
    text = (
        "President Laurent Kabila of Congo signed the accord alongside Zimbabwe's Robert "
        "Mugabe and Namibia's Sam Nujoma."
    )
    assert {a for s, a in signals_of(text) if s == "agreement"} == {
        "Laurent-Desire Kabila",
        "Robert Mugabe",
        "Sam Nujoma",
    }


def test_a_condemnation_together_with_others_is_theirs_too():
    text = "France condemned the attack together with Germany and Italy."
    assert signals_of(text) == {
        ("condemnation", "France"),
        ("condemnation", "Germany"),
        ("condemnation", "Italy"),
    }


def test_fighting_alongside_stays_support_only():
    assert signals_of("Kenyan troops fought alongside Ugandan troops.") == {
        ("alliance_support", "Kenya")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda signed a ceasefire agreement on Saturday. Rwanda signed alongside Burundi.",
        "Kenya and Uganda signed a ceasefire agreement on Saturday. Rwanda signed too.",
    ],
)
def test_signing_with_no_object_signs_the_deal_just_named(text):
    assert ("agreement", "Rwanda") in signals_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda signed alongside Burundi.",
        "The ministers met on Saturday. Rwanda signed too.",
        "Kenya and Uganda signed a ceasefire agreement. Seven days later, after the Paris signing",
    ],
)
def test_signing_with_no_object_and_no_deal_named_signs_nothing(text):
    assert ("agreement", "Rwanda") not in signals_of(text)
    assert ("agreement", "France") not in signals_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks included Rwanda and Uganda, whose armies back the rebels.",
            {"Rwanda", "Uganda"},
        ),
        (
            "The summit heard Zimbabwe and Angola, which back the government in Kinshasa.",
            {"Zimbabwe", "Angola"},
        ),
        (
            "Kenya hosted Rwanda, Uganda and Burundi, whose troops support the rebels.",
            {"Rwanda", "Uganda", "Burundi"},
        ),
    ],
)
def test_a_relative_clause_after_a_list_is_said_of_the_whole_list(text, expected):
    assert {a for s, a in signals_of(text) if s == "alliance_support"} == expected


def test_a_relative_clause_after_a_list_does_not_reach_into_an_earlier_relative_clause():
    text = (
        "Turkey, which supports the Government of National Accord, and Russia and Egypt, "
        "which are aligned with Khalifa Haftar, attended."
    )
    backers = {a for s, a in signals_of(text) if s == "alliance_support"}
    assert "Government of National Accord" not in backers
    assert {"Turkey", "Russia", "Egypt"} <= backers
