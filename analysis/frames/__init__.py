"""The frames stage: analysed corpora as pandas tables.

``tables``: signals, documents, mentions, actors and stance, one row per
item (the columns are a public interface). ``keywords``: what is said around
each actor (distinctive words, collocations, tone). Computed from a
``Corpus`` whenever they are shown, never stored.
"""

from analysis.frames.keywords import collocations_frame, keywords_frame, tone_frame
from analysis.frames.tables import (
    actors_frame,
    documents_frame,
    mentions_frame,
    signals_frame,
    stance_frame,
)

__all__ = [
    "actors_frame",
    "collocations_frame",
    "documents_frame",
    "keywords_frame",
    "mentions_frame",
    "signals_frame",
    "stance_frame",
    "tone_frame",
]
