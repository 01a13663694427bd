"""One sentence as the signal extractor reads it: tokens, actor spans and
their grammatical roles, clause boundaries and (read by ``concepts``) the
concepts it names.

The other modules of this package ask the reader questions (who is the
subject, who reported it, is it negated); what several of them ask alike is
read once per sentence and kept here.
"""

from __future__ import annotations

from bisect import bisect_left

from analysis.models import Actor
from analysis.signals.concepts import ConceptReader
from analysis.signals.words import WORDS
from analysis.text import ActorSpan, ParsedSentence

# the only words at which clause_end may stop
_CLAUSE_MARKS = frozenset({";", ":", "but", "whereas", ",", '"', "\u201d"})


# the most words of a verb between an event noun and its "between": "has broken out"
_OCCURRENCE_WORDS = 3

# what stands before a name without ending a list: 'Ethiopia and the "Somaliland" region'
_ARTICLES = frozenset({"the", "a", "an", '"', "\u201c"})


class SentenceReader(ConceptReader):
    """A sentence's concept phrases (``ConceptReader``) with its mentions'
    grammatical roles and its clauses, and what its triggers ask alike."""

    def __init__(self, sa: ParsedSentence, voice: tuple[Actor, ...], pact: tuple[str, ...] = ()):
        super().__init__(sa, pact)
        self.voice = voice
        self._boundaries: list[int] | None = None  # words that may end a clause, when first needed
        # what several triggers of a sentence ask alike, read once
        self.subject_cache: dict[int, tuple[ActorSpan, ...]] = {}
        self.coordinates_cache: dict[int, tuple[ActorSpan, ...]] = {}
        # a trigger's subject, reporter, then (modality, undone), by (class, kind, start, end)
        self.trigger_reads: dict[tuple[str, str, int, int], list] = {}
        # last words of the cue verbs, once the triggers are found: what follows is an object
        self.verb_ends: frozenset[int] = frozenset()
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
