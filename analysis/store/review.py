"""Review corrections through the store: find the signal, build the correction, save it.

``Store.mark_signal``, ``change_signal``, ``add_signal`` and
``withdraw_correction`` call these (the CLI's ``correct`` and the
dashboard's review panel both go through the ``Store``). Each checks its
input against the stored analysis and refuses with a sentence
(``StoreError``) before anything is written; the write itself, with its
line in the activity log (action ``correct``), is one transaction.

A signal is named by its ``signal_id`` as ``export`` writes it: an
analyser's signal by its own key, a corrected one by the key of its
correction (so a changed signal keeps its id through further changes).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from analysis.models import DocumentAnalysis, Signal
from analysis.review import ACTOR_TYPES, Correction, Review, ReviewedRow, changed, id_of
from analysis.store.base import READ_ONLY_REFUSAL, StoreError, default_user, now, read_only
from analysis.taxonomy import taxonomy


class Store(Protocol):
    """What these functions need of ``analysis.store.api.Store`` (not imported here:
    ``api`` imports this module)."""

    def review(self) -> Review: ...
    def document_names(self) -> dict[str, str]: ...
    def _save_correction(
        self, correction: Correction, user: str, detail: str, *, replaces: Correction | None = None
    ) -> None: ...
    def _withdraw_correction(self, correction: Correction, user: str, detail: str) -> None: ...


def refuse_if_read_only() -> None:
    """Every write below starts here: a read-only deployment stores no correction."""
    if read_only():
        raise StoreError(READ_ONLY_REFUSAL)


HOW_TO_LIST = "`python -m analysis export` lists every signal with its signal_id"


def find(review: Review, signal_id: str) -> tuple[DocumentAnalysis, ReviewedRow, Signal]:
    """The row a signal id names and the analyser's signal its correction is keyed to
    (for a signal added by hand, the added one)."""
    signal_id = (signal_id or "").strip().lower()
    found = [(a, r) for a, rows in review.documents for r in rows if r.signal_id == signal_id]
    if not found:
        raise StoreError(f"No stored signal has the id '{signal_id}'; {HOW_TO_LIST}.")
    raw = [(a, r) for a, r in found if r.raw]
    kept = [(a, r) for a, r in found if r.kept]
    analysis, row = (kept or found)[0]
    original = raw[0][1].signal if raw else row.signal
    if row.correction is not None and row.correction.snapshot is not None and not raw:
        original = row.correction.snapshot
    return analysis, row, original


def _key_fields(c: Correction | None, s: Signal) -> dict:
    if c is not None:
        return {"doc_id": c.doc_id, "start": c.start, "end": c.end, "signal": c.signal,
                "actor": c.actor}  # fmt: skip
    return {"doc_id": s.doc_id, "start": s.start, "end": s.end, "signal": s.signal,
            "actor": s.actor}  # fmt: skip


def check_type(signal: str) -> str:
    signal = (signal or "").strip()
    if signal not in taxonomy().ids:
        raise StoreError(
            f"'{signal}' is not a signal type; use one of {', '.join(taxonomy().ids)}."
        )
    return signal


def actor_info(
    name: str,
    analysis: DocumentAnalysis,
    others: tuple[DocumentAnalysis, ...],
    actor_type: str | None = None,
    affiliation: str | None = None,
) -> tuple[str, str, str]:
    """(name, type, affiliation) of an actor named by a reviewer: as the analyser knows
    it in this document, else elsewhere in the store, else as the reviewer says."""
    name = " ".join((name or "").split())
    if not name:
        raise StoreError("The actor is empty; give the actor's name.")
    if actor_type is not None and actor_type not in ACTOR_TYPES:
        raise StoreError(
            f"'{actor_type}' is not an actor type; use one of {', '.join(ACTOR_TYPES)}."
        )
    for a in (analysis, *others):
        for m in a.mentions:
            if m.actor.name == name:
                return name, actor_type or m.actor.type, affiliation or m.actor.affiliation
        for s in a.signals:
            if s.actor == name:
                return name, actor_type or s.actor_type, affiliation or s.affiliation
    if actor_type is None:
        raise StoreError(
            f"'{name}' is not an actor the analyser has recognised in the store; check the "
            f"spelling, or give its type ({', '.join(ACTOR_TYPES)}) and its affiliation "
            "(the state or organisation it speaks for) to add it as a new actor."
        )
    return name, actor_type, affiliation or name


def _targets(targets) -> tuple[str, ...] | None:
    if targets is None:
        return None
    return tuple(dict.fromkeys(t for t in (" ".join(str(x).split()) for x in targets) if t))


def mark(store: Store, signal_id: str, verdict: str, user: str | None) -> Correction | None:
    """Mark a signal right or wrong; returns the correction stored (None when one
    added by hand is withdrawn by marking it wrong)."""
    if verdict not in ("right", "wrong"):
        raise ValueError(f"mark takes right or wrong, not {verdict!r}")
    refuse_if_read_only()
    review = store.review()
    analysis, row, original = find(review, signal_id)
    existing = row.correction
    user = user or default_user()
    if verdict == "wrong" and existing is not None and existing.verdict == "add" and not row.raw:
        store._withdraw_correction(existing, user, f"withdrew (marked wrong) {existing.describe()}")
        return None
    if verdict == "right" and existing is not None and existing.verdict in ("change", "add"):
        c = replace(existing, user=user, at=now())  # confirms the change or the addition
    else:
        c = Correction(**_key_fields(existing, original), verdict=verdict, snapshot=original,
                       user=user, at=now())  # fmt: skip
    store._save_correction(c, user, c.describe())
    return c


def change(
    store: Store,
    signal_id: str,
    *,
    signal: str | None = None,
    actor: str | None = None,
    actor_type: str | None = None,
    affiliation: str | None = None,
    targets=None,
    user: str | None = None,
) -> Correction:
    """Change a signal's type, actor or targets (None: unchanged)."""
    if signal is None and actor is None and targets is None:
        raise StoreError("Nothing to change: give a new type, actor or targets.")
    refuse_if_read_only()
    review = store.review()
    analysis, row, original = find(review, signal_id)
    signal = check_type(signal) if signal is not None else None
    new_actor = new_type = new_aff = None
    if actor is not None:
        others = tuple(a for a, _ in review.documents if a is not analysis)
        new_actor, new_type, new_aff = actor_info(actor, analysis, others, actor_type, affiliation)
    targets = _targets(targets)
    existing = row.correction
    user = user or default_user()
    if existing is not None and existing.verdict == "add":
        # an added signal is re-keyed to what it now says
        added = existing.snapshot or row.signal
        c = Correction(
            doc_id=existing.doc_id, start=added.start, end=added.end,
            signal=signal or added.signal, actor=new_actor or added.actor, verdict="add",
            user=user, at=now(),
        )  # fmt: skip
        tmp = replace(
            c,
            verdict="change",
            new_signal=signal,
            new_actor=new_actor,
            new_actor_type=new_type,
            new_affiliation=new_aff,
            new_targets=targets,
        )
        c = replace(c, snapshot=changed(added, tmp))
        store._save_correction(c, user, f"changed an added signal: {tmp.describe()}",
                               replaces=existing)  # fmt: skip
        return c
    base = existing if existing is not None and existing.verdict == "change" else None
    c = Correction(
        **_key_fields(existing, original), verdict="change", snapshot=original,
        new_signal=signal if signal is not None else (base.new_signal if base else None),
        new_actor=new_actor if new_actor is not None else (base.new_actor if base else None),
        new_actor_type=new_type if new_actor is not None else (
            base.new_actor_type if base else None),
        new_affiliation=new_aff if new_actor is not None else (
            base.new_affiliation if base else None),
        new_targets=targets if targets is not None else (base.new_targets if base else None),
        user=user, at=now(),
    )  # fmt: skip
    store._save_correction(c, user, c.describe())
    return c


def sentence_at(analysis: DocumentAnalysis, offset: int, name: str):
    """The sentence of a document that holds this character offset."""
    for s in analysis.sentences:
        if s.start <= offset < s.end:
            return s
    size = len(analysis.document.text)
    raise StoreError(
        f"Offset {offset} is not inside a sentence of '{name}' (its text has {size:,} "
        "characters); give the start offset of the evidence sentence, as `export` writes it."
    )


def add(
    store: Store,
    doc_id: str,
    offset: int,
    signal: str,
    actor: str,
    *,
    actor_type: str | None = None,
    affiliation: str | None = None,
    targets=None,
    user: str | None = None,
) -> Correction:
    """Add a signal the analyser missed: the sentence holding ``offset``, a type, an actor."""
    refuse_if_read_only()
    review = store.review()
    found = [(a, rows) for a, rows in review.documents if a.document.id == doc_id]
    if not found:
        raise StoreError(f"No stored document has the id '{doc_id}'.")
    analysis, rows = found[0]
    name = store.document_names().get(doc_id, doc_id)
    signal = check_type(signal)
    sentence = sentence_at(analysis, int(offset), name)
    others = tuple(a for a, _ in review.documents if a is not analysis)
    actor, actor_type, affiliation = actor_info(actor, analysis, others, actor_type, affiliation)
    key = (sentence.start, sentence.end, signal, actor)
    for r in rows:
        s = r.signal
        if (s.start, s.end, s.signal, s.actor) == key and r.kept:
            raise StoreError(
                f"'{name}' already has this signal ({signal} by {actor} in that sentence, "
                f"signal id {r.signal_id}); mark it right instead of adding it."
            )
    t = taxonomy()[signal]
    doc = analysis.document
    added = Signal(
        doc_id=doc.id, signal=signal, actor=actor, actor_type=actor_type,
        affiliation=affiliation, targets=_targets(targets) or (), sentence=sentence.text,
        start=sentence.start, end=sentence.end, reported_by=None, date=doc.date,
        confidence=1.0, cameo=t.cameo, plover=t.plover, score=t.score, modality="asserted",
        source=doc.source,
    )  # fmt: skip
    user = user or default_user()
    c = Correction(doc_id=doc.id, start=sentence.start, end=sentence.end, signal=signal,
                   actor=actor, verdict="add", snapshot=added, user=user, at=now())  # fmt: skip
    existing = [r.correction for r in rows if r.correction is not None
                and r.correction.signal_id == c.signal_id]  # fmt: skip
    store._save_correction(c, user, c.describe(), replaces=existing[0] if existing else None)
    return c


def withdraw(store: Store, signal_id: str, user: str | None = None) -> Correction:
    """Withdraw the correction of a signal: the analyser's reading stands again."""
    refuse_if_read_only()
    review = store.review()
    signal_id = (signal_id or "").strip().lower()
    for c in [*(r.correction for _, rows in review.documents for r in rows),
              *(u.correction for u in review.unplaced)]:  # fmt: skip
        if c is not None and c.signal_id == signal_id:
            user = user or default_user()
            store._withdraw_correction(c, user, f"withdrew {c.describe()}")
            return c
    raise StoreError(
        f"No correction has the signal id '{signal_id}'; `python -m analysis correct --list` "
        "lists the corrections."
    )


__all__ = ["add", "change", "find", "id_of", "mark", "sentence_at", "withdraw"]
