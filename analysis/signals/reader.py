"""One sentence as the signal extractor reads it: tokens, actor spans and
their grammatical roles, clause boundaries and the concepts it names.

The other modules of this package ask the reader questions (who is the
subject, who reported it, is it negated); what several of them ask alike is
read once per sentence and kept here.
"""

from __future__ import annotations

from bisect import bisect_left

from analysis.models import Actor
from analysis.signals.lexicon import concepts_by_first_two, lexicon
from analysis.signals.words import WORDS
from analysis.text import ActorSpan, ParsedSentence

# the only words at which clause_end may stop
_CLAUSE_MARKS = frozenset({";", ":", "but", "whereas", ",", '"', "\u201d"})


# the most words of a verb between an event noun and its "between": "has broken out"
_OCCURRENCE_WORDS = 3
# the setting prepositions as word lists ("on the sidelines of"), by their last word
_SETTINGS: dict[str, list[list[str]]] = {}
for _phrase in WORDS.setting_prepositions:
    _SETTINGS.setdefault(_phrase.split()[-1], []).append(_phrase.split())


# what stands before a name without ending a list: 'Ethiopia and the "Somaliland" region'
_ARTICLES = frozenset({"the", "a", "an", '"', "\u201c"})


class SentenceReader:
    def __init__(self, sa: ParsedSentence, voice: tuple[Actor, ...], pact: tuple[str, ...] = ()):
        self.sa = sa
        # the concepts of the ceasefire or deal an object "it" stands for (see pact_it)
        self.pact = pact
        self.tokens = sa.tokens
        self.low = sa.low
        self.spans = sa.spans
        self.voice = voice
        self.span_at: dict[int, ActorSpan] = {}
        self._boundaries: list[int] | None = None  # words that may end a clause, when first needed
        # what several triggers of a sentence ask alike, read once
        self.subject_cache: dict[int, tuple[ActorSpan, ...]] = {}
        self.coordinates_cache: dict[int, tuple[ActorSpan, ...]] = {}
        # a trigger's subject, reporter, then (modality, undone), by (class, kind, start, end)
        self.trigger_reads: dict[tuple[str, str, int, int], list] = {}
        self._concept_matches: list[tuple[str, int, int]] | None = None
        # last words of the cue verbs, once the triggers are found: what follows is an object
        self.verb_ends: frozenset[int] = frozenset()
        for sp in self.spans:
            for i in range(sp.start, sp.end):
                self.span_at[i] = sp
        self.roles = self._roles()

    # -- roles of mentions ---------------------------------------------------
    def _roles(self) -> dict[int, str]:
        """id(span) -> "pp" (object of a preposition), "agent" (after "by"),
        "possessor" ("Russia's"), or "core" (subject or object)."""
        roles: dict[int, str] = {}
        prev_span: ActorSpan | None = None
        for sp in self.spans:
            j = sp.start - 1
            while j >= 0 and self.low[j] in (
                "the",
                "a",
                "an",
                "both",
                "all",
                "its",
                "their",
                "his",
                "her",
                '"',  # a name in quotation marks: 'the "Somaliland" region'
                "\u201c",
            ):
                j -= 1
            # "by around 30 heavily armed Serb gunmen": counts and descriptions first
            k = j
            while (
                k >= 0
                and k > j - 6
                and (
                    self.low[k] in WORDS.noun_phrase_openers
                    or self.low[k] in ("the", "a", "an")
                    or self.low[k].isdigit()
                    or (self.low[k].endswith("ly") and not self.tokens[k].is_cap)
                )
            ):
                k -= 1
            if k < j and k >= 0 and self.low[k] == "by":
                j = k
            # "At an emergency Security Council session": a preposition before an adjective
            if (
                j >= 1
                and self.tokens[j].is_word
                and not self.tokens[j].is_cap
                and self.low[j]
                in (
                    "emergency",
                    "extraordinary",
                    "special",
                    "closed-door",
                    "urgent",
                    "informal",
                    "joint",
                )
                and self.low[j - 1] in ("an", "a", "the")
            ):
                j -= 2
            before = self.low[j] if j >= 0 else ""
            if before in ("of", "from") and j >= 1 and self.low[j - 1] in WORDS.body_members:
                before = ""  # "the members of the Security Council called", "envoys from Kyiv signed": the body acts
            if before == "including" and j >= 1 and self.low[j - 1] == ",":
                before = ""  # "several governments, including the United States, have called"
            if before == "by":
                role = "agent"
            elif before in WORDS.prepositions:
                role = "pp"
            elif (
                before in (",", "and", "or")
                and prev_span is not None
                and roles.get(id(prev_span)) in ("pp", "agent")
                and self.adjacent(prev_span, sp)
                and (self.between(prev_span, sp) in (["and"], ["or"]) or self.list_goes_on(sp))
            ):
                # "with the African Union, Qatar and Togo": the list shares the preposition,
                # but "Speaking in Ankara, Turkish Foreign Minister Hakan Fidan said" does not
                role = roles[id(prev_span)]
            else:
                role = "core"
            if (
                sp.end < len(self.low)
                and self.low[sp.end] == "'s"
                or sp.how == "pronoun"
                and self.low[sp.start] in WORDS.possessive_pronouns
            ):
                if role == "core":
                    role = "possessor"
            elif (
                role == "core"
                and sp.end < len(self.low)
                and self.low[sp.end] in WORDS.modified_nouns
            ):
                role = "modifier"  # "a Security Council session", "UN experts"
            roles[id(sp)] = role
            prev_span = sp
        # "We, the Foreign Ministers of the G7, together with ..., condemn": the names in
        # the apposition of a sentence-initial pronoun are not its subject
        if len(self.low) > 2 and self.low[0] in ("we", "they") and self.low[1] == ",":
            end = self._apposition_end(2)
            for sp in self.spans:
                if 2 <= sp.start < end:
                    roles[id(sp)] = "apposition"
        return roles

    def _apposition_end(self, k: int) -> int:
        """End of an apposition starting at k: the first comma followed by a verb-like word."""
        for i in range(k, len(self.low) - 1):
            nxt = self.low[i + 1]
            if (
                self.low[i] == ","
                and self.tokens[i + 1].is_word
                and not self.tokens[i + 1].is_cap
                and nxt
                not in (
                    "together",
                    "along",
                    "and",
                    "as",
                    "alongside",
                    "the",
                    "a",
                    "an",
                    "including",
                    "with",
                    "of",
                    "plus",
                )
            ):
                return i
        return k

    def between(self, a: ActorSpan, b: ActorSpan) -> list[str]:
        return [w for w in self.low[a.end : b.start] if w not in _ARTICLES]

    def list_goes_on(self, sp: ActorSpan) -> bool:
        """Is the mention followed by another list item ("Qatar and Togo", "Qatar, Togo")?"""
        k = sp.end
        if k < len(self.low) and self.low[k] in ("and", "or", ","):
            k += 1
            while k < len(self.low) and self.low[k] in ("the", "a", "an"):
                k += 1
            return k in self.span_at
        return False

    def adjacent(self, a: ActorSpan, b: ActorSpan) -> bool:
        between = self._separator(a, b)
        return between is not None and between in ([","], ["and"], [",", "and"], ["or"])

    def near(self, a: ActorSpan, b: ActorSpan) -> bool:
        """Few enough words between a and b for a list separator (see ``adjacent``);
        a mention after b is nearer to a than b is only if b is."""
        return self._separator(a, b) is not None

    def _separator(self, a: ActorSpan, b: ActorSpan) -> list[str] | None:
        """The words between two mentions but articles (and modifiers after the
        first word); None when there are more than any list separator has (two)."""
        between: list[str] = []
        for w in self.low[a.end : b.start]:
            if w in WORDS.actor_modifiers and between:
                continue  # "and the paramilitary RSF": the modifier is part of the next name
            if w not in _ARTICLES:
                if len(between) == 2:
                    return None
                between.append(w)
        return between

    def between_after(self, end: int) -> int | None:
        """Where "between" names the parties of the event noun ending at ``end``:
        right after it ("clashes between ...") or after a verb of it happening
        ("clashes erupted between ...", "fighting has broken out between ...")."""
        low = self.low
        for k in range(end, min(end + _OCCURRENCE_WORDS + 1, len(low))):
            if low[k] == "between":
                return k
            if not self.tokens[k].is_word or self.tokens[k].is_cap or k in self.span_at:
                return None
            if low[k] in WORDS.prepositions or low[k] in WORDS.determiners:
                return None
        return None

    def object_of_verb(self, sp: ActorSpan) -> bool:
        """Does a verb govern this mention: "condemned Iran", "welcomed the Houthis' offer"?

        A verb is a cue verb, or a past form in "-ed" that is no modifier of actors
        ("the paramilitary", "armed groups" are not verbs; "Iran-backed" is one word)."""
        k = sp.start - 1
        # past articles and adjectives: "supports the Tripoli-based government"
        while k >= 0 and (
            self.low[k] in ("the", "a", "an")
            or self.low[k] in WORDS.common_adjectives
            or (
                "-" in self.low[k][1:]
                and self.low[k].rsplit("-", 1)[1].isalpha()
                and k not in self.span_at
            )  # fmt: skip
        ):
            k -= 1
        if k < 0:
            return False
        w = self.low[k]
        return k in self.verb_ends or (
            len(w) > 4
            and w.endswith("ed")
            and w.isalpha()
            and not self.tokens[k].is_cap
            and w not in WORDS.actor_modifiers
        )

    # -- concepts -------------------------------------------------------------------
    def concepts_in(self, a: int, b: int) -> dict[str, int]:
        """Concepts named in tokens[a:b], with the position of their first word."""
        lex = lexicon()
        found: dict[str, int] = {}
        low = self.low
        b = min(b, len(low))
        window = low[a:b]
        for name, start, end in self.concept_phrases():
            if start >= b:
                break
            if start >= a and end <= b and name not in found:
                found[name] = start
        # "for the fighting in Tigray to stop": an ending verb near a fighting noun
        if "ceasefire" not in found and not lex.fighting_nouns.isdisjoint(window):
            for i in range(a, b):
                if self.low[i] in lex.fighting_nouns:
                    for j in range(max(a, i - 6), min(b, i + 10)):
                        if self.low[j] in lex.ending_verbs and j != i:
                            found["ceasefire"] = min(i, j)
                            break
                if "ceasefire" in found:
                    break
        if "ceasefire" in found and "ended_truce" not in found:
            ended = self._truce_ended(found["ceasefire"], b)
            if ended is not None:
                found["ended_truce"] = ended
                found.pop("ceasefire")
                found.pop("deal", None)
        if "ceasefire" not in found and not lex.withdrawing_verbs.isdisjoint(window):
            # "withdraw all its forces from Kuwait", "pull its troops back"
            for i in range(a, b):
                if low[i] in lex.withdrawing_verbs and not lex.withdrawn_forces.isdisjoint(
                    low[i + 1 : min(b, i + 6)]
                ):
                    found["ceasefire"] = i
                    break
        if "mediation" not in found and not WORDS.meeting_verbs.isdisjoint(window):
            for i in range(a, b):
                if low[i] in WORDS.meeting_verbs and self._two_named_after(i + 1):
                    found["mediation"] = i
                    break
        if "compliance" in found and "ceasefire" not in found and "ceasefire" in self.pact:
            found["ceasefire"] = found["compliance"]  # implementing a truce: the truce kept
        if "mediation" not in found and "together" in window:
            # "bring Sudan and Chad together": the parties between the verb and "together"
            for i in range(a, b):
                if low[i] in WORDS.bringing_verbs and "together" in low[i + 1 : min(b, i + 10)]:
                    found["mediation"] = i
                    break
        if "fighting" not in found and not lex.fighting_nouns.isdisjoint(window):
            # "vowed to continue their attacks": going on with the fighting
            for i in range(a, b):
                if low[i] in lex.continuing_verbs:
                    following = low[i + 1 : min(b, i + 5)]
                    if not lex.fighting_nouns.isdisjoint(following):
                        found["fighting"] = i
                        break
                if low[i] in lex.fighting_nouns and (going_on := self._going_on(i, b)):
                    found["fighting"] = going_on
                    break
        return found

    def _named_processes(self) -> list[tuple[str, int, int]]:
        """Talks named after a place: "the Luanda process", "the Luanda and Nairobi
        processes", "the Normandy format" (a capitalised word before the noun, not the
        sentence's first)."""
        low, tokens = self.low, self.tokens
        found: list[tuple[str, int, int]] = []
        if WORDS.process_nouns.isdisjoint(self.sa.words):
            return found
        for i in range(2, len(low)):
            if low[i] in WORDS.process_nouns and tokens[i - 1].is_cap:
                j = i - 1
                while j > 1 and (tokens[j - 1].is_cap or low[j - 1] == "and"):
                    j -= 1
                found.append(("talks", j, i + 1))
        return found

    def _truce_ended(self, at: int, b: int) -> int | None:
        """Where "an end to" opens the truce named at or after ``at`` ("declared an end
        to its 1991 ceasefire"), within four words before the truce word."""
        low, lex = self.low, lexicon()
        for i in range(at, min(b, at + 3)):
            if low[i] in lex.truce_words:
                for j in range(max(0, i - 5), i):
                    for words in lex.truce_ending:
                        if tuple(low[j : j + len(words)]) == words and j + len(words) + 2 >= i:
                            return j
                return None
        return None

    def _two_named_after(self, k: int) -> bool:
        """Whether two actors named together start at token ``k`` ("him and Erdogan",
        "the leaders of Armenia and Azerbaijan")."""
        low, span_at = self.low, self.span_at
        if k < len(low) and low[k] in ("with", "both"):
            k += 1
        first = span_at.get(k)
        if first is None:
            return False
        if len({a.name for a in first.actors}) > 1:
            return True
        j = first.end
        if j >= len(low) or low[j] != "and":
            return False
        j += 1
        if j < len(low) and low[j] in WORDS.determiners:
            j += 1  # "Colombia and the ELN"
        return j in span_at

    def _going_on(self, noun: int, b: int) -> int | None:
        """Where a verb of going on follows a fighting noun as its predicate ("the
        battle to retake the countryside would go on"), within ten words and the clause."""
        low, going_on = self.low, lexicon().going_on
        if any(w in WORDS.conditionals for w in low[max(0, noun - 4) : noun]):
            return None  # "threatened to strike if the attacks continued": a condition
        for j in range(noun + 1, min(b, noun + 11)):
            if low[j] in WORDS.clause_openers or low[j] in WORDS.subordinators:
                return None
            if (low[j],) in going_on or (j + 1 < b and (low[j], low[j + 1]) in going_on):
                return j
        return None

    def concept_phrases(self) -> list[tuple[str, int, int]]:
        """Every concept phrase of the sentence as (concept, start, end), in
        the order of their first words; read once, as triggers ask for many windows."""
        if self._concept_matches is None:
            concepts = concepts_by_first_two()
            low = self.low
            matches: list[tuple[str, int, int]] = []
            if not concepts.keys().isdisjoint(low):
                n = len(low)
                for i in [k for k, w in enumerate(low) if w in concepts]:
                    named = self.span_at.get(i)
                    if named is not None and named.how == "name" and named.end - named.start > 1:
                        continue  # "the Government of National Accord" names no accord
                    one_word, by_second = concepts[low[i]]
                    nxt = low[i + 1] if i + 1 < n else None
                    for name, seq in by_second.get(nxt, one_word):
                        end = i + len(seq)
                        if end == i + 1:
                            matches.append((name, i, end))  # a one-word concept
                            continue
                        if end > n:
                            continue
                        for k in range(2, len(seq)):
                            if low[i + k] not in seq[k]:
                                break
                        else:
                            matches.append((name, i, end))
            if matches:
                matches = [m for m in matches if not self._in_setting(m[0], m[1])]
            named_processes = self._named_processes()
            if named_processes:
                matches.extend(named_processes)
                matches.sort(key=lambda m: m[1])
            if self.pact:
                matches.extend(self._pact_pronouns())
                matches.sort(key=lambda m: m[1])
            if lexicon().masks and matches:
                # "an emergency meeting of the Security Council" names no talks
                hidden = [
                    (s, e, lexicon().masks[name])
                    for name, s, e in matches
                    if name in lexicon().masks
                ]
                matches = [
                    m
                    for m in matches
                    if not any(s <= m[1] and m[2] <= e and m[0] in h for s, e, h in hidden)
                ]
            self._concept_matches = matches
        return self._concept_matches

    def _in_setting(self, concept: str, start: int) -> bool:
        """Is the concept phrase at ``start`` the time or place of an act ("at the
        summit", "during last week's talks", "after the truce"), not its object?"""
        low, tokens = self.low, self.tokens
        k = start - 1
        steps = 0
        while (
            k >= 0
            and steps < 3
            and (
                low[k] in WORDS.determiners
                or low[k] == "'s"
                or low[k] in WORDS.common_adjectives
                or low[k] in WORDS.months_and_days
                or low[k].isdigit()
                or (tokens[k].is_cap and k > 0)
            )
        ):
            k -= 1
            steps += 1
        if k >= 0 and low[k] in WORDS.meeting_prepositions:
            return concept == "talks"
        return k >= 0 and any(
            k - len(words) + 1 >= 0 and low[k - len(words) + 1 : k + 1] == words
            for words in _SETTINGS.get(low[k], ())
        )

    def _pact_pronouns(self) -> list[tuple[str, int, int]]:
        """ "respect it", "abide by it", "implement its provisions": after a verb of
        keeping or breaking a pact, "it" is the pact last named."""
        low = self.low
        out: list[tuple[str, int, int]] = []
        if "it" not in self.sa.words and "its" not in self.sa.words:
            return out
        for k, w in enumerate(low):
            if w not in ("it", "its") or k == 0:
                continue
            verb = k - 2 if low[k - 1] in ("by", "to", "with") and k > 1 else k - 1
            if low[verb] not in WORDS.pact_verbs or low[verb] in ("by", "to", "with"):
                continue
            if w == "it":
                out.extend((name, k, k + 1) for name in self.pact)
            elif k + 1 < len(low) and low[k + 1] in WORDS.pact_parts:
                out.extend((name, k, k + 2) for name in self.pact)
        return out

    # -- clause structure ----------------------------------------------------------
    def clause_end(self, start: int) -> int:
        """End of the clause that starts at ``start``: a semicolon, a colon,
        a trailing ", X said" or the sentence end."""
        for i in self.clause_marks_from(start):
            if self.low[i] in (";", ":", "but", "whereas"):
                return i
            if (
                self.low[i] == ","
                and i + 1 < len(self.low)
                and self.low[i + 1] in WORDS.clause_openers
            ):
                return i
            if (
                self.low[i] == ","
                and self.low[i + 1 : i + 2] == ["and"]
                and (
                    i + 2 in self.span_at
                    or (i + 3 in self.span_at and self.low[i + 2] in ("the", "a"))
                )
            ):
                return i  # ", and the African Union urged ...": a new clause with its own subject
            if self.low[i] in (",", '"', "\u201d") and self.speech_after(i):
                return i
        return len(self.low)

    def clause_marks_from(self, start: int) -> list[int]:
        """Positions from ``start`` on of the words at which a clause may end."""
        if self._boundaries is None:
            self._boundaries = [j for j, w in enumerate(self.low) if w in _CLAUSE_MARKS]
        return self._boundaries[bisect_left(self._boundaries, start) :]

    def speech_after(self, i: int) -> bool:
        """ ", the Kremlin said", ", he said", ", said Lavrov", ", according to ..." """
        j = i + 1
        while j < len(self.low) and self.low[j] in (",", '"', "\u201d", "'"):
            j += 1
        if j < len(self.low) and self.low[j] in ("said", "according"):
            return True
        sp = self.span_at.get(j)
        if sp is None and j < len(self.low) and self.low[j] in ("the", "a", "an"):
            sp = self.span_at.get(j + 1)
        if sp is not None:
            k = sp.end
            while k < len(self.low) and self.low[k] in (
                "also",
                "later",
                "then",
                "has",
                "had",
                "on",
            ):
                k += 1
            return k < len(self.low) and self.low[k] in WORDS.speech_verbs
        return False

    def skip_adjunct_left(self, comma: int) -> int:
        """Given a comma at ``comma`` closing an adjunct (", while calling for ...,",
        ", who ...,", ", appointed by ...,"), return the index before the adjunct, else -1."""
        end = comma
        # an adjunct may hold a list: ", using tanks, armoured vehicles, mortars and
        # rocket launchers," - go back over its items (no actor among them) to its opener
        for _ in range(5):
            j = end - 1
            while j >= 0 and self.low[j] not in (",", "\u2013", "\u2014", "-", "(", ")"):
                j -= 1
            if j < 0:
                return -1
            first = end if j + 1 >= end else j + 1
            w = self.low[first] if first < end else ""
            if (
                w in WORDS.adjunct_openers
                or w.endswith("ing")
                or (w.endswith("ed") and first not in self.span_at)
                or self._possessive_apposition(first, end)
                or self._pronoun_apposition(first, end)
            ):
                return j - 1
            if self.low[j] != ",":
                return -1
            if any(k in self.span_at for k in range(first, end)):
                return self._relative_clause_start(j)
            end = j
        return -1

    def _relative_clause_start(self, comma: int) -> int:
        """Before a relative clause whose list names actors: in "Kuwait's emir, who
        shuttled between Jeddah, Dubai and Doha this week, has offered", the index
        before ", who"; else -1."""
        end = comma
        for _ in range(4):
            j = end - 1
            while j >= 0 and self.low[j] not in (",", "(", ")", "\u2013", "\u2014"):
                j -= 1
            if j < 0 or self.low[j] != ",":
                return -1
            if self.low[j + 1] in ("who", "which", "whose"):
                return j - 1
            end = j
        return -1

    def _possessive_apposition(self, first: int, end: int) -> bool:
        """Is tokens[first:end] an apposition naming someone by a possessor and a
        noun: "Russia, Belgrade's traditional ally, had blamed ..."?"""
        sp = self.span_at.get(first)
        if sp is None or sp.start != first or self.low[sp.end : sp.end + 1] != ["'s"]:
            return False
        rest = self.tokens[sp.end + 1 : end]
        return 0 < len(rest) <= 4 and all(t.is_word and not t.is_cap for t in rest)

    def _pronoun_apposition(self, first: int, end: int) -> bool:
        """Is tokens[first:end] an apposition naming someone by a possessive pronoun and a
        noun: "Brahim Ghali, its leader, has vowed ..."?"""
        if first >= end or self.low[first] not in WORDS.possessive_pronouns:
            return False
        rest = self.tokens[first + 1 : end]
        return 0 < len(rest) <= 4 and all(t.is_word and not t.is_cap for t in rest)

    def next_comma(self, i: int) -> int:
        for j in range(i, len(self.low)):
            if self.low[j] == ",":
                return j + 1
        return len(self.low)

    def first_core_after(self, i: int) -> tuple[ActorSpan, ...]:
        for sp in self.spans:
            if sp.start >= i and self.roles[id(sp)] in ("core", "possessor"):
                return (sp,)
        return ()


def clause_start(reader: SentenceReader, i: int) -> int:
    for j in range(i - 1, -1, -1):
        if reader.low[j] in (",", ";", "that", ":") or reader.low[j] in WORDS.speech_verbs:
            return j + 1
    return 0


def opens_sentence(reader: SentenceReader, i: int) -> bool:
    """Does the word at i open its sentence (or a clause after a semicolon), with
    nothing before it but a clause number ("1.", "(a)", "-") and auxiliaries or
    adverbs ("Further strongly condemns", "Have agreed")? Such a clause has no
    subject written."""
    tokens = reader.tokens
    # a clause chained after a semicolon opens the same way: "Condemns ...; urges ..."
    begin = max((k + 1 for k in range(i) if reader.low[k] == ";"), default=0)
    for k in range(begin, i):
        w = reader.low[k]
        if not tokens[k].is_word or w.isdigit() or (len(w) == 1 and w.isalpha()):
            continue  # "1.", "(a)", "-", "•"
        if w in WORDS.auxiliaries or w in WORDS.operative_adverbs:
            continue
        return False
    first = next((t for t in tokens[begin : i + 1] if t.is_word and not t.lower.isdigit()), None)
    return first is not None and (first.is_cap or begin > 0)


def opens_with_participle(reader: SentenceReader) -> bool:
    """A preamble clause of a resolution or statement: "Recalling its resolution
    ...", "Expressing its deep concern ...", "- having regard to ..."."""
    for t in reader.tokens:
        if not t.is_word or t.lower.isdigit() or len(t.lower) == 1:
            continue
        if not t.lower.endswith("ing") or t.lower in WORDS.not_adjectives:
            return False
        break
    else:
        return False
    # "Introducing the text, Barbara Woodward said ...": a participle phrase before a
    # sentence's own subject is an adjunct, not a preamble clause
    if reader.low and reader.low[-1] in (".", "!") and "," in reader.low:
        comma = reader.low.index(",")
        if any(sp.start > comma and reader.roles.get(id(sp)) == "core" for sp in reader.spans):
            return False
    return True
