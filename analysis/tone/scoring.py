"""Per-sentence tone: the VADER compound score, exactly as NLTK computes it.

The compound is a number in [-1, 1]: about -0.05 or lower reads as negative,
0.05 or higher as positive, in between as neutral (Hutto & Gilbert 2014).
It measures the wording of a sentence ("horrible killings" is negative,
"a great success" positive), not who is for or against whom.

NLTK's ``SentimentIntensityAnalyzer`` is the reference (``analysis.tone.vader``),
loaded with the lexicon that the ``vaderSentiment`` package ships (NLTK's own
download is not available offline). Its ``polarity_scores`` spends two thirds
of its time building, for every word, all 34 word+punctuation spellings, and
manages well under 1 MB/s. ``compound`` below gives the same numbers at some
15 MB/s on news text:

- what VADER makes of a white-space token (the word, without one listed
  punctuation mark; nothing for a one-character token) depends on the token
  alone, so it is worked out once per token type and remembered
  (``_Vocabulary``), together with whether the word is in the lexicon or can
  modify one (booster, negation, "never so", "least");
- in a sentence without any word that brings a rule into play (booster,
  negation, "never so", "least", "but", "kind of", idiom word, lexicon word
  in capitals) every lexicon word scores its lexicon valence and every other
  word 0, which changes no sum; so each token is remembered with that
  valence, or NaN for a word that brings a rule into play, and a sentence's
  tokens are looked up and summed in C, without a Python step per word; the
  sum is NaN only where a rule may apply (one news sentence in four);
- there, every word outside the lexicon still scores 0, so a sentence
  without a lexicon word is 0.0 at once (NLTK's sum is 0 and
  ``normalize(0)`` is 0.0, whatever the punctuation), and NLTK's rules (the
  same float operations in the same order) run only for lexicon words;
- a lexicon word with no rule word before it (or idiom word around it)
  keeps its lexicon valence (NLTK adds 0.0 for each preceding word), so the
  full rules run only where one is.

``tests/test_tone.py`` checks that both give the same compound on news
sentences, the seed article and thousands of sentences dense with VADER's
special rules.
"""

from __future__ import annotations

import math
import string
from functools import lru_cache

from analysis.tone.vader import Analyzer, analyzer

_PUNCTUATION = frozenset(string.punctuation)
_DROP_PUNCTUATION = str.maketrans("", "", string.punctuation)


@lru_cache(maxsize=1)
def _punctuation_affixes() -> frozenset[str]:
    return frozenset(analyzer().constants.PUNC_LIST)


def _vader_word(token: str) -> str:
    """The word VADER makes of one white-space token; "" when it is dropped."""
    if len(token) < 2:
        return ""
    if token[0] in _PUNCTUATION or token[-1] in _PUNCTUATION:
        bare = token.translate(_DROP_PUNCTUATION)
        if len(bare) > 1:
            affixes = _punctuation_affixes()
            if token.endswith(bare):
                if token[: len(token) - len(bare)] in affixes:
                    return bare
            elif token.startswith(bare) and token[len(bare) :] in affixes:
                return bare
    return token


def vader_words(text: str) -> list[str]:
    """The words VADER scores, as NLTK's ``SentiText.words_and_emoticons``.

    NLTK splits on white space, drops one-character tokens, and replaces a
    token that is a word plus one of its punctuation marks ("war," "!!peace")
    by the bare word, provided the word is at least two characters long and
    has no punctuation inside; anything else ("don't", "'peace'", ":-)") is
    kept as it is.
    """
    return [w for w in map(_vader_word, text.split()) if w]


# Common words of VADER's idioms ("kiss of death"), not worth looking for.
_COMMON_IDIOM_WORDS = frozenset("the of to bad cut hand death right just".split())


class _Rules:
    """NLTK's VADER constants, looked up once."""

    def __init__(self, sia: Analyzer):
        c = sia.constants
        self.sia = sia
        self.lexicon: dict[str, float] = sia.lexicon
        self.boosters: dict[str, float] = c.BOOSTER_DICT
        self.negations: set[str] = c.NEGATE
        self.c_incr: float = c.C_INCR
        self.n_scalar: float = c.N_SCALAR
        # One word of each multi-word idiom and booster, a rare one: where none
        # of these is near a lexicon word, _idioms_check cannot change its
        # valence, as each of its phrases lies within three words of it.
        self.idiom_keys = frozenset(
            next((w for w in phrase.split() if w not in _COMMON_IDIOM_WORDS), phrase.split()[-1])
            for phrase in [*c.SPECIAL_CASE_IDIOMS, *c.BOOSTER_DICT]
            if " " in phrase
        )
        # Words that change the valence of a lexicon word after them: boosters,
        # negations (and any word with "n't"), "never so/this", "least".
        self.modifiers = frozenset([*c.BOOSTER_DICT, *c.NEGATE, "never", "so", "this", "least"])

    def negated(self, word: str) -> bool:
        low = word.lower()
        return low in self.negations or "n't" in low

    def valence(self, words: list[str], lowered: list[str], i: int, is_cap_diff: bool) -> float:
        """NLTK's ``sentiment_valence`` for the lexicon word at position ``i``.

        The same operations in the same order, so the floats are identical.
        """
        lexicon = self.lexicon
        item = words[i]
        valence = lexicon[lowered[i]]
        if is_cap_diff and item.isupper():
            valence = valence + self.c_incr if valence > 0 else valence - self.c_incr
        for start_i in range(3):
            if i <= start_i or lowered[i - (start_i + 1)] in lexicon:
                continue
            prev = words[i - (start_i + 1)]
            s = 0.0
            booster = self.boosters.get(lowered[i - (start_i + 1)])
            if booster is not None:
                s = booster
                if valence < 0:
                    s *= -1
                if prev.isupper() and is_cap_diff:
                    s = s + self.c_incr if valence > 0 else s - self.c_incr
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
            valence = valence + s
            # NLTK's _never_check
            if start_i == 0:
                if self.negated(words[i - 1]):
                    valence = valence * self.n_scalar
            elif start_i == 1:
                if words[i - 2] == "never" and words[i - 1] in ("so", "this"):
                    valence = valence * 1.5
                elif self.negated(words[i - 2]):
                    valence = valence * self.n_scalar
            else:
                if (words[i - 3] == "never" and words[i - 2] in ("so", "this")) or words[i - 1] in (
                    "so",
                    "this",
                ):
                    valence = valence * 1.25
                elif self.negated(words[i - 3]):
                    valence = valence * self.n_scalar
                if not self.idiom_keys.isdisjoint(words[i - 3 : i + 3]):
                    valence = self.sia._idioms_check(valence, words, i)
        # NLTK's _least_check ("least" is not in the lexicon)
        if i > 0 and lowered[i - 1] == "least" and "least" not in lexicon:
            if i == 1 or (lowered[i - 2] != "at" and lowered[i - 2] != "very"):
                valence = valence * self.n_scalar
        return valence


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules(analyzer())


# Token types remembered before the memory of them starts afresh (each costs
# about 0.15 kB); news text repeats most of its token types.
_MAX_TOKENS = 100_000


class _Vocabulary:
    """What VADER makes of each white-space token met so far.

    A token's word, and whether that word is in the lexicon, depend on the
    token alone, so they are worked out once per token type and then looked
    up for the whole sentence at once, in C. Every word in ``word`` has been
    sorted into the sets before its token is added, and a token is given its
    ``valence`` last, so a sentence whose tokens all have a valence is fully
    classified.
    """

    __slots__ = ("word", "scored", "valence", "special", "but")

    def __init__(self) -> None:
        self.word: dict[str, str] = {}  # token -> its VADER word, "" when dropped
        self.scored: set[str] = set()  # words whose lower case is in the lexicon
        # token -> what its word adds to a sentence without rules: its lexicon
        # valence, 0.0 outside the lexicon, and NaN for a word that brings a
        # rule into play (the special words, "but", the idiom words, "kind"
        # (of), lexicon words in capitals), so that a sentence's sum is NaN
        # exactly when some rule may apply
        self.valence: dict[str, float] = {}
        # words that can change the valence of a lexicon word up to three
        # words after them: boosters, negations, "never"/"so"/"this", "least"
        self.special: set[str] = set()
        self.but: set[str] = set()  # "but" in any case

    def learn(self, tokens: list[str], rules: _Rules) -> None:
        lexicon = rules.lexicon
        modifiers = rules.modifiers
        for token in set(tokens).difference(self.valence):
            word = _vader_word(token)
            valence = 0.0
            if word:
                low = word.lower()
                ruled = low == "but" or low == "kind" or word in rules.idiom_keys
                if low in lexicon:
                    self.scored.add(word)
                    valence = lexicon[low]
                    ruled = ruled or word.isupper()
                if low in modifiers or "n't" in low:
                    self.special.add(word)
                    ruled = True
                if low == "but":
                    self.but.add(word)
                if ruled:
                    valence = _RULED
            self.word[token] = word
            self.valence[token] = valence


_RULED = float("nan")  # the valence of a word that brings a rule into play
_vocabulary = _Vocabulary()


def _cap_differential(words: list[str]) -> bool:
    """NLTK's ``allcap_differential``: some but not all words are in capitals."""
    upper = sum(map(str.isupper, words))
    return 0 < len(words) - upper < len(words)


def compound(text: str) -> float:
    """VADER compound of one sentence, equal to NLTK's ``polarity_scores(text)['compound']``."""
    global _vocabulary
    rules = _rules()
    vocabulary = _vocabulary
    tokens = text.split()
    try:
        # The lexicon valences, added in order as NLTK adds them (with 0 for
        # every other word, which changes no sum), unless a rule may apply.
        sum_s = float(sum(map(vocabulary.valence.__getitem__, tokens)))
    except KeyError:
        if len(vocabulary.word) > _MAX_TOKENS:
            # a new object, not cleared in place: a call running in another
            # thread keeps the one it started with
            vocabulary = _vocabulary = _Vocabulary()
        vocabulary.learn(tokens, rules)
        sum_s = float(sum(map(vocabulary.valence.__getitem__, tokens)))
    if math.isnan(sum_s):  # some word brings a rule into play
        words = list(filter(None, map(vocabulary.word.__getitem__, tokens)))
        if vocabulary.scored.isdisjoint(words):
            # Every word scores 0 (boosters too), so the sum is 0 and NLTK's
            # compound is normalize(0.0) = 0.0, whatever the punctuation.
            return 0.0
        sum_s = _ruled_sum(words, vocabulary, rules)
    if sum_s == 0:
        return 0.0
    sia = rules.sia
    amplifier = sia._amplify_ep(text) + sia._amplify_qm(text)
    sum_s = sum_s + amplifier if sum_s > 0 else sum_s - amplifier
    return round(sia.constants.normalize(sum_s), 4)


def _ruled_sum(words: list[str], vocabulary: _Vocabulary, rules: _Rules) -> float:
    """NLTK's sum of the valences of a sentence's words, with its rules."""
    scored = vocabulary.scored
    lexicon = rules.lexicon
    special = vocabulary.special
    idiom_keys = rules.idiom_keys
    last = len(words) - 1
    is_cap_diff = None
    lowered = None
    valences: dict[str, float] = {}
    positions: list[int] = []
    sentiments: list[float] = []
    for k, item in enumerate(words):
        if item not in scored:
            continue
        valence = valences.get(item)
        if valence is None:
            # NLTK scores every occurrence of a word in the context of its
            # first occurrence (list.index); the first hit on a word is its
            # first occurrence, since all its occurrences are hits.
            low = item.lower()
            if low in rules.boosters or (
                low == "kind" and k < last and words[k + 1].lower() == "of"
            ):
                valence = 0
            elif (k == 0 or special.isdisjoint(words[k - 3 if k > 3 else 0 : k])) and (
                k < 3 or idiom_keys.isdisjoint(words[k - 3 : k + 3])
            ):
                # No booster, negation, "never so", "least" or idiom around:
                # NLTK adds 0.0 for each preceding word, which changes nothing.
                valence = lexicon[low]
                if item.isupper():
                    if is_cap_diff is None:
                        is_cap_diff = _cap_differential(words)
                    if is_cap_diff:
                        valence = valence + rules.c_incr if valence > 0 else valence - rules.c_incr
            else:
                if is_cap_diff is None:
                    is_cap_diff = _cap_differential(words)
                if lowered is None:
                    lowered = [w.lower() for w in words]
                valence = rules.valence(words, lowered, k, is_cap_diff)
            valences[item] = valence
        positions.append(k)
        sentiments.append(valence)
    if not vocabulary.but.isdisjoint(words):
        but = next(k for k, w in enumerate(words) if w in vocabulary.but)
        sentiments = [
            v * 0.5 if k < but else v * 1.5 if k > but else v
            for k, v in zip(positions, sentiments, strict=True)
        ]
    # NLTK sums a list too; the same order keeps the same rounding
    return float(sum(sentiments))


def sentence_tone(texts: list[str]) -> list[float]:
    """VADER compound per sentence, in order: >= 0.05 positive, <= -0.05 negative."""
    return [compound(t) for t in texts]
