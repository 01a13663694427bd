"""What is said around each actor: distinctive words, collocations and tone.

Pure functions over an analysed ``Corpus``. A sentence *mentions* an actor
when one of the actor's ``Mention`` spans starts inside the sentence; each
actor's sentences are compared with the rest of the corpus.

- ``keywords_frame``: words that are over-represented in an actor's
  sentences (weighted log-odds with an informative Dirichlet prior,
  Monroe, Colaresi & Quinn 2008, "Fightin' Words").
- ``collocations_frame``: word pairs that go together in an actor's
  sentences (NLTK's likelihood-ratio collocation finder).
- ``tone_frame``: how positive or negative the wording of an actor's
  sentences is (VADER compound, see ``analysis.tone``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import numpy as np
import pandas as pd
from nltk.metrics import BigramAssocMeasures
from nltk.stem import SnowballStemmer

from analysis.lexicon import read_lines
from analysis.pipeline import Corpus

KEYWORD_COLUMNS = ["actor", "term", "zscore", "count", "rest_count"]
COLLOCATION_COLUMNS = ["actor", "bigram", "score", "count"]
TONE_COLUMNS = [
    "actor", "actor_type", "affiliation", "sentences", "mean_tone", "positive", "negative",
    "neutral",
]  # fmt: skip

# VADER's usual cut-offs (Hutto & Gilbert 2014).
POSITIVE_TONE = 0.05
NEGATIVE_TONE = -0.05

# Words: letters, joined by inner hyphens or apostrophes ("el-sisi", "sana'a",
# "don't"); a final possessive or contracted 's is then cut off.
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# The same, plus the NUL that separates sentences when a corpus is tokenized at once.
_WORD_OR_SEPARATOR = re.compile(r"\x00|[^\W\d_]+(?:[-'][^\W\d_]+)*")


@cache
def stop_words() -> frozenset[str]:
    """The stop word list of ``analysis/data/stopwords.txt``."""
    return frozenset(w.lower() for w in read_lines("stopwords.txt"))


@cache
def _stemmer() -> SnowballStemmer:
    return SnowballStemmer("english")


def words(text: str) -> list[str]:
    """Lower-cased words of a text, possessive 's removed; stop words kept.

    >>> words("Russia's FM urged restraint in 2024, el-Sisi said.")
    ['russia', 'fm', 'urged', 'restraint', 'in', 'el-sisi', 'said']
    """
    return [_cut_s(w) for w in _WORD.findall(text.lower().replace("\u2019", "'"))]


def _cut_s(word: str) -> str:
    return word[:-2] if word.endswith("'s") else word


def content_words(text: str) -> list[str]:
    """``words`` without stop words and one-letter words."""
    stop = stop_words()
    return [w for w in words(text) if len(w) > 1 and w not in stop]


@dataclass(frozen=True)
class _ActorSentences:
    texts: list[str]  # every analysed sentence of the corpus, in corpus order
    pairs: pd.DataFrame  # [sentence, actor]: sentence index mentions actor, unique
    actors: pd.DataFrame  # [actor, actor_type, affiliation], one row per actor
    own_words: dict[str, set[str]]  # actor -> words of its name, title and mentions
    tone: list[float] | None  # compound per sentence when every document has it


def _actor_sentences(corpus: Corpus) -> _ActorSentences:
    texts: list[str] = []
    tone: list[float] | None = []
    sentence_ids: list[int] = []
    actor_names: list[str] = []
    info: dict[str, tuple[str, str]] = {}
    surfaces: dict[str, set[str]] = {}
    for analysis in corpus.analyses:
        order = sorted(range(len(analysis.sentences)), key=lambda i: analysis.sentences[i].start)
        sentences = [analysis.sentences[i] for i in order]
        base = len(texts)
        texts.extend(s.text for s in sentences)
        if tone is not None and len(analysis.tone) == len(sentences):
            tone.extend(analysis.tone[i] for i in order)
        else:
            tone = None
        starts = [s.start for s in sentences]
        for m in analysis.mentions:
            k = bisect_right(starts, m.start) - 1
            if k < 0 or m.start >= sentences[k].end:
                continue  # a mention outside the analysed sentences (e.g. a dateline)
            name = m.actor.name
            sentence_ids.append(base + k)
            actor_names.append(name)
            if name not in info:
                info[name] = (m.actor.type, m.actor.affiliation)
                surfaces[name] = {name, m.actor.title or ""}
            surfaces[name].add(m.text)
    pairs = pd.DataFrame({"sentence": sentence_ids, "actor": actor_names}).drop_duplicates(
        ignore_index=True
    )
    actors = pd.DataFrame(
        [(name, t, aff) for name, (t, aff) in info.items()],
        columns=["actor", "actor_type", "affiliation"],
    )
    own_words = {name: set(words(" ; ".join(texts_))) for name, texts_ in surfaces.items()}
    return _ActorSentences(texts, pairs, actors, own_words, tone)


@dataclass(frozen=True)
class _Tokens:
    codes: np.ndarray  # token -> index into ``vocabulary``, sentence after sentence
    vocabulary: np.ndarray  # distinct words
    offsets: np.ndarray  # tokens of sentence k are codes[offsets[k]:offsets[k + 1]]


def _tokens(texts: list[str], *, content_only: bool) -> _Tokens:
    """``words`` (or ``content_words``) of every text, tokenized in one pass."""
    joined = "\x00".join(t.replace("\x00", " ") for t in texts)
    found = _WORD_OR_SEPARATOR.findall(joined.lower().replace("\u2019", "'"))
    raw_codes, raw_vocabulary = pd.factorize(pd.Series(found, dtype=object))
    is_separator = np.asarray(raw_vocabulary == "\x00")
    word_codes, vocabulary = pd.factorize(pd.Series([_cut_s(w) for w in raw_vocabulary]))
    dropped = is_separator.copy()
    if content_only:
        stop = stop_words()
        dropped |= np.array([len(w) < 2 or w in stop for w in vocabulary])[word_codes]
    sentence = np.cumsum(is_separator[raw_codes])
    keep = ~dropped[raw_codes]
    offsets = np.searchsorted(sentence[keep], np.arange(len(texts) + 1))
    return _Tokens(
        word_codes[raw_codes[keep]].astype(np.int64), np.asarray(vocabulary, dtype=object), offsets
    )


def _expand(pair_sentence: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(pair, item) indices for every item of every pair's sentence, without a Python loop."""
    lengths = offsets[pair_sentence + 1] - offsets[pair_sentence]
    shift = offsets[pair_sentence] - (np.cumsum(lengths) - lengths)
    items = np.repeat(shift, lengths) + np.arange(lengths.sum())
    return np.repeat(np.arange(len(pair_sentence)), lengths), items


def keywords_frame(corpus: Corpus, *, top: int = 15, min_count: int = 2) -> pd.DataFrame:
    """Words that distinguish the sentences mentioning each actor from the rest.

    One row per (actor, term), at most ``top`` terms per actor, best first:

    - ``term``: a word as it most often appears; inflections are grouped
      ("shelling", "shelled" -> "shelling") with the Snowball stemmer.
    - ``zscore``: how strongly the word is over-represented in the actor's
      sentences compared with the rest of the corpus (the weighted log-odds
      ratio of Monroe, Colaresi & Quinn 2008, eq. 22, with the whole corpus as
      prior, divided by its standard error). z > 1.96 is distinctive at the
      95% level, z > 2.58 at 99%. The prior is as large as the corpus, so a
      word needs repeated evidence: one found only in an actor's sentences
      passes 1.96 with 4 occurrences for a rarely mentioned actor, and with
      about 7 for an actor mentioned in a third of the corpus.
    - ``count``: occurrences in the actor's sentences (at least ``min_count``).
    - ``rest_count``: occurrences in all other sentences.

    Stop words (``analysis/data/stopwords.txt``) and the words of the actor's
    own name, title and mentions ("Guterres", "Secretary-General") are left out.
    Only terms with z > 0 are listed.
    """
    data = _actor_sentences(corpus)
    empty = pd.DataFrame(columns=KEYWORD_COLUMNS)
    if data.pairs.empty:
        return empty
    tokens = _tokens(data.texts, content_only=True)
    if not len(tokens.codes):
        return empty

    # Terms are stems; a term is shown as its most frequent surface form.
    stem = _stemmer().stem
    term_of_surface, stems = pd.factorize(pd.Series([stem(w) for w in tokens.vocabulary]))
    n_terms = len(stems)
    surface_count = np.bincount(tokens.codes, minlength=len(tokens.vocabulary))
    order = np.lexsort((-surface_count, term_of_surface))
    first = np.ones(len(order), dtype=bool)
    first[1:] = term_of_surface[order][1:] != term_of_surface[order][:-1]
    display = np.empty(n_terms, dtype=object)
    display[term_of_surface[order][first]] = tokens.vocabulary[order][first]
    tok_term = term_of_surface[tokens.codes].astype(np.int64)

    # Counts per (actor, term) over the tokens of each actor's sentences.
    actor_codes, actor_names = pd.factorize(data.pairs["actor"])
    pair_of_token, token_index = _expand(data.pairs["sentence"].to_numpy(), tokens.offsets)
    token_actor = actor_codes[pair_of_token].astype(np.int64)
    keys, y_i = np.unique(token_actor * n_terms + tok_term[token_index], return_counts=True)
    actor = keys // n_terms
    term = keys % n_terms
    total = np.bincount(tok_term, minlength=n_terms).astype(float)
    n_actor = np.bincount(token_actor, minlength=len(actor_names)).astype(float)
    n_all = float(len(tok_term))

    # Monroe et al. eq. 22 with alpha_w = whole-corpus count, alpha_0 = corpus size.
    alpha = total[term]
    y_i = y_i.astype(float)
    y_j = total[term] - y_i
    n_i = n_actor[actor]
    n_j = n_all - n_i
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.log((y_i + alpha) / (n_i + n_all - y_i - alpha)) - np.log(
            (y_j + alpha) / (n_j + n_all - y_j - alpha)
        )
        z = delta / np.sqrt(1.0 / (y_i + alpha) + 1.0 / (y_j + alpha))

    term_of_stem = {s: k for k, s in enumerate(stems)}
    own_keys = [
        code * n_terms + term_of_stem[stem(w)]
        for code, name in enumerate(actor_names)
        for w in data.own_words.get(name, ())
        if stem(w) in term_of_stem
    ]
    keep = (y_i >= min_count) & np.isfinite(z) & (z > 0) & ~np.isin(keys, own_keys)
    frame = pd.DataFrame(
        {
            "actor": np.asarray(actor_names, dtype=object)[actor[keep]],
            "term": display[term[keep]],
            "zscore": z[keep],
            "count": y_i[keep].astype(int),
            "rest_count": y_j[keep].astype(int),
        }
    )
    frame = frame.sort_values(
        ["actor", "zscore", "count", "term"], ascending=[True, False, False, True]
    )
    frame = frame.groupby("actor", sort=False).head(top).reset_index(drop=True)
    frame["zscore"] = frame["zscore"].round(2)
    return frame[KEYWORD_COLUMNS]


def collocations_frame(corpus: Corpus, *, top: int = 10, min_count: int = 2) -> pd.DataFrame:
    """Word pairs that occur together in each actor's sentences more than by chance.

    One row per (actor, bigram), at most ``top`` per actor, best first.
    ``bigram`` is two adjacent words ("humanitarian corridor"), ``count`` how
    often they occur side by side in the actor's sentences (at least
    ``min_count``), and ``score`` Dunning's log-likelihood ratio: the higher,
    the less likely the pair is a coincidence of two frequent words (above
    about 10.8 the association is significant at p < 0.001). Pairs with a stop
    word and pairs made only of the actor's own name are left out; pairs never
    cross a sentence boundary.

    The numbers are those of NLTK's ``BigramCollocationFinder.from_documents``
    on the actor's sentences, with ``apply_freq_filter(min_count)`` and
    ``BigramAssocMeasures.likelihood_ratio``; the counting is done for all
    actors at once with numpy.
    """
    data = _actor_sentences(corpus)
    empty = pd.DataFrame(columns=COLLOCATION_COLUMNS)
    if data.pairs.empty:
        return empty
    tokens = _tokens(data.texts, content_only=False)
    n_words = len(tokens.vocabulary)
    if n_words == 0:
        return empty
    stop = stop_words()
    excluded = np.array([len(w) < 2 or w in stop for w in tokens.vocabulary])

    # Adjacent pairs inside a sentence, indexed like tokens.
    codes = tokens.codes
    sentence_of_token = np.repeat(np.arange(len(data.texts)), np.diff(tokens.offsets))
    within = np.nonzero(sentence_of_token[:-1] == sentence_of_token[1:])[0]
    bigram_offsets = np.searchsorted(sentence_of_token[within], np.arange(len(data.texts) + 1))

    actor_codes, actor_names = pd.factorize(data.pairs["actor"])
    pair_sentence = data.pairs["sentence"].to_numpy()
    pair_of_token, token_index = _expand(pair_sentence, tokens.offsets)
    word_keys, word_counts = np.unique(
        actor_codes[pair_of_token].astype(np.int64) * n_words + codes[token_index],
        return_counts=True,
    )
    n_actor = np.bincount(actor_codes[pair_of_token], minlength=len(actor_names))
    pair_of_bigram, bigram_index = _expand(pair_sentence, bigram_offsets)
    first, second = codes[within[bigram_index]], codes[within[bigram_index] + 1]
    actor_of_bigram = actor_codes[pair_of_bigram].astype(np.int64)
    keys, counts = np.unique(
        (actor_of_bigram * n_words + first) * n_words + second, return_counts=True
    )
    keep = counts >= min_count
    keys, counts = keys[keep], counts[keep]
    actor, rest = keys // (n_words * n_words), keys % (n_words * n_words)
    first, second = rest // n_words, rest % n_words
    keep = ~(excluded[first] | excluded[second])
    actor, first, second, counts = actor[keep], first[keep], second[keep], counts[keep]

    def word_count(a: np.ndarray, w: np.ndarray) -> np.ndarray:
        return word_counts[np.searchsorted(word_keys, a * n_words + w)]

    n_first, n_second = word_count(actor, first), word_count(actor, second)
    likelihood_ratio = BigramAssocMeasures.likelihood_ratio
    rows = []
    for a, w1, w2, n_ii, n_ix, n_xi in zip(
        actor, first, second, counts, n_first, n_second, strict=True
    ):
        name = actor_names[a]
        a_word, b_word = tokens.vocabulary[w1], tokens.vocabulary[w2]
        own = data.own_words.get(name, set())
        if a_word in own and b_word in own:
            continue
        score = likelihood_ratio(float(n_ii), (int(n_ix), int(n_xi)), int(n_actor[a]))
        rows.append((name, a_word, b_word, score, int(n_ii)))
    frame = pd.DataFrame(rows, columns=["actor", "first", "second", "score", "count"])
    # NLTK's order: best score first, then the pair alphabetically.
    frame = frame.sort_values(
        ["actor", "score", "first", "second"], ascending=[True, False, True, True]
    )
    frame = frame.groupby("actor", sort=False).head(top).reset_index(drop=True)
    frame["bigram"] = frame["first"] + " " + frame["second"]
    frame["score"] = frame["score"].round(2)
    return frame[COLLOCATION_COLUMNS]


def tone_frame(corpus: Corpus) -> pd.DataFrame:
    """How positively or negatively the sentences mentioning each actor are worded.

    One row per actor: ``sentences`` that mention it; ``mean_tone``, the mean
    VADER compound of those sentences (-1 very negative .. +1 very positive;
    news about an actor's statements is often mildly negative because it
    reports violence); and the shares (0..1) of its sentences that read
    ``positive`` (compound >= 0.05), ``negative`` (<= -0.05) or ``neutral``.
    Tone describes the words around the actor, not the actor's own stance:
    "X condemned the horrific attack" is strongly negative.
    """
    data = _actor_sentences(corpus)
    if data.pairs.empty:
        return pd.DataFrame(columns=TONE_COLUMNS)
    tone = data.tone
    if tone is None:  # analysed without tone: score the sentences now
        from analysis.tone import sentence_tone

        tone = sentence_tone(data.texts)
    compound = np.asarray(tone, dtype=float)[data.pairs["sentence"].to_numpy()]
    frame = data.pairs.assign(
        tone=compound,
        positive=compound >= POSITIVE_TONE,
        negative=compound <= NEGATIVE_TONE,
    )
    frame["neutral"] = ~(frame["positive"] | frame["negative"])
    out = frame.groupby("actor").agg(
        sentences=("sentence", "size"),
        mean_tone=("tone", "mean"),
        positive=("positive", "mean"),
        negative=("negative", "mean"),
        neutral=("neutral", "mean"),
    )
    out = data.actors.set_index("actor").join(out, how="inner").reset_index()
    out["mean_tone"] = out["mean_tone"].round(3)
    for column in ("positive", "negative", "neutral"):
        out[column] = out[column].round(3)
    out = out.sort_values(["sentences", "actor"], ascending=[False, True], ignore_index=True)
    return out[TONE_COLUMNS]
