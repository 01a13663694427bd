"""The subject of the clause that ends at a given word.

The nearest actor to the left that is not inside a prepositional phrase, an
apposition or a relative clause, with its coordinated actors ("Putin and
Macron called"); a coordinated verb shares the subject of the clause it
continues ("Islamabad said ... and condemned"); a relative clause's verb has
its antecedent ("G7 leaders, who ... demanded"); and a subject headed by an
event, document or crowd noun names no actor ("an attack on a base killed").
"""

from __future__ import annotations

from analysis.signals.agents import with_coordinates
from analysis.signals.reader import SentenceReader
from analysis.signals.words import WORDS
from analysis.text import ActorSpan


def left_subject(reader: SentenceReader, i: int) -> tuple[ActorSpan, ...]:
    """The subject of the clause ending at token i (read once per sentence and i)."""
    found = reader.subject_cache.get(i)
    if found is None:
        found = reader.subject_cache[i] = _read_left_subject(reader, i)
    return found


def main_subject(reader: SentenceReader, before: int) -> tuple[ActorSpan, ...]:
    """The sentence's first subject, named before the verb at ``before`` (in "Condemns
    the pact ..., considers it null", "it" is the object of the verb, not its subject)."""
    for sp in reader.spans:
        if sp.start >= before:
            break
        if reader.roles[id(sp)] in ("core", "possessor"):
            return with_coordinates(reader, sp)
        if sp.start > 12:
            break
    return ()


def main_subject_before(reader: SentenceReader, k: int) -> tuple[ActorSpan, ...]:
    """Subject of the clause that a coordinated verb at k continues."""
    relative = _open_relative_clause(reader, k)
    if relative is not None:
        return relative
    # the subject of the nearest finite clause: after the last "that"/speech verb, else the first
    start = 0
    for j in range(k - 1, -1, -1):
        if reader.low[j] == ";" or (
            reader.low[j] == "but"
            and (reader.tokens[j + 1].is_cap or reader.low[j + 1] in WORDS.determiners)
        ):
            start = j + 1  # "..., but Tigrayan fighters recaptured it and advanced": this clause
            break
        if (
            (reader.low[j] in WORDS.speech_verbs or reader.low[j] == "that")
            and j not in reader.span_at
            and reader.low[j + 1] not in WORDS.prepositions  # "wrote to the president"
            and reader.low[j] not in ("tell", "tells", "told", "telling")  # "told X that"
        ):
            # "The army said Kyrgyzstan fired rockets and shelled a post": the reported clause
            reported = [
                sp
                for sp in reader.spans
                if j < sp.start < k
                and reader.roles[id(sp)] in ("core", "possessor")
                and sp.how != "pronoun"  # "said they had failed ... and accused": unclear
            ]
            if reported:
                start = j + 1
                break
    for sp in reader.spans:
        if sp.start >= k:
            break
        if (
            sp.start >= start
            and reader.roles[id(sp)] in ("core", "possessor")
            and not reader.object_of_verb(sp)
            and not _possessor_of_next(reader, sp)
        ):
            return with_coordinates(reader, sp)
    return ()


def _possessor_of_next(reader: SentenceReader, sp: ActorSpan) -> bool:
    """Is the mention a possessive pronoun owning the person named next ("Her foreign
    minister, Antonio Tajani, said ... and urged"): the person is the subject."""
    if sp.how != "pronoun" or reader.low[sp.start] not in WORDS.possessive_pronouns:
        return False
    nxt = reader.span_at.get(sp.end)
    if nxt is None:
        k = sp.end
        while k < len(reader.low) and k < sp.end + 4 and k not in reader.span_at:
            if reader.low[k] == ",":
                k += 1
                break
            k += 1
        nxt = reader.span_at.get(k)
    return nxt is not None and any(a.type == "person" for a in nxt.actors)


def _open_relative_clause(reader: SentenceReader, k: int) -> tuple[ActorSpan, ...] | None:
    """The antecedent of a relative clause still open at k: in "G7 leaders, who in a
    statement expressed solidarity with Israel and demanded ...", "demanded" goes on
    the clause of "who". A comma closes the clause ("X, who was in Paris, said ... and
    demanded": X's main clause)."""
    low = reader.low
    for j in range(k - 1, 0, -1):
        w = low[j]
        if w in (",", ";", ":") or (w in WORDS.speech_verbs and j not in reader.span_at):
            return None
        if w not in WORDS.relative or w == "whose":
            continue
        ante = j - 1
        if low[ante] == ",":
            ante -= 1
        sp = reader.span_at.get(ante)
        if sp is None and low[ante] in WORDS.body_members and ante > 0:
            sp = reader.span_at.get(ante - 1)
        return with_coordinates(reader, sp) if sp is not None else None
    return None


def _read_left_subject(reader: SentenceReader, i: int) -> tuple[ActorSpan, ...]:
    low = reader.low
    j = i
    # a verb coordinated with an earlier one shares its subject:
    # "Islamabad said ... and condemned", "He calls on ..., and renews his appeal"
    k = i
    while k >= 0 and low[k] in (
        "also",
        "then",
        "later",
        "has",
        "have",
        "had",
        "would",
        "will",
        "is",
        "was",
    ):
        k -= 1
    if k >= 0 and low[k] in ("and", "but") and (k + 1 > i or not reader.tokens[k + 1].is_cap):
        nxt = k + 1
        if nxt <= len(low) - 1 and nxt not in reader.span_at and low[nxt] not in WORDS.determiners:
            main = main_subject_before(reader, k)
            if main:
                return main
    if _subject_names_no_actor(reader, i):
        return ()
    while j >= 0:
        w = low[j]
        if w == ";" or (w in WORDS.subordinators and j < i):
            return ()  # "Iran warns Israel as Gulf states urge calm": the subject is in this clause
        if (
            w in WORDS.speech_verbs
            and j < i
            and j not in reader.span_at
            # "troops were reported to be advancing": raised, the subject is the troops
            and not (j > 0 and low[j - 1] in WORDS.be_forms and low[j + 1 : j + 2] == ["to"])
        ):
            return ()  # "X said the strikes ... had hit": the reported clause has its own subject
        if (
            w == "but"
            and j + 1 < i
            and (reader.tokens[j + 1].is_cap or low[j + 1] in WORDS.determiners)
        ):
            # "Federal forces took Mekelle, but Tigrayan fighters recaptured it": the clause
            # after "but" has a subject of its own, named or not
            return ()
        relative_that = (
            w == "that"
            and j > 0
            and reader.tokens[j - 1].is_word
            and low[j - 1] not in WORDS.speech_verbs
            and low[j - 1] not in WORDS.not_antecedents
            and all(low[k] in WORDS.auxiliaries for k in range(j + 1, i + 1))
        )
        if (w in WORDS.relative or relative_that) and j > 0:
            # "Eritrean troops, who are fighting ...": the antecedent;
            # "a war that has killed ...": no actor
            k = j - 1
            if low[k] == ",":
                k -= 1
            sp = reader.span_at.get(k)
            if sp is None and low[k] in WORDS.body_members and k > 0:
                sp = reader.span_at.get(k - 1)  # "G7 leaders, who ... demanded": the G7
            if sp is not None:
                return _antecedent_list(reader, sp)
            if all(low[m] in WORDS.auxiliaries for m in range(j + 1, i + 1)):
                return ()
        if w in ("\u2013", "\u2014", ")") or (
            w == "-" and j > 0 and reader.tokens[j - 1].end < reader.tokens[j].start
        ):
            # "the co-chairs – Russia, France and the U.S. – that would": skip the aside
            opener = {")": "("}.get(w, w)
            k = j - 1
            while k >= 0 and reader.low[k] != opener and reader.low[k] not in ("\u2013", "\u2014"):
                k -= 1
            if k >= 0:
                j = k - 1
                continue
        if w == ",":
            skipped = reader.skip_adjunct_left(j)
            if skipped >= 0:
                named = _included_named(reader, skipped + 2, j)
                if named and reader.span_at.get(skipped) is None:
                    # "Several governments, including the United States, have called":
                    # the unnamed subject's named members act
                    return named
                j = skipped
                continue
        sp = reader.span_at.get(j)
        if sp is not None:
            role = reader.roles[id(sp)]
            if role in ("core", "possessor") and not reader.object_of_verb(sp):
                return with_coordinates(reader, sp)
            if role in ("pp", "agent") and j > 0:
                # "a statement from the ministry asserted", "a statement broadcast by Amman
                # radio accused": the speaker
                k = sp.start - 1
                while k >= 0 and low[k] in ("the", "a", "an"):
                    k -= 1
                if k >= 1 and low[k] in ("from", "by", "of"):
                    noun = k - 1
                    if low[noun] in WORDS.report_participles and noun >= 1:
                        noun -= 1  # "a statement broadcast by Amman radio accused"
                    if low[noun] in WORDS.statement_nouns:
                        return (sp,)
            j = sp.start - 1
            continue
        j -= 1
    return ()


def _antecedent_list(reader: SentenceReader, last: ActorSpan) -> tuple[ActorSpan, ...]:
    """The list a relative clause follows, however it stands in its own clause: "the talks
    included Rwanda and Uganda, whose armies back the rebels"; a possessor in it gives way
    to its noun ("Zimbabwe's Robert Mugabe and Angola's Jose Eduardo dos Santos, whose ...")."""
    group = list(with_coordinates(reader, last))
    cur = group[0]
    while True:
        prev = None
        for cand in reader.spans:
            if cand.end <= cur.start and cand.actors and reader.adjacent(cand, cur):
                prev = cand
        if prev is None or prev in group:
            break
        if reader.object_of_verb(prev) and not WORDS.relative.isdisjoint(
            reader.low[max(0, prev.start - 5) : prev.start]
        ):
            break  # "Turkey, which supports the GNA, and Russia, ..., which": a list apart
        group.insert(0, prev)
        cur = prev
        owner = next((sp for sp in reader.spans if sp.end == cur.start - 1), None)
        if owner is not None and reader.low[cur.start - 1] == "'s":
            cur = owner  # past the possessor, to the list's earlier names
    return tuple(group)


def _included_named(reader: SentenceReader, start: int, end: int) -> tuple[ActorSpan, ...]:
    """The actors an apposition "including X and Y" (tokens[start:end]) names."""
    if start >= end or reader.low[start] != "including":
        return ()
    first = next((sp for sp in reader.spans if start < sp.start < end and sp.actors), None)
    return with_coordinates(reader, first) if first is not None else ()


def _subject_names_no_actor(reader: SentenceReader, i: int) -> bool:
    """Is the noun phrase right before the verb after token i a subject that names no
    actor: headed by an event, document or crowd noun, with its prepositional phrases
    ("an attack on a military base killed", "in which voters backed")? Then the verb's
    subject is not an actor named further back. A name inside the phrase that is not a
    preposition's object ("Russian strikes", "Egypt's attack") leaves it to the reader."""
    low, tokens = reader.low, reader.tokens
    k = i
    while k >= 0 and (low[k] in WORDS.auxiliaries or low[k] in WORDS.negations):
        k -= 1
    heads = [k]  # the last word of each noun phrase of the chain
    while k >= 0:
        sp = reader.span_at.get(k)
        if sp is not None:
            if reader.roles[id(sp)] != "pp":
                return False
            k = sp.start - 1
            continue
        w = low[k]
        if w == "whose" or w in WORDS.possessive_pronouns:
            return False  # "Israel, whose strikes killed": the possessor acts
        if w in WORDS.prepositions and w != "by":
            heads.append(k - 1)
        elif w in WORDS.determiners and not (k > 0 and low[k - 1] in WORDS.prepositions):
            break  # the phrase starts here, unless it is a preposition's object
        elif w in WORDS.subordinators or w in WORDS.clause_openers or w in WORDS.temporal_links:
            break
        elif tokens[k].is_cap and k > 0 and low[k - 1] in WORDS.prepositions:
            pass  # a place no actor is named by: "in the province of Arauca"
        elif not tokens[k].is_word or tokens[k].is_cap or w in WORDS.relative:
            break
        elif w in WORDS.speech_verbs or w in ("and", "or", "but"):
            break
        k -= 1
    return any(h >= 0 and low[h] in WORDS.non_actor_subjects and h not in reader.span_at
               for h in heads)  # fmt: skip
