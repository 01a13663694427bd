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
from nltk.collocations import BigramCollocationFinder
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

# Words: letters, joined by inner hyphens or apostrophes ("el-sisi", "sana'a").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s$")


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
    found = _WORD.findall(text.lower().replace("\u2019", "'"))
    return [_POSSESSIVE.sub("", w) if w.endswith("'s") else w for w in found]


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
    own_words: dict[str, set[str]] = {}
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
                own_words[name] = set(words(" ".join(filter(None, [name, m.actor.title]))))
            own_words[name].update(words(m.text))
    pairs = pd.DataFrame({"sentence": sentence_ids, "actor": actor_names}).drop_duplicates(
        ignore_index=True
    )
    actors = pd.DataFrame(
        [(name, t, aff) for name, (t, aff) in info.items()],
        columns=["actor", "actor_type", "affiliation"],
    )
    return _ActorSentences(texts, pairs, actors, own_words, tone)


def keywords_frame(corpus: Corpus, *, top: int = 15, min_count: int = 2) -> pd.DataFrame:
    """Words that distinguish the sentences mentioning each actor from the rest.

    One row per (actor, term), at most ``top`` terms per actor, best first:

    - ``term``: a word as it most often appears; inflections are grouped
      ("shelling", "shelled" -> "shelling") with the Snowball stemmer.
    - ``zscore``: how strongly the word is over-represented in the actor's
      sentences compared with the rest of the corpus (the weighted log-odds
      ratio of Monroe, Colaresi & Quinn 2008, eq. 22, with the whole corpus as
      prior, divided by its standard error). z > 1.96 is distinctive at the
      95% level, z > 2.58 at 99%; a frequent word needs a large difference in
      rate to score high, a rare word a very large one.
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

    # Tokens of every sentence as (sentence, surface id) arrays.
    surface_ids: dict[str, int] = {}
    token_sentence: list[int] = []
    token_surface: list[int] = []
    for k, text in enumerate(data.texts):
        ids = [surface_ids.setdefault(w, len(surface_ids)) for w in content_words(text)]
        token_surface.extend(ids)
        token_sentence.extend([k] * len(ids))
    if not token_surface:
        return empty
    surfaces = list(surface_ids)
    stem_ids: dict[str, int] = {}
    stem = _stemmer().stem
    surface_term = np.array([stem_ids.setdefault(stem(w), len(stem_ids)) for w in surfaces])
    tok_sentence = np.asarray(token_sentence, dtype=np.int64)
    tok_surface = np.asarray(token_surface, dtype=np.int64)
    tok_term = surface_term[tok_surface]
    n_terms = len(stem_ids)

    # A term is shown as its most frequent surface form.
    surface_count = np.bincount(tok_surface, minlength=len(surfaces))
    order = np.lexsort((-surface_count, surface_term))
    first = np.ones(len(order), dtype=bool)
    first[1:] = surface_term[order][1:] != surface_term[order][:-1]
    display = np.empty(n_terms, dtype=object)
    display[surface_term[order][first]] = np.asarray(surfaces, dtype=object)[order][first]

    # Expand each (sentence, actor) pair into the tokens of its sentence.
    actor_codes, actor_names = pd.factorize(data.pairs["actor"])
    pair_sentence = data.pairs["sentence"].to_numpy()
    sentence_offsets = np.searchsorted(tok_sentence, np.arange(len(data.texts) + 1))
    lengths = sentence_offsets[pair_sentence + 1] - sentence_offsets[pair_sentence]
    shift = sentence_offsets[pair_sentence] - (np.cumsum(lengths) - lengths)
    token_index = np.repeat(shift, lengths) + np.arange(lengths.sum())
    token_actor = np.repeat(actor_codes, lengths)
    token_term = tok_term[token_index]

    # Counts per (actor, term) present in the actor's sentences.
    keys, y_i = np.unique(token_actor * n_terms + token_term, return_counts=True)
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

    own_keys = [
        code * n_terms + stem_ids[stem(w)]
        for code, name in enumerate(actor_names)
        for w in data.own_words.get(name, ())
        if stem(w) in stem_ids
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
    ``bigram`` is two adjacent words ("humanitarian pause"), ``count`` how
    often they occur side by side in the actor's sentences (at least
    ``min_count``), and ``score`` Dunning's log-likelihood ratio: the higher,
    the less likely the pair is a coincidence of two frequent words (above
    about 10.8 the association is significant at p < 0.001). Pairs with a stop
    word and pairs made only of the actor's own name are left out; pairs never
    cross a sentence boundary.
    """
    data = _actor_sentences(corpus)
    if data.pairs.empty:
        return pd.DataFrame(columns=COLLOCATION_COLUMNS)
    stop = stop_words()
    tokenized = [words(t) for t in data.texts]
    measures = BigramAssocMeasures()
    rows = []
    for name, group in data.pairs.groupby("actor", sort=True):
        finder = BigramCollocationFinder.from_documents(tokenized[k] for k in group["sentence"])
        finder.apply_freq_filter(min_count)
        finder.apply_word_filter(lambda w: len(w) < 2 or w in stop)
        own = data.own_words.get(name, set())
        finder.apply_ngram_filter(lambda a, b, own=own: a in own and b in own)
        for (a, b), score in finder.score_ngrams(measures.likelihood_ratio)[:top]:
            rows.append((name, f"{a} {b}", round(score, 2), finder.ngram_fd[(a, b)]))
    return pd.DataFrame(rows, columns=COLLOCATION_COLUMNS)


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
