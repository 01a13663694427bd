"""Word tokens with document offsets, and the inflection of cue lemmas.

A regular expression tokenizer (NLTK's tokenizers need no data but are slow
and lose offsets); abbreviations with inner dots ("U.S.", "H.E.") and
hyphenated or apostrophised words ("el-Sisi", "Sana'a") stay one token, and a
possessive "'s" is split off so that "Russia's" gives "Russia" + "'s".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?:
      [a-zA-Z]+(?![\w'\u2019.-])             # the common case: a plain word (fast path)
    | (?:[A-Za-z]\.){2,}(?![A-Za-z])          # U.S. U.N. H.E. (the final dot kept)
    | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?     # 1,200  15:35  1990s  4th
    | [^\W\d_]\w*(?:(?:['\u2019](?![sS]\b)[^\W\d_]|-(?=\w))\w*)*   # el-Sisi, Sana'a, D'Ivoire
    | ['\u2019][sS]\b                        # possessive 's
    | \S                                     # any other single character
    )
    """,
    re.VERBOSE,
)


@dataclass(slots=True, eq=False, repr=False)
class Token:
    """One word or mark, with its document offsets and position in the sentence."""

    text: str
    lower: str
    start: int  # document offsets
    end: int
    index: int  # position in the sentence
    is_cap: bool = False  # starts with a capital letter
    is_word: bool = False  # starts with a letter or digit

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}-{self.end})"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; ``offset`` is added so offsets refer to the document."""
    out: list[Token] = []
    append = out.append
    word = _WORDS.get
    cut = _CUTS.get
    find = text.find
    end = 0
    # No token spans white space, so the text is read chunk by chunk, and a
    # chunk is cut the same way wherever it is: the cut of each chunk met is
    # remembered (news text repeats its words), so only offsets are worked out.
    for chunk in text.split():
        start = find(chunk, end)
        end = start + len(chunk)
        one = word(chunk)
        if one is not None:  # most chunks: one word
            append(Token(chunk, one[0], offset + start, offset + end, len(out), one[1], one[2]))
            continue
        pieces = cut(chunk) or _cut(chunk)
        if len(pieces) == 1:  # a word met for the first time
            _, low, _, is_cap, is_word = pieces[0]
            append(Token(chunk, low, offset + start, offset + end, len(out), is_cap, is_word))
            continue
        start += offset
        for t, low, length, is_cap, is_word in pieces:
            append(Token(t, low, start, start + length, len(out), is_cap, is_word))
            start += length
    return out


def _cut(chunk: str) -> tuple[tuple[str, str, int, bool, bool], ...]:
    """The tokens of a chunk without white space: (text, lower case, length,
    starts with a capital, starts with a letter or digit) each; remembered."""
    # A chunk of letters and digits that does not start with a digit ("talks",
    # "Sánchez", "G7") is one token whatever the pattern's branches; only the
    # rest ("Russia's", "U.S.,", "1990s") go through the pattern.
    pieces: list[str]
    if chunk.isalnum() and not chunk[0].isdigit():
        pieces = [chunk]
    elif (
        chunk[:-1].isalnum()
        and not chunk[0].isdigit()
        and not chunk[-1].isalnum()
        and chunk[-1] != "_"
    ):
        # a word and one mark ("talks,", "ceasefire."): the pattern's cut too
        pieces = [chunk[:-1], chunk[-1]]
    else:
        pieces = _TOKEN.findall(chunk)
    cut = tuple(
        (t, t.lower().replace("\u2019", "'"), len(t), t[0].isupper(), t[0].isalnum())
        for t in pieces
    )
    if len(_CUTS) + len(_WORDS) >= _MAX_CUTS:  # a bound on memory; the words in use come back
        _CUTS.clear()
        _WORDS.clear()
    if len(cut) == 1:
        _WORDS[chunk] = cut[0][1], cut[0][3], cut[0][4]
    else:
        _CUTS[chunk] = cut
    return cut


# chunk -> its cut (``_cut``). About 0.45 kB each, so at most 20,000 (9 MB):
# the words of running text repeat within far fewer, and a cleared table refills.
_CUTS: dict[str, tuple[tuple[str, str, int, bool, bool], ...]] = {}
# a chunk that is one token -> (lower case, starts with a capital, with a letter or digit)
_WORDS: dict[str, tuple[str, bool, bool]] = {}
_MAX_CUTS = 20_000


_VOWELS = set("aeiou")


def inflect(lemma: str) -> set[str]:
    """Regular English verb and noun forms of a one-word lemma.

    Irregular forms are written out in the lexicons ("strike|struck").
    """
    w = lemma.lower()
    forms = {w}
    if w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    elif re.search(r"(s|sh|ch|x|z)$", w):
        forms |= {w + "es", w + "ed", w + "ing"}
    else:
        forms |= {w + "s", w + "ed", w + "ing"}
        # stop -> stopped, but not offer -> offerred or appeal -> appealled
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", w) and len(w) <= 4:
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms
