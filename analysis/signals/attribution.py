"""From a trigger and its rule to a finding: actors, targets, who reported it,
modality, confidence and the codes its wording calls for.

A spokesperson or ministry speaks for its state; a minister saying what their
own state wants is the actor; a noun trigger undone by its verb ("dropped his
refusal") is no act. Whom an act is aimed at is read by ``targets``; support
named by a relation ("Israel's closest ally") or a compound ("Iran-aligned
Houthis") by ``alliances``, with the supported side as target.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import cast

from analysis.actors import country, is_spokesperson_title, organization
from analysis.models import Actor, Modality
from analysis.signals.alliances import relational_support
from analysis.signals.clause_subjects import left_subject
from analysis.signals.finding import Finding, actors_of
from analysis.signals.lexicon import Rule, Trigger, lexicon
from analysis.signals.modality import modality_of
from analysis.signals.reader import SentenceReader, clause_start, opens_sentence
from analysis.signals.reporting import reporter
from analysis.signals.sides import unnamed_side
from analysis.signals.speakers import said_not, speaker
from analysis.signals.subjects import governing_verb, possessor_before, subject_of
from analysis.signals.targets import (
    others_ordered,
    parties_between,
    partisan_owner,
    targets_named_after,
)
from analysis.signals.triggers import OFFERING, PARTICIPATION
from analysis.signals.words import WORDS


def undone(reader: SentenceReader, t: Trigger) -> bool:
    """Is the cue the object of a verb that undoes it? "dropped his long-standing refusal",
    "an end to Congolese state support", "paused its military operations"."""
    low, tokens = reader.low, reader.tokens
    j = t.start - 1
    steps = 0
    while (
        j >= 0
        and steps < 4
        and (
            low[j] in WORDS.determiners
            or low[j] in WORDS.possessive_pronouns
            or low[j] == "'s"
            or low[j] in WORDS.common_adjectives
            or (
                tokens[j].is_word
                and (tokens[j].is_cap or low[j].endswith(WORDS.adjective_endings + ("est",)))
            )
            or low[j] in ("state", "military", "long-standing")
        )
        and low[j] not in WORDS.reversal
    ):
        j -= 1
        steps += 1
    if j >= 0 and low[j] in ("to", "of", "on"):
        j -= 1
    if j >= 0 and low[j] in WORDS.reversal and t.klass == "attack" and j > 0:
        # "called for an end to the fighting between A and B": a call to end an attack
        # is no end of it; only its own agent's verb undoes it ("halted its offensive")
        return low[j - 1] not in WORDS.determiners
    return j >= 0 and low[j] in WORDS.reversal


def is_spokesperson(a: Actor) -> bool:
    return a.type == "person" and is_spokesperson_title(a.title or "")


def _is_ministry(a: Actor) -> bool:
    return (
        a.type == "organization"
        and a.affiliation != a.name
        and a.name.endswith(("Ministry", "Foreign Office", "Department"))
    )


def _principal(a: Actor) -> Actor:
    """A spokesperson speaks for their state or organisation."""
    aff = a.affiliation
    return country(aff) or organization(aff) or Actor(aff, "state", aff)


def attribute(
    reader: SentenceReader, t: Trigger, rule: Rule, end: int, concepts: dict
) -> Finding | None:
    low = reader.low
    # what is read of the trigger whatever the rule, once for all its rules
    key = (t.klass, t.kind, t.start, t.end)
    reads = reader.trigger_reads.get(key)
    if reads is None:
        subject = subject_of(reader, t)
        reads = reader.trigger_reads[key] = [subject, reporter(reader, t, subject), None]
    subject, reported = reads[0], reads[1]
    if t.klass in lexicon().speaker_classes:
        # the speaker demands or judges; what must stop is the target
        speakers = speaker(reader, t) or reported or ()
        if speakers and said_not(reader, t):
            return None  # "Riyadh did not say the strikes were unacceptable"
        targets = actors_of(
            tuple(sp for sp in reader.spans if clause_start(reader, t.start) <= sp.start < end)
        )
        actors = actors_of(speakers) if speakers else reader.voice
        if not actors:
            return None
        reported = ()
        subject_actors = actors
    elif t.klass in lexicon().object_classes:
        # "Haftar has relied on the UAE, Egypt and Wagner fighters": those named after
        # the cue act, towards the subject
        named_after = tuple(
            sp
            for sp in reader.spans
            # "grateful to Russia for their offers to facilitate contacts between the
            # parties": the parties are not the ones thanked
            if t.end <= sp.start < end and sp.actors and sp.how not in ("pronoun", "group")
        )
        if t.klass == "rely" and named_after and "," in low[t.end : named_after[0].start]:
            # "relying on the support of its Western patrons, had used ... the Black Sea
            # Fleet": the backers are named in the cue's own phrase, or not at all
            named_after = ()
        subject_actors = actors_of(named_after)
        targets = actors_of(subject)
        if not subject_actors or not targets:
            return None
    else:
        subject_actors = actors_of(subject)
        if (
            not subject_actors
            and not subject
            and (
                opens_sentence(reader, t.start)
                or _agentless_passive(reader, t)
                or _governed_from_the_start(reader, t)
            )
        ):
            # an operative clause ("Demands that ...", "1. Condemns ...", "Have agreed
            # on the following") or a passive with no agent ("A full ceasefire is
            # declared"): the document's own voice is its subject
            subject_actors = reader.voice
        if not subject_actors and not subject and rule.signal == "agreement":
            # "Agreement was reached between Ethiopia and Eritrea", "a peace deal between
            # Sudan and the SPLM was signed": the parties between whom it was made
            subject_actors = parties_between(reader, t) if _agentless_passive(reader, t) else ()
        if not subject_actors:
            return None
        targets = ()
    if reads[2] is None:
        # a noun trigger undone by its verb: "dropped his refusal to negotiate"
        reads[2] = (modality_of(reader, t, subject), undone(reader, t))
    modality, reversed_noun = reads[2]
    signal_rule = rule
    if reversed_noun:
        if t.klass == "reject":
            signal_rule = lexicon().rule("agree", "participation")
            modality = "asserted"
        else:
            return None
    if modality == "negated":
        # refusing to take part or to stop fighting is a rejection
        if (
            (t.klass == "agree" and "participation" in concepts)
            or (t.klass in PARTICIPATION and ("talks" in concepts or "mediation" in concepts))
            or (t.klass in OFFERING and "talks" in concepts and "mediation" not in concepts)
        ):
            # "would not attend the talks", "Kyiv was not ready for talks with Moscow"
            signal_rule = lexicon().rule("reject", "talks")
            modality = "asserted"  # the refusal itself is asserted
        elif t.klass == "agree" and "interference" in concepts:
            # "would not accept any attempt to change the border by force": condemning it
            signal_rule = lexicon().rule("reject", "interference")
            modality = "asserted"
        elif t.klass == "agree" and (
            any(
                w in WORDS.future or w in WORDS.ceasing_adverbs
                for w in low[max(0, t.start - 4) : t.start]
            )
            or (t.start >= 2 and low[t.start - 1] == "to" and low[t.start - 2] in WORDS.refusing)
        ):
            # "Baku would not sign the treaty until ...", "refused to extend the truce":
            # refusing the deal; "no longer considers itself bound by the truce": giving it up
            signal_rule = lexicon().rule("reject", "deal")
            modality = "asserted"
        else:
            return None
    if modality in ("hypothetical",):
        return None
    if (
        t.klass == "command"
        and rule.concept == "ceasefire"
        and others_ordered(reader, t, concepts["ceasefire"], subject_actors)
    ):
        # "the Council ordered the Arab states and Israel to stop fighting": a demand
        signal_rule = lexicon().rule("request", "ceasefire")
    if t.klass == "agree" and rule.concept == "interference" and signal_rule is rule:
        return None  # accepting interference is no act of the text's: only its refusal counts
    if rule.requires == "future" and modality != "future" and signal_rule is rule:
        return None
    if rule.requires == "asserted" and modality == "future":
        return None  # "would hold Kabul responsible for any further attacks": a threat
    if rule.signal == "hostilities" and modality == "future":
        return None  # threats to attack are not hostilities
    if (
        rule.signal == "hostilities"
        and t.kind == "verb"
        and t.start >= 2
        and low[t.start - 1] == "to"
        and low[t.start - 2] in WORDS.intending_verbs
    ):
        return None  # "accused Ethiopia of seeking to occupy Eritrea": an aim, not an attack
    if rule.signal == "hostilities" and _headline_passive(reader, t):
        return None  # "Kosovo police officer killed as gunmen storm village": the victim
    if (
        rule.signal == "hostilities"
        and t.kind == "verb"
        and low[t.start] in WORDS.military_only_verbs
    ):
        if not any(
            sp.how == "forces" or any(a.type == "group" for a in sp.actors) for sp in subject
        ) and not any(
            w in WORDS.military_words or w in WORDS.weapons
            for w in low[max(0, t.start - 6) : min(end, t.end + 8)]
        ):
            return None
    if t.kind == "noun" and rule.signal == "hostilities":
        # a nominal attack needs its agent written: "Israel's military operation", "launched by"
        if not (possessor_before(reader, t.start) or (subject and subject[-1].end >= t.start - 3)):
            return None
        if _unrealised(reader, t.start) or _undergone(reader, t.start):
            return None
    if not targets:
        targets = targets_named_after(
            reader,
            t,
            end,
            subject_actors,
            places_count=rule.signal in ("alliance_support", "hostilities", "condemnation"),
        )
    if signal_rule.signal == "agreement" and len(subject_actors) > 1:
        # "Israel and Hezbollah accepted a plan brokered by the US": each with the other,
        # not with the mediators
        targets = subject_actors
    if rule.signal == "alliance_support" and subject and min(sp.start for sp in subject) >= t.end:
        # passive: "the M23 offensive, supported by the Rwanda Defence Force" backs the M23
        before = [
            sp for sp in reader.spans if sp.end <= t.start and sp.actors and sp.how != "pronoun"
        ]
        backed = ()
        if t.start > 1 and low[t.start - 1] in WORDS.be_forms:
            # "Haftar, whose forces attacked Tripoli, is backed by ...": the clause's subject
            backed = actors_of(left_subject(reader, t.start - 2))
        if backed:
            targets = backed
        elif before and reader.roles[id(before[-1])] not in ("agent", "pp"):
            targets = before[-1].actors
        else:
            return None  # "an amendment tabled by Canada and supported by the US": no side
    if t.klass == "self_defence_right":
        # "Israel's right to defend itself", "the right of Israel to defend itself": the
        # one whose right it is
        holder = possessor_before(reader, t.start) or tuple(
            sp for sp in reader.spans if t.start < sp.start < t.end and sp.actors
        )
        targets = actors_of(holder)
    if rule.signal == "alliance_support":
        if low[t.start] in WORDS.relational_support:
            return relational_support(reader, t, rule)
        # backing a plan, efforts or talks between two states takes no side
        first_target = min(
            (sp.start for sp in reader.spans if t.end <= sp.start < end and sp.actors), default=end
        )
        # (a pact honoured is no process backed: "its defence agreement with Mali")
        of_a_pact = rule.concept == "defence_pact"
        owned = partisan_owner(reader, t.end, first_target, end)
        if owned:
            targets = owned  # "supports the measures taken by Saudi Arabia": Saudi Arabia
        elif not of_a_pact and any(w in WORDS.non_actor_objects for w in low[t.end : first_target]):
            return None
        # "backed Berri's efforts": the possessed process, not its possessor, is backed
        after = first_target
        while after < end and after in reader.span_at:
            after = reader.span_at[after].end
        possessed = None
        if low[after : after + 1] == ["'s"]:
            possessed = after + 1
        elif first_target < end and low[first_target] in WORDS.possessive_pronouns:
            possessed = after  # "backing its claim"
        if (
            possessed is not None
            and not of_a_pact
            and not owned
            and any(w in WORDS.non_actor_objects for w in low[possessed : possessed + 3])
        ):
            if first_target < end and not WORDS.partisan_objects.isdisjoint(
                low[possessed : possessed + 3]
            ):
                targets = reader.span_at[first_target].actors  # "backs Russia's position"
            else:
                return None
        targets = tuple(a for a in targets if a.name not in {s.name for s in subject_actors})
        if not targets and len(subject_actors) > 1 and t.klass in lexicon().mutual_classes:
            targets = subject_actors  # "A and B signed a defence pact": each backs the other
        if not targets and not unnamed_side(reader, t, end):
            return None
    reporter_actors = actors_of(reported)
    reported_by = None
    # a spokesperson's statement is their principal's act
    final_actors = []
    for a in subject_actors:
        if is_spokesperson(a) or _is_ministry(a):
            # "Cambodia's defence ministry accused ...": the state acts, its ministry speaks
            final_actors.append(_principal(a))
            reported_by = a
        else:
            final_actors.append(a)
    if reporter_actors:
        r = reporter_actors[0]
        # "Wang told Dar that Beijing wanted a ceasefire": a minister or leader
        # speaking of their own state acts themselves (a spokesperson does not)
        if (
            r.type == "person"
            and not is_spokesperson(r)
            and len(final_actors) == 1
            and final_actors[0].type == "state"
            and final_actors[0].name == r.affiliation
        ):
            final_actors = [r]
        names = {a.name for a in final_actors}
        if r.name not in names:
            reported_by = r
    if modality == "soft" and rule.signal not in ("ceasefire_call", "negotiation_call"):
        return None
    confidence = 0.85
    if modality == "soft":
        confidence = 0.45  # hedged ("said it hoped the pause would ...")
    if low[t.start] in WORDS.soft:
        confidence = 0.45  # "hoped the two neighbours would resolve ..."
    if reported_by is not None and modality == "asserted":
        modality = "reported"
    if modality == "soft":
        modality = "asserted"
    signal_rule = _variant(signal_rule, low[t.start : t.end], low[max(0, t.start - 3) : end])
    if t.klass in ("judge", "evaluate") and "condemnable" in concepts:
        # the cue shown to the analyst is "are unacceptable", not "are"
        t = Trigger(t.klass, t.kind, t.start, concepts["condemnable"] + 1, t.positions)
    if (
        rule.signal == "hostilities"
        and t.kind == "verb"
        and low[t.start] in WORDS.reciprocal_verbs
        and low[t.end : t.end + 1] == ["with"]
    ):
        # "Kosovo police clashed with Serbian troops": both sides fight
        names = {a.name for a in final_actors}
        final_actors += [a for a in targets if a.name not in names and a.type != "person"]
        targets = tuple(dict.fromkeys((*targets, *subject_actors)))
    # negated, hypothetical and soft wordings have been dropped or resolved above
    stated = cast(Modality, modality)
    return Finding(signal_rule, t, tuple(final_actors), targets, reported_by, stated, confidence)


def _agentless_passive(reader: SentenceReader, t: Trigger) -> bool:
    """ "A full ceasefire ... is declared", not "was declared by the army"."""
    low = reader.low
    return (
        t.kind == "verb"
        and (
            low[t.start] in WORDS.be_forms  # a cue written in the passive: "is announced"
            or low[t.start] == "hereby"
            or (t.start > 0 and low[t.start - 1] in WORDS.be_forms)
        )
        and "by" not in low[t.end : t.end + 4]
    )


def _variant(rule: Rule, cue: list[str], after: list[str]) -> Rule:
    """The rule with the finer CAMEO code its wording calls for ("demanded" -> 1056)."""
    for v in lexicon().variants.get(rule.signal, ()):
        if (v.cue_words and not v.cue_words.isdisjoint(cue)) or (
            v.object_words and not v.object_words.isdisjoint(after)
        ):
            return _with_codes(rule, v.cameo, v.plover, v.score)
    return rule


@cache
def _with_codes(rule: Rule, cameo: str, plover: str, score: float) -> Rule:
    """The rule with other codes (made once: the rules and their variants are few)."""
    return replace(rule, cameo=cameo, plover=plover, score=score)


def _headline_passive(reader: SentenceReader, t: Trigger) -> bool:
    """A headline drops "was": "Three soldiers killed in ambush" has the soldiers
    as the victims. A past participle with no object after it (a preposition, a
    clause opener or the end follows) is that passive."""
    if reader.sa.sentence.kind != "headline" or t.kind != "verb":
        return False
    low = reader.low
    if not low[t.start].endswith("ed") or t.end - t.start != 1:
        return False
    nxt = low[t.end] if t.end < len(low) else ""
    return nxt in ("", ",", ";", ":", "-") or (
        nxt in WORDS.prepositions or nxt in WORDS.subordinators
    )


def _undergone(reader: SentenceReader, i: int) -> bool:
    """Is the event noun at i what its subject underwent ("has suffered the most
    terrorist attacks", "came under heavy shelling")?"""
    j = _before_modifiers(reader, i)
    if j < 0 or reader.low[j] not in WORDS.undergoing_verbs:
        return False
    # "repelled a Russian assault", "came under shelling by Russian forces": the
    # attack keeps the agent it names
    inside = reader.span_at.get(i)
    named = inside is not None and inside.how == "forces"
    return not named and "by" not in reader.low[i + 1 : i + 4]


def _before_modifiers(reader: SentenceReader, i: int) -> int:
    """The index before the determiners and adjectives that open the noun at i."""
    low = reader.low
    j = i - 1
    steps = 0
    while (
        j >= 0
        and steps < 4
        and low[j] not in WORDS.unrealised_events  # "averted", not an adjective in "-ed"
        and (
            low[j] in WORDS.determiners
            or low[j] in WORDS.common_adjectives
            or low[j] in WORDS.weapon_modifiers
            or low[j].endswith(WORDS.adjective_endings)
            or low[j] in ("most", "off", "heavy")
            # a national adjective: "averted the American strikes"
            or (
                reader.tokens[j].is_cap
                and j in reader.span_at
                and reader.span_at[j].how in ("adjective", "forces")
            )
        )
    ):
        j -= 1
        steps += 1
    return j


def _unrealised(reader: SentenceReader, i: int) -> bool:
    """Is the event noun at i the object of a verb saying it did not happen
    ("averting a direct clash between ...", "heading off a war")?"""
    j = _before_modifiers(reader, i)
    return j >= 0 and reader.low[j] in WORDS.unrealised_events


def _governed_from_the_start(reader: SentenceReader, t: Trigger) -> bool:
    """A noun cue whose verb opens an operative clause: "Stresses the need for the
    parties to continue their negotiations", "Reiterates its call for calm"."""
    if t.kind != "noun":
        return False
    verb = governing_verb(reader, t.start, possessor_before(reader, t.start))
    return verb is not None and opens_sentence(reader, verb)
