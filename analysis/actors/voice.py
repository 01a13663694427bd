"""The document's own voice: who issues a statement, and who "we" is in it.

A statement's header lines name its issuing state ("Ministry of Foreign
Affairs / Islamabad / Press Release"); its opening apposition ("We, the
Foreign Ministers of the G7, ...") or its signature lines ("Abdel Fattah
el-Sisi, President of the Arab Republic of Egypt") say who "we" is. Both are
read once per document, before its sentences.
"""

from __future__ import annotations

import re
from collections import Counter

from analysis.actors.gazetteer import country
from analysis.actors.names import match_name, name_index
from analysis.actors.office_holders import holder_of, office_holder, surname_holder
from analysis.actors.titles import match_title, read_name
from analysis.actors.words import ACTOR_WORDS
from analysis.models import Actor, Document, Sentence
from analysis.text import Token, tokenize

_SIGNATURE = re.compile(
    r"^(?P<name>[A-Z][^,\n]{2,60}),\s*(?P<role>[A-Z][^\n]{3,120})$", re.MULTILINE
)
# "We, <who>, <a lower-case word>": the apposition ends at the first comma
# followed by a lower-case word that does not go on naming who "we" is
# (or at a comma ending its paragraph: "We, A, President of X, and B, Leader of Y,\n\n
# Having met ..."); signatories may be listed with semicolons ("...of Costa Rica; Jose
# Napoleon Duarte, President of ...")
_WE_APPOSITION = re.compile(
    r"\bWe,\s+(?P<who>[^.]{3,600}?),(?:\s*\n|\s+(?=[a-z])(?!(?:"
    + "|".join(map(re.escape, sorted(ACTOR_WORDS.apposition_words | ACTOR_WORDS.role_words)))
    + r")\b))"
)


def author(doc: Document) -> Actor | None:
    """The issuing state of a statement, from its header lines ("Ministry of
    Foreign Affairs / Islamabad / Press Release", "Cairo, 7 May 2024"): the one
    state they name, if they name exactly one."""
    speaker = speech_speaker(doc)
    if speaker:
        # a speech is its speaker's, whatever place its headline names
        return country(speaker[0].affiliation)
    return _header_state(doc)


_HEADER_LINE_MAX = 100  # characters of a header line that the layout read as a paragraph


def _header_state(doc: Document, *, skip_headline: bool = False) -> Actor | None:
    """The one state the header lines name, if they name exactly one."""
    head = doc.text[: min(len(doc.text), 400)]
    first_para = None
    for b in doc.blocks:
        if b.kind == "paragraph":
            first_para = b.start
            break
    if first_para is not None:
        head = doc.text[:first_para]
        blank = doc.text.find("\n\n", first_para)
        line = doc.text[first_para:blank].strip()
        if (
            first_para > 0
            and 0 <= blank < 400
            and "\n" not in line
            and len(line) <= _HEADER_LINE_MAX
            and not line.endswith((".", "!", "?", '"', "\u201d"))
        ):
            # "Paris (unofficial translation ...)": a short line that is no sentence,
            # before the first blank line, is still the header's
            head = doc.text[:blank]
    # "Press release | Royal Norwegian Ministry of Foreign Affairs": the issuer's own
    # line says whose statement it is, whatever state the headline names
    issuer_lines = [
        re.split(r"\s[-\u2013\u2014:|]\s", line)
        for line in doc.text[: min(len(doc.text), 400)].splitlines()[:4]
        if _ISSUER_LINE.search(line)
    ]
    # "Department of State Daily Press Briefing - Bosnia": the topic after the dash is not
    # the issuer; "Press release | Royal Norwegian Ministry ...": the part naming the
    # issuer is. First the issuer's own part of any line ("... of the Ministry of Foreign
    # Affairs" under the topic "Central African Republic - ..." names no state; the line
    # "Ministry of Foreign Affairs of France" below does), then the parts up to it ("The
    # White House - Office of the Press Secretary").
    # "Cote d'Ivoire - Statement by the spokesperson of the Ministry": a state alone before
    # the issuer's part is the topic's label
    labels = {a.name for parts in issuer_lines for part in parts[:-1] if (a := _label_state(part))}
    for own_part_only in (True, False):
        for parts in issuer_lines:
            last = max(k for k, p in enumerate(parts) if _ISSUER_LINE.search(p))
            named = parts[last : last + 1] if own_part_only else parts[: last + 1]
            states = _states_named(" | ".join(p for p in named if _label_state(p) is None))
            if len(states) == 1:
                return states[0]
    if skip_headline:
        headline = next((b for b in doc.blocks if b.kind == "headline"), None)
        if headline is not None:
            head = head[headline.end :] if len(head) > headline.end else ""
    counts: Counter = Counter()
    first: dict[str, Actor] = {}
    for line in head.splitlines():
        tokens = tokenize(line)
        # "the President's address on Haiti", "Statement ... on Libyan military intervention
        # in Uganda": what the line names after its topic's preposition is the topic
        topic = next(
            (k for k, t in enumerate(tokens) if t.lower in ACTOR_WORDS.topic_prepositions),
            len(tokens),
        )
        for _, _, a in named_in(tokens[:topic], adjectives=True):
            if a.type == "state" and a.name not in labels:
                counts[a.name] += 1
                first.setdefault(a.name, a)
            elif a.type != "state" and not counts:
                # "Press point by NATO Secretary General ..." over "Brussels, 28 February":
                # an organisation's text, and the place is its venue
                return None
    if len(counts) == 1:
        return next(iter(first.values()))
    return None


def _label_state(part: str) -> Actor | None:
    """The state a header part consists of ("Cote d'Ivoire", "The Sudan"), if it is only that."""
    tokens = [t for t in tokenize(part.strip()) if t.lower != "the"]
    if not tokens:
        return None
    end, entries = match_name(tokens, 0)
    # a state's own name, not a seat ("The White House - Office of the Press Secretary")
    entries = [e for e in entries if e.how in ("name", "alias") and e.actor.type == "state"]
    return entries[0].actor if entries and end == len(tokens) else None


_ISSUER_LINE = re.compile(
    r"\b(?:Ministry|Ministère|Department|Embassy|Permanent Mission|Press release|Press Release"
    r"|Office of the|Presidency)\b"
)


def named_in(tokens: list[Token], *, adjectives: bool = False) -> list[tuple[int, int, Actor]]:
    """The gazetteer's actors these tokens name, longest match first, left to right, as
    (start, end, actor); adjectives ("Norwegian") count only when asked for."""
    trie = name_index().trie
    found: list[tuple[int, int, Actor]] = []
    i = 0
    while i < len(tokens):
        if tokens[i].lower not in trie:
            i += 1
            continue
        j, entries = match_name(tokens, i)
        if not adjectives:
            entries = [e for e in entries if e.how != "adjective"]
        if entries:
            found.append((i, j, entries[0].actor))
            i = j
        else:
            i += 1
    return found


def _states_named(line: str) -> list[Actor]:
    """The states a line names (adjectives included: "Royal Norwegian Ministry"), once each."""
    states = [a for _, _, a in named_in(tokenize(line), adjectives=True) if a.type == "state"]
    return list(dict.fromkeys(states))


def voice(doc: Document, sentences: list[Sentence]) -> tuple[Actor, ...]:
    """Who speaks in the document's own voice: the body whose resolution it is
    ("The Security Council," opening the clauses), who "we" is ("We, the
    Foreign Ministers of the G7, together with the High Representative of the
    European Union", "We, Vladimir Putin, President of the Russian Federation,
    and ..."), or a statement's signature lines ("Abdel Fattah el-Sisi,
    President of the Arab Republic of Egypt")."""
    body = issuing_body(doc)
    if body:
        return body
    issuers = headline_issuers(doc)
    text = doc.text
    m = "We," in text and _WE_APPOSITION.search(text)
    if m:
        people = _signatories(m.group("who"))
        if people:
            return people
        actors = _listed_issuers(m.group("who"))
        if actors:
            return tuple(dict.fromkeys(actors))
    signatories = [
        person
        for sm in map(_SIGNATURE.match, (line.strip() for line in text.splitlines()[-8:]))
        if sm and (person := _signed(sm.group("name"), sm.group("role"))) is not None
    ]
    # the signatures name people; without them, the headline names the issuers
    return tuple(signatories) or issuers or byline_author(doc)


# "Speech excerpt: Prime Minister Margaret Thatcher to the House of Commons", "Remarks by
# President X at the summit", "Address of Y before the General Assembly": who speaks
_SPEECH = re.compile(
    r"^\s*(?:(?:speech|remarks|address|statement|testimony)(?:\s+excerpts?)?|excerpts?)"
    r"(?:\s*:\s*|\s+(?:by|of|from)\s+)(?P<who>.+?)"
    r"(?:\s+(?:to|at|before|on|in|for|during)\s+.*)?$",
    re.IGNORECASE,
)


# '"A cease-fire must come quickly": Mendes France before the National Assembly (excerpt)':
# a quotation, then who said it before or to an assembly
_QUOTED_SPEECH = re.compile(
    r'^\s*["\u201c][^"\u201d]{3,200}["\u201d]\s*:\s*(?P<who>[^:]{3,80}?)\s+(?:before|to|at|in)\s+'
    r"(?:the\s+)?[A-Z][^:]*$"
)


# "the President's address on Haiti", "The Prime Minister's statement to Parliament": a
# speech its headline gives to an office, not to a name
_OWN_SPEECH = re.compile(
    r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['\u2019]s\s+"
    r"(?:televised\s+|radio\s+|national\s+)?(?:address|speech|remarks|statement)\b"
)
_GREETING_BLOCKS = 4  # the greeting comes within the first blocks


def _office_speaking(doc: Document, title_words: str) -> tuple[Actor, ...]:
    """Who held the office a headline gives the speech to, in the state the speech
    greets as its own ("My fellow Americans") or the header names."""
    tokens = tokenize(title_words)
    end, title = match_title(tokens, 0)
    if title is None or not doc.date:
        return ()
    state = _greeted_state(doc) or _header_state(doc, skip_headline=True)
    holder = holder_of(title.title, state.name, doc.date) if state is not None else None
    if end < len(tokens):
        # "President Johnson's address": the holder the name calls, else the title's holder
        # when the name is theirs
        _, words = read_name(tokens, end, {}, after_title=True)
        named = office_holder(words, doc.date) if words else None
        if named is None and len(words) == 1:
            full = surname_holder(words[0].lower(), doc.date)  # "President Reagan's address"
            named = office_holder(tuple(full.split()), doc.date) if full else None
            if named is not None and holder_of(title.title, named.affiliation, doc.date) != named:
                named = None  # a namesake who did not hold the title then
        if named is not None:
            return (named,)
        if holder is None or not words or holder.name.split()[-1] != words[-1]:
            return ()
    return (holder,) if holder is not None else ()


def _greeted_state(doc: Document) -> Actor | None:
    """The state whose people a speech greets as the speaker's own: "My fellow
    Americans", "Fellow South Africans"."""
    for block in doc.blocks[:_GREETING_BLOCKS]:
        tokens = tokenize(doc.text[block.start : block.end])
        for k in range(len(tokens) - 1):
            if tokens[k].lower != "fellow":
                continue
            for start, _, actor in named_in(tokens[k + 1 : k + 4], adjectives=True):
                if start == 0 and actor.type == "state":
                    return actor
    return None


def speech_speaker(doc: Document) -> tuple[Actor, ...]:
    """The titled person a speech's headline names as its speaker: "I" and "we" in it
    are theirs ("Speech excerpt: Prime Minister Margaret Thatcher to the House"); or
    the office holder a quoted headline names ('"...": Mendes France before the
    National Assembly')."""
    headline = next((b for b in doc.blocks if b.kind == "headline"), None)
    line = doc.text[headline.start : headline.end] if headline else doc.text.split("\n", 1)[0]
    m = _SPEECH.match(line.strip())
    if not m:
        own = _OWN_SPEECH.search(line)
        if own is not None:
            return _office_speaking(doc, own.group("title"))
        quoted = _QUOTED_SPEECH.match(line.strip())
        if quoted is None:
            return ()
        holder = office_holder(tuple(w.text for w in tokenize(quoted.group("who"))), doc.date)
        return (holder,) if holder is not None else ()
    tokens = tokenize(m.group("who"))
    states = [a for _, _, a in named_in(tokens, adjectives=True) if a.type == "state"]
    k = 0  # past "the" and a national adjective: "the British Prime Minister ..."
    while k < len(tokens) and (
        tokens[k].lower == "the" or named_in(tokens[k : k + 1], adjectives=True)
    ):
        k += 1
    end, title = match_title(tokens, k)
    if title is None:
        return ()
    name_end, words = read_name(tokens, end, {}, after_title=True)
    if not words:
        return ()
    holder = office_holder(words, doc.date)
    if holder is not None:
        return (holder,)
    # the state of the title ("the British Prime Minister") or of the dateline under the
    # headline ("Pretoria, 30 January"); not one the headline names as the topic
    state = states[0] if states else _header_state(doc, skip_headline=True)
    affiliation = state.name if state is not None else " ".join(words)
    return (Actor(" ".join(words), "person", affiliation, title.title),)


# "By Kyriakos Mitsotakis, Prime Minister of Greece": an article signed by an office
# holder (a journalist's byline names no office, so names no voice)
_BYLINE = re.compile(r"^By (?P<name>[A-Z][^,\n]{2,60}),\s*(?P<role>[A-Z][^\n]{3,120})$")
_BYLINE_BLOCKS = 4


def byline_author(doc: Document) -> tuple[Actor, ...]:
    """The office holder whose byline opens the text: an op-ed speaks in their voice."""
    for block in doc.blocks[:_BYLINE_BLOCKS]:
        m = _BYLINE.match(doc.text[block.start : block.end].strip())
        if m and (person := _signed(m.group("name"), m.group("role"))) is not None:
            return (person,)
    return ()


# a resolution's chapeau: the issuing body alone on its line, ending with a
# comma, before the clauses it is the subject of ("The Security Council,")
_CHAPEAU_MAX_WORDS = 16
_CHAPEAU_BLOCKS = 8  # it comes within the first blocks of the document


def issuing_body(doc: Document) -> tuple[Actor, ...]:
    """The body that issues a resolution or decision: the line "The Security
    Council," or "The Council of the League of Arab States at the ministerial
    level," that opens its clauses. Every clause after it without a subject
    of its own ("Demands that ...", "1. Condemns ...") is that body's act."""
    for block in doc.blocks[:_CHAPEAU_BLOCKS]:
        line = doc.text[block.start : block.end].strip()
        if not line.endswith(",") or "\n" in line:
            continue
        tokens = tokenize(line[:-1])
        words = [t for t in tokens if t.is_word]
        if not words or len(words) > _CHAPEAU_MAX_WORDS or not tokens[0].is_cap:
            continue
        if (
            tokens[0].lower in ACTOR_WORDS.pronouns
            or tokens[0].lower in ACTOR_WORDS.salutations
            or any(
                t.lower in ACTOR_WORDS.speech_verbs or (not t.is_cap and t.lower.endswith("ing"))
                for t in tokens
            )
            # a preamble clause: "Having met in Moscow at the invitation of ...,", "Guided by"
            or tokens[0].lower.endswith(("ing", "ed"))
        ):
            continue  # "We, ...,", "Fellow citizens," or a sentence cut at a comma

        found = named_in(tokens)
        bodies = [f for f in found if f[2].type in ("organization", "state", "group")]
        if not bodies and len(words) == 1:
            # "Council,": the body the opening lines named in full ("The Peace and
            # Security Council of the African Union ... adopted the following decision")
            named = _body_named_before(doc, block.start, words[0].text)
            if named is not None:
                return (named,)
        if not bodies:
            continue
        start, end, body = bodies[0]
        first = 1 if tokens[0].lower == "the" else 0
        if start > first and all(t.is_cap or t.lower == "and" for t in tokens[first:start]):
            # "The Mediation and Security Council,": a body the gazetteer knows only the
            # end of is another body, named as the chapeau names it
            name = line[tokens[first].start : tokens[end - 1].end]
            return (Actor(name, "organization", name),)
        # "The Council of the League of Arab States": the named body, once
        return (body,)
    return ()


def _body_named_before(doc: Document, end: int, head: str) -> Actor | None:
    """The organisation named before ``end`` whose name holds ``head`` ("Council")."""
    bodies = [
        a
        for _, _, a in named_in(tokenize(doc.text[:end]))
        if a.type == "organization" and head.lower() in a.name.lower()
    ]
    return bodies[-1] if bodies else None


# a name's words are capitalised, or particles before another ("Daniel Toroitich arap Moi")
_PARTICLES = "|".join(map(re.escape, sorted(ACTOR_WORDS.name_particles)))
_SIGNATORY = re.compile(
    r"(?P<name>[A-Z][\w'.-]+(?: (?:[A-Z][\w'.-]+|(?:" + _PARTICLES + r")(?= [A-Z]))){1,5}),"
    r" (?P<role>(?:(?:"
    + "|".join(map(re.escape, sorted(ACTOR_WORDS.role_words)))
    + r") )?[A-Z][\w -]+? of (?:the )?[A-Z][^,;]+)"
)


_OF_BODY = re.compile(r"\bof (?:the )?((?:[A-Z][\w'-]*)(?: (?:[A-Z][\w'-]*|of|for|and))*)\s*$")


_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_REPRESENTATIVES = re.compile(
    r"^(?:the\s+)?(?:representatives|delegations|delegates|leaders|heads)\s+of\s+", re.I
)


def _listed_issuers(who: str) -> list[Actor]:
    """The issuers a "We, ..." apposition lists: the gazetteer's actors, and bodies it
    does not know named by form ("the representatives of the Government of Papua New
    Guinea, the Bougainville Transitional Government, ... and the Bougainville
    Resistance Forces")."""
    found: list[Actor] = []
    for item in _LIST_SPLIT.split(_REPRESENTATIVES.sub("", who.strip())):
        item = re.sub(r"^the\s+", "", item.strip(), flags=re.I)
        tokens = tokenize(item)
        named = named_in(tokens)
        words = [t for t in tokens if t.is_word]
        if (
            not named
            and len(words) >= 2
            and all(t.is_cap or t.lower in ("of", "for", "and") for t in words)
            and words[-1].lower in ACTOR_WORDS.body_name_heads
        ):
            kind = "group" if words[-1].lower in ACTOR_WORDS.armed_group_words else "organization"
            found.append(Actor(item, kind, item))
        found.extend(a for _, _, a in named)
    return found


def _signatories(apposition: str) -> tuple[Actor, ...]:
    """ "Vladimir Putin, President of the Russian Federation, and Recep Tayyip
    Erdogan, President of the Republic of Turkey": each name with its title and state."""
    people = (_signed(m.group("name"), m.group("role")) for m in _SIGNATORY.finditer(apposition))
    return tuple(p for p in people if p is not None)


def _signed(name: str, role: str) -> Actor | None:
    """The person of a signature "Abdel Fattah el-Sisi" + "President of the Arab
    Republic of Egypt": their name (the office table's spelling), title and state."""
    role_tokens = tokenize(role)
    k = 0  # "acting Minister of Foreign Affairs of Ukraine": the title after its role word
    while k < len(role_tokens) and role_tokens[k].lower in ACTOR_WORDS.role_words:
        k += 1
    tj, title = match_title(role_tokens, k)
    if title is None:
        return None
    state = None
    for i in range(tj, len(role_tokens)):
        _, entries = match_name(role_tokens, i)
        if entries:
            state = entries[0].actor
            break
    _, words = read_name(tokenize(name), 0, {})
    if state is None:
        # "Leader of the Orange Democratic Movement": a body the gazetteer does not know
        m = _OF_BODY.search(role)
        state = Actor(m.group(1), "organization", m.group(1)) if m else None
    if not words or state is None:
        return None
    holder = office_holder(words, None)
    display = holder.name if holder is not None else " ".join(words)
    return Actor(display, "person", state.affiliation, title.title)


# "Joint statement of the foreign ministers of A, B and C", "Joint communiqué of A
# and B on ...", "Statement by the Ministry of Foreign Affairs of A": a headline that
# says who issues the text says who "we" is in it
_ISSUED = re.compile(
    r"^\s*(?:(?:joint|final|press)\s+)?(?:statement|declaration|communiqu[eé]|readout)"
    r"\s+(?:of|by|from)\s+(?P<who>.+?)(?:\s+(?:on|over|regarding|concerning|about|following"
    r"|after|at|in)\s+.*)?$",
    re.IGNORECASE,
)


# "Issued by Japan, Norway, the United States and the European Union": a header line
# that lists the issuers says it more exactly than a headline naming them as a group
_ISSUED_BY_LINE = re.compile(r"^\s*(?:issued|released|signed|adopted)\s+by\s+(?P<who>.+)$", re.I)
_ISSUED_BY_LINES = 5


def headline_issuers(doc: Document) -> tuple[Actor, ...]:
    """The issuers a statement's headline names: every state, organisation or
    person in "Joint statement by the President of Kenya and the Emir of Qatar",
    or those an "Issued by ..." line under it lists."""
    for line in doc.text[: min(len(doc.text), 600)].splitlines()[:_ISSUED_BY_LINES]:
        m = _ISSUED_BY_LINE.match(line)
        if m:
            found = [a for _, _, a in named_in(tokenize(m.group("who")))]
            issuers = [a for a in found if a.type in ("state", "organization", "group")]
            if issuers:
                return tuple(dict.fromkeys(issuers))
    headline = next((b for b in doc.blocks if b.kind == "headline"), None)
    line = doc.text[headline.start : headline.end] if headline else doc.text.split("\n", 1)[0]
    m = _ISSUED.match(line.strip())
    if not m:
        return ()
    found = [a for _, _, a in named_in(tokenize(m.group("who")))]
    return tuple(dict.fromkeys(a for a in found if a.type in ("state", "organization", "group")))
