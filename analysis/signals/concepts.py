"""Which concepts a sentence names, and where: the phrases of the lexicon's
concepts ("a ceasefire", "talks", "a deal"), talks named after a place ("the
Luanda process"), "it" standing for the pact last named, and concepts read from
words around others ("for the fighting to stop", "vowed to continue their
attacks"). A concept phrase that is only the setting of an act ("at the
summit") is none.
"""

from __future__ import annotations

from analysis.signals.lexicon import concepts_by_first_two, lexicon
from analysis.signals.words import WORDS
from analysis.text import ActorSpan, ParsedSentence

# the setting prepositions as word lists ("on the sidelines of"), by their last word
_SETTINGS: dict[str, list[list[str]]] = {}
for _phrase in WORDS.setting_prepositions:
    _SETTINGS.setdefault(_phrase.split()[-1], []).append(_phrase.split())


class ConceptReader:
    """One sentence's words, actor spans and the concept phrases among them, read
    once for all the windows that triggers ask about."""

    def __init__(self, sa: ParsedSentence, pact: tuple[str, ...] = ()):
        self.sa = sa
        # the concepts of the ceasefire or deal an object "it" stands for (see _pact_pronouns)
        self.pact = pact
        self.tokens = sa.tokens
        self.low = sa.low
        self.spans = sa.spans
        self.span_at: dict[int, ActorSpan] = {}
        for sp in self.spans:
            for i in range(sp.start, sp.end):
                self.span_at[i] = sp
        self._concept_matches: list[tuple[str, int, int]] | None = None

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
