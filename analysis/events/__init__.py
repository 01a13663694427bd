"""One event per statement: signals of the same actor, type and targets, close in time,
whose evidence says the same thing or whose documents are near-duplicates.

- ``similarity``: content words, overlap, document shingles, Jaccard;
- ``grouping``: ``assign_events`` (an event id per mention), ``event_rows``
  (one row per event), the rules read from ``rules.toml``.
"""

from analysis.events.grouping import (
    EVENT_COLUMNS,
    EventRules,
    Mention,
    assign_events,
    event_rows,
    event_rules,
    parse_rules,
)

__all__ = [
    "EVENT_COLUMNS",
    "EventRules",
    "Mention",
    "assign_events",
    "event_rows",
    "event_rules",
    "parse_rules",
]
