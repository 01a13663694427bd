"""Titles and personal names: "President", "Foreign Ministry Spokeswoman", "Vladimir Putin".

Titles come from ``data/titles.csv`` (with their role: head, minister,
diplomat, spokesperson, official, military, leader), honorifics ("His
Excellency", "Dr") from ``data/honorifics.txt``. A personal name is read
from the capitalised words of the text; no person is listed in the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from analysis.actors.words import ACTOR_WORDS, HYPHENATED_NAME
from analysis.lexicon import read_csv, read_lines
from analysis.text import Token, tokenize


@dataclass(frozen=True, slots=True)
class TitleEntry:
    words: tuple[str, ...]  # lower case
    title: str  # display form, singular
    role: str  # head, minister, diplomat, spokesperson, official, military, leader
    ministry: str  # the ministry a minister heads ("Foreign Ministry"), to name "the ministry"
    default: str = ""  # organisation of the unqualified title ("the Secretary-General")
    # roles or titles (lower case) of a person named before that the bare noun may mean
    refers_to: frozenset[str] = frozenset()


@cache
def titles() -> dict[tuple[str, ...], TitleEntry]:
    """Every title and its plural, by its lower-case words."""
    table: dict[tuple[str, ...], TitleEntry] = {}
    for row in read_csv("titles.csv"):
        words = tuple(t.lower for t in tokenize(row["title"]))
        entry = TitleEntry(
            words,
            row["title"],
            row["role"],
            row.get("ministry") or "",
            row.get("default") or "",
            frozenset(
                r.strip().lower() for r in (row.get("refers_to") or "").split("|") if r.strip()
            ),
        )
        table[words] = entry
        last = words[-1]
        plural = last + ("es" if last.endswith(("s", "sh", "ch")) else "s")
        if last.endswith("man"):
            plural = last[:-3] + "men"
        table.setdefault(words[:-1] + (plural,), entry)
    return table


# asked again of each person's title as a bare title is read back ("the minister"):
# the titles written are few, so each is tokenised once
@lru_cache(maxsize=4_096)
def title_entry(title: str) -> TitleEntry | None:
    """The entry of a title as written ("Foreign Minister", "spokesmen")."""
    return titles().get(tuple(t.lower for t in tokenize(title)))


@cache
def is_spokesperson_title(title: str) -> bool:
    """Does the title (any case, singular or plural) name someone who speaks for
    their principal ("Spokesman", "Foreign Ministry Spokeswoman")? Their
    statements are the principal's; ``titles.csv`` gives them the role
    ``spokesperson``."""
    entry = title_entry(title)
    return entry is not None and entry.role == "spokesperson"


@cache
def title_firsts() -> dict[str, int]:
    """First word of each title -> the longest title starting with it (in words).

    Test a sentence's words against it as ``.keys().isdisjoint(words)``: that
    walks the smaller side, where ``words.isdisjoint(dict)`` walks the whole dict.
    """
    firsts: dict[str, int] = {}
    for words in titles():
        firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    return firsts


def match_title(tokens: list[Token], i: int) -> tuple[int, TitleEntry | None]:
    """The longest title starting at token i: (its end, its entry); (i, None) when none."""
    longest = title_firsts().get(tokens[i].lower)
    if not longest:
        return i, None
    table = titles()
    best: tuple[int, TitleEntry | None] = (i, None)
    key: tuple[str, ...] = ()
    for j in range(i, min(i + longest, len(tokens))):
        key += (tokens[j].lower,)  # one word longer each time
        entry = table.get(key)
        if entry is not None:
            best = (j + 1, entry)
    return best


@cache
def _honorifics() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(t.lower for t in tokenize(h)) for h in read_lines("honorifics.txt"))


@cache
def honorific_firsts() -> frozenset[str]:
    return frozenset(h[0] for h in _honorifics())


def skip_honorifics(tokens: list[Token], i: int) -> int:
    """The first token after the honorifics starting at i ("His Excellency Dr")."""
    if i >= len(tokens) or tokens[i].lower not in honorific_firsts():
        return i
    honorifics = _honorifics()
    changed = True
    while changed:
        changed = False
        for n in (3, 2, 1):
            key = tuple(t.lower for t in tokens[i : i + n])
            if len(key) == n and key in honorifics:
                i += n
                changed = True
                break
    return i


def is_name_word(t: Token) -> bool:
    """A word that can be part of a personal name: capitalised, or "el-Sisi"."""
    if "-" in t.text and HYPHENATED_NAME.match(t.text):  # no hyphen, no match to try
        return True
    return (
        t.is_cap
        and t.is_word
        and t.lower not in ACTOR_WORDS.not_name_words
        and not t.text.isdigit()
    )


def read_name(
    tokens: list[Token], i: int, gaz_starts: dict[int, int], *, after_title: bool = False
) -> tuple[int, list[str]]:
    """A personal name starting at i: (end index, words); end == i when none.

    ``gaz_starts`` holds where gazetteer names start: a name does not start with
    one, except right after a title when a surname follows that no gazetteer
    knows ("Foreign Minister Israel Katz", "President Jordan Ross").
    """
    particles = ACTOR_WORDS.name_particles
    i0 = skip_honorifics(tokens, i)
    if i0 < len(tokens):
        end, title = match_title(tokens, i0)
        # "Foreign Minister Amir Khan Muttaqi": a one-word title right after a title,
        # before a name, is a given name
        given_name = (
            after_title
            and tokens[i0].lower in ACTOR_WORDS.given_name_titles
            and end == i0 + 1
            and end < len(tokens)
            and is_name_word(tokens[end])
            and match_title(tokens, end)[1] is None
        )
        if title is not None and not given_name:
            return i, []  # "a spokesperson for UN Secretary-General X": a title, not a name
    words: list[str] = []
    j = i0
    while j < len(tokens) and len(words) < 7:
        t = tokens[j]
        starts_name = not (j in gaz_starts and not words) or (
            after_title
            and gaz_starts[j] == j + 1
            and j + 1 < len(tokens)
            and is_name_word(tokens[j + 1])
            and j + 1 not in gaz_starts
            and match_title(tokens, j + 1)[1] is None  # "leaders, Egyptian President X"
        )
        if is_name_word(t) and starts_name:
            words.append(t.text)
            j += 1
            # an initial: "Joseph R. Biden"
            if len(t.text) == 1 and j < len(tokens) and tokens[j].text == ".":
                words[-1] += "."
                j += 1
        elif words and t.lower in particles and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            words.append(t.text)
            j += 1
        elif words and t.text == "'" and j + 1 < len(tokens) and tokens[j + 1].is_cap:
            j += 1  # Dato' Seri
        else:
            break
    while words and words[-1].lower() in particles:
        words.pop()
        j -= 1
    if not words:
        return i, []
    return j, words
