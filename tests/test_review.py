"""Review corrections laid over an analysis: pure functions over hand-made signals.

A correction is keyed to the document, the sentence's offsets, the type and the
actor; these tests re-attach corrections to "new analyser output" built by hand,
as a newer analyser would give it.
"""

from __future__ import annotations

from dataclasses import replace

from analysis.models import Signal
from analysis.review import Correction, gold_lines, id_of, review_document, signal_id

TEXT = (
    "Russia called for a ceasefire on Monday. "
    "France condemned the shelling of Stepanakert. "
    "Turkey said it backs Azerbaijan."
)
FRANCE, TURKEY = TEXT.index("France"), TEXT.index("Turkey")


def sig(signal: str, actor: str, start: int, end: int, **kw) -> Signal:
    fields = dict(
        doc_id="d1", signal=signal, actor=actor, actor_type="state", affiliation=actor,
        targets=(), sentence=TEXT[start:end], start=start, end=end, reported_by=None,
        date="2020-10-05", confidence=0.9, cameo="0256", plover="REQUEST", score=-0.3,
        modality="asserted",
    )  # fmt: skip
    return Signal(**{**fields, **kw})


CEASEFIRE = sig("ceasefire_call", "Russia", 0, 40)
CONDEMN = sig(
    "condemnation", "France", FRANCE, TURKEY - 1, cameo="111", plover="ACCUSE", score=-2.0
)
SUPPORT = sig("alliance_support", "Turkey", TURKEY, len(TEXT), targets=("Azerbaijan",))


def correction(s: Signal, verdict: str, **kw) -> Correction:
    return Correction("d1", s.start, s.end, s.signal, s.actor, verdict, snapshot=s, user="ana",
                      at="2026-12-05T10:00:00+00:00", **kw)  # fmt: skip


def shown(rows, *, raw=False):
    return [(r.signal.signal, r.signal.actor, r.review) for r in rows if (r.raw if raw else r.kept)]


def test_a_signal_id_is_stable_and_tells_signals_apart():
    assert id_of(CEASEFIRE) == signal_id("d1", 0, 40, "ceasefire_call", "Russia")
    assert id_of(CEASEFIRE) == id_of(replace(CEASEFIRE, confidence=0.5, cue="called for"))
    assert len({id_of(CEASEFIRE), id_of(replace(CEASEFIRE, actor="France")),
                id_of(replace(CEASEFIRE, signal="negotiation_call")),
                id_of(replace(CEASEFIRE, doc_id="d2"))}) == 4  # fmt: skip


def test_no_corrections_leave_the_analysis_as_it_is():
    rows, unplaced = review_document([CEASEFIRE, CONDEMN], [])
    assert [r.signal for r in rows] == [CEASEFIRE, CONDEMN]
    assert all(r.raw and r.kept and not r.corrected for r in rows) and unplaced == []


def test_wrong_leaves_the_signal_out_of_the_corrected_data_but_not_the_raw():
    rows, unplaced = review_document([CEASEFIRE, CONDEMN], [correction(CONDEMN, "wrong")])
    assert shown(rows) == [("ceasefire_call", "Russia", "")]
    assert shown(rows, raw=True) == [
        ("ceasefire_call", "Russia", ""),
        ("condemnation", "France", "wrong"),
    ]
    assert unplaced == []


def test_a_change_of_type_takes_the_new_types_codes_and_keeps_the_id():
    c = correction(CONDEMN, "change", new_signal="hostilities", new_targets=("Armenia",))
    rows, _ = review_document([CEASEFIRE, CONDEMN], [c])
    (new,) = [r for r in rows if r.review == "changed" and r.kept]
    assert (new.signal.signal, new.signal.cameo, new.signal.plover, new.signal.score) == (
        "hostilities",
        "190",
        "ASSAULT",
        -10.0,
    )
    assert new.signal.targets == ("Armenia",) and new.signal.sentence == CONDEMN.sentence
    assert new.signal_id == id_of(CONDEMN)  # the id of what was corrected
    assert shown(rows, raw=True)[1] == ("condemnation", "France", "changed")


def test_a_change_of_actor_takes_its_type_and_affiliation():
    c = correction(CEASEFIRE, "change", new_actor="Vladimir Putin", new_actor_type="person",
                   new_affiliation="Russia")  # fmt: skip
    rows, _ = review_document([CEASEFIRE], [c])
    (new,) = [r.signal for r in rows if r.kept]
    assert (new.actor, new.actor_type, new.affiliation) == ("Vladimir Putin", "person", "Russia")


def test_an_added_signal_takes_its_place_by_position():
    added = sig("negotiation_call", "Turkey", TURKEY, len(TEXT))
    rows, _ = review_document([CEASEFIRE, CONDEMN], [correction(added, "add")])
    assert shown(rows) == [
        ("ceasefire_call", "Russia", ""), ("condemnation", "France", ""),
        ("negotiation_call", "Turkey", "added"),
    ]  # fmt: skip
    assert [r.raw for r in rows] == [True, True, False]


def test_an_added_signal_the_analyser_now_finds_is_not_counted_twice():
    rows, unplaced = review_document([CEASEFIRE, SUPPORT], [correction(SUPPORT, "add")])
    assert shown(rows) == [
        ("ceasefire_call", "Russia", ""),
        ("alliance_support", "Turkey", "right"),
    ]
    assert unplaced == []


def test_a_signal_marked_right_that_the_analyser_no_longer_gives_is_added():
    rows, unplaced = review_document([CEASEFIRE], [correction(CONDEMN, "right")])
    assert shown(rows) == [("ceasefire_call", "Russia", ""), ("condemnation", "France", "added")]
    assert rows[1].signal == CONDEMN and unplaced == []


def test_a_changed_signal_that_the_analyser_no_longer_gives_is_added_as_changed():
    c = correction(CONDEMN, "change", new_actor="Emmanuel Macron", new_actor_type="person",
                   new_affiliation="France")  # fmt: skip
    rows, _ = review_document([], [c])
    assert [(r.signal.actor, r.review, r.raw, r.kept) for r in rows] == [
        ("Emmanuel Macron", "added", False, True)
    ]


def test_a_sentence_split_otherwise_by_a_newer_analyser_still_finds_its_correction():
    # the newer analyser reads "... Monday. France ..." as one sentence
    merged = replace(CONDEMN, start=0, end=TURKEY - 1, sentence=TEXT[0 : TURKEY - 1])
    rows, unplaced = review_document([merged], [correction(CONDEMN, "wrong")])
    assert shown(rows) == [] and shown(rows, raw=True) == [("condemnation", "France", "wrong")]
    assert unplaced == []


def test_a_wrong_signal_the_analyser_no_longer_gives_is_listed_not_dropped():
    rows, unplaced = review_document([CEASEFIRE], [correction(CONDEMN, "wrong")])
    assert shown(rows) == [("ceasefire_call", "Russia", "")]
    (u,) = unplaced
    assert u.correction.signal == "condemnation"
    assert "no longer gives this signal" in u.sentence("karabakh.txt")
    assert "'karabakh.txt'" in u.sentence("karabakh.txt") and "ana" in u.sentence()


def test_gold_lines_hold_what_was_marked_right_changed_or_added_and_nothing_else():
    from analysis.models import Document, DocumentAnalysis
    from analysis.pipeline import Corpus
    from analysis.review import review_corpus

    analysis = DocumentAnalysis(Document(id="d1", text=TEXT), (), (), (CEASEFIRE, CONDEMN, SUPPORT))
    added = sig("negotiation_call", "Turkey", TURKEY, len(TEXT))
    review = review_corpus(
        Corpus((analysis,)),
        [correction(CEASEFIRE, "right"), correction(CONDEMN, "wrong"),
         correction(SUPPORT, "change", new_targets=("Azerbaijan", "Armenia")),
         correction(added, "add")],
    )  # fmt: skip
    assert gold_lines(review, {"d1": "karabakh"}) == [
        {"doc": "karabakh", "signal": "ceasefire_call", "actor": ["Russia"],
         "evidence": "Russia called for a ceasefire on Monday."},
        {"doc": "karabakh", "signal": "alliance_support", "actor": ["Turkey"],
         "targets": ["Azerbaijan", "Armenia"], "evidence": "Turkey said it backs Azerbaijan."},
        {"doc": "karabakh", "signal": "negotiation_call", "actor": ["Turkey"],
         "evidence": "Turkey said it backs Azerbaijan."},
    ]  # fmt: skip
