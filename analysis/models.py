"""Plain data passed between the pipeline stages.

documents -> sentences -> actors -> signals -> tables. Every stage takes and
returns these frozen dataclasses, so each stage can be tested on its own and
the results can be pickled, cached and stored.

The classes made by the thousand (blocks, sentences, actors, mentions,
signals) spell out their ``__init__``: compiled (scripts/compile.py), its
``object.__setattr__`` calls become direct stores, where the ``__init__`` the
dataclass decorator writes stays interpreted and costs several times more.
``tests/test_models.py`` holds each to the class's fields and defaults.

All character offsets refer to ``Document.text`` exactly as loaded, so that
``doc.text[s.start:s.end] == s.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal

SIGNAL_TYPES: tuple[str, ...] = (
    "ceasefire_call",
    "negotiation_call",
    "mediation_offer",
    "negotiation_rejection",
    "alliance_support",
    "condemnation",
    "hostilities",
    "agreement",
)

ActorType = Literal["person", "state", "organization", "group"]
Modality = Literal["asserted", "reported", "future"]

# Kinds of text block a loader can recognise in a document.
#   headline  - the title line (analysed as its own sentence)
#   dateline  - the line that gives the date (not analysed)
#   outlet    - a line naming the outlet, e.g. "CGTN" (not analysed)
#   caption   - a photo caption (analysed once, however often it is repeated)
#   paragraph - body text
BlockKind = Literal["headline", "dateline", "outlet", "caption", "paragraph"]


def _rebuild_from_fields(obj: object) -> tuple[object, tuple[object, ...]]:
    """Pickle support: the class and its field values, in order.

    The compiled build (scripts/compile.py) turns these classes into native
    ones, which pickle cannot rebuild attribute by attribute once frozen; built
    again through the constructor, they load the same in either build.
    """
    return type(obj), tuple(getattr(obj, f.name) for f in fields(obj))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True, init=False)
class Block:
    start: int
    end: int
    kind: BlockKind

    def __init__(self, start: int, end: int, kind: BlockKind) -> None:
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "kind", kind)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return _rebuild_from_fields(self)


@dataclass(frozen=True, slots=True)
class Document:
    """One document as loaded. ``blocks`` partition the analysable text."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) when known
    source: str | None = None  # outlet or publisher
    url: str | None = None
    path: str | None = None  # file it came from, for messages
    blocks: tuple[Block, ...] = ()
    # Problems the loader noticed but worked around, as sentences for the user
    # ("the date 'Thursday-ish' could not be parsed; kept as unknown").
    warnings: tuple[str, ...] = ()
    language: str | None = None  # ISO 639-1 code when detected

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return _rebuild_from_fields(self)


@dataclass(frozen=True, slots=True, init=False)
class Sentence:
    doc_id: str
    index: int  # position in the document, 0-based
    start: int
    end: int
    text: str
    kind: BlockKind = "paragraph"
    paragraph: int = 0  # index of the block the sentence belongs to

    def __init__(
        self,
        doc_id: str,
        index: int,
        start: int,
        end: int,
        text: str,
        kind: BlockKind = "paragraph",
        paragraph: int = 0,
    ) -> None:
        object.__setattr__(self, "doc_id", doc_id)
        object.__setattr__(self, "index", index)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "paragraph", paragraph)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return _rebuild_from_fields(self)


@dataclass(frozen=True, slots=True, init=False)
class Actor:
    """A resolved actor. ``name`` is the canonical display name."""

    name: str
    type: ActorType
    affiliation: str  # a state's or organisation's affiliation is itself
    title: str | None = None  # "President", "Foreign Minister" for persons

    def __init__(
        self,
        name: str,
        type: ActorType,
        affiliation: str,
        title: str | None = None,
    ) -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "type", type)
        object.__setattr__(self, "affiliation", affiliation)
        object.__setattr__(self, "title", title)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return _rebuild_from_fields(self)


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    """A span of a sentence that refers to an actor."""

    actor: Actor
    start: int  # document offsets
    end: int
    text: str
    # how the mention was made: "name", "title", "metonym", "demonym",
    # "surname", "pronoun", "group", "ministry", "acronym"
    how: str = "name"

    def __init__(
        self,
        actor: Actor,
        start: int,
        end: int,
        text: str,
        how: str = "name",
    ) -> None:
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "how", how)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return _rebuild_from_fields(self)


@dataclass(frozen=True, slots=True, init=False)
class Signal:
    doc_id: str
    signal: str
    actor: str
    actor_type: ActorType
    affiliation: str
    targets: tuple[str, ...]
    sentence: str
    start: int
    end: int
    reported_by: str | None
    date: str | None
    confidence: float
    cameo: str
    plover: str
    score: float
    modality: Modality
    cue: str = ""  # the words that triggered the signal, as in the text
    cue_start: int = -1  # document offsets of the cue
    cue_end: int = -1
    source: str | None = None  # outlet of the document

    def to_record(self) -> dict:
        """The JSON object of the output contract (SIGNALS.md)."""
        return {
            "doc_id": self.doc_id,
            "signal": self.signal,
            "actor": self.actor,
            "actor_type": self.actor_type,
            "affiliation": self.affiliation,
            "targets": list(self.targets),
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "reported_by": self.reported_by,
            "date": self.date,
            "confidence": round(self.confidence, 3),
            "cameo": self.cameo,
            "plover": self.plover,
            "score": self.score,
            "modality": self.modality,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "source": self.source,
        }

    def __init__(
        self,
        doc_id: str,
        signal: str,
        actor: str,
        actor_type: ActorType,
        affiliation: str,
        targets: tuple[str, ...],
        sentence: str,
        start: int,
        end: int,
        reported_by: str | None,
        date: str | None,
        confidence: float,
        cameo: str,
        plover: str,
        score: float,
        modality: Modality,
        cue: str = "",
        cue_start: int = -1,
        cue_end: int = -1,
        source: str | None = None,
    ) -> None:
        object.__setattr__(self, "doc_id", doc_id)
        object.__setattr__(self, "signal", signal)
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "actor_type", actor_type)
        object.__setattr__(self, "affiliation", affiliation)
        object.__setattr__(self, "targets", targets)
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "reported_by", reported_by)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "confidence", confidence)
        object.__setattr__(self, "cameo", cameo)
        object.__setattr__(self, "plover", plover)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "modality", modality)
        object.__setattr__(self, "cue", cue)
        object.__setattr__(self, "cue_start", cue_start)
        object.__setattr__(self, "cue_end", cue_end)
        object.__setattr__(self, "source", source)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return _rebuild_from_fields(self)


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """Everything the analyser found in one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    signals: tuple[Signal, ...]
    tone: tuple[float, ...] = field(default=())  # VADER compound per sentence

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return _rebuild_from_fields(self)
