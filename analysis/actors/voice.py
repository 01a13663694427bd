"""The document's own voice: who issues a statement, and who "we" is in it.

A statement's header lines name its issuing state ("Ministry of Foreign
Affairs / Islamabad / Press Release"); its opening apposition ("We, the
Foreign Ministers of the G7, ...") or its signature lines ("Abdel Fattah
el-Sisi, President of the Arab Republic of Egypt") say who "we" is. Both are
read once per document, before its sentences.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.actors.names import match_name, name_index
from analysis.actors.titles import match_title, read_name
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor, Document, Sentence
from analysis.text import tokenize

_SIGNATURE = re.compile(
    r"^(?P<name>[A-Z][^,\n]{2,60}),\s*(?P<role>[A-Z][^\n]{3,120})$", re.MULTILINE
)
# "We, <who>, <a lower-case word>": the apposition ends at the first comma
# followed by a lower-case word that does not go on naming who "we" is
_WE_APPOSITION = re.compile(
    r"\bWe,\s+(?P<who>[^.;]{3,250}?),\s+(?=[a-z])(?!(?:"
    + "|".join(map(re.escape, sorted(ACTOR_WORDS.apposition_words)))
    + r")\b)"
)


def author(doc: Document) -> Actor | None:
    """The issuing state of a statement, from its header lines ("Ministry of
    Foreign Affairs / Islamabad / Press Release", "Cairo, 7 May 2024"): the one
    state they name, if they name exactly one."""
    head = doc.text[: min(len(doc.text), 400)]
    first_para = None
    for b in doc.blocks:
        if b.kind == "paragraph":
            first_para = b.start
            break
    if first_para is not None:
        head = doc.text[:first_para]
    tokens = tokenize(head)
    counts: Counter = Counter()
    first: dict[str, Actor] = {}
    trie = name_index().trie
    i = 0
    while i < len(tokens):
        if tokens[i].lower not in trie:
            i += 1
            continue
        j, entries = match_name(tokens, i)
        if entries:
            a = entries[0].actor
            if a.type == "state":
                counts[a.name] += 1
                first.setdefault(a.name, a)
            i = j
        else:
            i += 1
    if len(counts) == 1:
        return next(iter(first.values()))
    return None


def voice(doc: Document, sentences: list[Sentence]) -> tuple[Actor, ...]:
    """Who "we" is: the apposition "We, the Foreign Ministers of the G7, together
    with the High Representative of the European Union", or a statement's
    signature lines ("Abdel Fattah el-Sisi, President of the Arab Republic of Egypt")."""
    text = doc.text
    m = "We," in text and _WE_APPOSITION.search(text)
    if m:
        toks = tokenize(m.group("who"))
        actors: list[Actor] = []
        i = 0
        while i < len(toks):
            j, entries = match_name(toks, i)
            entries = [e for e in entries if e.how != "adjective"]
            if entries:
                actors.append(entries[0].actor)
                i = j
            else:
                i += 1
        if actors:
            return tuple(dict.fromkeys(actors))
    signatories: list[Actor] = []
    for line in text.splitlines()[-8:]:
        sm = _SIGNATURE.match(line.strip())
        if not sm:
            continue
        role_tokens = tokenize(sm.group("role"))
        tj, title = match_title(role_tokens, 0)
        if title is None:
            continue
        state = None
        for i in range(tj, len(role_tokens)):
            _, entries = match_name(role_tokens, i)
            if entries:
                state = entries[0].actor
                break
        end, words = read_name(tokenize(sm.group("name")), 0, {})
        if words and state is not None:
            signatories.append(Actor(" ".join(words), "person", state.affiliation, title.title))
    return tuple(signatories)
