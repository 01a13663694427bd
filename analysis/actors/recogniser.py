"""Actor recognition: the passes over each sentence, in order, and the two readings of a document.

Per sentence, left to right, with the document's memory (``Discourse``):

1. gazetteer names (``names``): states, capitals and government seats used
   as metonyms, organisations and their acronyms;
2. people (``people``): a title introduces a person and their affiliation;
   later the surname or the bare title is that person;
3. compounds (``compounds``) that stand for a state or body: "Thai troops",
   "the Israeli cabinet", "the Russian Foreign Ministry";
4. references back (``references``): group phrases ("both sides", "the
   leaders") and pronouns resolved to the actors just named.

A document is read twice: a light first pass learns the people the whole
text introduces (a headline says "Netanyahu" before the body introduces
"Israeli Prime Minister Benjamin Netanyahu") and how often each state is
named; the second reads every sentence with that knowledge.
"""

from __future__ import annotations

from analysis.actors.compounds import (
    compounds,
    federal_state,
    fighters_of_groups,
    leaders_governments,
)
from analysis.actors.defined import defined_names
from analysis.actors.discourse import Discourse, Reading
from analysis.actors.groups import unnamed_groups
from analysis.actors.names import gazetteer_spans
from analysis.actors.people import (
    known_names,
    office_holders_named,
    possessive_people,
    titled_people,
)
from analysis.actors.periods import in_their_time
from analysis.actors.references import note_groups, references
from analysis.actors.sentence_subject import subject_group
from analysis.actors.titles import title_firsts
from analysis.actors.turns import transcript_turns
from analysis.actors.untitled import delegates, office_holders_by_surname, untitled_people
from analysis.actors.voice import author, voice
from analysis.models import Document, Mention, Sentence
from analysis.text import ActorSpan, ParsedSentence, Token, by_start, order_by_start, tokenize


def analyse_actors(doc: Document, sentences: list[Sentence]) -> list[ParsedSentence]:
    """Mentions per sentence, with the document's memory carried across sentences."""
    issuer, we = author(doc), voice(doc, sentences)
    tokens = [tokenize(s.text, s.start) for s in sentences]
    lows = [[t.lower for t in toks] for toks in tokens]
    word_sets = [set(low) for low in lows]  # shared by both passes, never changed
    named = [
        in_their_time(gazetteer_spans(toks, low), toks, doc.date)
        for toks, low in zip(tokens, lows, strict=True)
    ]
    # what a pass reads of a sentence whatever the memory holds, for both readings
    shared: list[dict[str, object]] = [{} for _ in sentences]
    first = Reading(Discourse(author=issuer, date=doc.date))
    for toks, gaz, low, words, seen in zip(tokens, named, lows, word_sets, shared, strict=True):
        _learn_people(first, toks, gaz, low, words, seen)
    learnt = first.memory
    memory = Discourse(
        persons=dict(learnt.persons),
        explicit=set(learnt.explicit),
        aliases=dict(learnt.aliases),
        alias_firsts=set(learnt.alias_firsts),
        alias_firsts_low=set(learnt.alias_firsts_low),
        doc_counts=learnt.doc_counts,
        group_names=learnt.group_names,
        voice=we,
        author=issuer,
        date=doc.date,
    )
    reading = Reading(memory, by_name=first.by_name)
    for person in we:
        if person.type == "person":
            memory.add_person(person, tuple(person.name.split()))
    turns = transcript_turns(doc, sentences, memory)
    parsed = []
    for k, (s, toks, gaz, low, words, seen) in enumerate(
        zip(sentences, tokens, named, lows, word_sets, shared, strict=True)
    ):
        if turns is not None:
            memory.speaker, memory.speaker_body, memory.speaker_voice = turns[k]
        parsed.append(_read_sentence(reading, s, toks, gaz, low, words, seen))
    return parsed


def find_mentions(doc: Document, sentences: list[Sentence]) -> list[Mention]:
    return [m for sa in analyse_actors(doc, sentences) for m in sa.mentions()]


def _read_sentence(
    reading: Reading,
    sentence: Sentence,
    tokens: list[Token],
    named: list[ActorSpan],
    low: list[str],
    words: set[str],
    shared: dict[str, object],
) -> ParsedSentence:
    """The sentence's mentions, each pass adding to the spans of the one before."""
    reading.take(tokens, low, words, shared)
    spans = federal_state(reading, tokens, list(named))
    if not title_firsts().keys().isdisjoint(reading.words):
        spans = titled_people(reading, tokens, spans)
    spans = compounds(reading, tokens, spans)
    spans = defined_names(reading, tokens, spans)
    spans = unnamed_groups(reading, tokens, spans)
    spans = fighters_of_groups(tokens, spans)
    spans = known_names(reading, tokens, spans)
    spans = possessive_people(reading, tokens, spans)
    spans = office_holders_named(reading, tokens, spans)
    spans = untitled_people(reading, tokens, spans)
    spans = office_holders_by_surname(reading, tokens, spans)
    spans = delegates(reading, tokens, spans)
    spans = leaders_governments(reading, tokens, spans)
    spans = references(reading, tokens, spans)
    order_by_start(spans)
    memory = reading.memory
    if memory.speaker == () and spans:
        spans = _without_vocative(tokens, spans)
    for sp in spans:
        if sp.how != "pronoun":
            for a in sp.actors:
                memory.remember(a)
        if sp.how == "forces" and len(sp.actors) == 1 and sp.actors[0].type == "state":
            memory.forces_state = sp.actors[0]
    note_groups(reading, tokens, spans)
    subject, group = subject_group(tokens, spans)
    if subject:
        memory.main_subject, memory.main_subject_group = subject, group
    return ParsedSentence(
        sentence, tokens, spans, memory.voice, reading.low, reading.words, memory.speaker_voice
    )


def _learn_people(
    reading: Reading,
    tokens: list[Token],
    named: list[ActorSpan],
    low: list[str],
    words: set[str],
    shared: dict[str, object],
) -> None:
    """The first pass over a sentence: the people it introduces (only a title
    introduces one), and how often each state or armed group is named."""
    reading.take(tokens, low, words, shared)
    spans = named
    if not title_firsts().keys().isdisjoint(reading.words):
        spans = titled_people(reading, tokens, list(named))
    spans = office_holders_named(reading, tokens, spans)
    unnamed_groups(reading, tokens, spans)  # learns the names the groups go by
    # remembered after the sentence, as the main pass does
    for sp in by_start(spans):
        a = sp.actors[0]
        reading.memory.remember(a)
        if a.type in ("state", "group"):
            reading.memory.doc_counts[a.name] += 1
            reading.by_name[a.name] = a


def _without_vocative(tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """A question that opens by addressing the speaker ("Question: Stephane, the Turkish
    Foreign Minister blamed ..."): the name called is nobody acting in it."""
    first = spans[0]
    opening = first.start == 0 or (first.start <= 3 and tokens[first.start - 1].text == ":")
    if (
        opening
        and first.end - first.start == 1
        and first.end < len(tokens)
        and tokens[first.end].text == ","
        and len(first.actors) == 1
        and first.actors[0].type == "person"
    ):
        return spans[1:]
    return spans
