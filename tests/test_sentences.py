"""Sentence splitting: real paragraphs in, the sentences Punkt gives out.

The splitter applies Punkt's rules without running Punkt; the last tests hold
it to Punkt itself on paragraphs chosen to hit every rule, so the two cannot
drift apart unnoticed.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.models import Block, Document
from analysis.text.sentences import fast_punkt, punkt, split_sentences

ROOT = Path(__file__).resolve().parents[1]


def sentences_of(text: str) -> list[str]:
    """Sentences of a text read as one paragraph block."""
    return [s.text for s in split_sentences(Document(id="example", text=text))]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        (
            "U.S. Secretary of State Marco Rubio met Gen. Abdel Fattah al-Burhan on Dec. 5. "
            "The talks ended without a deal.",
            [
                "U.S. Secretary of State Marco Rubio met Gen. Abdel Fattah al-Burhan on Dec. 5.",
                "The talks ended without a deal.",
            ],
        ),
        (
            "Amb. Linda Thomas-Greenfield spoke at the U.N. Security Council. "
            "Mr. Nebenzia replied for Russia.",
            [
                "Amb. Linda Thomas-Greenfield spoke at the U.N. Security Council.",
                "Mr. Nebenzia replied for Russia.",
            ],
        ),
        (
            "The delegations met in St. Petersburg on Tuesday.",
            ["The delegations met in St. Petersburg on Tuesday."],
        ),
        (
            "The envoy, Dr. Smith, arrived. She met H.E. the Foreign Minister.",
            ["The envoy, Dr. Smith, arrived.", "She met H.E. the Foreign Minister."],
        ),
        (
            "Talks in Washington, D.C. ended. The Lt.-Col. resigned. She met ex-Gov. Cuomo.",
            [
                "Talks in Washington, D.C. ended.",
                "The Lt.-Col. resigned.",
                "She met ex-Gov. Cuomo.",
            ],
        ),
        (
            "The ceasefire starts at 6 p.m. on Sunday. Fighting went on until 9 a.m. Monday.",
            ["The ceasefire starts at 6 p.m. on Sunday.", "Fighting went on until 9 a.m. Monday."],
        ),
        # Without learnt statistics Punkt never ends a sentence on an abbreviation.
        ("He spoke of the U.S.A. Then he left.", ["He spoke of the U.S.A. Then he left."]),
        # "No." is not in abbreviations.txt, so it ends a sentence.
        (
            "Growth slowed to 3.5 percent. Resolution No. 5 was adopted by consensus.",
            ["Growth slowed to 3.5 percent.", "Resolution No.", "5 was adopted by consensus."],
        ),
        (
            "John F. Kennedy met Nikita S. Khrushchev in Vienna in June 1961.",
            ["John F. Kennedy met Nikita S. Khrushchev in Vienna in June 1961."],
        ),
        (
            "Sources said the plan was agreed on Jan. 12 in Cairo. It was signed on Feb. 3.",
            ["Sources said the plan was agreed on Jan. 12 in Cairo.", "It was signed on Feb. 3."],
        ),
        (
            "The vote was 153-10. Twenty-three abstained. Item 4. The Council decided.",
            ["The vote was 153-10.", "Twenty-three abstained.", "Item 4.", "The Council decided."],
        ),
        (
            "He said the talks were... difficult. Then he left the room.",
            ["He said the talks were... difficult.", "Then he left the room."],
        ),
        (
            "Who would accept that?! Nobody, the spokesman said.",
            ["Who would accept that?!", "Nobody, the spokesman said."],
        ),
        (
            "Is a truce near? Officials were cautious!  No one would say.",
            ["Is a truce near?", "Officials were cautious!", "No one would say."],
        ),
        (
            'Netanyahu called the terms "delusional." Hamas rejected the charge.',
            ['Netanyahu called the terms "delusional."', "Hamas rejected the charge."],
        ),
        (
            "He said “we are ready to talk.” Talks resume on Monday.",
            ["He said “we are ready to talk.”", "Talks resume on Monday."],
        ),
        ("He said 'no.' Then he walked out.", ["He said 'no.'", "Then he walked out."]),
        (
            "(See Annex I.) The annex lists the sites.",
            ["(See Annex I.)", "The annex lists the sites."],
        ),
        (
            "The resolution passed (153 voted in favour.) Israel and the U.S. voted against.",
            ["The resolution passed (153 voted in favour.)", "Israel and the U.S. voted against."],
        ),
        ("He paused. and then he continued.", ["He paused.", "and then he continued."]),
        (
            "The text is at www.un.org/en/ga. Members voted on Friday.",
            ["The text is at www.un.org/en/ga.", "Members voted on Friday."],
        ),
        ("The talks ended.   Both sides left Doha", ["The talks ended.", "Both sides left Doha"]),
        (
            "Le président Erdoğan a parlé. Ünal a répondu. Çavuşoğlu s'est tu.",
            ["Le président Erdoğan a parlé.", "Ünal a répondu.", "Çavuşoğlu s'est tu."],
        ),
    ],
)
def test_paragraph_sentences(paragraph, expected):
    assert sentences_of(paragraph) == expected


def test_offsets_blocks_lines_and_repeats():
    text = (
        "Ceasefire holds in Gaza\n"
        "Displaced families return north. Photo: Reuters.\n"
        "Qatar said talks would resume.  Egypt agreed.\n"
        "\n"
        "  Aid trucks entered on Sunday.\r\n"
        "Displaced families return north. Photo: Reuters.\n"
    )
    headline = Block(0, 23, "headline")
    caption = Block(24, 73, "caption")
    body = Block(73, len(text) - 49, "paragraph")
    repeat = Block(len(text) - 49, len(text), "caption")
    doc = Document(id="d", text=text, blocks=(headline, caption, body, repeat))
    sentences = split_sentences(doc)
    assert [(s.text, s.kind, s.paragraph, s.index) for s in sentences] == [
        ("Ceasefire holds in Gaza", "headline", 0, 0),
        # a caption is one sentence, stops and all
        ("Displaced families return north. Photo: Reuters.", "caption", 1, 1),
        ("Qatar said talks would resume.", "paragraph", 2, 2),
        ("Egypt agreed.", "paragraph", 2, 3),
        ("Aid trucks entered on Sunday.", "paragraph", 2, 4),
        # the repeated caption is counted once
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_blocks_of_other_kinds_are_not_analysed():
    text = "By Staff Reporter\nThe talks resumed. Both sides attended."
    doc = Document(
        id="d", text=text, blocks=(Block(0, 17, "byline"), Block(18, len(text), "paragraph"))
    )
    assert [s.text for s in split_sentences(doc)] == ["The talks resumed.", "Both sides attended."]


# Paragraphs aimed at Punkt's corners: abbreviations before punctuation-laden
# tokens, initials and numbers before lower case or punctuation, stops run
# together, quotes and brackets after a stop, and the spaces Python, ``re``
# and ``regex`` disagree on.
TRICKY = [
    "Gen. Smith?” he asked. Mr. Hi.) there. Dec. 5.) Next.",
    "(a.)b. Next. Really?!? Yes. Wait . . . what? ok. x.. Y",
    "5.. Next 2.5. Next -3. Next v2. Next 1,000. Next .5. Next 1.2.3. next",
    "A. B. C. Smith and _. Next and É. Zola wrote. a. b a. 5 5. a 5. ; q.; end.; next",
    "U.S.-led talks. Next. St.-Petersburg. Next. Lt.-Col. Next. ex-GEN. Next.",
    'etc.) Next “Quote.”” Next .)) Next said." -- Next said."--Next end.\'s next',
    "He said:\xa0“no.”\xa0Then. Mr.\xa0Smith. He Mr.\tSmith. He",
    "end.\u2009Next end.\x1cNext end.\x85Next end.\u2028Next end.\u3000Next end.\u202fNext",
    " leading space. Next  ",
    "https://www.un.org/en?x=1! Next. mail@un.org. Next ftp://x.y/z.txt. Next",
    "ok!!! Next ok?? next 1. 2. 3. Go e.g. The i.e. the p.m. Monday a.m. the",
    "H.R.H. Prince h.m. the U.A.E. The u.s. the D.C. (the) E.U. “The”",
    'He said "no". Then [1]. Next {x}. Next *. Next @. Next said.[1] Next',
    "Hello.World. Next ” Next. ... ? ! . a. A. b Mr. (Smith) said. Then Gen.) Next",
    "end.] Next end.} Next end.‘ Next end.“ Next end.« Next end.»  Next",
    "in 2020. the 2020. The 2020. 5 ٣. Next x². Next İstanbul. next Gen. a.b. c",
    "Mr.",
    "?",
    "...",
    "a. B",
    "x",
    "e\u0301. Next",
    "東京. 次 Москва. москва",
    "Line one. Line\ntwo. Three",
]


def _generated_paragraphs(n: int) -> list[str]:
    rng = random.Random(20240501)
    words = ["said", "U.S", "Gen", "F", "5", "2020", "3.5", "un.org", "ex-Gen", "a", "Ünal", "No"]
    stops = [".", ".", "?", "!", "?!", "..", "...", ". . ."]
    closers = ["", "", '"', ")", "'", "”", "’", '")', "»", ".)"]
    spaces = [" ", " ", "  ", "\xa0", "\u2009", "\t", ""]
    following = ["The", "the", "5", "(", "“", ";", ",", "Dec.", "Hi.)", "É", "--", "Smith?”"]
    paragraphs = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 4)):
            parts += [rng.choice(words), rng.choice(stops), rng.choice(closers)]
            parts += [rng.choice(spaces), rng.choice(following), rng.choice(spaces)]
        paragraphs.append("".join(parts))
    return paragraphs


@pytest.mark.parametrize("paragraph", TRICKY)
def test_fast_splitter_gives_punkts_spans(paragraph):
    assert fast_punkt().spans(paragraph) == list(punkt().span_tokenize(paragraph))


def test_fast_splitter_gives_punkts_spans_on_generated_paragraphs():
    differ = [
        p
        for p in _generated_paragraphs(2000)
        if fast_punkt().spans(p) != list(punkt().span_tokenize(p))
    ]
    assert differ == []


def test_punkts_patterns_are_spelled_as_nltk_has_them():
    # sentences.py copies them so that splitting sentences does not import NLTK
    from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

    from analysis.text import sentences

    lang = PunktLanguageVars()
    assert sentences.SENT_END_CHARS == lang.sent_end_chars
    assert sentences.RE_SENT_END_CHARS == lang._re_sent_end_chars
    # the order of "?" and "!" in the class is a set's, so it varies between runs
    assert sorted(sentences.RE_NON_WORD_CHARS) == sorted(lang._re_non_word_chars)
    assert sentences.RE_MULTI_CHAR_PUNCT == lang._re_multi_char_punct
    assert sentences.RE_WORD_START == lang._re_word_start
    assert sentences.WORD_TOKENIZE_FMT == lang._word_tokenize_fmt
    assert sorted(sentences.WORD_TOKENIZER) == sorted(lang._word_tokenizer_re().pattern)
    assert sentences.BOUNDARY_REALIGNMENT == lang.re_boundary_realignment.pattern
    assert sentences.RE_INITIAL == PunktToken._RE_INITIAL.pattern
    assert sentences.RE_NUMERIC == PunktToken._RE_NUMERIC.pattern
    assert sentences.PUNCTUATION == PunktSentenceTokenizer.PUNCTUATION
    fast = sentences.fast_punkt()
    for ours, theirs in [
        (fast._words, lang._word_tokenizer_re()),
        (fast._realign, lang.re_boundary_realignment),
        (fast._initial, PunktToken._RE_INITIAL),
        (fast._numeric, PunktToken._RE_NUMERIC),
    ]:
        assert ours.flags == theirs.flags


def test_splitting_sentences_does_not_import_nltk():
    code = (
        "import sys\n"
        "from analysis import document_from_text\n"
        "from analysis.text import split_sentences\n"
        "split_sentences(document_from_text('Qatar said so. Egypt agreed.', 'd'))\n"
        "print('nltk' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["False"], result.stderr
