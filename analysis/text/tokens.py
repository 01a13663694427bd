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
    curly = "\u2019" in text
    first_character = _FIRST_CHARACTER
    n = 0
    end = 0
    # No token spans white space, so the text is read chunk by chunk. A chunk
    # of letters and digits that does not start with a digit ("talks",
    # "Sánchez", "G7") is one token whatever the pattern's branches; only the
    # rest ("Russia's", "U.S.,", "1990s") go through the pattern.
    for chunk in text.split():
        start = text.find(chunk, end)
        end = start + len(chunk)
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
        for t in pieces:
            low = t.lower()
            if curly:
                low = low.replace("\u2019", "'")
            kind = first_character.get(t[0])
            if kind is None:
                kind = _learn_first_character(t[0])
            piece_end = start + len(t)
            out.append(Token(t, low, offset + start, offset + piece_end, n, kind[0], kind[1]))
            n += 1
            start = piece_end
    return out


def _learn_first_character(first: str) -> tuple[bool, bool]:
    kind = _FIRST_CHARACTER[first] = (first.isupper(), first.isalnum())
    return kind


# first character -> (is upper case, is a letter or digit), filled as they are met
# (a few hundred distinct characters; cheaper than two method calls per token)
_FIRST_CHARACTER: dict[str, tuple[bool, bool]] = {}


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
