"""Triggers: the cue words of a sentence that say what kind of act it reports
("called for", "offered", "rejected", "condemned", "backs", "shelled")."""

from __future__ import annotations

import re

from analysis.signals.lexicon import GAP, GAP_WORDS, Trigger, cues_by_first_two, lexicon
from analysis.signals.reader import SentenceReader
from analysis.signals.subjects import governing_verb, possessor_before
from analysis.signals.words import WORDS
from analysis.text import inflect

SUPPORT_COMPOUND = re.compile(
    r"^(?P<who>.+)-(backed|aligned|allied|supported|sponsored|armed)$", re.I
)


# -- triggers ---------------------------------------------------------------
def find_triggers(reader: SentenceReader) -> list[Trigger]:
    lex = lexicon()
    found: list[Trigger] = []
    n = len(reader.low)
    cues = cues_by_first_two()
    words = reader.sa.words
    for i in [k for k, w in enumerate(reader.low) if w in cues]:
        any_second, by_second = cues[reader.low[i]]
        nxt = reader.low[i + 1] if i + 1 < n else None
        for pat in by_second.get(nxt, any_second):
            if len(pat.words) == 1:
                pos = [i]  # a one-word cue: its word is the one indexed
            elif pat.words[1] is not GAP and len(pat.words) == 2:
                pos = [i, i + 1]  # a two-word cue: indexed by both its words
            else:
                # a cue with a gap: only if the sentence has a word to follow the gap
                if pat.words[1] is GAP and words.isdisjoint(pat.words[2]):
                    continue
                pos = match_pattern(reader, pat.words, i, pat.gap_words)
                if pos is None:
                    continue
            kind = pat.kind
            if kind == "verb" and (
                used_as_noun(reader, i)
                # "clashes between Niger and Pakistan": fighting named with its parties
                or (pat.klass == "attack" and reader.between_after(pos[-1] + 1) is not None)
            ):
                kind = "noun"  # "international calls for negotiations"
            cue_end = pos[-1] + 1
            if (
                pat.klass in POSSESSOR_IN_GAP
                and len(pos) > 1
                and "'s" in reader.low[pos[-2] + 1 : pos[-1]]
            ):
                # "commitment to Israel's security": the possessor in the gap is the
                # cue's object, so the cue ends before it
                cue_end = pos[-2] + 1
            elif (
                pat.klass in OBJECT_IN_CUE and len(pos) > 1 and reader.low[pos[-1]] in lex.concepts
            ):
                # "extended their ceasefire": the cue's last word is its object
                cue_end = pos[0] + 1
            elif (
                pat.klass in OBJECT_IN_GAP
                and kind == "verb"
                and len(pos) > 1
                and any(k in reader.span_at for k in range(pos[0] + 1, pos[-1]))
            ):
                # those named in the gap are the object, as after "urged"
                cue_end = pos[0] + 1
            found.append(Trigger(pat.klass, kind, i, cue_end, tuple(pos)))
    # an imperative opening the sentence or a quotation is its speaker's demand: "Lay
    # down your guns and come to the table", '"Stop the war," he said'
    first = 1 if n > 1 and reader.low[0] in ('"', "\u201c") else 0
    if (
        first < n
        and reader.tokens[first].is_cap
        and reader.low[first] in lex.concepts
        and _opens_imperative(reader, first)
    ):
        found.append(Trigger("deontic", "verb", first, first + 1, (first,)))
    # hyphenated support compounds: "Iran-aligned Houthis" (no hyphen in the text, no word to visit)
    if "-" in reader.sa.sentence.text:
        for i in [k for k, w in enumerate(reader.low) if "-" in w]:
            if SUPPORT_COMPOUND.match(reader.tokens[i].text) and i + 1 < n:
                found.append(Trigger("support_compound", "noun", i, i + 1, (i,)))
    if not found:
        return found
    # a wish named by a noun is no call ("their support in reaching the truce") unless a
    # verb states it: "reaffirmed their support for dialogue"
    found = [
        t
        for t in found
        if not (
            t.klass == "want"
            and t.kind == "noun"
            and governing_verb(reader, t.start, possessor_before(reader, t.start)) is None
        )
    ]
    # a verb form right after a cue is its object: "rules out attacks"
    # ("are pressing", "was urging": a progressive's auxiliary is no cue of its own)
    cue_ends = {
        t.end
        for t in found
        if t.kind == "verb"
        and not (
            reader.low[t.end - 1] in WORDS.be_forms
            and t.end < n
            and reader.low[t.end].endswith("ing")
        )
    }
    for t in found:
        if t.kind == "verb" and t.start in cue_ends and t.klass in ("attack", "request", "condemn"):
            t.kind = "noun"
    # "entered into force", "entered the war": no incursion; "armed groups": an adjective
    found = [
        t
        for t in found
        if not (
            t.klass == "attack"
            and reader.low[t.start] in ("enter", "entered", "enters", "entering")
            and (
                t.end >= n
                or not (reader.tokens[t.end].is_cap or reader.low[t.end] in ("the", "a"))
                or reader.low[t.end] == "into"
                or (
                    t.end + 1 < n
                    and reader.low[t.end + 1]
                    in ("war", "conflict", "fray", "talks", "negotiations", "race", "force")
                )
            )
        )
        and not (
            # "heavily armed RSF units", "the armed Houthis": an adjective before a name
            reader.low[t.start] == "armed"
            and t.start > 0
            and (
                reader.low[t.start - 1].endswith("ly")
                or reader.low[t.start - 1] in ("well", "better", "best")
                or reader.low[t.start - 1] in WORDS.determiners
            )
        )
        and not (
            reader.low[t.start] == "armed"
            and t.end < n
            and reader.tokens[t.end].is_word
            and reader.low[t.end] not in WORDS.determiners
            and reader.low[t.end] != "by"  # "armed by Iran" is a passive, not "armed groups"
            and reader.low[t.end] not in ("and", "or")  # "has armed and trained the Houthis"
            and t.end not in reader.span_at
        )
    ]
    # "fought alongside Malian soldiers", "fought for Haftar", "fought for independence": a
    # side or a cause, not the fighting itself ("fighting for control of the hamlets" is)
    found = [
        t
        for t in found
        if not (
            t.klass == "attack"
            and reader.low[t.start] in WORDS.fight_forms
            and t.end < n
            and reader.low[t.end] in WORDS.fight_side_words
            and WORDS.fought_over.isdisjoint(reader.low[t.end + 1 : t.end + 2])
        )
    ]
    # "step back", "get back to the table": a particle, not backing
    found = [
        t
        for t in found
        if not (
            reader.low[t.start] == "back"
            and (
                (t.start > 0 and reader.low[t.start - 1] in WORDS.particle_verbs)
                # "hand power back to parliament", "get back into talks": a direction
                or (t.end < n and reader.low[t.end] in ("to", "into", "from", "on", "in"))
                # "to pull their heavy weapons back.": backing has an object
                or t.end == n
                or not reader.tokens[t.end].is_word
            )
        )
    ]
    found = [t for t in found if not _names_no_act(reader, t, found)]
    # "invited the ELN to declare a truce": an invitation to an act asks for it
    for t in found:
        if t.klass == "invite" and t.kind == "verb" and invited_to_act(reader, t.end):
            t.klass = "request"
    # keep the longest cue of each class at a position
    found.sort(key=lambda t: (t.start, -(t.end - t.start)))
    out: list[Trigger] = []
    for t in found:
        if any(o.klass == t.klass and o.start <= t.start < o.end for o in out):
            continue
        # an idiom is read whole: "struck a deal" is no strike, "slammed the door on
        # talks" no condemnation; a one-word cue yields to a longer cue of another
        # class at the same word or holding it ("has the full support of Turkey")
        if t.end - t.start == 1 and any(
            (o.start == t.start or (t.start in o.positions and o.kind == "verb"))
            and len(o.positions) > 2
            and o.klass != t.klass
            for o in found
        ):
            continue
        # words inside an actor's name are not cues ("Supreme Political Council" is not "call")
        if t.start in reader.span_at and reader.span_at[t.start].how not in (
            "forces",
            "government",
        ):
            continue
        out.append(t)
    # a cue's "that" opens a clause whose subject comes next, not the cue's object:
    # "alleged that Dutch troops attacked": the troops attacked
    reader.verb_ends = frozenset(
        t.end - 1 - (reader.low[t.end - 1] == "that" and t.end - t.start > 1)
        for t in out
        if t.kind == "verb"
    )
    return out


def _parties_to(low: list[str], i: int) -> bool:
    """Does the noun at ``i`` say whose parties or sides are meant ("the parties to the
    present fighting", "both sides in the fighting")?"""
    k = i - 1
    while k >= 0 and (low[k] in WORDS.determiners or low[k] in WORDS.ongoing_modifiers):
        k -= 1
    return k >= 1 and low[k] in ("to", "in") and low[k - 1] in WORDS.party_nouns


def _names_no_act(reader: SentenceReader, t: Trigger, found: list[Trigger]) -> bool:
    """A cue that names no act here: attacks that may come ("any further attacks",
    "possible strikes"), pressing on with an attack ("were pressing their assault",
    no request of anyone), an invited force ("would invite a peacekeeping force")."""
    low = reader.low
    if t.klass in ("attack", "attack_light"):
        if (t.kind == "verb" or low[t.end - 1].endswith("ed")) and _idiom_object(reader, t.end):
            return True  # "struck a conciliatory tone", "hit a snag"
        if t.kind == "verb" and _participle_before_noun(reader, t):
            return True  # "withdraw from all occupied areas", "the besieged city"
        if t.kind == "noun" and _parties_to(low, t.start):
            return True  # "all parties to the present fighting": who they are, no report
        if (
            t.kind == "verb"
            and (t.end >= len(low) or not low[t.end].isalpha())
            and (low[t.start] in WORDS.holding_verbs)
        ):
            return True  # "in the positions they now occupy": ground held, no attack
        return t.kind == "noun" and not WORDS.unrealised_modifiers.isdisjoint(
            low[max(0, t.start - 2) : t.start]
        )
    if t.klass == "request":
        return (
            t.end - t.start == 1
            and low[t.start] in _PRESS
            and any(
                o.klass in ("attack", "attack_light") and t.end <= o.start <= t.end + 2
                for o in found
            )
        )
    if t.klass == "command":
        # "in order to end the war", "an executive order" (an order to another party is a
        # demand: attribution reads it so)
        return t.kind == "noun"
    if t.klass == "invite":
        return not WORDS.invited_forces.isdisjoint(low[t.end : t.end + 4])
    return False


_PRESS = frozenset(inflect("press"))


# quantifiers before a participle used as an adjective ("all occupied areas"); not
# determiners, which would make "they all agreed" a noun
_QUANTIFIERS = frozenset({"all", "both", "other", "more", "most"})


def _participle_before_noun(reader: SentenceReader, t: Trigger) -> bool:
    """Is the one-word cue a past participle used as an adjective: after a determiner
    or a preposition and before a plain noun ("all occupied areas", "from the besieged
    city")?"""
    low = reader.low
    i = t.start
    if t.end != i + 1 or not low[i].endswith("ed") or i == 0 or t.end >= len(low):
        return False
    before, after = low[i - 1], reader.tokens[t.end]
    return (
        (before in WORDS.determiners or before in WORDS.prepositions or before in _QUANTIFIERS)
        and after.is_word
        and not after.is_cap
        and t.end not in reader.span_at
        and low[t.end] not in WORDS.determiners
        and low[t.end] not in WORDS.prepositions
    )


def _idiom_object(reader: SentenceReader, k: int) -> bool:
    """Is the object starting at k one that makes a verb of striking an idiom ("a
    conciliatory tone", "a snag"), past an article and up to two modifiers?"""
    low = reader.low
    for j in range(k, min(len(low), k + 4)):
        if low[j] in WORDS.non_attack_objects:
            return True
        if j in reader.span_at or not reader.tokens[j].is_word or reader.tokens[j].is_cap:
            return False
    return False


def _opens_imperative(reader: SentenceReader, i: int) -> bool:
    """Does a call's phrase (a ceasefire's or talks', two words or more, a verb first:
    "lay down your guns", "return to the table") start at token i?"""
    return any(
        name in ("ceasefire", "talks") and start == i and end - start > 1
        for name, start, end in reader.concept_phrases()
    )


def invited_to_act(reader: SentenceReader, after: int) -> bool:
    """Whether an invitation's object is followed by "to" and a verb of an act other
    than coming to a meeting ("invited both parties to resume negotiations"), not by
    a place or a meeting ("invited them to Moscow", "to talks", "to come to Doha")."""
    low = reader.low
    for k in range(after, min(after + 9, len(low) - 1)):
        if (
            low[k] in WORDS.gap_breakers
            or low[k] in WORDS.temporal_links
            or (low[k] in WORDS.subordinators)
        ):
            return False  # "invited both sides after X dropped his refusal to negotiate"
        if low[k] == "to":
            nxt = reader.tokens[k + 1]
            return (
                nxt.is_word
                and not nxt.is_cap
                and not nxt.text[0].isdigit()
                and low[k + 1] not in WORDS.determiners
                and low[k + 1] not in WORDS.possessive_pronouns
                and low[k + 1] not in WORDS.visiting_verbs
                and low[k + 1] not in WORDS.invitation_nouns
            )
    return False


# how far back a gerund coordinated with another is looked for
_GERUND_REACH = 15


def _coordinated_gerund(reader: SentenceReader, i: int) -> bool:
    """Is the -ing form at i (after "and"/"or") coordinated with a gerund that a
    preposition governs earlier in the same clause ("of raiding ... and abducting")?"""
    low = reader.low
    for j in range(i - 2, max(0, i - _GERUND_REACH) - 1, -1):
        if low[j] in (",", ";", ":") or low[j] in WORDS.be_forms:
            return False
        if (
            j > 0
            and low[j].endswith("ing")
            and low[j - 1] in WORDS.prepositions
            and low[j - 1] != "to"
        ):
            return True
    return False


def _ends_a_name(reader: SentenceReader, k: int) -> bool:
    """Does an actor's name or title end at k ("the NATO chief urged": "chief" ends
    the subject, it does not describe the verb form after it)?"""
    sp = reader.span_at.get(k)
    return (
        sp is not None
        and sp.end == k + 1
        and sp.start < k
        and sp.how not in ("forces", "adjective")
    )


def used_as_noun(reader: SentenceReader, i: int) -> bool:
    """A verb form used as a noun: after a determiner, a possessive or an adjective,
    or before the head of a compound ("a UN arms embargo", "attack helicopters")."""
    if i + 1 < len(reader.low) and reader.low[i + 1] in WORDS.compound_heads:
        return True
    if i == 0 or reader.low[i] in WORDS.negations:
        return False  # a cue opened by "never" is no noun ("vowed never to stop")
    inside = reader.span_at.get(i)
    if inside is not None and inside.how == "forces" and inside.start < i == inside.end - 1:
        return True  # the head of a compound naming the forces: "the Russian attack"
    prev = reader.low[i - 1]
    if (
        i >= 2
        and prev.endswith("ly")
        and reader.low[i].endswith("ing")
        and reader.low[i - 2] in WORDS.prepositions
        and reader.low[i - 2] not in ("to", "than")
    ):
        return True  # "accused Russia of deliberately targeting": a gerund after "of" still
    if (
        prev in WORDS.determiners
        or prev == "'s"
        or (prev in WORDS.prepositions and prev not in ("to", "than"))  # "more than urge"
        or (prev in WORDS.common_adjectives and not _ends_a_name(reader, i - 1))
    ):
        return True
    owner = reader.span_at.get(i - 1)
    if prev in WORDS.weapon_modifiers and owner is not None and "'s" in reader.low[owner.start : i]:
        return True  # "India's missile attack": a weapon after a possessive names a compound
    if reader.low[i].endswith("ing") and i + 1 < len(reader.low) and reader.low[i + 1] == "of":
        return True  # "the signing of the declaration"
    if reader.low[i].endswith("ing") and prev in ("and", "or") and _coordinated_gerund(reader, i):
        return True  # "accused the rebels of raiding villages and abducting children"
    if _ends_a_name(reader, i - 1):
        return False  # "the UN secretary-general called": a title's "-al" is no adjective
    # "the heinous terrorist attack", "the April attack": adjectives after a determiner
    j = i - 1
    steps = 0
    while (
        j >= 0
        and steps < 3
        and reader.tokens[j].is_word
        and (
            (
                not reader.tokens[j].is_cap
                and (
                    reader.low[j].endswith(WORDS.adjective_endings)
                    or reader.low[j] in WORDS.common_adjectives
                )
                and reader.low[j] not in WORDS.nouns_like_adjectives
            )
            or reader.low[j] in WORDS.months_and_days
            or reader.low[j] in WORDS.weapon_modifiers  # "the water cannon attack"
        )
    ):
        j -= 1
        steps += 1
    if steps and j >= 0 and (reader.low[j] in WORDS.determiners or reader.low[j] == "'s"):
        return True
    if steps and j < 0:
        return True  # "Heavy shelling by Russian forces hit the town": opens the sentence
    if (
        steps
        and j >= 0
        and reader.low[j] in WORDS.prepositions
        and not any(w in WORDS.months_and_days for w in reader.low[j + 1 : i])
    ):
        return True
    if (
        i >= 2
        and reader.tokens[i - 1].is_cap
        and (i - 1) not in reader.span_at
        and reader.low[i - 2] in WORDS.determiners
    ):
        return True  # "the Pahalgam attack"
    if (
        prev == "and"
        and reader.low[i] in WORDS.coordinated_verbs
        and i + 1 < len(reader.low)
        and (
            (reader.low[i - 2] == "," and reader.low[i + 1] in ("on", "upon", "for", "that"))
            or reader.low[i + 1] in ("on", "upon", "that")
        )
    ):
        # "underlines that ..., and calls on the parties to resume talks", "reaffirms that
        # the strip is its territory and demands that Libya withdraw"
        return False
    if (
        prev in ("and", "or", ",")
        and reader.low[i] in WORDS.nounish_forms
        and i >= 2
        and not reader.tokens[i - 2].is_cap
        and (i - 2) not in reader.span_at
    ):
        return True  # "the instability and attacks"
    return (
        prev.endswith(("al", "ed", "ing"))
        and prev not in WORDS.not_adjectives
        and reader.tokens[i - 1].is_word
        and not reader.tokens[i - 1].is_cap
    )


# trigger classes whose object may be a possessor inside the cue's last gap
POSSESSOR_IN_GAP = frozenset({"support", "aligned"})
# trigger classes whose cue may end with its object ("extend ... ceasefire")
OBJECT_IN_CUE = frozenset({"agree"})
# trigger classes whose gap may hold their object ("told Israel and Hamas to ...",
# "drove Ukrainian troops out of ..."): the cue then ends at its verb
OBJECT_IN_GAP = frozenset({"request", "attack"})
# trigger classes of taking part in talks: their object may be in the cue itself
PARTICIPATION = frozenset({"participate", "go_to_talks"})
# trigger classes of offering or stating readiness: their act is what they offer, near them
OFFERING = frozenset({"offer", "ready"})


def match_pattern(
    reader: SentenceReader, words: tuple, i: int, gap_words: int = GAP_WORDS
) -> list[int] | None:
    pos: list[int] = []
    j = i
    k = 0
    while k < len(words):
        w = words[k]
        if w is GAP:
            nxt = words[k + 1]
            for skip in range(0, gap_words + 1):
                if j + skip >= len(reader.low):
                    return None
                if reader.low[j + skip] in nxt:
                    j = j + skip
                    break
                if reader.low[j + skip] in WORDS.gap_breakers:
                    return None  # the next cue word would belong to a clause of its own
            else:
                return None
            k += 1
            continue
        if j >= len(reader.low) or reader.low[j] not in w:
            return None
        pos.append(j)
        j += 1
        k += 1
    return pos
