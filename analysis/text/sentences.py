"""Sentence splitting with Punkt's rules and a hand-made abbreviation list.

Blocks (headline, caption, paragraph) are split separately, so a headline or a
caption is always its own sentence; a caption or paragraph repeated verbatim
(scraped pages repeat photo captions) is analysed once.

Paragraphs are split as NLTK's Punkt splits them when built from
``PunktParameters`` that hold only our abbreviations: no training data to
download, and decisions that do not depend on the corpus. Running Punkt itself
builds an object per word and was the slowest stage of the pipeline, yet with
no learnt orthographic context, collocations or sentence starters its decisions
come down to a few rules on the word before a stop and the token after it.
``_FastPunkt`` applies those rules and gives exactly Punkt's spans;
``punkt()`` stays as the reference the tests hold it to. Punkt's patterns are
spelled out here (the tests hold them to NLTK's), so splitting sentences does
not import NLTK: importing it takes longer than the rest of the analysis.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from analysis.lexicon import read_lines
from analysis.models import Block, Document, Sentence

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

ANALYSED_BLOCKS = frozenset({"headline", "caption", "paragraph"})
_PARAGRAPH = re.compile(r"\S(?:[^\n]*\S)?")

# Punkt looks for the start of the word before a stop with ``string.whitespace``:
# a no-break space (common in scraped pages) does not separate words there.
_ASCII_SPACES = " \t\n\r\x0b\x0c"

# Punkt compiles its patterns with ``regex``, whose ``\s`` is Unicode White_Space;
# ``re``'s is ``str.isspace``, which adds U+001C..U+001F. Spelled out, the class
# lets the scan for candidate stops run on ``re``, the faster engine here.
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


# Punkt's patterns and sets (nltk.tokenize.punkt: PunktLanguageVars with its
# English defaults, PunktToken, PunktSentenceTokenizer.PUNCTUATION), copied from
# NLTK's source; tests/test_sentences.py holds them to the installed NLTK's.
SENT_END_CHARS = (".", "?", "!")
RE_SENT_END_CHARS = r"[\.\?!]"
# Characters that cannot appear within words (the order of "?!" is a set's in NLTK).
RE_NON_WORD_CHARS = r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb\?!])"
RE_MULTI_CHAR_PUNCT = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
RE_WORD_START = r"[^\(\"\`{\[:;&\#\*@\)}\]\-,]"
WORD_TOKENIZE_FMT = r"""(
        %(MultiChar)s
        |
        (?=%(WordStart)s)\S+?  # Accept word characters until end is found
        (?= # Sequences marking a word's end
            \s|                                 # White-space
            $|                                  # End-of-string
            %(NonWord)s|%(MultiChar)s|          # Punctuation
            ,(?=$|\s|%(NonWord)s|%(MultiChar)s) # Comma if at end of word
        )
        |
        \S
    )"""
WORD_TOKENIZER = WORD_TOKENIZE_FMT % {
    "NonWord": RE_NON_WORD_CHARS,
    "MultiChar": RE_MULTI_CHAR_PUNCT,
    "WordStart": RE_WORD_START,
}
BOUNDARY_REALIGNMENT = r'["\')\]}\u2018\u2019\u201c\u201d\xab\xbb]+?(?:\s+|(?=--)|$)'
RE_INITIAL = r"[^\W\d]\.$"
RE_NUMERIC = r"^-?[\.,]?\d[\d,\.-]*\.?$"
PUNCTUATION = tuple(";:,.!?")


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """The abbreviations Punkt knows: lower case, without their final dot."""
    return frozenset(a.lower().rstrip(".") for a in read_lines("abbreviations.txt"))


@lru_cache(maxsize=1)
def punkt() -> PunktSentenceTokenizer:
    """NLTK's Punkt with our abbreviations alone: the reference ``_FastPunkt`` follows."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(params)


class _FastPunkt:
    """``PunktSentenceTokenizer.span_tokenize`` on one line of text, without its objects.

    Punkt finds candidate stops (``.``, ``?``, ``!`` followed by punctuation or by
    whitespace and a token), cuts a context around each -- the word before it,
    run back over adjacent stops, and the token after -- tokenizes the context
    and asks whether any token but the last ends a sentence; then it moves
    closing quotes and brackets back onto the sentence they close. With the
    parameters we give it, a token ends a sentence when it is a lone stop, or
    ends with one full stop and is not an abbreviation, unless it is an initial
    or a number followed by a lower-case word or punctuation, or an initial
    followed by a capital ("John F. Kennedy").

    Tokenizing a context costs more than all the rest, so the usual contexts
    (a word or a number, a full stop, the next token) are decided from their
    parts; the others go through Punkt's tokenizer pattern and the rules.
    """

    def __init__(self, abbrevs: frozenset[str]) -> None:
        # Punkt's period_context_re, with its ``\s`` spelled out for ``re``;
        # group 1 is the token or punctuation after the stop, group 2 the token.
        after = (
            rf"(?=(?P<after_tok>{RE_NON_WORD_CHARS}"
            rf"|[{_WHITE_SPACE}]+(?P<next_tok>[^{_WHITE_SPACE}]+)))"
        )
        self._candidates = re.compile(RE_SENT_END_CHARS + after)
        # ``re`` finds a literal far faster than a class, and most paragraphs
        # have no "?" or "!".
        self._full_stops = re.compile(r"\." + after)
        # A context whose stop ends a word of letters joined by single dots or
        # hyphens ("said", "U.S", "al-Burhan") or a run of digits: Punkt's
        # tokenizer keeps either with its stop as one token. Letters are never a
        # number, and only a single letter is an initial.
        self._plain = re.compile(
            r"(?:(?P<word>[^\W\d_]+(?:[.-][^\W\d_]+)*)|(?P<digits>\d+))\."
            rf"(?:[{_WHITE_SPACE}]+(?P<next>[^{_WHITE_SPACE}]+)|[^{_WHITE_SPACE}])"
        )
        self._stop_in = re.compile(r"[.?!]")
        # Punkt's own patterns on the engine Punkt uses (without NLTK's timeout
        # guard, which costs a call per match; these patterns are linear). The
        # same source on ``re`` would not do: ``regex`` gives ``\s``, ``\w`` and
        # ``\d`` their Unicode-property meanings (a combining accent is a word
        # character, U+001C is not a space).
        self._words = regex.compile(WORD_TOKENIZER, regex.UNICODE | regex.VERBOSE)
        self._realign = regex.compile(BOUNDARY_REALIGNMENT, regex.UNICODE | regex.MULTILINE)
        self._initial = regex.compile(RE_INITIAL, regex.UNICODE)
        self._numeric = regex.compile(RE_NUMERIC, regex.UNICODE)
        self._abbrevs = abbrevs
        self._stops = frozenset(SENT_END_CHARS)
        self._punctuation = frozenset(PUNCTUATION)

    def spans(self, text: str) -> list[tuple[int, int]]:
        end = len(text.rstrip())
        if "?" in text or "!" in text:
            candidates = self._candidates.finditer(text)
        elif text.find(".", 0, len(text) - 1) < 0:
            # A candidate needs a character after its stop: a paragraph with
            # none but its final stop is one sentence, found without a scan.
            return [(0, end)] if end else []
        else:
            candidates = self._full_stops.finditer(text)
        first = next(candidates, None)
        if first is None:
            return [(0, end)] if end else []
        if "\n" in text:
            # Punkt reads lines separately (and ". . ." may straddle one);
            # split_sentences never passes a newline.
            return list(punkt().span_tokenize(text))
        slices = []
        last_break = 0
        for m, word_start in self._contexts(text, first, candidates):
            # A "?" or "!" is always a token of its own, and never the last one.
            if text[m.start()] != "." or self._breaks(text[word_start : m.end(1)]):
                stop = m.end()
                slices.append((last_break, stop))
                next_tok = m.start(2)
                last_break = next_tok if next_tok >= 0 else stop
        if not slices:
            return [(0, end)] if end else []
        slices.append((last_break, end))
        return self._realigned(text, slices)

    @staticmethod
    def _contexts(
        text: str, first: re.Match[str], rest: Iterator[re.Match[str]]
    ) -> list[tuple[re.Match[str], int]]:
        """Candidate stops with the start of their context, as Punkt pairs them.

        The word before a stop starts after the last ASCII space since the
        previous candidate; with none (Punkt also takes one right at the
        previous candidate for none), it starts where the previous candidate's
        word did, and that candidate is dropped.
        """
        spaces = [c for c in _ASCII_SPACES if c in text]
        space = spaces[0] if len(spaces) == 1 else None
        kept = []
        previous, word_start, stop = first, 0, first.start()
        if space is not None:
            last_space = text.rfind(space, 0, stop)
        else:
            last_space = max((text.rfind(c, 0, stop) for c in spaces), default=-1)
        if last_space > 0:
            word_start = last_space + 1
        for m in rest:
            at = m.start()
            if space is not None:
                last_space = text.rfind(space, stop, at)
            else:
                last_space = max((text.rfind(c, stop, at) for c in spaces), default=-1)
            start = last_space + 1 if last_space > stop else word_start
            if stop <= start:
                kept.append((previous, word_start))
            previous, word_start, stop = m, start, at
        kept.append((previous, word_start))
        return kept

    def _breaks(self, context: str) -> bool:
        """Whether Punkt sees a break in a full stop's context, on any token but the last."""
        plain = self._plain.fullmatch(context)
        if plain is None:
            return self._tokens_break(context)
        word, _, next_tok = plain.groups()
        if word is not None:
            if len(word) == 1:
                return self._tokens_break(context)
            lower = word.lower()
            if lower not in self._abbrevs and lower.split("-")[-1] not in self._abbrevs:
                return True
        elif next_tok is None or not next_tok[0].isalnum():
            return self._tokens_break(context)
        elif not next_tok[0].islower():
            return True  # a number before a capital, a digit or an uncased letter
        # No break on the stop: one may still come from the next token's tokens
        # (Punkt looks at all but the last), and only those with a stop can.
        if next_tok is None or not self._stop_in.search(next_tok, 0, len(next_tok) - 1):
            return False
        return self._tokens_break(context)

    def _tokens_break(self, context: str) -> bool:
        """The general case: tokenize as Punkt does; a break on any token but the last."""
        tokens = self._words.findall(context)
        for tok, following in zip(tokens, tokens[1:], strict=False):
            if tok in self._stops:
                return True
            if tok[-1] != "." or tok.endswith(".."):
                continue  # no stop, or an ellipsis
            word = tok[:-1].lower()
            if word in self._abbrevs or word.split("-")[-1] in self._abbrevs:
                continue
            initial = self._initial.match(tok)
            word_type = self._numeric.sub("##number##", tok.lower())
            if len(word_type) > 1 and word_type[-1] == ".":
                word_type = word_type[:-1]
            if initial or word_type == "##number##":
                # Punkt's orthographic heuristic with no learnt context: a word in
                # lower case or a punctuation mark does not start a sentence.
                if following in self._punctuation or following[0].islower():
                    continue
                if initial and following[0].isupper():
                    continue
            return True
        return False

    def _realigned(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Closing quotes and brackets after a stop go with the sentence they close."""
        spans = []
        shift = 0
        last = len(slices) - 1
        for i, (start, end) in enumerate(slices):
            start += shift
            if i == last:
                if start < end:
                    spans.append((start, end))
                break
            next_start, next_end = slices[i + 1]
            m = self._realign.match(text, next_start, next_end)
            if m:
                spans.append((start, next_start + len(m.group().rstrip())))
                shift = m.end() - next_start
            else:
                shift = 0
                if start < end:
                    spans.append((start, end))
        return spans


@lru_cache(maxsize=1)
def fast_punkt() -> _FastPunkt:
    return _FastPunkt(abbreviations())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str, block: Block) -> list[tuple[int, int]]:
    """A block may still hold several paragraphs; split on blank lines and lone newlines.

    The spans of the lines with their surrounding whitespace trimmed (``re``'s
    ``\\s`` is ``str.isspace``); blank lines give none.
    """
    start, end = block.start, block.end
    if text.find("\n", start, end) < 0:
        # The usual block, one line: trimmed without starting a regex scan.
        start, end = _trim(text, start, end)
        return [(start, end)] if start < end else []
    return [m.span() for m in _PARAGRAPH.finditer(text, start, end)]


def _dedup_key(paragraph: str) -> str:
    """The paragraph with its whitespace runs collapsed, so reflowed repeats match.

    Most paragraphs already have only single ASCII spaces (every other space
    character is unprintable), and are their own key.
    """
    if "  " not in paragraph and paragraph.isprintable():
        return paragraph
    return " ".join(paragraph.split())


def split_sentences(doc: Document) -> list[Sentence]:
    """Sentences of the analysed blocks, with exact document offsets."""
    text = doc.text
    blocks = doc.blocks or (Block(0, len(text), "paragraph"),)
    splitter = fast_punkt()
    seen_paragraphs: set[str] = set()
    sentences: list[Sentence] = []
    for block_index, block in enumerate(blocks):
        kind = block.kind
        if kind not in ANALYSED_BLOCKS:
            continue
        for p_start, p_end in _paragraphs(text, block):
            paragraph = text[p_start:p_end]
            key = _dedup_key(paragraph)
            if key in seen_paragraphs:
                continue  # a repeated caption or paragraph is counted once
            seen_paragraphs.add(key)
            if kind in ("headline", "caption"):
                spans = [(0, len(paragraph))]
            else:
                spans = splitter.spans(paragraph)
            for s_start, s_end in spans:
                a, b = p_start + s_start, p_start + s_end
                if a < b and (text[a].isspace() or text[b - 1].isspace()):
                    a, b = _trim(text, a, b)
                if a < b:
                    # Positional (doc_id, index, start, end, text, kind, paragraph):
                    # keywords make the frozen dataclass a third slower to build.
                    sentences.append(
                        Sentence(doc.id, len(sentences), a, b, text[a:b], kind, block_index)
                    )
    return sentences
