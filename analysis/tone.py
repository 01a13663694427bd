"""Per-sentence tone: the VADER compound score, exactly as NLTK computes it.

The compound is a number in [-1, 1]: about -0.05 or lower reads as negative,
0.05 or higher as positive, in between as neutral (Hutto & Gilbert 2014).
It measures the wording of a sentence ("horrible killings" is negative,
"a great success" positive), not who is for or against whom.

NLTK's ``SentimentIntensityAnalyzer`` is the reference, loaded with the
lexicon that the ``vaderSentiment`` package ships (NLTK's own download is not
available offline). Its ``polarity_scores`` spends two thirds of its time
building, for every word, all 34 word+punctuation spellings, and manages
about 0.5-0.6 MB/s. ``compound`` below splits the words the same way in one
pass and applies NLTK's rules (the same float operations in the same order)
only to the words that are in the lexicon: every other word scores 0, so a
sentence without a lexicon word is 0.0 at once. That makes about 5 MB/s on
news text. ``tests/test_tone.py`` checks that both give the same compound on
news sentences, the seed article and thousands of sentences dense with
VADER's special rules.
"""

from __future__ import annotations

import os
import string
from functools import lru_cache

from nltk.sentiment.vader import SentimentIntensityAnalyzer

LEXICON_FILE = "vader_lexicon.txt"

_PUNCTUATION = frozenset(string.punctuation)
_DROP_PUNCTUATION = str.maketrans("", "", string.punctuation)


class _Analyzer(SentimentIntensityAnalyzer):
    def make_lex_dict(self) -> dict[str, float]:
        # NLTK's parser unpacks every line, so a blank line (a trailing newline
        # in a future lexicon release) would raise; skip blank lines instead.
        lex_dict = {}
        for line in self.lexicon_file.split("\n"):
            if line.strip():
                word, measure = line.strip().split("\t")[0:2]
                lex_dict[word] = float(measure)
        return lex_dict


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """NLTK's VADER with the vaderSentiment lexicon (loaded once, ~10 ms)."""
    import nltk.data

    try:
        import vaderSentiment
    except ImportError as e:  # pragma: no cover - it is a declared dependency
        raise RuntimeError(
            "Tone needs the VADER lexicon from the 'vaderSentiment' package; "
            "install it with: pip install vaderSentiment"
        ) from e
    # NLTK refuses absolute resource paths, so the package folder goes on its path.
    folder = os.path.dirname(vaderSentiment.__file__)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    return _Analyzer(lexicon_file=LEXICON_FILE)


@lru_cache(maxsize=1)
def _punctuation_affixes() -> frozenset[str]:
    return frozenset(analyzer().constants.PUNC_LIST)


def vader_words(text: str) -> list[str]:
    """The words VADER scores, as NLTK's ``SentiText.words_and_emoticons``.

    NLTK splits on white space, drops one-character tokens, and replaces a
    token that is a word plus one of its punctuation marks ("war," "!!peace")
    by the bare word, provided the word is at least two characters long and
    has no punctuation inside; anything else ("don't", "'peace'", ":-)") is
    kept as it is.
    """
    affixes = _punctuation_affixes()
    words = []
    for token in text.split():
        if len(token) < 2:
            continue
        if token[0] in _PUNCTUATION or token[-1] in _PUNCTUATION:
            bare = token.translate(_DROP_PUNCTUATION)
            if len(bare) > 1:
                if token.endswith(bare):
                    if token[: len(token) - len(bare)] in affixes:
                        token = bare
                elif token.startswith(bare) and token[len(bare) :] in affixes:
                    token = bare
        words.append(token)
    return words


class _Rules:
    """NLTK's VADER constants, looked up once."""

    def __init__(self, sia: SentimentIntensityAnalyzer):
        c = sia.constants
        self.sia = sia
        self.lexicon = sia.lexicon
        self.boosters = c.BOOSTER_DICT
        self.negations = c.NEGATE
        self.c_incr = c.C_INCR
        self.n_scalar = c.N_SCALAR
        # Words of the multi-word idioms and boosters: _idioms_check cannot
        # change a valence unless one of these is near the word.
        self.idiom_words = frozenset(
            w
            for phrase in [*c.SPECIAL_CASE_IDIOMS, *c.BOOSTER_DICT]
            if " " in phrase
            for w in phrase.split()
        )

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
                if not self.idiom_words.isdisjoint(words[i - 3 : i + 3]):
                    valence = self.sia._idioms_check(valence, words, i)
        # NLTK's _least_check ("least" is not in the lexicon)
        if i > 0 and lowered[i - 1] == "least" and "least" not in lexicon:
            if i == 1 or (lowered[i - 2] != "at" and lowered[i - 2] != "very"):
                valence = valence * self.n_scalar
        return valence


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules(analyzer())


def compound(text: str) -> float:
    """VADER compound of one sentence, equal to NLTK's ``polarity_scores(text)['compound']``."""
    rules = _rules()
    lexicon = rules.lexicon
    words = vader_words(text)
    lowered = [w.lower() for w in words]
    hits = [k for k, w in enumerate(lowered) if w in lexicon]
    if not hits:
        return 0.0
    upper = sum(map(str.isupper, words))
    is_cap_diff = 0 < len(words) - upper < len(words)
    last = len(words) - 1
    valences: dict[str, float] = {}
    sentiments: list[tuple[int, float]] = []
    for k in hits:
        item = words[k]
        if item not in valences:
            # NLTK scores every occurrence of a word in the context of its
            # first occurrence (list.index); keep that so the numbers match.
            i = words.index(item)
            low = lowered[i]
            if (i < last and low == "kind" and lowered[i + 1] == "of") or low in rules.boosters:
                valences[item] = 0
            else:
                valences[item] = rules.valence(words, lowered, i, is_cap_diff)
        sentiments.append((k, valences[item]))
    if "but" in lowered:
        but = lowered.index("but")
        sentiments = [(k, v * 0.5 if k < but else v * 1.5 if k > but else v) for k, v in sentiments]
    sum_s = float(sum(v for _, v in sentiments))
    if sum_s == 0:
        return 0.0
    sia = rules.sia
    amplifier = sia._amplify_ep(text) + sia._amplify_qm(text)
    sum_s = sum_s + amplifier if sum_s > 0 else sum_s - amplifier
    return round(sia.constants.normalize(sum_s), 4)


def sentence_tone(texts: list[str]) -> list[float]:
    """VADER compound per sentence, in order: >= 0.05 positive, <= -0.05 negative."""
    return [compound(t) for t in texts]
