"""Actor recognition: who a text talks about, resolved to canonical actors.

``analyse_actors(doc, sentences)`` turns each sentence into a
``ParsedSentence``: its tokens and ``ActorSpan``s (which tokens name which
actors, and how). One module per question:

- ``gazetteer``: the states, organisations and metonyms of the data files;
- ``names``: those names found in running text (a trie, longest match first);
- ``titles``: titles ("Foreign Minister") and personal names;
- ``people``: people introduced by a title, and their later mentions;
- ``compounds``: "Thai troops", "the Russian Foreign Ministry";
- ``references``: "both sides", pronouns, and the syntax they need;
- ``voice``: a statement's issuing state and who "we" is;
- ``turns``: in a transcript, who says "I" and for whom "we" speaks;
- ``discourse``: the document's memory and the sentence in hand;
- ``words``: the word classes of ``data/actor_words.toml``;
- ``recogniser``: the passes in order, and the two readings of a document.
"""

from analysis.actors.gazetteer import (
    GazetteerEntry,
    actor_called,
    country,
    gazetteer_entries,
    organization,
)
from analysis.actors.names import actor_named
from analysis.actors.recogniser import analyse_actors, find_mentions
from analysis.actors.titles import is_spokesperson_title

__all__ = [
    "GazetteerEntry",
    "actor_called",
    "actor_named",
    "analyse_actors",
    "country",
    "find_mentions",
    "gazetteer_entries",
    "is_spokesperson_title",
    "organization",
]
