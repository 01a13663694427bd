"""Plain data passed between the pipeline stages.

documents -> sentences -> actors -> signals -> tables. Every stage takes and
returns these frozen dataclasses, so each stage can be tested on its own and
the results can be pickled, cached and stored.

All character offsets refer to ``Document.text`` exactly as loaded, so that
``doc.text[s.start:s.end] == s.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from analysis.taxonomy import taxonomy

# the signal ids of SIGNALS.md, in display order (data/taxonomy.toml)
SIGNAL_TYPES: tuple[str, ...] = taxonomy().ids

ActorType = Literal["person", "state", "organization", "group"]
Modality = Literal["asserted", "reported", "future"]

# Kinds of text block a loader can recognise in a document.
#   headline  - the title line (analysed as its own sentence)
#   dateline  - the line that gives the date (not analysed)
#   outlet    - a line naming the outlet, e.g. "CGTN" (not analysed)
#   caption   - a photo caption (analysed once, however often it is repeated)
#   paragraph - body text
BlockKind = Literal["headline", "dateline", "outlet", "caption", "paragraph"]


@dataclass(frozen=True, slots=True)
class Block:
    start: int
    end: int
    kind: BlockKind


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


@dataclass(frozen=True, slots=True)
class Sentence:
    doc_id: str
    index: int  # position in the document, 0-based
    start: int
    end: int
    text: str
    kind: BlockKind = "paragraph"
    paragraph: int = 0  # index of the block the sentence belongs to


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor. ``name`` is the canonical display name."""

    name: str
    type: ActorType
    affiliation: str  # a state's or organisation's affiliation is itself
    title: str | None = None  # "President", "Foreign Minister" for persons


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a sentence that refers to an actor."""

    actor: Actor
    start: int  # document offsets
    end: int
    text: str
    # how the mention was made: "name", "title", "metonym", "demonym",
    # "surname", "pronoun", "group", "ministry", "acronym"
    how: str = "name"


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class DocumentAnalysis:
    """Everything the analyser found in one document."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    signals: tuple[Signal, ...]
    tone: tuple[float, ...] = field(default=())  # VADER compound per sentence
