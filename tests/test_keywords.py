"""Keywords, collocations and tone per actor, on corpora built by hand.

The corpora are made directly from ``analysis.models`` dataclasses, so these
tests do not depend on how actors are recognised.
"""

import math

import pytest
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

from analysis.frames.keywords import (
    COLLOCATION_COLUMNS,
    KEYWORD_COLUMNS,
    TONE_COLUMNS,
    collocations_frame,
    content_words,
    keywords_frame,
    stop_words,
    tone_frame,
    words,
)
from analysis.models import Actor, Document, DocumentAnalysis, Mention, Sentence
from analysis.pipeline import Corpus
from analysis.tone import sentence_tone

EGYPT = Actor("Egypt", "state", "Egypt")
RUSSIA = Actor("Russia", "state", "Russia")
SISI = Actor("Abdel Fattah el-Sisi", "person", "Egypt", title="President")
ACTORS = {"Egypt": EGYPT, "Cairo": EGYPT, "Russia": RUSSIA, "Moscow": RUSSIA, "Sisi": SISI}


def analysis_of(doc_id: str, sentences: list[str], *, tone: bool = True) -> DocumentAnalysis:
    """A document made of ``sentences``; every known actor name in them is a mention."""
    text = " ".join(sentences)
    parsed, mentions, pos = [], [], 0
    for i, sentence in enumerate(sentences):
        start = text.index(sentence, pos)
        pos = start + len(sentence)
        parsed.append(Sentence(doc_id, i, start, pos, sentence))
        for surface, actor in ACTORS.items():
            at = sentence.find(surface)
            while at >= 0:
                mentions.append(Mention(actor, start + at, start + at + len(surface), surface))
                at = sentence.find(surface, at + 1)
    return DocumentAnalysis(
        document=Document(id=doc_id, text=text),
        sentences=tuple(parsed),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        signals=(),
        tone=tuple(sentence_tone(sentences)) if tone else (),
    )


EGYPT_SENTENCES = [
    "Egypt called for an immediate ceasefire and urged restraint on all sides.",
    "Cairo renewed its call for a ceasefire in Gaza and for maximum restraint.",
    "Egypt said a lasting ceasefire was the only way to protect civilians.",
    "The Egyptian foreign ministry in Cairo urged both parties to exercise restraint.",
    "Egypt offered to host talks on a ceasefire and a humanitarian corridor.",
    "Cairo said the humanitarian corridor must stay open during any ceasefire.",
]
RUSSIA_SENTENCES = [
    "Russia kept up its artillery shelling of Kharkiv overnight.",
    "Moscow's forces pounded the town with artillery and rocket fire.",
    "Russian shelling killed three civilians in Kherson, officials said; Russia denied it.",
    "Russia massed artillery near the border, satellite images showed.",
    "Heavy shelling by Russia damaged the power grid, and the artillery duels went on.",
    "Moscow denied that its artillery had shelled the nuclear plant.",
]
OTHER_SENTENCES = [
    "Aid agencies said the harvest had been poor and food prices were rising.",
    "The conference on reconstruction will open in Geneva next week.",
    "Officials said the border crossing handled more trucks than usual.",
    "The UN warned that hospitals were running out of fuel and medicine.",
    "Civilians fled the area as prices for food and fuel kept climbing.",
    "The talks in Geneva were described as constructive by the organisers.",
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus(
        (
            analysis_of("egypt", EGYPT_SENTENCES),
            analysis_of("russia", RUSSIA_SENTENCES),
            analysis_of("other", OTHER_SENTENCES),
        )
    )


def test_words_are_lower_case_without_possessives_and_numbers():
    assert words("Russia's FM urged restraint in 2024, el-Sisi said.") == [
        "russia", "fm", "urged", "restraint", "in", "el-sisi", "said",
    ]  # fmt: skip
    assert content_words("The talks were held in Cairo and they said so.") == [
        "talks", "held", "cairo",
    ]  # fmt: skip


def test_a_corpus_is_tokenized_in_one_pass_into_the_same_words():
    from analysis.frames.keywords import _tokens

    texts = [*EGYPT_SENTENCES, "", "Russia\u2019s envoy\x00said: it's over.", *RUSSIA_SENTENCES]
    for content_only, tokenize in ((False, words), (True, content_words)):
        tokens = _tokens(texts, content_only=content_only)
        assert [
            list(tokens.vocabulary[tokens.codes[tokens.offsets[k] : tokens.offsets[k + 1]]])
            for k in range(len(texts))
        ] == [tokenize(t) for t in texts]


def test_keywords_show_what_each_actor_is_mentioned_with(corpus):
    frame = keywords_frame(corpus)
    assert list(frame.columns) == KEYWORD_COLUMNS
    egypt = frame[frame.actor == "Egypt"]
    russia = frame[frame.actor == "Russia"]
    assert list(egypt.term[:2]) == ["ceasefire", "restraint"]
    assert list(russia.term[:2]) == ["artillery", "shelling"]
    assert {"artillery", "shelling"}.isdisjoint(egypt.term)
    assert {"ceasefire", "restraint"}.isdisjoint(russia.term)
    # best first, and every listed term is over-represented
    assert list(egypt.zscore) == sorted(egypt.zscore, reverse=True)
    assert (frame.zscore > 0).all()


def test_more_evidence_makes_a_keyword_distinctive_at_95_percent(corpus):
    def ceasefire_z(corpus):
        return keywords_frame(corpus).set_index(["actor", "term"]).zscore[("Egypt", "ceasefire")]

    # 5 of Egypt's sentences say "ceasefire", no other sentence does: a strong
    # hint, not yet significant against a prior as large as the corpus ...
    assert 1.5 < ceasefire_z(corpus) < 1.96
    # ... twice as many such sentences are.
    doubled = Corpus(corpus.analyses + corpus.analyses)
    assert ceasefire_z(doubled) > 1.96


def test_keyword_counts_compare_the_actor_with_the_rest_of_the_corpus(corpus):
    frame = keywords_frame(corpus).set_index(["actor", "term"])
    assert frame.loc[("Egypt", "ceasefire"), ["count", "rest_count"]].tolist() == [5, 0]
    # "shelled" is grouped with "shelling" (Snowball stem "shell"), shown as the commoner form
    assert frame.loc[("Russia", "shelling"), ["count", "rest_count"]].tolist() == [4, 0]
    assert "shelled" not in frame.loc["Russia"].index


def test_keyword_zscore_is_monroe_et_al_equation_22(corpus):
    """Weighted log-odds with the whole corpus as informative Dirichlet prior."""
    n_all = sum(len(content_words(s)) for s in EGYPT_SENTENCES + RUSSIA_SENTENCES + OTHER_SENTENCES)
    # Every Egypt sentence mentions Egypt or Cairo; none of the others does.
    n_i = sum(len(content_words(s)) for s in EGYPT_SENTENCES)
    n_j = n_all - n_i
    y_i, y_j = 2, 0  # "humanitarian" (twice in Egypt's sentences, nowhere else)
    alpha, alpha_0 = y_i + y_j, n_all
    delta = math.log((y_i + alpha) / (n_i + alpha_0 - y_i - alpha)) - math.log(
        (y_j + alpha) / (n_j + alpha_0 - y_j - alpha)
    )
    z = delta / math.sqrt(1 / (y_i + alpha) + 1 / (y_j + alpha))
    frame = keywords_frame(corpus).set_index(["actor", "term"])
    assert frame.loc[("Egypt", "humanitarian"), "zscore"] == round(z, 2)


def test_keywords_leave_out_the_actors_own_name_and_mentions(corpus):
    terms = set(keywords_frame(corpus, top=100, min_count=1).query("actor == 'Egypt'").term)
    assert {"egypt", "cairo"}.isdisjoint(terms)
    assert {"ceasefire", "humanitarian"} <= terms


def test_keywords_respect_top_and_min_count(corpus):
    frame = keywords_frame(corpus, top=3, min_count=3)
    assert frame.groupby("actor").size().max() <= 3
    assert (frame["count"] >= 3).all()


def test_a_sentence_that_names_an_actor_twice_counts_once():
    corpus = Corpus(
        (analysis_of("d", ["Russia said Russia would continue shelling.", "Talks resumed."]),)
    )
    frame = keywords_frame(corpus, min_count=1).set_index(["actor", "term"])
    assert frame.loc[("Russia", "shelling"), "count"] == 1
    assert tone_frame(corpus).set_index("actor").loc["Russia", "sentences"] == 1


def test_collocations_are_adjacent_word_pairs_of_the_actors_sentences(corpus):
    frame = collocations_frame(corpus)
    assert list(frame.columns) == COLLOCATION_COLUMNS
    egypt = frame[frame.actor == "Egypt"].set_index("bigram")
    assert egypt.loc["humanitarian corridor", "count"] == 2
    assert egypt.loc["humanitarian corridor", "score"] > 10.8  # significant at p < 0.001
    # no stop words, no pair across a sentence boundary
    assert all(
        w not in {"the", "and", "for", "a", "on"} for bigram in frame.bigram for w in bigram.split()
    )
    assert list(frame[frame.actor == "Russia"].bigram) == []  # nothing repeated twice


@pytest.mark.parametrize("min_count", [1, 2])
def test_collocations_are_those_of_nltks_collocation_finder(corpus, min_count):
    frame = collocations_frame(corpus, top=1000, min_count=min_count)
    stop = stop_words()
    for actor, own in (("Egypt", {"egypt", "cairo"}), ("Russia", {"russia", "moscow"})):
        sentences = [
            s.text for a in corpus.analyses for s in a.sentences if actor in s.text or
            {"Egypt": "Cairo", "Russia": "Moscow"}[actor] in s.text
        ]  # fmt: skip
        finder = BigramCollocationFinder.from_documents(words(s) for s in sentences)
        finder.apply_freq_filter(min_count)
        finder.apply_word_filter(lambda w: len(w) < 2 or w in stop)
        finder.apply_ngram_filter(lambda a, b, own=own: a in own and b in own)
        expected = [
            (f"{a} {b}", round(score, 2), finder.ngram_fd[(a, b)])
            for (a, b), score in finder.score_ngrams(BigramAssocMeasures.likelihood_ratio)
        ]
        got = frame[frame.actor == actor]
        assert list(zip(got.bigram, got.score, got["count"], strict=True)) == expected
        assert len(expected) > 10 or min_count > 1


def test_collocations_leave_out_the_actors_name():
    sentences = [
        "President Abdel Fattah el-Sisi met the envoy and demanded a humanitarian corridor.",
        "Abdel Fattah el-Sisi, the president, repeated that a humanitarian corridor is vital.",
    ]
    corpus = Corpus((analysis_of("sisi", [s.replace("el-Sisi", "Sisi") for s in sentences]),))
    bigrams = list(collocations_frame(corpus).query("actor == 'Abdel Fattah el-Sisi'").bigram)
    assert "humanitarian corridor" in bigrams
    assert "abdel fattah" not in bigrams


def test_tone_per_actor_is_the_mean_compound_of_its_sentences():
    sentences = [
        "Egypt welcomed the agreement as a great success.",  # positive
        "Egypt condemned the horrific killing of civilians.",  # negative
        "Egypt sent a delegation to Doha.",  # neutral
        "Russia said nothing.",
    ]
    tones = sentence_tone(sentences)
    assert tones[0] >= 0.05 and tones[1] <= -0.05 and tones[2] == 0.0
    frame = tone_frame(Corpus((analysis_of("d", sentences),)))
    assert list(frame.columns) == TONE_COLUMNS
    egypt = frame.set_index("actor").loc["Egypt"]
    assert egypt.actor_type == "state" and egypt.affiliation == "Egypt"
    assert egypt.sentences == 3
    assert egypt.mean_tone == round(sum(tones[:3]) / 3, 3)
    assert (egypt.positive, egypt.negative, egypt.neutral) == (0.333, 0.333, 0.333)
    assert list(frame.actor) == ["Egypt", "Russia"]  # most sentences first


def test_tone_is_scored_when_the_corpus_was_analysed_without_it():
    sentences = ["Egypt condemned the horrific killing of civilians."]
    with_tone = tone_frame(Corpus((analysis_of("d", sentences),)))
    without = tone_frame(Corpus((analysis_of("d", sentences, tone=False),)))
    # NLTK VADER gives -0.9136 for this sentence
    assert without.mean_tone.tolist() == with_tone.mean_tone.tolist() == [-0.914]


def test_an_empty_corpus_gives_empty_frames_with_the_columns():
    corpus = Corpus((analysis_of("d", ["Nothing happened today."]),))
    assert list(keywords_frame(corpus).columns) == KEYWORD_COLUMNS
    assert list(collocations_frame(corpus).columns) == COLLOCATION_COLUMNS
    assert list(tone_frame(corpus).columns) == TONE_COLUMNS
    assert keywords_frame(Corpus(())).empty and tone_frame(Corpus(())).empty


def test_mentions_outside_the_analysed_sentences_are_ignored():
    doc = analysis_of("d", ["Egypt urged restraint.", "Talks resumed."])
    dateline = Document(id="d", text="Egypt | 2024\n" + doc.document.text)
    shifted = DocumentAnalysis(
        document=dateline,
        sentences=tuple(
            Sentence("d", s.index, s.start + 13, s.end + 13, s.text) for s in doc.sentences
        ),
        mentions=(Mention(EGYPT, 0, 5, "Egypt"),),  # only in the dateline
        signals=(),
        tone=doc.tone,
    )
    assert tone_frame(Corpus((shifted,))).empty
