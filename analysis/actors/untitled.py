"""People named without a title: by the form and place of their name ("Getachew
Reda said", "signed by Redwan Hussien", "Vladimir Putin and Recep Tayyip Erdogan
agreed"), and delegates named with the state they speak for in brackets, as the
UN's meeting coverage names them ("Mark Lyall Grant (United Kingdom)").
"""

from __future__ import annotations

from analysis.actors.discourse import Reading
from analysis.actors.office_holders import surname_holder, surnames
from analysis.actors.titles import is_name_word, read_name, skip_honorifics
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor
from analysis.text import ActorSpan, Token, order_by_start


def untitled_people(
    reading: Reading, tokens: list[Token], spans: list[ActorSpan]
) -> list[ActorSpan]:
    """Names without a title, where only a person fits: "Getachew Reda said",
    "signed by Redwan Hussien". Two to four capitalised words, not an organisation."""
    speech_verbs = ACTOR_WORDS.speech_verbs
    memory = reading.memory
    covered = {i for s in spans for i in range(s.start, s.end)}
    gaz_starts = {s.start: s.end for s in spans}
    out = list(spans)
    resume = 0  # the first token after the last name read
    # a name word is capitalised or a particle with a hyphen ("el-Sisi")
    for i in [k for k, t in enumerate(tokens) if t.is_cap or "-" in t.text]:
        if (
            i < resume
            or i in covered
            or not is_name_word(tokens[i])
            or (i > 0 and is_name_word(tokens[i - 1]) and i - 1 not in covered)
        ):
            continue
        end, words = read_name(tokens, i, gaz_starts)
        # "Lord Lansdowne, a junior minister, flew", "Mr Ona declined": one name word after
        # a word of address
        address = _address_before(tokens, i)
        addressed = len(words) == 1 and (end - i > len(words) or address is not None)
        if (
            not (2 <= len(words) <= 4 or addressed)
            or any(k in covered for k in range(i, end))
            or any(w.lower() in ACTOR_WORDS.organisation_words for w in words)
        ):
            continue
        # the clause opens before a word of address: "... that Mr Francis Ona has refused"
        opening = address if address is not None else i
        before = tokens[i - 1].lower if i > 0 else ""
        after = tokens[end].lower if end < len(tokens) else ""
        if after in ACTOR_WORDS.place_nouns:
            continue  # "the Jebel Hussein districts": a place
        state, rest = _of_a_state(tokens, end, spans)
        if state is not None and _acts(tokens, opening, end, gaz_starts, rest=rest):
            # "Arthur Goldberg of the United States urged", "Faris el-Khouri of Syria,
            # speaking for the Arab governments, rejected": the delegate of a state
            person = memory.add_person(
                Actor(" ".join(words), "person", state.name, None), tuple(words)
            )
            out.append(ActorSpan(i, end, (person,), "surname"))
            covered.update(range(i, end))
            resume = end
            continue
        if after in speech_verbs or before == "by" or _acts(tokens, opening, end, gaz_starts):
            person = memory.add_person(
                Actor(" ".join(words), "person", " ".join(words), None), tuple(words)
            )
            if person.affiliation == person.name:
                ctx = reading.context_affiliation()
                if ctx is not None:
                    person = memory.add_person(
                        Actor(person.name, "person", ctx.affiliation, None),
                        tuple(words),
                        explicit=False,
                    )
            out.append(ActorSpan(i, end, (person,), "surname"))
            covered.update(range(i, end))
            resume = end
    return out


# what may stand before a name that is a clause's subject: "Vladimir Putin and
# Recep Tayyip Erdogan agreed", "..., Khalifa Haftar rejected", "rival Fayez al-Sarraj signed",
# "we note that Francis Ona has refused"
_SUBJECT_OPENERS = frozenset(
    {",", "and", "but", "while", "as", "when", '"', "\u201c", "(", ":", ";", "that"}
)


def _address_before(tokens: list[Token], i: int) -> int | None:
    """Where the words of address (``data/honorifics.txt``) that end right before ``i``
    start ("Mr Ona", "His Excellency Dr X"), or None when there are none."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if skip_honorifics(tokens, j) == i:
            return j
    return None


def _of_a_state(tokens: list[Token], end: int, spans: list[ActorSpan]) -> tuple[Actor | None, int]:
    """The state named right after a name by "of" ("Arthur Goldberg of the United
    States"), and where the words after it start; (None, end) when there is none."""
    k = end
    if k + 1 >= len(tokens) or tokens[k].lower != "of":
        return None, end
    k += 1 + (tokens[k + 1].lower == "the")
    for sp in spans:
        if sp.start == k and len(sp.actors) == 1 and sp.actors[0].type == "state":
            return sp.actors[0], sp.end
    return None, end


def _acts(
    tokens: list[Token], i: int, end: int, gaz_starts: dict[int, int], rest: int | None = None
) -> bool:
    """Do the capitalised words tokens[i:end] stand as the subject of a verb, as only
    a person's name can: at a clause opening, followed (past names coordinated
    with it, or from ``rest`` on: past "of Syria") by a finite verb ("agreed",
    "rejects", "has")?"""
    if i > 0:
        prev = tokens[i - 1]
        # "Now Mikhail Gorbachev has urged": a sentence's opening adverb is no name word
        # "Late on Friday Yevgeny Prigozhin accused": a capitalised word of time before it
        opening_adverb = prev.lower in ACTOR_WORDS.not_name_words and (i == 1 or prev.is_cap)
        if (
            prev.lower not in _SUBJECT_OPENERS
            and (prev.is_cap or not prev.is_word)
            and not opening_adverb
        ):
            return False
        if prev.lower in ACTOR_WORDS.prepositions:
            return False
    if rest is not None:
        end = rest
    k = end
    while k + 1 < len(tokens) and tokens[k].lower in ("and", ","):
        nxt_end, nxt_words = read_name(tokens, k + 1, gaz_starts)
        if not (2 <= len(nxt_words) <= 4):
            break
        k = nxt_end
    if k < len(tokens) and tokens[k].text == "," and k == end:
        k = _past_parenthetical(tokens, k)
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].is_cap:
        return False
    return _finite_verb(tokens[k].lower)


def _finite_verb(word: str) -> bool:
    """Is the lower-case word a finite verb a name may stand before ("agreed", "rejects",
    "has")?"""
    return word in ACTOR_WORDS.finite_verb_words or (
        word.endswith(("ed", "s")) and not word.endswith(("ss", "us", "is"))
    )


def _past_parenthetical(tokens: list[Token], comma: int) -> int:
    """The token after a relative clause or an apposition set off by commas after a
    name ("David Trimble, their leader, telephoned", "Radovan Karadzic, who was kept
    away from Dayton, accused"), or the comma itself when none is."""
    opener = tokens[comma + 1].lower if comma + 1 < len(tokens) else ""
    # or a participle's phrase: "Faris el-Khouri, speaking for the Arab governments, rejected"
    participle = opener.endswith("ing") and len(opener) > 5 and tokens[comma + 1].is_word
    if opener not in _PARENTHETICAL_OPENERS and not participle:
        return comma
    for j in range(comma + 2, min(len(tokens), comma + 30)):
        if tokens[j].text in (";", ".", ":"):
            return comma
        if tokens[j].text == ",":
            return j + 1
    return comma


# what opens a relative clause or an apposition after a name
_PARENTHETICAL_OPENERS = frozenset(
    {"who", "whose", "whom", "the", "a", "an", "their", "his", "her", "its", "himself", "herself"}
)


def office_holders_by_surname(
    reading: Reading, tokens: list[Token], spans: list[ActorSpan]
) -> list[ActorSpan]:
    """A surname alone that only one person of the office table bears, where a
    person's name stands: as the subject of a verb, with other such names ("Putin and
    Erdogan agreed"), after "by", or as a possessor ("Putin's envoy")."""
    table = surnames()
    if table.keys().isdisjoint(reading.words):
        return spans
    memory = reading.memory
    covered = {k for sp in spans for k in range(sp.start, sp.end)}
    named = [
        k for k, t in enumerate(tokens)
        if t.is_cap and t.lower in table and k not in covered
    ]  # fmt: skip
    if not named:
        return spans
    out = list(spans)
    for k in named:
        if not _stands_as_a_person(tokens, k, set(named)):
            continue
        name = surname_holder(tokens[k].lower, memory.date)
        if name is None:
            continue
        words = tuple(name.split())
        holder = memory.holder(words)
        if holder is None:
            continue
        person = memory.add_person(holder, words)
        memory.add_person(person, (tokens[k].text,))
        out.append(ActorSpan(k, k + 1, (person,), "surname"))
    order_by_start(out)
    return out


_PARENTHETICAL_MAX = 10  # words of a parenthetical between a name and its verb


def _verb_after_parenthetical(tokens: list[Token], comma: int) -> bool:
    """Does a verb follow the parenthetical that opens at this comma?"""
    end = min(len(tokens), comma + _PARENTHETICAL_MAX)
    close = next((m for m in range(comma + 2, end) if tokens[m].text == ","), None)
    if close is None or close + 1 >= len(tokens):
        return False
    nxt = tokens[close + 1]
    return (
        nxt.is_word
        and not nxt.is_cap
        and (nxt.lower in ACTOR_WORDS.speech_verbs or _finite_verb(nxt.lower))
    )


def _stands_as_a_person(tokens: list[Token], k: int, names: set[int]) -> bool:
    if k + 1 < len(tokens) and tokens[k + 1].lower in ACTOR_WORDS.place_nouns:
        return False  # "the Jebel Hussein districts": a place
    if k > 0 and tokens[k - 1].lower == "by":
        return True
    j = k + 1
    while j + 1 < len(tokens) and tokens[j].lower in ("and", ",") and (j + 1) in names:
        j += 2  # "Putin and Erdogan agreed", "Putin, Erdogan and Rouhani"
    if j < len(tokens) and tokens[j].text == "," and _verb_after_parenthetical(tokens, j):
        return True  # "Putin, in a televised address, calls ..."
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    if nxt.lower == "'s" or nxt.lower in ACTOR_WORDS.leader_government_nouns:
        return True  # "Putin's envoy", "the Trump administration"
    if nxt.is_cap and nxt.is_word:
        return False  # a longer name: "Gates Foundation", "Ford Motor"
    if _object_of_a_word(tokens, k):
        return True
    if not nxt.is_word:
        return False
    first = k
    while first > 1 and tokens[first - 1].lower in ("and", ",") and (first - 2) in names:
        first -= 2
    if (j > k + 1 or first < k) and nxt.lower not in ACTOR_WORDS.prepositions:
        return True  # names coordinated, then a plural verb: "Putin, Erdogan agree"
    return nxt.lower in ACTOR_WORDS.speech_verbs or _finite_verb(nxt.lower)


def _object_of_a_word(tokens: list[Token], k: int) -> bool:
    """ "Russia backed Lukashenko", "talks with Zelensky", "urged Netanyahu to": a
    surname of the table after a lower-case verb or preposition names its bearer (after
    an article it is a common noun's capital: "the Gates")."""
    if k == 0:
        return False
    prev = tokens[k - 1]
    return prev.is_word and not prev.is_cap and prev.lower not in ACTOR_WORDS.determiners


def delegates(reading: Reading, tokens: list[Token], spans: list[ActorSpan]) -> list[ActorSpan]:
    """Delegates named as the UN's meeting coverage names them, with the state they
    speak for in brackets: "Mark Lyall Grant (United Kingdom) condemned ...". The
    person's span takes in the brackets; the state is their affiliation, no actor."""
    if "(" not in reading.words:
        return spans
    memory = reading.memory
    covered = {k for sp in spans for k in range(sp.start, sp.end)}
    out = list(spans)
    for i in [k for k, t in enumerate(tokens) if t.text == "(" and k > 0]:
        found = _delegation(tokens, i, out)
        if found is None:
            continue
        state_span, close = found
        state = state_span.actors[0]
        person_span = next((sp for sp in out if sp.end == i and sp.how != "pronoun"), None)
        if person_span is not None:
            if len(person_span.actors) != 1 or person_span.actors[0].type != "person":
                continue
            person, start = person_span.actors[0], person_span.start
            out.remove(person_span)
            words = tuple(person.name.split())
        else:
            start = i
            while start > 0 and is_name_word(tokens[start - 1]) and (start - 1) not in covered:
                start -= 1
            words = tuple(t.text for t in tokens[start:i])
            if not 2 <= len(words) <= 4:
                continue
            person = Actor(" ".join(words), "person", state.name, None)
        if person.affiliation == person.name or person.affiliation != state.name:
            person = Actor(person.name, "person", state.name, person.title)
        person = memory.add_person(person, words)
        out.remove(state_span)
        out.append(ActorSpan(start, close + 1, (person,), "surname"))
    order_by_start(out)
    return out


def _delegation(
    tokens: list[Token], end: int, spans: list[ActorSpan]
) -> tuple[ActorSpan, int] | None:
    """The state in brackets right after a name, as the UN's meeting coverage writes
    a delegate ("Vitaly Churkin (Russian Federation)"): (its span, the closing bracket)."""
    if end + 2 >= len(tokens) or tokens[end].text != "(":
        return None
    for sp in spans:
        if (
            sp.start == end + 1
            and sp.end < len(tokens)
            and tokens[sp.end].text == ")"
            and len(sp.actors) == 1
            and sp.actors[0].type == "state"
        ):
            return sp, sp.end
    return None
