"""Pronouns resolved to the actors they point back to: "he", "it", "they", and "I"
and "we" in quotations and statements.

"Israel said it ...": the speaker; "Colombia and the ELN said they ...": the
speakers; '"I am ready," Erdogan said': the quoted speaker; "we" in a statement:
its issuers. The pronoun classes are ``[pronouns]`` of ``data/actor_words.toml``.
"""

from __future__ import annotations

from analysis.actors.discourse import Reading
from analysis.actors.sentence_subject import main_subject, opening_run
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token, by_start


def _object_of_verb(tokens: list[Token], i: int) -> bool:
    """Is the pronoun at i the object of the verb right before it ("accusing it",
    "urged it")? A verb: a lower-case word ending as verbs do, no preposition."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    return (
        prev.is_word
        and not prev.is_cap
        and prev.lower not in ACTOR_WORDS.prepositions
        and prev.lower.endswith(("ing", "ed"))
        and prev.lower not in ACTOR_WORDS.speech_verbs
    )


def _pact_life_after(tokens: list[Token], i: int) -> bool:
    """Does what follows "it" at i say what a pact does ("it took effect", "it has
    largely held")?"""
    k = i + 1
    while k < len(tokens) and tokens[k].lower in ("has", "had", "have", "largely", "so", "far"):
        k += 1
    words = [t.lower for t in tokens[k : k + 3]]
    return any(" ".join(words[:n]) in ACTOR_WORDS.pact_life_verbs for n in (1, 2, 3))


# subordinators opening a clause whose subject may be "its ...": "while its troops ..."
_CLAUSE_OPENERS = frozenset(
    {"while", "as", "because", "since", "until", "unless", "after", "before", "when", "if"}
)


def resolve_pronoun(
    reading: Reading, kind: str, tokens: list[Token], i: int, spans: list[ActorSpan]
) -> tuple[Actor, ...]:
    m = reading.memory
    if kind == "thing" and tokens[i].lower == "it" and _pact_life_after(tokens, i):
        return ()  # "hours after it took effect": the truce
    earlier = [s for s in by_start(spans) if s.end <= i and s.actors]
    if tokens[i].lower in ("its", "their") and i >= 2 and tokens[i - 1].text == ",":
        # "Algeria, its main backer,": an apposition's possessor is not its head
        earlier = [s for s in earlier if s.end != i - 1]
    if (
        kind == "thing"
        and tokens[i].lower == "its"
        and i > 0
        and tokens[i - 1].lower in _CLAUSE_OPENERS
    ):
        # "no negotiations with Argentina while its troops occupy the islands": a new
        # clause's possessor is the body last named, a preposition's object too
        bodies = [s for s in earlier if len(s.actors) == 1 and s.actors[0].type != "person"]
        if bodies:
            return bodies[-1].actors
    if kind in ("thing", "plural") and i > 2 and tokens[i - 1].lower == "that":
        # "the statement by the Government of X that it is ready": the author
        author = next(
            (
                sp
                for sp in reversed(earlier)
                if sp.end == i - 1
                and sp.start >= 2
                and tokens[sp.start - 1].lower in ("by", "from", "of")
                and tokens[sp.start - 2].lower in ACTOR_WORDS.report_nouns
            ),
            None,
        )
        if author is not None:
            return author.actors
    if kind == "thing" and i > 0 and tokens[i - 1].lower in ACTOR_WORDS.speech_verbs:
        # "Israel said it ...", "France, which holds the EU presidency, said it": the speaker
        adjacent = [sp for sp in earlier if sp.end == i - 1]
        speaker = adjacent[-1].actors if adjacent else main_subject(tokens, earlier)
        if len(speaker) == 1 and speaker[0].type in ("state", "organization", "group"):
            return speaker
    # ", and it launched ...": a clause coordinated with the main one shares its subject
    if (
        kind in ("thing", "plural")
        and i >= 2
        and tokens[i - 1].lower == "and"
        and tokens[i - 2].text == ","
    ):
        main = [a for a in opening_run(tokens, earlier) if a.type != "person"]
        if (kind == "thing" and len(main) == 1) or (kind == "plural" and len(main) > 1):
            return tuple(main)
    # nobody named yet in this sentence ("On Friday it also accused ..."): the
    # pronoun continues the last sentence's subject
    sentence_start = not earlier
    if (
        sentence_start
        and kind == "thing"
        and len(m.voice) == 1
        and m.voice[0].type != "person"
        and _clause_opens_with_verb(tokens)
    ):
        # "Reiterates its full support for ...": in a body's own clause, "its" is the body
        return m.voice
    if sentence_start and kind in ("thing", "plural") and m.main_subject:
        wanted = [a for a in m.main_subject if a.type != "person"]
        if kind == "thing" and len(wanted) == 1:
            return tuple(wanted)
        if kind == "plural" and (len(wanted) > 1 or (wanted and m.main_subject_group)):
            return tuple(wanted)
    if kind == "person":
        # the nearest person not inside a prepositional phrase ("wrote to the president
        # of the council, Pakistan's ambassador X, asking ... what he called")
        persons = [s for s in earlier if len(s.actors) == 1 and s.actors[0].type == "person"]
        for s in reversed(persons):
            if not _in_pp(tokens, s, earlier):
                return s.actors
        if persons:
            return persons[-1].actors
        # "..., he said" with no one named in the sentence: the last sentence's subject
        if len(m.main_subject) == 1 and m.main_subject[0].type == "person":
            return m.main_subject
        a = m.last(lambda a: a.type == "person")
        return (a,) if a else ()
    if kind == "thing" and _object_of_verb(tokens, i):
        # "severed ties with Morocco, accusing it of hostile actions": an object pronoun
        # is not its clause's subject, so the last other state or body named
        subject = set(main_subject(tokens, earlier))
        for s in reversed(earlier):
            if (
                len(s.actors) == 1
                and s.actors[0].type in ("state", "organization", "group")
                and s.actors[0] not in subject
            ):
                return s.actors
    if kind == "thing":
        for s in reversed(earlier):
            if (
                len(s.actors) == 1
                and s.actors[0].type in ("state", "organization", "group")
                and not _in_pp(tokens, s, earlier)
                and not _is_object(tokens, s)
            ):
                return s.actors
        a = m.last(lambda a: a.type in ("state", "organization", "group"))
        return (a,) if a else ()
    if kind == "plural" and (verb := _speech_verb_before(tokens, i, spans)) is not None:
        # "Colombia and the ELN said they were restarting the dialogue": the speakers
        run = _coordinated_before(tokens, earlier, _subject_end(tokens, verb))
        if len(run) > 1:
            return run
    if kind == "plural":
        if any(s.how == "group" and not s.actors and s.end <= i for s in spans):
            return ()  # "both Libyan camps ... they": the camps, whom we could not name
        for s in reversed(earlier):
            if (
                len(s.actors) > 1
                or s.how in ("forces", "government")
                or s.actors[0].type == "group"
            ):
                return s.actors
        if m.last_plural:
            return m.last_plural
        a = m.last(lambda a: a.type == "group")
        return (a,) if a else ()
    if kind in ("we", "i"):
        # a quotation: '"I am ready to host talks," Erdogan said.' - the speaker
        speaker = _quoted_speaker(tokens, spans)
        if kind == "i" and speaker is not None:
            return speaker.actors
        if kind == "i" and _quoted_by_pronoun(tokens):
            # '"I reiterate my appeal for a ceasefire," he says': the person last named
            p = m.last(lambda a: a.type == "person")
            if p is not None:
                return (p,)
        if kind == "i" and m.speaker is not None:
            return m.speaker  # a transcript's speaker in their turn
        if m.voice:
            return m.voice
        if speaker is not None:
            return speaker.actors
        if m.speaker is not None:
            # a transcript: the body its speaker speaks for, or no one in a question
            return m.speaker_body if m.speaker else ()
        # a ministry's press release: "we" is the state its header names
        return (m.author,) if m.author is not None else ()
    return ()


def _clause_opens_with_verb(tokens: list[Token]) -> bool:
    """A resolution's operative clause: its first word (after a clause number)
    is a capitalised verb in -s ("Reiterates", "Calls", "Urges")."""
    for t in tokens:
        if not t.is_word or t.lower.isdigit() or len(t.lower) == 1:
            continue
        return t.is_cap and t.lower.endswith("s") and not t.lower.endswith("ss")
    return False


def _speech_verb_before(
    tokens: list[Token], i: int, spans: list[ActorSpan] | None = None
) -> int | None:
    """The speech verb whose clause the word at ``i`` opens: "said they", "said that they",
    "informed the guarantors that they" (past the one told)."""
    covered = {k for sp in spans or () for k in range(sp.start, sp.end)}
    k = i - 1
    if k >= 0 and tokens[k].lower == "that":
        k -= 1
        while k > 0 and k in covered:
            k -= 1  # the one told: "informed the guarantors that"
        # past the time and place the verb is told with: "announced in Geneva on
        # September 14 that they"
        j = k
        while (
            j > 0
            and j > k - 8
            and tokens[j].lower not in ACTOR_WORDS.speech_verbs
            and (
                tokens[j].is_cap
                or tokens[j].lower.isdigit()
                or tokens[j].lower in _SETTING_WORDS
                or tokens[j].lower in ACTOR_WORDS.report_nouns
            )
        ):
            j -= 1
        if tokens[j].lower in ACTOR_WORDS.speech_verbs:
            k = j
    return k if k >= 0 and tokens[k].lower in ACTOR_WORDS.speech_verbs else None


# what tells the time, place and form of a speech verb: "announced in Geneva on Monday
# that", "said in a joint statement that" (with the report nouns of actor_words.toml)
_SETTING_WORDS = frozenset(
    {"in", "on", "at", "from", "to", "the", "last", "this", "of", ",", "a", "an", "joint", "their"}
)


def _subject_end(tokens: list[Token], verb: int) -> int:
    """Where the subject of the verb at ``verb`` ends, past its auxiliaries ("have
    said") and a relative clause set off by commas ("A and B, who telephoned Putin
    last month, have said")."""
    k = verb
    while k > 0 and tokens[k - 1].lower in WORDS_BEFORE_VERB:
        k -= 1
    if k > 0 and tokens[k - 1].lower == ",":
        for j in range(k - 2, max(0, k - 40), -1):
            if tokens[j].lower == "," and tokens[j + 1].lower in ("who", "which"):
                return j
            if tokens[j].lower in (".", ";", ":"):
                break
    return k


# auxiliaries and adverbs between a subject and its speech verb ("have also said")
WORDS_BEFORE_VERB = frozenset(
    {
        "have",
        "has",
        "had",
        "also",
        "both",
        "each",
        "repeatedly",
        "previously",
        "jointly",
        "publicly",
    }
)


def _coordinated_before(tokens: list[Token], spans: list[ActorSpan], end: int) -> tuple[Actor, ...]:
    """The actors of the mentions coordinated right before token ``end``
    ("Colombia and the ELN said")."""
    run: list[ActorSpan] = []
    for sp in reversed(spans):
        if sp.end > end:
            continue
        limit = run[0].start if run else end
        between = [t.lower for t in tokens[sp.end : limit] if t.lower not in ("the", "a", "an")]
        if not run and between:
            break  # the speech verb follows the last mention directly
        if run and between not in (["and"], [","], [",", "and"]):
            break
        run.insert(0, sp)
    return tuple(a for sp in run for a in sp.actors)


def _quoted_speaker(tokens: list[Token], spans: list[ActorSpan]) -> ActorSpan | None:
    """The speaker named after a closing quotation mark: '..." X said' or '..." said X'."""
    for k, t in enumerate(tokens):
        if (
            t.text not in ACTOR_WORDS.quote_marks
            or k == 0
            or tokens[k - 1].text not in (",", ".", "!", "?")
        ):
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].lower in ACTOR_WORDS.speech_verbs:
            j += 1
        while j < len(tokens) and tokens[j].lower in ("the", "a", "an"):
            j += 1
        for sp in spans:
            if sp.start == j and sp.actors:
                return sp
    return None


def _quoted_by_pronoun(tokens: list[Token]) -> bool:
    """Is the quotation's speaker a pronoun: '..." he said', '..." she says'?"""
    for k, t in enumerate(tokens[1:-1], start=1):
        if t.text in ACTOR_WORDS.quote_marks and tokens[k - 1].text in (",", "!", "?"):
            after = tokens[k + 1].lower
            return (
                after in ("he", "she")
                and k + 2 < len(tokens)
                and (tokens[k + 2].lower in ACTOR_WORDS.speech_verbs)
            )
    return False


def _is_object(tokens: list[Token], sp: ActorSpan) -> bool:
    """Does the mention follow a verb ("accused Thai jets of ...")? Then "it" is not it."""
    j = sp.start - 1
    while j >= 0 and tokens[j].lower in ("the", "a", "an"):
        j -= 1
    if j < 0:
        return False
    t = tokens[j]
    return (
        t.is_word
        and not t.is_cap
        and t.lower not in ACTOR_WORDS.not_verbs
        and t.lower not in ACTOR_WORDS.prepositions
        and t.lower.endswith(("ed", "s"))
    )


def _in_pp(tokens: list[Token], sp: ActorSpan, spans: list[ActorSpan]) -> bool:
    """Is the mention the object of a preposition ("talks with the African Union, Qatar and Togo")?"""
    j = sp.start - 1
    while j >= 0 and tokens[j].lower in ("the", "a", "an"):
        j -= 1
    if j < 0:
        return False
    if tokens[j].lower in ACTOR_WORDS.prepositions:
        return True
    if tokens[j].lower in ("and", "or") and not (j > 0 and tokens[j - 1].lower == ","):
        # "talks with Qatar and Togo"; but ", and Iran's foreign ministry welcomed" is a new clause
        prev = [o for o in spans if o.end <= j and o.end >= j - 1]
        return bool(prev) and _in_pp(tokens, prev[-1], spans)
    if tokens[j].lower == ",":
        prev = [o for o in spans if o.end == j]
        nxt = sp.end < len(tokens) and tokens[sp.end].lower in (",", "and", "or")
        return bool(prev) and nxt and _in_pp(tokens, prev[-1], spans)
    return False
