"""Who acts: the subject of a trigger.

The nearest actor to the trigger's left that stands as a subject (read by
``clause_subjects``), the agent of a passive ("was signed by"), the main
subject for a participle ("Lavrov, while calling for ..."), the caller for a
purpose infinitive after a verb of contact ("telephoned Putin to press for"),
those acting "together with" the subject, and the governing verb's subject or
the possessor for a noun ("Russia's offer").
"""

from __future__ import annotations

from analysis.signals.agents import agents_after, event_agent, with_coordinates
from analysis.signals.clause_subjects import left_subject, main_subject
from analysis.signals.lexicon import Trigger, lexicon
from analysis.signals.reader import SentenceReader
from analysis.signals.words import WORDS
from analysis.text import ActorSpan


def subject_of(reader: SentenceReader, t: Trigger) -> tuple[ActorSpan, ...]:
    """The source actor(s) of a trigger, with those who act together with them
    ("Together with the President of Renamo, I signed the accord")."""
    found = _subject_of(reader, t)
    if found and t.kind == "verb":
        found = found + companions(reader, t, found)
        if t.klass in _CO_ACTING:
            found = found + co_actors_after(reader, t, found)
    return found


# acts that others named "alongside" or "together with" do as well: "Kabila signed
# alongside Mugabe and Nujoma", "condemned the attack together with France"
_CO_ACTING = frozenset({"agree", "condemn", "request"})


def co_actors_after(
    reader: SentenceReader, t: Trigger, subject: tuple[ActorSpan, ...]
) -> tuple[ActorSpan, ...]:
    """The actors named in "alongside X" or "together with X" after the verb or its
    object ("signed the accord together with the presidents of Rwanda and Uganda")."""
    low = reader.low
    for k in range(t.end, min(len(low) - 1, t.end + 8)):
        if low[k] in (";", ".", ",") or low[k] in WORDS.speech_verbs:
            return ()
        if low[k] == "alongside":
            first = k + 1
        elif low[k] in ("together", "along", "jointly") and low[k + 1] == "with":
            first = k + 2
        else:
            continue
        named = [
            sp
            for sp in reader.spans
            if first <= sp.start <= first + 4
            and sp.actors
            and sp.how != "pronoun"
            and low[sp.end : sp.end + 1] != ["'s"]  # "Zimbabwe's Robert Mugabe": the person
        ]
        if not named:
            return ()
        return tuple(sp for sp in with_coordinates(reader, named[0]) if sp not in subject)
    return ()


def companions(
    reader: SentenceReader, t: Trigger, subject: tuple[ActorSpan, ...]
) -> tuple[ActorSpan, ...]:
    """The actors named in "together with X" or "along with X" set off by commas before
    the verb, at the sentence's opening or after its subject."""
    low = reader.low
    for k in range(0, t.start - 2):
        if low[k + 1] != "with" or low[k] not in ("together", "along", "jointly"):
            continue
        if k > 0 and low[k - 1] != ",":
            continue
        close = next((j for j in range(k + 2, t.start) if low[j] == ","), None)
        if close is None:
            continue
        inside = [
            sp
            for sp in reader.spans
            if k + 2 <= sp.start
            and sp.end <= close
            and sp.actors
            and low[sp.start - 1] not in ("of", "for", "from")  # "the President of Renamo"
            and sp.how != "title"  # a bare title read back may be the speaker himself
        ]
        if inside and not any(sp in subject for sp in inside):
            return tuple(inside)
    return ()


def _subject_of(reader: SentenceReader, t: Trigger) -> tuple[ActorSpan, ...]:
    low = reader.low
    start = t.start
    if start >= 2 and low[start - 1] == "to" and low[start - 2] in WORDS.scheme_nouns:
        return ()  # "called the release a plot to sabotage the armistice": the plot's aim
    # passive: "was signed by X", "waged by Eritrea's army"; without an agent
    # the subject is what was acted on, so there is no actor ("would be agreed")
    if (
        start > 0
        and t.kind == "verb"
        and (low[start - 1] in WORDS.be_forms or low[t.start].endswith("ed"))
    ):
        agents = agents_after(reader, t.end)
        if agents and (low[start - 1] in WORDS.be_forms or by_follows(low, t.end)):
            return agents
        if not agents and low[t.end : t.end + 1] == ["by"] and _is_participle(low[t.start]):
            return ()  # "troops backed by warplanes": a passive whose agent is no actor
        if (
            low[start - 1] in WORDS.be_forms
            and low[t.start].endswith(("ed", "en"))
            and t.klass not in lexicon().stative_classes
            and low[t.start] not in WORDS.stative_participles
        ):
            return ()
    # "adopted a resolution calling for": the adopter; "vetoed drafts calling for": nobody
    head = low[start]
    if (
        head.endswith("ing")
        and t.kind == "verb"
        and start > 0
        and low[start - 1] in WORDS.document_nouns
    ):
        k = start - 2
        while (
            k >= 0
            and k > start - 6
            # "a draft resolution": after a determiner the word is no verb
            and (low[k] not in WORDS.adopting_verbs or (k > 0 and low[k - 1] in WORDS.determiners))
            and (reader.tokens[k].is_word and k not in reader.span_at)
        ):
            k -= 1
        if k >= 0 and low[k] in WORDS.adopting_verbs:
            return left_subject(reader, k - 1)
        return ()
    # a participle after "the strikes," is passive: "the strikes, carried out under ..."
    if (
        t.kind == "verb"
        and start > 1
        and low[start - 1] == ","
        and head.endswith("ed")
        and (start - 2) not in reader.span_at
        and reader.tokens[start - 2].is_word
        and not reader.tokens[start - 2].is_cap
        and reader.skip_adjunct_left(start - 1) < 0
        # with a direct object the verb is active: "..., condemned the violence"
        and not (t.end < len(low) and (low[t.end] in WORDS.determiners or t.end in reader.span_at))
    ):
        prev_word = low[start - 2]
        if prev_word.endswith("s") and not prev_word.endswith("ss"):
            return agents_after(reader, t.end)
    # a finite verb after a comma continues the main clause: "X rejects Y, vows to fight on",
    # "X rejected any truce that let Israel rearm, and accused the Council of ..."
    after_comma = start > 1 and (
        low[start - 1] == "," or (start > 2 and low[start - 2 : start] == [",", "and"])
    )
    if (
        t.kind == "verb"
        and after_comma
        and (head.endswith("s") or head.endswith("ed"))
        and not head.endswith("ss")
    ):
        main = main_subject(reader, start)
        if main:
            return main
    # a gerund right after a speech verb opens the reported clause, whose act it names:
    # "Borrell said hitting a target crucial for grain exports was reprehensible"
    if head.endswith("ing") and t.kind == "verb" and start > 0:
        if low[start - 1] in WORDS.speech_verbs or low[start - 1] == "that":
            return ()
    # an absolute "with" clause names who does the -ing: "..., with President Gustavo Petro
    # and the guerrillas' commander, Antonio Garcia, shaking hands on the deal"
    if head.endswith("ing") and t.kind == "verb":
        doers = _with_clause_subject(reader, start)
        if doers:
            return doers
    # participle adjunct: ", calling it a frontal assault", "Urging the two sides ..., he said"
    if head.endswith("ing") and t.kind == "verb":
        prev = low[start - 1] if start > 0 else ""
        if start == 0 or (start == 1 and prev in ("while", "after", "before")):
            after = reader.first_core_after(reader.next_comma(start))
            if after:
                return after
        if prev in (",", "while", "after", "before", "by") or (
            start >= 2 and low[start - 2] == "," and prev in ("while", "after", "before", "also")
        ):
            main = main_subject(reader, start)
            if main:
                return main
    # noun triggers: the act of the governing verb's subject ("Wang reaffirmed
    # Beijing's support"), else of the possessor ("Russia's offer"); a bare noun
    # ("international calls for negotiations") names no actor
    before_noun = start - 1
    while before_noun > 0 and low[before_noun] in ("a", "an", "new", "urgent", "fresh"):
        # "flew to Algiers with an urgent appeal for a cease-fire" (not "with the support
        # of X", which is X's)
        before_noun -= 1
    if (
        t.kind == "noun"
        and t.klass != "attack"  # "soldiers were killed in fighting": no agent
        and (low[start] in ("in", "with") or (start > 0 and low[before_noun] in ("in", "with")))
    ):
        # "deployed troops in support of the M23", "advancing with backing from Rwanda"
        k = t.end
        if k < len(low) and low[k] == "from":
            k += 1
            while k < len(low) and low[k] in ("the", "a", "an"):
                k += 1
            if k in reader.span_at:
                return (reader.span_at[k],)
        return left_subject(reader, start - 1)
    if t.kind == "noun" and t.klass in lexicon().apposition_classes:
        named = _apposition_head(reader, start)
        if named:
            return named  # "Algeria, its main backer, said": Algeria backs
    if t.kind == "noun":
        p = possessor_before(reader, start)
        verb = governing_verb(reader, start, p)
        if verb is not None:
            subj = left_subject(reader, verb - 1)
            if subj:
                return subj
        if p:
            return p
        return event_agent(reader, t)
    if start >= 3 and low[start - 1] == "to" and low[start - 2] in WORDS.intention_nouns:
        owner = intention_owner(reader, start - 2)
        if owner:
            return owner
    controller = purpose_controller(reader, start)
    if controller:
        return controller
    return left_subject(reader, start - 1)


def intention_owner(reader: SentenceReader, noun: int) -> tuple[ActorSpan, ...]:
    """Whose resolve the noun at ``noun`` is: its possessor ("Egypt's determination to"),
    else the subject of the verb that states it ("declared their resolve to")."""
    p = possessor_before(reader, noun)
    if p and any(sp.actors for sp in p):
        return p
    verb = governing_verb(reader, noun, p)
    return left_subject(reader, verb - 1) if verb is not None else ()


def by_follows(low: list[str], k: int) -> bool:
    """Does "by" follow at k, or after one adverb ("signed today by", "signed jointly by")?"""
    if low[k : k + 1] == ["by"]:
        return True
    return (
        k + 1 < len(low)
        and low[k + 1] == "by"
        and (low[k] in WORDS.time_adverbs or (low[k].endswith("ly") and low[k].isalpha()))
    )


def _apposition_head(reader: SentenceReader, start: int) -> tuple[ActorSpan, ...]:
    """The actor an apposition describes: "Algeria, its main backer,", "Iran, a key
    backer of Hamas," (the noun at ``start`` after a comma, a determiner or possessive
    and up to two modifiers)."""
    low = reader.low
    k = start - 1
    steps = 0
    while (
        k >= 0
        and steps < 2
        and reader.tokens[k].is_word
        and not reader.tokens[k].is_cap
        and (low[k] not in WORDS.determiners and low[k] not in WORDS.possessive_pronouns)
    ):
        k -= 1
        steps += 1
    if k >= 2 and low[k] == "'s" and (owner := reader.span_at.get(k - 1)) is not None:
        k = owner.start  # "the Soviet Union, Luanda's main arms supplier,": past the owner
        if k < 1:
            return ()
    elif k < 1 or not (low[k] in WORDS.determiners or low[k] in WORDS.possessive_pronouns):
        return ()
    if low[k - 1] != ",":
        return ()
    sp = reader.span_at.get(k - 2)
    if sp is None or sp.end != k - 1 or not sp.actors or reader.roles[id(sp)] == "pp":
        return ()
    return (sp,)


def _is_participle(word: str) -> bool:
    """A past participle by its ending: "backed", "driven"."""
    return word.endswith(("ed", "en"))


_WITH_CLAUSE_WORDS = 20  # "with" + the doers and their appositions


def _with_clause_subject(reader: SentenceReader, start: int) -> tuple[ActorSpan, ...]:
    """The actors between "with" and the -ing verb at ``start``, when the verb follows
    them directly (past an apposition's comma)."""
    low = reader.low
    j = start - 1
    if j > 0 and low[j] == ",":
        # "..., Antonio Garcia, shaking hands": past an apposition's closing comma only
        # ("ties with Morocco, accusing it": "with" governs Morocco, the -ing is the
        # main subject's)
        sp = reader.span_at.get(j - 1)
        if sp is None or sp.start == 0 or low[sp.start - 1] != ",":
            return ()
        j -= 1
    if j < 0 or j not in reader.span_at:
        return ()
    doers = []
    while j >= 0 and start - j <= _WITH_CLAUSE_WORDS:
        w = low[j]
        if w == "with":
            return tuple(reversed(doers))
        if w in (";", ":", ".") or w in WORDS.speech_verbs or w in WORDS.relative:
            return ()
        sp = reader.span_at.get(j)
        if sp is not None:
            if sp.actors and reader.roles[id(sp)] != "possessor":
                doers.append(sp)
            j = sp.start - 1
            continue
        j -= 1
    return ()


def purpose_controller(reader: SentenceReader, start: int) -> tuple[ActorSpan, ...]:
    """The subject of a purpose infinitive after a verb of contact: in "Merkel
    telephoned Putin to press for a halt" Merkel presses, not Putin (who would in
    "urged Putin to press for", where the object is asked to act)."""
    k = contact_verb_before(reader, start)
    return left_subject(reader, k - 1) if k is not None else ()


def contact_verb_before(reader: SentenceReader, start: int) -> int | None:
    """The verb of contact whose purpose infinitive starts at ``start`` ("telephoned
    Putin to press"), past the party contacted; None when there is none."""
    low = reader.low
    if start < 3 or low[start - 1] != "to":
        return None
    k = start - 2
    steps = 0
    while k >= 0 and steps < 8 and low[k] not in WORDS.contact_verbs:
        apposition = reader.span_at.get(k - 1) if low[k] == "," else None
        if apposition is not None and low[apposition.start - 1 : apposition.start] == [","]:
            # "telephoned his counterpart, Amir Khan Muttaqi, to urge": past the name
            k = apposition.start - 2
            steps += 1
            continue
        if low[k] in (",", ";", "that") or low[k] in WORDS.speech_verbs:
            return None
        named = reader.span_at.get(k)
        # a name is one step however long: "phoned General Abdel Fattah al-Burhan and
        # General Mohamed Hamdan Dagalo to urge them"
        k = named.start - 1 if named is not None and named.start < k else k - 1
        steps += 1
    if k < 1 or low[k] not in WORDS.contact_verbs:
        return None
    return k


def governing_verb(reader: SentenceReader, i: int, possessor) -> int | None:
    """Index of a light or speech verb that takes the noun at i as object."""
    j = (min(sp.start for sp in possessor) if possessor else i) - 1
    steps = 0
    while (
        j >= 0
        and steps < 4
        and (
            reader.low[j]
            in ('"', "\u201c", "'", "the", "a", "an", "its", "his", "her", "their", "our")
            or (
                reader.tokens[j].is_word
                and not reader.tokens[j].is_cap
                and reader.low[j] not in WORDS.governing_verbs
                and reader.low[j] not in WORDS.prepositions
                # "stressed that the separatists' offensive ...": a clause, no object
                and reader.low[j] not in ("that", "whether")
                and j not in reader.span_at
            )
        )
    ):
        j -= 1
        steps += 1
    if j >= 0 and reader.low[j] in WORDS.governing_verbs and j not in reader.span_at:
        # ("all member states condemned the strikes": "states" names the actor)
        if j > 0 and (reader.low[j - 1] == "'s" or reader.low[j - 1] in WORDS.determiners):
            return None  # "the community's repeated appeals": an adjective
        if reader.low[j] in WORDS.be_forms | {"has", "had", "have"} and j + 1 < len(reader.low):
            if reader.low[j + 1].endswith(("ed", "en")):
                return None  # "he had called Russia's invasion ...": an auxiliary, not "had"
        return j
    return None


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


def possessor_before(reader: SentenceReader, i: int) -> tuple[ActorSpan, ...] | None:
    j = i - 1
    # skip adjectives: "his long-standing refusal", "Beijing's steadfast support"
    steps = 0
    while (
        j >= 0
        and steps < 4
        and reader.low[j] not in ("'s",)
        and j not in reader.span_at
        and (
            (
                reader.tokens[j].is_word
                and not reader.tokens[j].is_cap
                and (
                    reader.low[j].endswith(WORDS.adjective_endings + ("est",))
                    or reader.low[j] in WORDS.common_adjectives
                )
                and (
                    reader.low[j] not in WORDS.governing_verbs
                    # "the community's repeated appeals": a participle used as adjective
                    or (
                        j > 0
                        and (reader.low[j - 1] == "'s" or reader.low[j - 1] in WORDS.determiners)
                    )
                )
            )
            or reader.low[j] in ('"', "\u201c", "\u201d")
            # a word in scare quotes: America's "ironclad" commitment
            or (0 < j < i - 1 and {reader.low[j - 1], reader.low[j + 1]} <= _QUOTES)
            or reader.low[j] in WORDS.regional_adjectives  # "Pristina's closest Western backer"
            or reader.low[j] in WORDS.weapon_modifiers  # "India's missile attack"
        )
    ):
        j -= 1
        steps += 1
    if j >= 0 and reader.low[j] == "'s":
        sp = reader.span_at.get(j - 1)
        return (sp,) if sp is not None else ()
    if j >= 1 and reader.low[j] in ("'", "\u2019") and reader.low[j - 1].endswith("s"):
        sp = reader.span_at.get(j - 1)  # "the Philippines' closest ally"
        if sp is not None:
            return (sp,)
    sp = reader.span_at.get(j)
    if sp is not None and sp.how == "pronoun" and reader.low[sp.start] in WORDS.possessive_pronouns:
        return (sp,)
    return None
