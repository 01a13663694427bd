"""Who speaks in a transcript: "I" is the speaker, "we" the body they speak for.

A press briefing, press point, speech or interview is headed as one ("Press
point by NATO Secretary General Jens Stoltenberg", "Department Press
Briefing", "Transcript of the Weekly Press Briefing by the Spokesperson").
Its speaker is named in that headline, in a byline ("Matthew Miller,
Department Spokesperson") or in a line of its own ("Spokesperson: Ambassador
Tahir Hussain Andrabi"). Paragraphs may open with a turn label ("QUESTION:",
"MR MILLER:", "Spokesperson:"): a question's "we" is the journalist's, an
answer's is the speaker's, and a label naming someone else the text
introduced hands them the turn.

Read once per document, from its blocks; which turn a sentence is in is
looked up by the index of its block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.actors.discourse import Discourse
from analysis.actors.names import match_name
from analysis.actors.office_holders import holder_of
from analysis.actors.titles import match_title
from analysis.actors.voice import speech_speaker
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor, Document, Sentence
from analysis.text import tokenize

# "MR MILLER: He did, yes." / "Question: Afghan officials say ..."
_TURN = re.compile(r"^(?P<label>[A-Z][A-Za-z.'\u2019 -]{0,40}?)\s*:\s+\S")
_LABEL_MAX_WORDS = 4
# "Matthew Miller, Department Spokesperson" (a byline naming a person and a role)
_NAME_ROLE = re.compile(r"^(?P<name>[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){1,3}),\s+(?P<role>[^,]{3,80})$")
_HEADER_BLOCKS = 6  # a speaker line comes within the first blocks
_SPEAKER_SENTENCES = 3  # "... briefing by <name>" comes within the first sentences


@dataclass(frozen=True, slots=True)
class Transcript:
    """A transcript's speaker (name words, as written) and its turns: block
    index -> the label of the turn the block is in (lower case)."""

    speaker_name: tuple[str, ...]
    speaker_role: str
    turns: dict[int, str]
    written: dict[str, str]  # a label in lower case -> as written ("Hua Chunying")


def is_transcript(doc: Document) -> bool:
    """Is the text headed as words spoken ("Press point by ...", "Remarks by ...")?"""
    line = doc.title or (doc.text.split("\n", 1)[0] if doc.text else "")
    low = " ".join(t.lower for t in tokenize(line))
    # or a speech headed by its quotation and speaker ('"...": X before the Assembly')
    return _HEADINGS.search(low) is not None or bool(speech_speaker(doc))


# any of the headings, as whole words of the line's lower-case words
_HEADINGS = re.compile(
    r"(?:^| )(?:"
    + "|".join(re.escape(h) for h in sorted(ACTOR_WORDS.transcript_headings))
    + r")(?: |$)"
)


def transcript(doc: Document) -> Transcript | None:
    """The transcript's speaker and turns, or None when the text is not a transcript."""
    if not is_transcript(doc):
        return None
    turns: dict[int, str] = {}
    written: dict[str, str] = {}
    label = ""
    name: tuple[str, ...] = ()
    role = ""
    for index, block in enumerate(doc.blocks):
        if block.kind not in ("paragraph", "outlet"):
            continue
        text = doc.text[block.start : block.end]
        m = _TURN.match(text)
        if m and _is_label(m.group("label")):
            rest = text[m.end() - 1 :].strip()
            if not name and index < _HEADER_BLOCKS and _is_name_line(rest):
                # "Spokesperson: Ambassador Tahir Hussain Andrabi": who holds the role
                name, role = tuple(rest.split()), m.group("label").strip()
                continue
            label = m.group("label").strip().lower()
            written.setdefault(label, m.group("label").strip())
        if label and block.kind == "paragraph":
            turns[index] = label
    if not name and doc.source:
        m = _NAME_ROLE.match(doc.source.strip())
        if m and _has_role_word(m.group("role")) and not _is_named_body(m.group("name")):
            name, role = tuple(m.group("name").split()), m.group("role")
    return Transcript(name, role, turns, written)


def _is_label(label: str) -> bool:
    words = label.split()
    if not words or len(words) > _LABEL_MAX_WORDS:
        return False
    low = label.strip().lower()
    if label.isupper() or low in ACTOR_WORDS.questioner_labels or low in ACTOR_WORDS.turn_roles:
        return True
    # "Zhao Lijian:", "Press Trust of India:": a name, capitalised as one
    return words[0][:1].isupper() and all(w[:1].isupper() or w in _NAME_LINKS for w in words)


# the lower-case words inside a name: links and name particles ("al", "bin", "van")
_NAME_LINKS = frozenset({"of", "the", "for", "and"}) | ACTOR_WORDS.name_particles


def _is_name_line(text: str) -> bool:
    """A short line of capitalised words only: a name with its title."""
    words = text.split()
    return 1 < len(words) <= 6 and all(w[:1].isupper() for w in words)


def _has_role_word(role: str) -> bool:
    """Does the byline's second part name a role ("Department Spokesperson")?"""
    tokens = tokenize(role)
    return any(
        t.lower in ACTOR_WORDS.turn_roles or match_title(tokens, i)[1] is not None
        for i, t in enumerate(tokens)
    )


def _is_named_body(name: str) -> bool:
    """ "United Nations, New York": a body and its seat, not a person and a role."""
    tokens = tokenize(name)
    return bool(tokens) and bool(match_name(tokens, 0)[1])


def is_question(label: str) -> bool:
    return label in ACTOR_WORDS.questioner_labels


def is_speaker_label(label: str, speaker: Actor | None) -> bool:
    """Is the turn label the transcript's speaker ("MR MILLER", "Spokesperson")?"""
    if label in ACTOR_WORDS.turn_roles:
        return True
    if speaker is None:
        return False
    surname = speaker.name.split()[-1].lower()
    # "PRIME MINISTER: ..." in the Prime Minister's own transcript
    return surname in label.split() or label == (speaker.title or "").lower()


def body_of(person: Actor, fallback: Actor | None) -> Actor | None:
    """Who "we" is when the person speaks: the organisation or state of their
    affiliation ("NATO" for its Secretary General), else the fallback (the
    state the text's dateline or header names)."""
    if person.affiliation and person.affiliation != person.name:
        tokens = tokenize(person.affiliation)
        _, entries = match_name(tokens, 0)
        entries = [e for e in entries if e.how != "adjective"]
        if entries:
            return entries[0].actor
    return fallback


def dateline_state(doc: Document) -> Actor | None:
    """The one state a dateline names ("Islamabad, Friday, 24 October 2025")."""
    for block in doc.blocks:
        if block.kind != "dateline":
            continue
        tokens = tokenize(doc.text[block.start : block.end])
        states = []
        for i in range(len(tokens)):
            _, entries = match_name(tokens, i)
            states += [e.actor for e in entries if e.actor.type == "state"]
        names = {a.name for a in states}
        return states[0] if len(names) == 1 else None
    return None


# who says "I" (None outside a transcript, () in a question), the body "we" is, and
# whose demands and judgements the turn's words are (a spokesperson's principal)
Turn = tuple[tuple[Actor, ...] | None, tuple[Actor, ...], tuple[Actor, ...]]


def _turns(
    talk: Transcript, doc: Document, sentences: list[Sentence], memory: Discourse
) -> list[Turn]:
    """Per sentence of a transcript, who speaks ("I"), for whom ("we"), and whose
    words they are."""
    speaker = _speaker(talk, doc, sentences, memory)
    principal = _principal(speaker, sentences, memory) if speaker is not None else None
    fallback = memory.author or dateline_state(doc)

    def turn_of(person: Actor, voice: Actor | None = None) -> Turn:
        # "we" is the speaker's body, or the speaker when the text does not say which
        body = body_of(person, fallback) or (person if person is speaker else None)
        return (person,), ((body,) if body is not None else ()), (voice or person,)

    own: Turn = turn_of(speaker, principal) if speaker is not None else (None, (), ())
    # "SPOKESMAN: We call on ..." under "Department of State Daily Press Briefing": a
    # spokesperson the text does not name speaks for the body that issued the briefing
    unnamed: Turn = own if speaker is not None or fallback is None else ((fallback,),) * 3
    out: list[Turn] = []
    for s in sentences:
        label = talk.turns.get(s.paragraph, "")
        if not label:
            out.append(own)
        elif is_question(label):
            out.append(((), (), ()))
        elif is_speaker_label(label, speaker):
            out.append(unnamed)
        else:
            # "LAVROV: ...": someone the text introduced; "Hua Chunying: ...": a person
            # the label names, speaking for the body the headline names
            name = memory.aliases.get((label.split()[-1].title(),))
            person = memory.persons.get(name or "") or _labelled_person(
                talk.written.get(label, ""), fallback or _headline_state(sentences), memory
            )
            out.append(turn_of(person) if person is not None else ((), (), ()))
    return out


def _labelled_person(label: str, owner: Actor | None, memory: Discourse) -> Actor | None:
    """The person a turn label names as written ("Hua Chunying"), when it is a name of
    two to four words that no state or body has, speaking for ``owner``."""
    words = tuple(label.split())
    if owner is None or not 2 <= len(words) <= 4 or label.isupper():
        return None
    if not all(w[:1].isupper() or w in ACTOR_WORDS.name_particles for w in words):
        return None
    tokens = tokenize(label)
    if any(match_name(tokens, i)[1] for i in range(len(tokens))):
        return None  # "Press Trust of India", "Kyodo News of Japan": a body, not a person
    known = memory.aliases.get(words)
    if known in memory.persons:
        return memory.persons[known]
    return memory.add_person(Actor(label, "person", owner.name, None), words, explicit=True)


def _headline_state(sentences: list[Sentence]) -> Actor | None:
    """The one state the first sentence (the headline) names ("..., Beijing, 5 August")."""
    if not sentences:
        return None
    tokens = tokenize(sentences[0].text)
    states = {}
    for i in range(len(tokens)):
        _, entries = match_name(tokens, i)
        states.update({e.actor.name: e.actor for e in entries if e.actor.type == "state"})
    return next(iter(states.values())) if len(states) == 1 else None


_TRANSCRIPT_OF = re.compile(r"^\s*(?:Transcript|Remarks|Statement|Press conference)\s+of\s", re.I)


def _speaker(
    talk: Transcript, doc: Document, sentences: list[Sentence], memory: Discourse
) -> Actor | None:
    """The person a transcript's header lines name, or its headline's "by ..."."""
    words = talk.speaker_name
    if words:
        # "Ambassador Tahir Hussain Andrabi": the name after the title
        toks = tokenize(" ".join(words))
        end, _ = match_title(toks, 0)
        words = tuple(t.text for t in toks[end:] if t.is_word) or words
        for k in range(len(words)):
            name = memory.aliases.get(words[k:])
            if name in memory.persons:
                return memory.persons[name]
        owner = memory.author or dateline_state(doc)
        person = Actor(
            " ".join(words), "person", owner.name if owner else " ".join(words), talk.speaker_role
        )
        return memory.add_person(person, words, explicit=owner is not None)
    # "Press point by NATO Secretary General ...", "... today's noon briefing by Stephane
    # Dujarric, Spokesperson for the Secretary-General": the headline or the first lines
    for s in sentences[:_SPEAKER_SENTENCES]:
        # "... briefing by X", "Transcript of the Prime Minister, the Hon John Howard MP,
        # press conference"
        marker = " by " if " by " in s.text else " of " if _TRANSCRIPT_OF.match(s.text) else None
        if marker is None:
            continue
        by = {t.text for t in tokenize(s.text.split(marker, 1)[1])}
        for person in memory.persons.values():
            if person.name.split()[-1] in by:
                return person
    # "Speech excerpt: Prime Minister Margaret Thatcher to the House of Commons"
    for person in speech_speaker(doc):
        return memory.add_person(person, tuple(person.name.split()))
    return None


def _principal(speaker: Actor, sentences: list[Sentence], memory: Discourse) -> Actor | None:
    """Whom a spokesperson speaks for, when the header names an office the text knows the
    holder of ("Stephane Dujarric, Spokesperson for the Secretary-General"): their words
    are the principal's."""
    for s in sentences[:_SPEAKER_SENTENCES]:
        toks = tokenize(s.text)
        for i in range(len(toks)):
            end, title = match_title(toks, i)
            if title is None or title.role != "spokesperson":
                continue
            k = end
            if k < len(toks) and toks[k].lower in ("for", "of"):
                k += 1 + (k + 1 < len(toks) and toks[k + 1].lower == "the")
                _, head = match_title(toks, k) if k < len(toks) else (k, None)
                if head is not None and head.role == "head":
                    for person in memory.persons.values():
                        if (person.title or "").lower() == head.title.lower():
                            return person
                    if head.default:  # an office the table knows the holder of
                        return holder_of(head.title, head.default, memory.date)
    return None


def transcript_turns(
    doc: Document, sentences: list[Sentence], memory: Discourse
) -> list[Turn] | None:
    """Per sentence, who says "I" and who "we" is, when the text is a transcript;
    read after the first reading, which introduced the people it names."""
    talk = transcript(doc)
    return _turns(talk, doc, sentences, memory) if talk is not None else None
