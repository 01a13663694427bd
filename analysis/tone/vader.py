"""NLTK's VADER, loaded with the lexicon that the ``vaderSentiment`` package ships.

The reference that ``analysis.tone.compound`` computes fast; tests hold the
two to the same numbers.
"""

from __future__ import annotations

import os
from functools import lru_cache

from nltk.sentiment.vader import SentimentIntensityAnalyzer

LEXICON_FILE = "vader_lexicon.txt"


class Analyzer(SentimentIntensityAnalyzer):
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
    return Analyzer(lexicon_file=LEXICON_FILE)
