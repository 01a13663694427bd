"""Signals of a document: each sentence's triggers, their object windows and
concepts, the rules that apply, and one signal per actor and type."""

from __future__ import annotations

from dataclasses import replace

from analysis.models import Document, Signal
from analysis.signals.alliances import relational_support, support_compound
from analysis.signals.attribution import attribute, is_spokesperson
from analysis.signals.finding import Finding
from analysis.signals.lexicon import Trigger, cue_words, lexicon
from analysis.signals.reader import SentenceReader, clause_start, opens_with_participle
from analysis.signals.sides import ally_by_possessive, unnamed_side
from analysis.signals.subjects import by_follows, subject_of
from analysis.signals.triggers import (
    OFFERING,
    PARTICIPATION,
    SUPPORT_COMPOUND,
    find_triggers,
)
from analysis.signals.words import WORDS
from analysis.taxonomy import taxonomy
from analysis.text import ActorSpan, ParsedSentence


def _sentence_signals(reader: SentenceReader) -> list[Finding]:
    lex = lexicon()
    low = reader.low
    if reader.sa.sentence.text.rstrip().endswith("?"):
        return []  # a question asserts nothing
    if reader.voice and opens_with_participle(reader):
        return []  # a preamble clause of a resolution or statement is background
    triggers = find_triggers(
        reader,
    )
    out: list[Finding] = []
    named: frozenset[str] | None = None  # the concepts any window may hold, when first needed
    for idx, t in enumerate(triggers):
        rules = lex.rules.get(t.klass, [])
        if t.klass == "support_compound":
            out.extend(support_compound(reader, t))
            continue
        if not rules:
            continue
        if (
            t.klass == "attack"
            and t.kind == "noun"
            and any(
                o.klass == "attack_light" and o.kind == "verb" and o.end <= t.start <= o.end + 4
                for o in triggers
            )
        ):
            continue  # "would continue its military operation": the verb decides
        if (t.klass in PARTICIPATION | OFFERING or t.klass in ("agree", "attack")) and _purpose(
            reader, t
        ):
            continue
        if (
            t.klass in ("resume", "participate", "agree")
            and any(r.klass == "ready" and reader.low[r.end : t.start] == ["to"] for r in triggers)
            and (t.klass != "agree" or "ceasefire" not in reader.concepts_in(t.end, t.end + 6))
        ):
            # "ready to resume negotiations", "ready to sign a peace treaty": the readiness
            # is the act (for a truce, its acceptance; for a deal, a call to make it)
            continue
        if _thanked_for(reader, t, triggers):
            continue  # "thanked France for its offer to host talks": France's offer
        asking = _request_over(reader, t, triggers)
        if asking is not None:
            if (
                t.klass == "condemn"
                and t.kind == "verb"
                and asking.klass == "request"
                # not "asked Uganda to stop blaming its neighbours"
                and WORDS.negations.isdisjoint(reader.low[max(0, t.start - 2) : t.start])
                and lex.ending_verbs.isdisjoint(reader.low[max(0, t.start - 2) : t.start])
            ):
                # "asked the Security Council to condemn the intervention": the asker condemns
                found = attribute(reader, asking, rules[0], reader.clause_end(t.end), {})
                if found is not None:
                    out.append(found)
            continue  # "demanded that all parties observe a ceasefire": the demand is the act
        if t.klass == "support" and low[t.start] in WORDS.relational_support:
            found = relational_support(reader, t, lex.rules["support"][0])
            if found is not None:
                out.append(found)
            continue
        if named is None:
            named = _concepts_named(reader)
        if not any(
            r.concept in ("*", "actor") or r.concept in named for r in rules
        ) and not _signs_the_pact_named(reader, t):
            continue  # each rule needs a concept the sentence names nowhere: no window to read
        # the object window: up to the next trigger of another kind or the clause end
        end = reader.clause_end(t.end)
        end = min(end, t.end + 25)
        for other in triggers[idx + 1 :]:
            if (
                other.start >= t.end
                and (other.kind == "verb" or other.klass in lex.speaker_classes)
                and other.klass != t.klass
                and other.klass in lex.window_breakers.get(t.klass, ())
                and not _in_request_complement(reader, other, triggers)
            ):
                end = min(end, other.start)
                break
        if not WORDS.relative.isdisjoint(low[max(0, t.start - 4) : t.start]):
            # inside ", which has long sought ...,": the clause ends at its comma
            comma = next((k for k in range(t.end, end) if low[k] == ","), end)
            end = min(end, comma)
        concepts = reader.concepts_in(t.start if t.klass in PARTICIPATION else t.end, end)
        if t.klass == "deontic":
            # "the ceasefire must begin", "Cambodia must first stop its attacks"
            begin = clause_start(reader, t.start)
            concepts = reader.concepts_in(begin, end)
        elif t.klass in lex.object_within:
            # the object right after the cue: "there will be no ceasefire", "are unacceptable";
            # an attack's not in a clause of its own ("talks continue as strikes hit the south")
            near = min(end, t.end + lex.object_within[t.klass])
            if t.klass == "attack_light":  # ("described Iran as a partner": "as" is the object's)
                near = next((k for k in range(t.end, near) if low[k] in WORDS.subordinators), near)
            # the object starts near the cue, and may run past it ("were contrary to
            # international law")
            concepts = {c: at for c, at in reader.concepts_in(t.end, end).items() if at < near}
            if t.klass == "attack_light" and "attack_object" not in concepts:
                # "launched an offensive", "the military operation Israel has launched",
                # "the raid on the port was carried out by ..."
                if t.start > 0 and low[t.start - 1] in WORDS.be_forms:
                    concepts = reader.concepts_in(clause_start(reader, t.start), t.start)
                else:
                    subj = subject_of(reader, t)
                    if subj:
                        s0 = min(sp.start for sp in subj)
                        concepts = reader.concepts_in(max(0, s0 - 3), s0)
        elif (
            t.kind == "verb"
            # a stative cue's be-form is a copula ("they are ready to resume"), no passive
            and t.klass not in lex.stative_classes
            and (_passive(reader, t) or _reduced_passive(reader, t))
        ):
            # a passive names its object first: "The document was signed by ..."; what
            # follows its agent is no object ("Azerbaijan is backed by Turkey, which said
            # the truce ...": Turkey backs no truce). A reduced passive modifies the noun
            # before it ("fighters, backed by Russian forces, ..."): what comes before is
            # that noun's own clause, not the agent's act
            before = (
                reader.concepts_in(clause_start(reader, t.start), t.start)
                if _passive(reader, t)
                else {}
            )
            concepts = before if low[t.end : t.end + 1] == ["by"] else {**before, **concepts}
        if not lex.adjacent_concepts.isdisjoint(concepts):
            concepts = {
                c: at
                for c, at in concepts.items()
                if c not in lex.adjacent_concepts or _own_object(reader, t, at)
            }
        if "deal" not in concepts and _signs_the_pact_named(reader, t):
            concepts = {
                **concepts,
                "deal": t.end,
            }  # "Kabila signed alongside Mugabe": the deal named
        if t.kind == "verb" and t.klass in ("agree", "reject"):
            # an object relative: "a ceasefire document that his rival had signed hours
            # earlier, a setback for diplomacy": the document is what was signed
            concepts = {**_relative_antecedent_concepts(reader, t), **concepts}
        for rule in rules:
            if rule.unless and not concepts.keys().isdisjoint(rule.unless):
                continue
            if (
                t.klass in OFFERING
                and rule.signal in ("agreement", "negotiation_call")
                and concepts.get(rule.concept, end) > _offered_act_end(t, triggers, low) + 3
            ):
                continue  # "ready to resume negotiations", not "prepared to support efforts to ... a settlement"
            if rule.requires == "object" and not _object_actor(reader, t, end):
                continue  # "would send more weapons": to no party named
            if rule.requires == "direct_object" and not (
                _direct_object_actor(reader, t) or _fought_each_other(reader, t)
            ):
                continue  # "is fighting corruption in its courts": no party fought
            if rule.concept == "*":
                pass
            elif rule.concept == "actor":
                objects = [
                    sp
                    for sp in _object_actor(reader, t, end)
                    # "stand by its ally": the possessor is the one standing, not the side
                    if not (sp.how == "pronoun" and ally_by_possessive(reader.low, sp.start))
                ]
                if not objects:
                    if not unnamed_side(reader, t, end):
                        continue
                    # "stood on the side of the Cypriot people", "stand by its ally"
                elif (
                    rule.signal == "alliance_support"
                    and objects[0].how == "group"
                    and len(objects[0].actors) > 1
                    and objects[0].start <= t.end + 2
                ):
                    continue  # "continue supporting the two countries": no side taken
                elif rule.signal == "alliance_support" and _names_a_plan(reader, objects[0]):
                    continue  # "support for the ASEAN Five-Point Consensus": a plan backed
            elif rule.concept not in concepts:
                continue
            elif rule.signal == "agreement" and concepts.get(
                "not_conflict", -2
            ) + 1 == concepts.get(rule.concept):
                continue  # "signed a trade deal": not about the conflict
            elif rule.concept == "participation" and _joins_no_talks(reader, concepts, end):
                continue  # "offered to join a neutral investigation"
            elif rule.signal == "agreement" and _pact_ends(reader, concepts[rule.concept], end):
                continue  # "declared that its ceasefire with Morocco was over"
            elif (
                t.klass == "want"
                and rule.signal == "negotiation_call"
                and not WORDS.future.isdisjoint(
                    low[concepts[rule.concept] + 1 : concepts[rule.concept] + 3]
                )
            ):
                continue  # "hoped the accord would bring lasting peace": a deal that exists
            found = attribute(reader, t, rule, end, concepts)
            if found is not None:
                out.append(found)
    return out


# the concepts that concepts_in reads from words around others, not from phrases of
# their own: a ceasefire ("the fighting must stop"), an ended truce, mediation (a
# meeting of two parties), fighting that goes on
_CONCEPTS_READ_AROUND = frozenset({"ceasefire", "ended_truce", "mediation", "fighting"})


def _concepts_named(reader: SentenceReader) -> frozenset[str]:
    """Every concept that some window of the sentence may hold (``concepts_in`` of any
    span): those its concept phrases name, and those read around other words."""
    return frozenset(name for name, _, _ in reader.concept_phrases()) | _CONCEPTS_READ_AROUND


def _signs_the_pact_named(reader: SentenceReader, t: Trigger) -> bool:
    """ "Kabila signed alongside Mugabe", "Uganda signed too": signing with no object
    signs the deal the text has just named."""
    low = reader.low
    return (
        t.klass == "agree"
        and "deal" in reader.pact
        and low[t.start] in ("signed", "signs", "sign")
        and t.end < len(low)
        and low[t.end] in ("alongside", "together", "along", ",", "too")
    )


def _offered_act_end(t: Trigger, triggers: list[Trigger], low: list[str]) -> int:
    """Where an offer's own words end: past a verb of agreeing right after its "to"
    ("prepared to sign a peace agreement": the agreement follows "sign"), or past the
    object of a verb of settling up to its means ("ready to settle the question through
    negotiations")."""
    if low[t.end : t.end + 1] == ["to"]:
        for o in triggers:
            if o.klass == "agree" and o.start == t.end + 1:
                return o.end
        if t.end + 1 < len(low) and low[t.end + 1] in WORDS.settling_verbs:
            for k in range(t.end + 2, min(len(low), t.end + 10)):
                if low[k] in WORDS.means_prepositions:
                    return k
                if not low[k][:1].isalnum():
                    break
    return t.end


def _own_object(reader: SentenceReader, t: Trigger, at: int) -> bool:
    """Whether what starts at ``at`` is the cue's own object: right after it or past an
    adverbial ("agreed on Monday to mediate"), not past an actor or "for" ("agreed for
    Qatar to mediate": Qatar's role)."""
    if not t.end <= at <= t.end + 4:
        return False
    return all(k not in reader.span_at and reader.low[k] != "for" for k in range(t.end, at))


def _passive(reader: SentenceReader, t: Trigger) -> bool:
    """ "was signed", "is backed": a be-form before the cue or as its first word."""
    low = reader.low
    return (t.start > 0 and low[t.start - 1] in WORDS.be_forms) or low[t.start] in WORDS.be_forms


def _reduced_passive(reader: SentenceReader, t: Trigger) -> bool:
    """ "fighters, backed by Russian forces, were ...": a participle and its agent."""
    return reader.low[t.end - 1].endswith("ed") and reader.low[t.end : t.end + 1] == ["by"]


def _joins_no_talks(reader: SentenceReader, concepts: dict[str, int], end: int) -> bool:
    """Whether what is joined or attended is a thing named and no talks: "join a
    neutral investigation", not "attend the summit", "take part in the talks" or
    "travel to Cairo"."""
    low = reader.low
    at = concepts["participation"]
    if any(c in concepts for c in ("talks", "deal", "mediation")):
        return False
    named = next((k for k in range(at + 1, min(end, at + 4)) if low[k] in WORDS.determiners), None)
    if named is None:
        return False
    return WORDS.meeting_nouns.isdisjoint(low[named : min(end, named + 6)])


def _pact_ends(reader: SentenceReader, pact: int, end: int) -> bool:
    """Whether the pact named at ``pact`` is said to end right after: "its ceasefire
    with Morocco was over", "the truce had collapsed"."""
    low = reader.low
    for k in range(pact + 2, min(end, pact + 7)):
        if low[k] in WORDS.pact_endings and (
            low[k - 1] in WORDS.be_forms or low[k - 1] in ("had", "has", "have")
        ):
            return True
    return False


def _in_request_complement(reader: SentenceReader, t: Trigger, triggers: list[Trigger]) -> bool:
    """True when t is what another actor is asked to do ("urged X to observe ...")."""
    return _request_over(reader, t, triggers) is not None


def _request_over(reader: SentenceReader, t: Trigger, triggers: list[Trigger]) -> Trigger | None:
    """The request whose complement t is ("urged X to observe ..."), if any."""
    if t.klass in ("deontic", "evaluate", "judge"):
        return None
    for r in triggers:
        passive = r.start > 0 and reader.low[r.start - 1] in WORDS.be_forms  # "were urged by"
        if (
            r.klass not in ("request", "want")
            or (r.kind != "verb" and not passive)
            or r.end > t.start
        ):
            continue
        if t.start - r.end > 20:
            continue
        between = reader.low[r.end : t.start]
        if any(w in (";", "said", "says") for w in between):
            continue
        # the complement's "to"/"that" stands just before the cue: "urged X to observe",
        # not "called for an end to the war and offered ..."
        marker = max((k for k, w in enumerate(between) if w in ("to", "that")), default=-1)
        # a mandative "that": its verb is bare, however long its subject ("Demands that
        # Iran and Iraq, as a first step towards a settlement, observe a ceasefire",
        # "insisted that the rebels respect the truce")
        mandative = (
            marker >= 0
            and between[marker] == "that"
            and t.kind == "verb"
            and not reader.low[t.start].endswith(("ed", "s"))
            and not WORDS.auxiliaries.intersection(between[marker:])
        )
        if mandative:
            return r
        that_at = max((k for k, w in enumerate(between) if w == "that"), default=-1)
        if (
            r.klass == "request"
            and 0 <= that_at < marker
            and between[marker] == "to"
            and marker == len(between) - 1
            and not WORDS.auxiliaries.intersection(between[that_at:])
            and not any(w.endswith("ed") for w in between[that_at + 1 : marker])
        ):
            # the purpose of a mandative clause: "proposed that the presidents of A, B, C
            # and D meet this week to agree on a cease-fire" (what is proposed, not done)
            return r
        if r.klass == "want":
            continue  # wanting to do it oneself asks nothing of others
        if (
            marker >= 0
            and len(between) - marker <= 4
            and "and" not in between[marker:]
            and "," not in between[marker:]  # "urged Taylor to leave office, called on ..."
            and t.start - r.end <= 12
        ):
            return r
        # a second infinitive of the same request: "called on them to take steps and
        # resume negotiations"
        if (
            marker >= 0
            and between[-1:] == ["and"]
            and not reader.low[t.start].endswith(("ed", "s"))  # a bare verb, not "offered"
            and not any(w in (",", "while") for w in between[marker:-1])
        ):
            return r
    return None


def _relative_antecedent_concepts(reader: SentenceReader, t: Trigger) -> dict[str, int]:
    """The concepts of the noun phrase a relative clause's verb takes as its object: in
    "a ceasefire document that his rival, X, had signed" the document is what was signed."""
    low = reader.low
    if low[t.start] in WORDS.parties_participles and by_follows(low, t.end):
        # a reduced passive relative: "the agreement signed today by Armenia and Azerbaijan"
        return {name: start for name, start, end in reader.concept_phrases() if end == t.start}
    for k in range(t.start - 1, max(-1, t.start - 12), -1):
        if low[k] in (";", ".") or low[k] in WORDS.speech_verbs:
            return {}
        if low[k] in ("that", "which") and k > 0:
            # the antecedent ends right before the relative word ("arguing that voting
            # against it would amount to endorsing ..." has none)
            last = k - 1 if low[k - 1] == "," else k  # "The truce deal, which ..."
            return {
                name: start
                for name, start, end in reader.concept_phrases()
                if end == last and start >= last - 5
            }
    return {}


def _thanked_for(reader: SentenceReader, t: Trigger, triggers: list[Trigger]) -> bool:
    """Is t what someone is thanked for ("grateful to Russia for their offers to
    facilitate contacts")? Then it is the thanked one's act, which the thanks rule reads."""
    if t.klass == "thanks":
        return False
    for r in triggers:
        if r.klass != "thanks" or r.end > t.start or t.start - r.end > 16:
            continue
        between = reader.low[r.end : t.start]
        if "for" in between and not any(w == ";" or w in WORDS.speech_verbs for w in between):
            return True
    return False


def _purpose(reader: SentenceReader, t: Trigger) -> bool:
    """ "would continue its efforts to reach an agreement": an aim, not the act."""
    low = reader.low
    j = t.start - 1
    while j >= 0 and low[j] in ("help", "finally", "eventually", "quickly", "swiftly"):
        j -= 1
    return j >= 1 and low[j] == "to" and low[j - 1] in WORDS.purpose_nouns


def _object_actor(reader: SentenceReader, t: Trigger, end: int) -> list[ActorSpan]:
    """The actors named after the cue, also one whose name the cue's last words open
    ("stood on the side of Cyprus": "the side of Cyprus" reads as Cyprus)."""
    return [
        sp for sp in reader.spans if t.end <= sp.start < end or t.start < sp.start < t.end < sp.end
    ]


def _names_a_plan(reader: SentenceReader, sp: ActorSpan) -> bool:
    """Is the actor named as part of a plan's or a deal's name ("the ASEAN Five-Point
    Consensus", "the Arab Peace Initiative", "the EU plan"), not as a party?"""
    deal = reader.concepts_in(sp.end, sp.end + 5).get("deal")
    if deal is None:
        return False
    return all(
        reader.tokens[k].is_cap or reader.low[k].isdigit() or reader.low[k] == "-"
        for k in range(sp.end, deal)
    )


def _direct_object_actor(reader: SentenceReader, t: Trigger) -> bool:
    """Is an actor the cue's object: right after it, past articles and modifiers, or
    after "against" ("fought the Rapid Support Forces", "fought against the RSF")? Not
    after "alongside", which takes a side."""
    low = reader.low
    if any(t.start < sp.start < t.end and sp.actors for sp in reader.spans):
        return True  # "pushed the Ugandans back": the object inside the cue's gap
    k = t.end
    if k < len(low) and low[k] == "against":
        k += 1
    for j in range(k, min(len(low), k + 3)):
        sp = reader.span_at.get(j)
        if sp is not None and sp.start == j and sp.actors and sp.how != "pronoun":
            return True
        if not (low[j] in WORDS.determiners or low[j] in WORDS.actor_modifiers):
            return False
    return False


def _fought_each_other(reader: SentenceReader, t: Trigger) -> bool:
    """Do the parties named together as the subject fight each other, with no object
    ("Indian and Chinese troops fought with stones", "Iraq and Iran battled for days")?
    Not "fought for" or "fought alongside" a third party, which takes its side."""
    low = reader.low
    if t.kind != "verb" or low[t.start] not in WORDS.reciprocal_verbs:
        return False
    nxt = low[t.end] if t.end < len(low) else "."
    if nxt == "for" and _direct_object_actor(reader, replace(t, end=t.end + 1)):
        return False  # "fought for Haftar"
    if nxt in ("alongside", "against", "on", "side", "together") or not (
        t.end >= len(low)
        or nxt in WORDS.prepositions
        or not reader.tokens[t.end].is_word
        or nxt.endswith("ly")
    ):
        return False
    parties = {a.name for sp in subject_of(reader, t) for a in sp.actors if a.type != "person"}
    return len(parties) >= 2


def extract_signals(doc: Document, parsed: list[ParsedSentence]) -> list[Signal]:
    """All signals of a document, in sentence order, from its parsed sentences."""
    voice = parsed[0].voice if parsed else ()
    signals: list[Signal] = []
    words_with_cues = cue_words()
    pact: tuple[str, ...] = ()  # the concepts of the ceasefire or deal last named
    for sa in parsed:
        pact = _pact_named(sa, pact)
        if (not sa.spans and not voice and not sa.speaker) or (
            words_with_cues.isdisjoint(sa.words)
            and not (
                "-" in sa.sentence.text
                and any("-" in w and SUPPORT_COMPOUND.match(w) for w in sa.words)
            )
        ):
            continue  # no actor or no cue word: nothing to read
        reader = SentenceReader(sa, sa.speaker or voice, pact)
        seen: set[tuple[str, str]] = set()
        findings = _sentence_signals(reader)
        # "Qassem vowed that the group would keep fighting": the clause the person states
        # is the person's act, not a second one of their own organisation or state
        stated_by_person = {
            (f.rule.signal, a.affiliation): f.trigger.start
            for f in findings
            for a in f.actors
            if a.type == "person" and a.affiliation != a.name and not is_spokesperson(a)
        }
        for f in findings:
            for actor in f.actors:
                key = (f.rule.signal, actor.name)
                if key in seen:
                    continue
                if actor.type != "person" and stated_by_person.get(key, f.trigger.start) < (
                    f.trigger.start
                ):
                    continue
                seen.add(key)
                targets = tuple(a.name for a in f.targets if a.name != actor.name)
                cue_a = reader.tokens[f.trigger.start].start
                cue_b = reader.tokens[f.trigger.end - 1].end
                s = sa.sentence
                signals.append(
                    Signal(
                        doc_id=doc.id,
                        signal=f.rule.signal,
                        actor=actor.name,
                        actor_type=actor.type,
                        affiliation=actor.affiliation,
                        targets=targets,
                        sentence=s.text,
                        start=s.start,
                        end=s.end,
                        reported_by=f.reported_by.name
                        if f.reported_by and f.reported_by.name != actor.name
                        else None,
                        date=doc.date,
                        confidence=f.confidence,
                        cameo=f.rule.cameo,
                        plover=f.rule.plover,
                        score=f.rule.score,
                        modality=f.modality,
                        cue=doc.text[cue_a:cue_b],
                        cue_start=cue_a,
                        cue_end=cue_b,
                        source=doc.source,
                    )
                )
    return _parties_calling(signals)


def _pact_named(sa: ParsedSentence, before: tuple[str, ...]) -> tuple[str, ...]:
    """The concepts of the last ceasefire or deal named up to this sentence's last "it"
    (its own "the truce ... to respect it" included), else those named before."""
    if WORDS.pact_nouns.isdisjoint(sa.words):
        return before
    low = sa.low
    last_it = max((k for k, w in enumerate(low) if w in ("it", "its")), default=len(low))
    nouns = [w for w in low[:last_it] if w in WORDS.pact_nouns] or [
        w for w in low if w in WORDS.pact_nouns
    ]
    concepts = lexicon().concepts
    named = tuple(dict.fromkeys(name for name, seq in concepts.get(nouns[-1], ()) if len(seq) == 1))
    if (
        "ceasefire" not in named
        and (
            not _TRUCE_WORDS.isdisjoint(sa.words)  # "the agreement for a cessation of hostilities"
            or (
                "ceasefire" in before
                and "the" in low[max(0, low.index(nouns[-1]) - 2) : low.index(nouns[-1])]
            )
        )
    ):
        # "... a permanent cessation of hostilities ... to implement the agreement": a truce
        named = ("ceasefire", *named)
    return named


# words that make the deal a sentence names a truce
_TRUCE_WORDS = frozenset({"ceasefire", "cease-fire", "truce", "armistice", "cessation"})


def _parties_calling(signals: list[Signal]) -> list[Signal]:
    """A party to the fighting calling on the other side takes the PLOVER type its
    signal type gives parties (taxonomy.toml: a ceasefire call by a party is AGREE)."""
    parties = {
        name for s in signals if s.signal == "hostilities" for name in (s.actor, s.affiliation)
    }
    if not parties:
        return signals
    types = taxonomy()
    return [
        replace(s, plover=types[s.signal].party_plover)
        if types[s.signal].party_plover and (s.actor in parties or s.affiliation in parties)
        else s
        for s in signals
    ]
