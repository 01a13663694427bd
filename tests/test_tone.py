"""Tone: NLTK's VADER compound per sentence, computed fast but unchanged."""

import random

import pytest
from helpers import SEEDS

import analysis.tone.scoring
from analysis.tone import Analyzer, analyzer, compound, sentence_tone, vader_words

# News sentences (conflict reporting and statements), with negations, "but",
# quotes, capitals and captions: the kind of text the analyser scores.
NEWS_SENTENCES = [
    'The federal government, which has said it is ready for talks "anytime, anywhere" without preconditions, did not immediately comment.',
    "Kigali denies arming the rebels but says it must protect itself from the FDLR, a militia founded by Hutu extremists linked to the 1994 genocide.",
    'Members first rejected a Russian amendment that would have restored the word "permanent" to the ceasefire demand.',
    "The bloodshed and devastation had become alarming and were tearing Ethiopian society apart, Guterres told reporters in New York, insisting the conflict could not be resolved militarily.",
    "Government sources in New Delhi said no decision had been taken to hold talks on any other issue at any other place, and that the halt had been worked out directly between the two militaries.",
    'Netanyahu rejects Hamas truce terms as "delusional", vows to fight on',
    "Unlike Security Council resolutions, decisions of the General Assembly are not legally binding, although they carry political weight as a gauge of world opinion.",
    "Federal forces took Mekelle in late November 2020, but Tigrayan fighters recaptured it in June 2021 and advanced into the Amhara and Afar regions before a government counter-offensive pushed them back.",
    "Eritrea, whose troops fought alongside federal forces during the war, was not a party to the talks.",
    "The M23 rebel group said on Monday it would not attend direct peace talks with the Congolese government due to open in Luanda, Angola, on Tuesday, blaming new European Union sanctions on its leaders.",
    "Pakistan's military said it had shot down five Indian aircraft, a claim India did not confirm.",
    'Urging the two sides to get back to the negotiating table without delay, he said the UN stood ready to help the African Union "in every possible way" to bring the Ethiopian people\'s nightmare to an end.',
    "He said civilians were dying daily in attacks that made no distinction between targets, some of them on residential neighbourhoods, and that hundreds of thousands had been displaced since fighting resumed in August.",
    "Foreign ministry spokesman Nikorndej Balankura said he did not believe mediation by a third country was needed for now, and that Cambodia must first stop its attacks.",
    "He said Israel would not stop its operation until the military capabilities of Hamas were destroyed, and dismissed any call for a ceasefire as an attempt to tie Israel's hands.",
    "He said he would not accept any arrangement that left Hamas in full or partial control of the enclave.",
    "The Saudi foreign ministry said the Riyadh meetings had produced positive results but gave no details, and any final settlement would still require a UN-led political process among Yemenis themselves.",
    "The United States, which has backed temporary pauses to let aid in but has stopped short of calling for a ceasefire, voted against the resolution together with Israel.",
    "According to Pakistan's Foreign Office, Wang also reaffirmed Beijing's steadfast support for Islamabad as its \"iron-clad friend\" in upholding its sovereignty and territorial integrity.",
    "No Pakistani military facility was targeted, it said.",
    "Blinken, speaking later in Tel Aviv, said the Hamas reply contained clear non-starters but also left space to negotiate, and that Washington intended to keep pursuing an agreement.",
    "Major front-line fighting has not resumed since, and cross-border attacks have largely stopped.",
    "Giving in to the group's demands would not free the captives and would only invite another massacre, Netanyahu told a televised news conference, adding that the campaign would take months rather than years.",
    "Yemen's internationally recognised government did not take part.",
    "Rubio said the accord could not have been achieved without partners in the African Union and Qatar, but acknowledged that much work on implementation lay ahead.",
    "The war, which began in November 2020, has killed thousands of people and left millions in need of food aid.",
    "Sites in Bahawalpur and Muridke in Punjab province, and in Muzaffarabad and Kotli, were among those struck.",
    "Oman, which borders Yemen and has kept lines open to all sides, has hosted Houthi negotiators in Muscat for years and carried messages between them and Riyadh.",
    "UN Secretary-General Antonio Guterres urged everyone involved to grasp the chance, stop the violence once and for all and turn to dialogue, his spokesman said.",
    "The document was signed by Redwan Hussien, national security adviser to Prime Minister Abiy Ahmed, who led the government team, and by Getachew Reda for the Tigrayan side.",
    "Senior Hamas official Sami Abu Zuhri called Netanyahu's remarks political bravado and said they showed he meant to pursue the conflict.",
    "UN Secretary-General Antonio Guterres, through his spokesman, on Sunday condemned in the strongest terms the M23's push on Goma, saying the rebels were advancing with backing from Rwanda's armed forces.",
    "AU High Representative Olusegun Obasanjo, flanked by Uhuru Kenyatta and Phumzile Mlambo-Ngcuka, addresses reporters in Pretoria. /File",
    "Cambodia and Thailand expressed their appreciation to Malaysia for hosting the Special Meeting and thanked the United States and China for their support.",
    "He accused India's leaders of again exploiting the spectre of terrorism to cast themselves as victims.",
    "Islamabad said civilians, including women and children, were among the dead and condemned the strikes as an unprovoked act of war.",
    "The clashes erupted on Thursday near the ancient Ta Muen Thom temple.",
    "The group's chief negotiator, Mohammed Abdulsalam, said on Saturday that the talks had reached a dead end and blamed the government and the Saudi-led coalition.",
    "Congo's Therese Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe put their names to the accord at the State Department, with US Secretary of State Marco Rubio signing as a witness.",
    "A Special Meeting was held today at Seri Perdana, Putrajaya, chaired and hosted by the Prime Minister of Malaysia, Dato' Seri Anwar Ibrahim, in his capacity as Chair of ASEAN.",
    "The EU on Monday sanctioned three Rwandan army commanders and the head of Rwanda's mining board, as well as senior M23 figures including the group's leader, Bertrand Bisimwa.",
    "Tensions flared after Preah Vihear was inscribed as a UNESCO World Heritage site in 2008.",
    "Delegates first turned down an amendment tabled by Canada and supported by the United States that would have explicitly condemned the Hamas attacks and the taking of hostages.",
    "Thai soldiers fire an artillery gun toward Cambodian positions in Surin province, July 25, 2025. /File",
    "The same month, nearly 900 detainees were released in the largest prisoner exchange in years, carried out under a deal reached at UN-backed talks in Switzerland in March.",
    "(a) an immediate and unconditional ceasefire, effective from 24:00 hours local time on 28 July 2025, as an essential first step towards de-escalation and the restoration of peace and security;",
    "Cambodia's defence ministry accused Thai jets of bombing a road near the temple and condemned what it called Thai military aggression.",
    "The parties have also agreed that ships carrying fuel may dock at the Hudaydah ports, and that commercial flights may use Sana'a airport to and from a set of agreed destinations in the region.",
    "Egypt, which borders Gaza and has hosted numerous rounds of talks in Cairo, is likely to remain closely involved either way.",
    "It was attended by the Prime Minister of the Kingdom of Cambodia, Samdech Hun Manet, and the Acting Prime Minister of the Kingdom of Thailand, Phumtham Wechayachai.",
    "Hamas said it had accepted the proposal, but Israel said it was far from its demands.",
    "We will NOT accept this shameful aggression!",
    "The talks were very constructive and extremely useful, the minister said.",
    "It was hardly a success, and not a failure either.",
    "At least 40 people were killed; the least that can be done is to stop the shelling.",
    "Neither side has kind of agreed to anything, sort of.",
    "The ceasefire never so clearly held: \u201cpeace\u201d, they said \u2014 at last.",
    "Is this really peace??? No!!!",
    "Officials :) welcomed the deal <3 but :( mourned the dead.",
]


def nltk_compound(text: str) -> float:
    return analyzer().polarity_scores(text)["compound"]


def test_a_mixed_sentence_is_negative_overall():
    text = "The ceasefire is a great success, but the killings are horrible."
    assert sentence_tone([text]) == [-0.8442]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation arrived in Doha on Tuesday.",
        "The meeting was held at the Ministry of Foreign Affairs in Phnom Penh.",
        "",
        "   ",
    ],
)
def test_sentences_without_sentiment_words_are_neutral(text):
    assert sentence_tone([text]) == [0.0]


def test_tone_is_one_number_per_sentence_in_order():
    texts = ["Peace is good.", "The war is terrible.", "The envoy arrived."]
    tones = sentence_tone(texts)
    assert len(tones) == 3
    assert tones[0] > 0.05 and tones[1] < -0.05 and tones[2] == 0.0


@pytest.mark.parametrize("text", NEWS_SENTENCES)
def test_compound_equals_nltk_on_news_sentences(text):
    assert compound(text) == nltk_compound(text)


def test_compound_equals_nltk_on_the_seed_article():
    lines = [line for f in sorted(SEEDS.glob("*.txt")) for line in f.read_text().splitlines()]
    assert len([line for line in lines if nltk_compound(line) != 0]) > 5
    assert [compound(line) for line in lines] == [nltk_compound(line) for line in lines]


# Words that drive VADER's special rules: boosters, negations, "but", "least",
# "never so", idioms, capitals, emoticons, and punctuation glued to words.
RULE_WORDS = (
    "good bad great horrible war peace ceasefire killed support very extremely "
    "slightly kind of sort just enough not never isn't don't so this least at but "
    "the shit bomb bad ass yeah right cut mustard kiss death hand to mouth a I he "
    "said :) :( <3 :-) hope without nor none"
).split()
MARKS = [*".,!?;:-'\"", "!!", "??", "?!?", "!?!?", "...", "\u2014"]


def _rule_heavy_sentence(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(1, 14)):
        word = rng.choice(RULE_WORDS)
        r = rng.random()
        word = word.upper() if r < 0.15 else word.capitalize() if r < 0.2 else word
        r = rng.random()
        if r < 0.15:
            word = word + rng.choice(MARKS)
        elif r < 0.25:
            word = rng.choice(MARKS) + word
        elif r < 0.28:
            word = rng.choice(MARKS) + word + rng.choice(MARKS)
        words.append(word)
    return " ".join(words)


def test_compound_equals_nltk_on_sentences_dense_with_vader_rules():
    rng = random.Random(20261128)
    texts = [_rule_heavy_sentence(rng) for _ in range(3000)]
    mismatches = [
        (t, compound(t), nltk_compound(t)) for t in texts if compound(t) != nltk_compound(t)
    ]
    assert mismatches == []


@pytest.mark.parametrize(
    "text",
    [
        "The envoys met in Doha!!!",
        "Who chairs the talks???",
        "THE DELEGATION ARRIVED IN DOHA!!!",
        "Not very much so, at least.",
        "Never so many delegates?!?",
        "kind of",
        "",
    ],
)
def test_a_sentence_without_lexicon_words_is_exactly_nltks_zero(text):
    """No lexicon word: 0.0 at once, whatever the boosters, negations, capitals,
    "!!!" or "???" (NLTK adds emphasis only to a sum that is not 0)."""
    assert compound(text) == nltk_compound(text) == 0.0


@pytest.mark.parametrize(
    ("text", "tone"),
    [
        ("The ceasefire brought peace to the region.", 0.5423),  # no rule applies
        ("Peace, at last, and hope.", 0.7506),
        ("Kind of peace.", 0.5423),  # "Kind" scores 0 before "of", in any case
        ("Kind words of peace.", 0.7845),
        ("The ceasefire brought PEACE to the region.", 0.6408),  # capitals among others
        ("The ceasefire brought very little peace.", 0.5401),  # a booster before it
        ("It did not bring peace.", -0.431),  # a negation
        ("Never so much peace.", -0.4689),
        ("At least peace.", 0.5423),
        ("The least peace.", -0.431),
        ("That was the bomb.", 0.6124),  # an idiom
        ("The deal was good, but the war goes on.", -0.6597),
        ("Peace peace PEACE peace!", 0.9435),  # every occurrence scored like the first
        ("ΟΔΥΣΣΕΑΣ praised the GOOD deal", 0.7804),
        ("Café talks :) were a success 😀", 0.7717),
    ],
)
def test_lexicon_words_with_and_without_modifiers_around_them(text, tone):
    assert compound(text) == nltk_compound(text) == tone


def test_words_are_remembered_per_token_and_forgotten_without_changing_a_score(monkeypatch):
    """What VADER makes of each token is remembered; past _MAX_TOKENS token
    types the memory starts afresh, and the scores stay NLTK's."""
    monkeypatch.setattr(analysis.tone.scoring, "_MAX_TOKENS", 40)
    monkeypatch.setattr(analysis.tone.scoring, "_vocabulary", analysis.tone.scoring._Vocabulary())
    for _ in range(2):  # first learnt, then remembered
        assert sentence_tone(NEWS_SENTENCES) == [nltk_compound(t) for t in NEWS_SENTENCES]
    longest = max(len(t.split()) for t in NEWS_SENTENCES)
    assert len(analysis.tone.scoring._vocabulary.word) <= 40 + longest


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("War, peace!! and (talks)", ["War", "peace", "and", "(talks)"]),
        ("don't 'hope' ...ok a :-)", ["don't", "'hope'", "...ok", ":-)"]),
        ("!!good ?!?bad", ["good", "bad"]),
    ],
)
def test_vader_words_strip_one_listed_punctuation_mark_like_nltk(text, words):
    from nltk.sentiment.vader import SentiText

    sia = analyzer()
    reference = SentiText(
        text, sia.constants.PUNC_LIST, sia.constants.REGEX_REMOVE_PUNCTUATION
    ).words_and_emoticons
    assert vader_words(text) == reference == words


def test_lexicon_reader_skips_blank_lines():
    reader = object.__new__(Analyzer)
    reader.lexicon_file = "peace\t1.8\t0.6\t[2, 2]\nwar\t-2.9\t0.7\t[-3, -3]\n\n"
    assert reader.make_lex_dict() == {"peace": 1.8, "war": -2.9}


def test_the_vader_lexicon_is_loaded_without_any_download():
    assert len(analyzer().lexicon) > 7000
