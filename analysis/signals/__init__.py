"""Signals: one actor doing one diplomatic act in one sentence (SIGNALS.md).

For every sentence of a document, as actor recognition parsed it:

1. ``triggers``: cue words from the lexicon (``data/cues.toml``) say what
   kind of act the sentence reports ("called for", "offered", "rejected");
2. ``lexicon``: the CONCEPT in the words after the trigger ("a ceasefire",
   "to host talks") selects the rule that gives the signal type and codes;
3. ``subjects``: the source actor is the trigger's subject (the subject of a
   clause to its left is read by ``clause_subjects``; who speaks a demand by
   ``speakers``);
4. ``reporting``: who the statement is reported by ("..., the Kremlin said");
5. ``modality``: negated, hypothetical and hedged statements give no signal
   (or a hedged one), "will"/"would" is a stated intention;
6. ``attribution`` puts these together into a ``finding`` (with ``targets``,
   whom the act is aimed at, and ``alliances``, support named by a relation),
   and ``extract`` turns findings into one ``Signal`` per actor and type.

``reader`` holds the sentence with its tokens, actor spans and their roles,
``concepts`` the concept phrases it names; ``words`` the grammar's word
classes (``data/grammar.toml``).
"""

from analysis.signals.extract import extract_signals
from analysis.signals.lexicon import lexicon

__all__ = ["extract_signals", "lexicon"]
