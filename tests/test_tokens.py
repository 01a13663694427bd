"""Word tokens: what the rules downstream rely on, and the fast path's equivalence."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text.tokens import tokenize

# The grammar the tokenizer implements, written plainly. The tokenizer reads the
# text chunk by chunk between white space, takes a chunk of letters as one word
# and has a fast branch for plain words; both must cut every text the same way.
PLAIN_GRAMMAR = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])
    | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?
    | [^\W\d_](?:[\w]|['\u2019](?![sS]\b)[^\W\d_]|-(?=\w))*
    | ['\u2019][sS]\b
    | \S
    """,
    re.VERBOSE,
)


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_possessive_is_split_from_the_name():
    assert words("Russia's Foreign Ministry said") == "Russia 's Foreign Ministry said".split()
    assert words("Russia\u2019s envoy")[:2] == ["Russia", "\u2019s"]
    assert tokenize("Russia\u2019s envoy")[1].lower == "'s"


def test_abbreviations_hyphens_and_apostrophes_stay_one_token():
    assert (
        words("The U.S. and el-Sisi met in Sana'a.")
        == "The U.S. and el-Sisi met in Sana'a .".split()
    )
    assert words("Cote d'Ivoire, 1,200 troops in the 1990s") == (
        "Cote d'Ivoire , 1,200 troops in the 1990s".split()
    )


def test_offsets_refer_to_the_document():
    text = "Turkey offered to host talks."
    tokens = tokenize(text, offset=100)
    assert [(t.start, t.end) for t in tokens][:2] == [(100, 106), (107, 114)]
    assert tokens[0].is_cap and tokens[0].is_word and not tokens[-1].is_word
    assert [t.index for t in tokens] == list(range(len(tokens)))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbZéßİ٣²G7. '\u2019-s1,:\n\t\u00a0\u2009_()", max_size=40))
def test_fast_path_cuts_like_the_plain_grammar(text):
    expected = [(m.group(), m.start() + 5, m.end() + 5) for m in PLAIN_GRAMMAR.finditer(text)]
    assert [(t.text, t.start, t.end) for t in tokenize(text, offset=5)] == expected


def test_words_of_letters_alone_and_words_with_marks_cut_alike():
    text = "Sánchez\u00a0met  (Erdoğan),\tthe\u2009U.S. envoy's aide"
    assert [(t.text, t.start) for t in tokenize(text)] == [
        (m.group(), m.start()) for m in PLAIN_GRAMMAR.finditer(text)
    ]
    assert words(text)[:5] == ["Sánchez", "met", "(", "Erdoğan", ")"]


def test_a_chunk_cut_before_is_cut_the_same_at_any_offset(monkeypatch):
    # the cut of each chunk is remembered; offsets and positions are the token's own
    import analysis.text.tokens as tokens

    text = "Russia's envoy met Russia's envoy, U.S. officials said."
    first = [(t.text, t.lower, t.start, t.end, t.index) for t in tokenize(text, 10)]
    again = [(t.text, t.lower, t.start, t.end, t.index) for t in tokenize(text, 10)]
    monkeypatch.setattr(tokens, "_CUTS", {})
    fresh = [(t.text, t.lower, t.start, t.end, t.index) for t in tokenize(text, 10)]
    assert first == again == fresh
    assert first[4] == ("Russia", "russia", 29, 35, 4)
    assert [text[s - 10 : e - 10] for _, _, s, e, _ in first] == [w for w, *_ in first]
