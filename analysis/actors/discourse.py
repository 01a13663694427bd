"""What the recogniser knows while it reads: the document so far and the sentence in hand.

``Discourse`` is the document's memory: the people introduced so far and
their aliases, the actors in order of mention, the last ones named together,
who "we" is. ``Reading`` is what every pass over a sentence shares: that
memory plus the sentence's lower-case words, so that a pass whose cue words
are all missing is skipped at once, and what a pass read of the sentence
whatever the memory holds, which the document's second reading reads again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from analysis.actors.office_holders import office_holder
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import Token


@dataclass(slots=True)
class Discourse:
    """What the text has introduced so far."""

    persons: dict[str, Actor] = field(default_factory=dict)  # canonical name -> actor
    explicit: set[str] = field(default_factory=set)  # persons whose affiliation the text states
    aliases: dict[tuple[str, ...], str] = field(default_factory=dict)  # name words -> canonical
    # the first words of the aliases, as written and as a token's lower case has them:
    # a sentence with none of them names nobody by an alias
    alias_firsts: set[str] = field(default_factory=set)
    alias_firsts_low: set[str] = field(default_factory=set)
    recent: list[Actor] = field(default_factory=list)  # actors in order of mention
    last_group: tuple[Actor, ...] = ()  # last two or more actors named together
    last_persons: tuple[Actor, ...] = ()  # last two or more persons named together
    last_plural: tuple[Actor, ...] = ()  # whichever of the two came last
    last_sides: tuple[Actor, ...] = ()  # what "both sides" last referred to
    groups_named: int = 0  # how many times actors were named together so far
    sides_at: int = 0  # ... when "both sides" last referred to last_sides
    addressers: set[str] = field(default_factory=set)  # urged "both sides" in this sentence
    doc_counts: Counter = field(default_factory=Counter)  # states and groups in the whole text
    state_counts: Counter = field(default_factory=Counter)
    voice: tuple[Actor, ...] = ()  # who "we" is in a statement
    main_subject: tuple[Actor, ...] = ()  # subject of the last sentence that had one
    main_subject_group: bool = False  # named as a group of people: "the members of X"
    author: Actor | None = None  # the issuing state or body of a statement
    # in a transcript, who speaks in the sentence's turn: None when the text is not
    # one, () in a question or a turn of someone unknown; and the body they speak for
    speaker: tuple[Actor, ...] | None = None
    speaker_body: tuple[Actor, ...] = ()
    speaker_voice: tuple[Actor, ...] = ()  # whose words the turn's are
    forces_state: Actor | None = None  # the state whose forces the text named last
    date: str | None = None  # the document's date: who held an office then
    # names the text defined with an acronym, and the acronyms: words -> actor
    defined: dict[tuple[str, ...], Actor] = field(default_factory=dict)
    # name words -> the office table's person on the document's date, or None (``holder``)
    holders: dict[tuple[str, ...], Actor | None] = field(default_factory=dict)
    # unnamed groups the whole text names, by their noun: "gunmen" -> {"Serb gunmen"}
    group_names: dict[str, set[str]] = field(default_factory=dict)

    def remember(self, actor: Actor) -> None:
        self.recent.append(actor)
        if actor.type == "state":
            self.state_counts[actor.name] += 1

    def holder(self, name_words: tuple[str, ...] | list[str]) -> Actor | None:
        """The person the office table calls by these name words, with the office
        held on the document's date (``office_holder``); looked up once per name."""
        key = tuple(name_words)
        if key not in self.holders:
            self.holders[key] = office_holder(key, self.date)
        return self.holders[key]

    def last(self, pred: Callable[[Actor], bool]) -> Actor | None:
        for a in reversed(self.recent):
            if pred(a):
                return a
        return None

    def add_person(
        self, actor: Actor, name_words: tuple[str, ...], *, explicit: bool = True
    ) -> Actor:
        """Register a person; ``explicit`` when the text states the affiliation
        ("US President Donald Trump") rather than it being guessed from context.
        A name the office table knows takes its canonical spelling ("Joseph R.
        Biden" is "Joe Biden")."""
        holder = self.holder(name_words)
        if holder is not None and holder.name != actor.name:
            actor = Actor(holder.name, "person", actor.affiliation, actor.title)
        known = self.persons.get(actor.name)
        if known:
            # a later mention may state the affiliation an earlier one left to context
            unknown = known.affiliation == known.name
            guessed = known.name not in self.explicit
            if (
                actor.affiliation != actor.name
                and actor.affiliation != known.affiliation
                and (unknown or (guessed and explicit))
            ):
                known = Actor(known.name, "person", actor.affiliation, known.title or actor.title)
                self.persons[actor.name] = known
            if explicit and actor.affiliation != actor.name:
                self.explicit.add(actor.name)
            return known
        if explicit and actor.affiliation != actor.name:
            self.explicit.add(actor.name)
        self.persons[actor.name] = actor
        particles = ACTOR_WORDS.name_particles
        words = [w for w in name_words if w.lower() not in particles and len(w) > 1]
        keys = {tuple(name_words)}
        for i in range(len(name_words)):
            keys.add(tuple(name_words[i:]))  # "Kayikwamba Wagner", "Al Thani"
        keys |= {(w,) for w in words}  # "Putin", and "Abiy"/"Getachew" (given names used alone)
        for w in words:
            particle, _, rest = w.partition("-")
            if rest[:1].isupper() and particle.lower() in ACTOR_WORDS.hyphenated_name_particles:
                keys.add((rest,))  # "el-Sisi" is also "Sisi"
        for k in keys:
            if k and k[0].lower() not in particles:
                self.aliases[k] = actor.name
                self.alias_firsts.add(k[0])
                self.alias_firsts_low.add(k[0].lower().replace("\u2019", "'"))
        return actor

    def focus_state(self) -> Actor | None:
        if self.state_counts:
            name = self.state_counts.most_common(1)[0][0]
            return Actor(name, "state", name)
        return self.author if self.author and self.author.type == "state" else None


@dataclass(slots=True)
class Reading:
    """The state every pass over a sentence shares: the document's memory, and
    the sentence in hand's lower-case words as a list and a set (read by the
    caller when it has them, and never changed)."""

    memory: Discourse = field(default_factory=Discourse)
    # the states and armed groups the whole text names, by name (from the first pass)
    by_name: dict[str, Actor] = field(default_factory=dict)
    low: list[str] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    # what a pass read of the sentence in hand whatever the memory holds, by pass;
    # the document's two readings share it ("titles": the titles of people.py)
    shared: dict[str, object] = field(default_factory=dict)

    def take(
        self,
        tokens: list[Token],
        low: list[str] | None,
        words: set[str] | None,
        shared: dict[str, object] | None = None,
    ) -> None:
        """Take a sentence in hand."""
        self.low = low if low is not None else [t.lower for t in tokens]
        self.words = words if words is not None else set(self.low)
        self.shared = shared if shared is not None else {}

    def context_affiliation(self) -> Actor | None:
        """Whom an unqualified person or ministry belongs to: the statement's
        author, else the state named last."""
        if self.memory.author is not None:
            return self.memory.author
        return self.memory.last(lambda a: a.type == "state")
