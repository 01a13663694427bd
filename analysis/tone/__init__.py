"""Tone: the VADER compound score of each sentence, as NLTK computes it."""

from analysis.tone.scoring import compound, sentence_tone, vader_words
from analysis.tone.vader import LEXICON_FILE, Analyzer, analyzer

__all__ = ["LEXICON_FILE", "Analyzer", "analyzer", "compound", "sentence_tone", "vader_words"]
